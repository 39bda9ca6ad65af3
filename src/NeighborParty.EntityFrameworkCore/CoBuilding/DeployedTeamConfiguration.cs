using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.CoBuilding;

namespace NeighborParty.EntityFrameworkCore.CoBuilding;

internal sealed class DeployedTeamConfiguration : IEntityTypeConfiguration<DeployedTeam>
{
    public void Configure(EntityTypeBuilder<DeployedTeam> builder)
    {
        builder.ToTable("DeployedTeams");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Kind).HasMaxLength(64).IsRequired();
        builder.Property(t => t.Name).HasMaxLength(100).IsRequired();
        builder.MapPosition(t => t.Home, "Home");
        builder.Ignore(t => t.HomePlaceId);
        builder.MapValues(t => t.Compounds, "DeployedTeamCompounds", "TeamId", c => c.HasIndex(x => x.CompoundId));
    }
}
