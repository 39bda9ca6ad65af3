using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.CoBuilding;

namespace NeighborParty.EntityFrameworkCore.CoBuilding;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.ToTable("Partners");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(100).IsRequired();
        builder.Property(p => p.Category).HasConversion<int>();
        builder.Property(p => p.MassOrganisation).HasConversion<int?>();
        builder.Property(p => p.ParentBody).HasMaxLength(100);
        builder.Property(p => p.ContactName).HasMaxLength(100);
        builder.Property(p => p.ContactPhone).HasMaxLength(12);
        builder.Ignore(p => p.HomePath);
        builder.Ignore(p => p.IsDeputy);
        builder.HasIndex(p => new { p.HomePathHigh, p.HomePathLow });
    }
}

internal sealed class CovenantConfiguration : IEntityTypeConfiguration<Covenant>
{
    public void Configure(EntityTypeBuilder<Covenant> builder)
    {
        builder.ToTable("Covenants");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Title).HasMaxLength(100).IsRequired();
        builder.Property(c => c.TerminationReason).HasMaxLength(100);
        builder.Ignore(c => c.UnitPath);
        builder.Ignore(c => c.Latest);
        builder.Ignore(c => c.Effective);
        builder.HasIndex(c => new { c.UnitPathHigh, c.UnitPathLow });
        builder.HasIndex(c => c.UnitId);

        builder.OwnsMany(c => c.Partners, p =>
        {
            p.ToTable("CovenantPartners");
            p.WithOwner().HasForeignKey("CovenantId");
            p.Property<Guid>("Id").ValueGeneratedOnAdd();
            p.HasKey("Id");
            p.HasIndex(x => x.PartnerId); // a partner finds the covenants it is party to
        });
        builder.Navigation(c => c.Partners).HasField("_partners").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(c => c.Versions, v =>
        {
            v.ToTable("CovenantVersions");
            v.WithOwner().HasForeignKey("CovenantId");
            v.Property<Guid>("Id").ValueGeneratedOnAdd();
            v.HasKey("Id");
            v.Property(x => x.State).HasConversion<int>();
            v.Ignore(x => x.Validity);
        });
        builder.Navigation(c => c.Versions).HasField("_versions").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(c => c.Commitments, m =>
        {
            m.ToTable("CovenantCommitments");
            m.WithOwner().HasForeignKey("CovenantId");
            m.Property<Guid>("Id").ValueGeneratedOnAdd();
            m.HasKey("Id");
            m.Property(x => x.Kind).HasConversion<int>();
            m.Property(x => x.Description).HasMaxLength(100).IsRequired();
            m.Property(x => x.Unit).HasMaxLength(100);
            m.Property(x => x.Schedule).HasMaxLength(100);
            m.Property(x => x.Quantity).HasPrecision(18, 2);
        });
        builder.Navigation(c => c.Commitments).HasField("_commitments").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(c => c.Signatures, s =>
        {
            s.ToTable("CovenantSignatures");
            s.WithOwner().HasForeignKey("CovenantId");
            s.Property<Guid>("Id").ValueGeneratedOnAdd();
            s.HasKey("Id");
            s.Property(x => x.Signer).HasMaxLength(100).IsRequired();
        });
        builder.Navigation(c => c.Signatures).HasField("_signatures").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(c => c.Fulfilments, x =>
        {
            x.ToTable("CovenantFulfilments");
            x.WithOwner().HasForeignKey("CovenantId");
            x.Property<Guid>("Id").ValueGeneratedOnAdd();
            x.HasKey("Id");
            x.Property(y => y.Source).HasConversion<int>();
            x.Property(y => y.Quantity).HasPrecision(18, 2);
            x.Property(y => y.Note).HasMaxLength(100);
        });
        builder.Navigation(c => c.Fulfilments).HasField("_fulfilments").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ServiceOfferingConfiguration : IEntityTypeConfiguration<ServiceOffering>
{
    public void Configure(EntityTypeBuilder<ServiceOffering> builder)
    {
        builder.ToTable("ServiceOfferings");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Category).HasMaxLength(64).IsRequired();
        builder.Property(o => o.Title).HasMaxLength(100).IsRequired();
        builder.Property(o => o.Description).HasMaxLength(100);
        builder.Property(o => o.Mode).HasConversion<int>();
        builder.Property(o => o.Period).HasConversion<int>();
        builder.HasIndex(o => new { o.Category, o.Active });
        builder.HasIndex(o => o.PartnerId);
        builder.OwnsMany(o => o.Compounds, c =>
        {
            c.ToTable("OfferingCompounds");
            c.WithOwner().HasForeignKey("OfferingId");
            c.Property<Guid>("Id").ValueGeneratedOnAdd();
            c.HasKey("Id");
            c.HasIndex(x => x.CompoundId); // the menu of a compound
        });
        builder.Navigation(o => o.Compounds).HasField("_compounds").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(o => o.Bookings, b =>
        {
            b.ToTable("OfferingBookings");
            b.WithOwner().HasForeignKey("OfferingId");
            b.Property<Guid>("Id").ValueGeneratedOnAdd();
            b.HasKey("Id");
        });
        builder.Navigation(o => o.Bookings).HasField("_bookings").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ServiceOrderConfiguration : IEntityTypeConfiguration<ServiceOrder>
{
    public void Configure(EntityTypeBuilder<ServiceOrder> builder)
    {
        builder.ToTable("ServiceOrders");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Needs).HasMaxLength(100).IsRequired();
        builder.Property(o => o.State).HasConversion<int>();
        builder.Property(o => o.Reason).HasMaxLength(100);
        builder.Property(o => o.RatingComment).HasMaxLength(100);
        builder.Ignore(o => o.CompoundPath);
        builder.HasIndex(o => new { o.CompoundPathHigh, o.CompoundPathLow });
        builder.HasIndex(o => o.PartnerId);
        builder.HasIndex(o => o.OfferingId);
        builder.OwnsMany(o => o.Steps, s =>
        {
            s.ToTable("ServiceOrderSteps");
            s.WithOwner().HasForeignKey("OrderId");
            s.Property<Guid>("Id").ValueGeneratedOnAdd();
            s.HasKey("Id");
            s.Property(x => x.State).HasConversion<int>();
            s.Property(x => x.Actor).HasMaxLength(200).IsRequired();
        });
        builder.Navigation(o => o.Steps).HasField("_steps").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> builder)
    {
        builder.ToTable("Positions");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Kind).HasMaxLength(64).IsRequired();
        builder.Property(p => p.Name).HasMaxLength(100).IsRequired();
        builder.HasIndex(p => new { p.CompoundPathHigh, p.CompoundPathLow });
    }
}

