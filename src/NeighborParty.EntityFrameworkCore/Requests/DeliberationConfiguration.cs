using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.Requests;

namespace NeighborParty.EntityFrameworkCore.Requests;

internal sealed class DeliberationConfiguration : IEntityTypeConfiguration<Deliberation>
{
    public void Configure(EntityTypeBuilder<Deliberation> builder)
    {
        builder.ToTable("Deliberations");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Title).HasMaxLength(100).IsRequired();
        builder.Property(d => d.Venue).HasMaxLength(64).IsRequired();
        builder.Property(d => d.State).HasConversion<int>();
        builder.Property(d => d.Decision).HasMaxLength(210);
        builder.Property(d => d.Result).HasMaxLength(100);
        builder.MapPosition(d => d.Compound, "Compound");
        builder.Ignore(d => d.CompoundId);
        builder.Ignore(d => d.CompoundPath);
        builder.Ignore(d => d.Requests);
        builder.MapValues(d => d.RequestLinks, "DeliberationRequests", "DeliberationId", r => r.HasIndex(x => x.RequestId));
        builder.MapValues(d => d.Participants, "DeliberationParticipants", "DeliberationId", p =>
        {
            p.Property(x => x.Party).HasConversion<int>();
            p.Property(x => x.Name).HasMaxLength(100).IsRequired();
        });
        builder.MapValues(d => d.Agenda, "DeliberationAgenda", "DeliberationId", a => a.Property(x => x.Text).HasMaxLength(100).IsRequired());
        builder.MapValues(d => d.Proposals, "DeliberationProposals", "DeliberationId", p => p.Property(x => x.Text).HasMaxLength(100).IsRequired());
        builder.MapValues(d => d.Votes, "DeliberationVotes", "DeliberationId", v => v.Property(x => x.Choice).HasConversion<int>());
        builder.MapValues(d => d.Actions, "DeliberationActions", "DeliberationId", a =>
        {
            a.Property(x => x.Description).HasMaxLength(100).IsRequired();
            a.Property(x => x.Assignee).HasMaxLength(100).IsRequired();
            a.Property(x => x.AssigneeKind).HasConversion<int>();
            a.Property(x => x.State).HasConversion<int>();
            a.Property(x => x.Result).HasMaxLength(100);
        });
    }
}