internal sealed class DeployedTeamConfiguration : IEntityTypeConfiguration<DeployedTeam>
{
    public void Configure(EntityTypeBuilder<DeployedTeam> builder)
    {
        builder.ToTable("DeployedTeams");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Kind).HasMaxLength(64).IsRequired();
        builder.Property(t => t.Name).HasMaxLength(100).IsRequired();
        builder.HasIndex(t => new { t.HomePathHigh, t.HomePathLow });
        builder.OwnsMany(t => t.Compounds, c =>
        {
            c.ToTable("DeployedTeamCompounds");
            c.WithOwner().HasForeignKey("TeamId");
            c.Property<Guid>("Id").ValueGeneratedOnAdd();
            c.HasKey("Id");
            c.HasIndex(x => x.CompoundId);
        });
        builder.Navigation(t => t.Compounds).HasField("_compounds").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DeputyMotionConfiguration : IEntityTypeConfiguration<DeputyMotion>
{
    public void Configure(EntityTypeBuilder<DeputyMotion> builder)
    {
        builder.ToTable("DeputyMotions");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Kind).HasConversion<int>();
        builder.Property(m => m.Status).HasConversion<int>();
        builder.Property(m => m.Title).HasMaxLength(100).IsRequired();
        builder.Property(m => m.FiledWith).HasMaxLength(100).IsRequired();
        builder.Property(m => m.Answer).HasMaxLength(100);
        builder.Property(m => m.HandledBy).HasMaxLength(100);
        builder.HasIndex(m => new { m.CompoundPathHigh, m.CompoundPathLow });
        builder.HasIndex(m => m.DeputyId);
    }
}
