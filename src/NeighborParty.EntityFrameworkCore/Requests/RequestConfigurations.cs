using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NeighborParty.Requests;

namespace NeighborParty.EntityFrameworkCore.Requests;

internal sealed class ResidentRequestConfiguration : IEntityTypeConfiguration<ResidentRequest>
{
    public void Configure(EntityTypeBuilder<ResidentRequest> builder)
    {
        builder.ToTable("ResidentRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Category).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Channel).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Description).HasMaxLength(4000).IsRequired();
        builder.Property(r => r.State).HasConversion<int>();
        builder.Property(r => r.AssigneeKind).HasConversion<int?>();
        builder.Property(r => r.AssigneeName).HasMaxLength(100);
        builder.Property(r => r.Outcome).HasMaxLength(100);
        builder.Property(r => r.RatingComment).HasMaxLength(100);
        builder.Ignore(r => r.CompoundPath);
        builder.Ignore(r => r.IsOpen);

        // Lists by subtree, category and state; overdue by state and due time.
        builder.HasIndex(r => new { r.CompoundPathHigh, r.CompoundPathLow, r.Category, r.State });
        builder.HasIndex(r => new { r.State, r.DueAt });
        builder.HasIndex(r => new { r.Category, r.State, r.ReceivedAt }); // a district's open requests of one category, newest first
        builder.HasIndex(r => r.ResidentId);
        builder.HasIndex(r => new { r.CompoundPathHigh, r.CompoundPathLow, r.FirstResolvedAt });
        builder.HasIndex(r => new { r.IsPublic, r.ReceivedAt });

        builder.OwnsMany(r => r.Transitions, t =>
        {
            t.ToTable("RequestTransitions");
            t.WithOwner().HasForeignKey("RequestId");
            t.Property<Guid>("Id").ValueGeneratedOnAdd();
            t.HasKey("Id");
            t.Property(x => x.State).HasConversion<int>();
            t.Property(x => x.Actor).HasMaxLength(200).IsRequired();
            t.Property(x => x.Note).HasMaxLength(100);
        });
        builder.Navigation(r => r.Transitions).HasField("_transitions").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(r => r.Media, m =>
        {
            m.ToTable("RequestMedia");
            m.WithOwner().HasForeignKey("RequestId");
            m.Property<Guid>("Id").ValueGeneratedOnAdd();
            m.HasKey("Id");
            m.Property(x => x.Url).HasMaxLength(500).IsRequired();
        });
        builder.Navigation(r => r.Media).HasField("_media").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(r => r.Attributes, a =>
        {
            a.ToTable("RequestAttributes");
            a.WithOwner().HasForeignKey("RequestId");
            a.Property<Guid>("Id").ValueGeneratedOnAdd();
            a.HasKey("Id");
            a.Property(x => x.Code).HasMaxLength(64).IsRequired();
            a.Property(x => x.Value).HasMaxLength(500).IsRequired();
        });
        builder.Navigation(r => r.Attributes).HasField("_attributes").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class MicroWishConfiguration : IEntityTypeConfiguration<MicroWish>
{
    public void Configure(EntityTypeBuilder<MicroWish> builder)
    {
        builder.ToTable("MicroWishes");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.Wish).HasMaxLength(100).IsRequired();
        builder.Property(w => w.State).HasConversion<int>();
        builder.Property(w => w.Evidence).HasMaxLength(100);
        builder.Ignore(w => w.CompoundPath);
        builder.HasIndex(w => new { w.CompoundPathHigh, w.CompoundPathLow, w.State });
        builder.HasIndex(w => w.ResidentId);
    }
}

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
        builder.Ignore(d => d.CompoundPath);
        builder.Ignore(d => d.Requests);
        builder.HasIndex(d => new { d.CompoundPathHigh, d.CompoundPathLow, d.ScheduledAt });

        builder.OwnsMany(d => d.RequestLinks, r =>
        {
            r.ToTable("DeliberationRequests");
            r.WithOwner().HasForeignKey("DeliberationId");
            r.Property<Guid>("Id").ValueGeneratedOnAdd();
            r.HasKey("Id");
            r.HasIndex(x => x.RequestId);
        });
        builder.Navigation(d => d.RequestLinks).HasField("_requests").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(d => d.Participants, p =>
        {
            p.ToTable("DeliberationParticipants");
            p.WithOwner().HasForeignKey("DeliberationId");
            p.Property<Guid>("Id").ValueGeneratedOnAdd();
            p.HasKey("Id");
            p.Property(x => x.Party).HasConversion<int>();
            p.Property(x => x.Name).HasMaxLength(100).IsRequired();
        });
        builder.Navigation(d => d.Participants).HasField("_participants").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(d => d.Agenda, a =>
        {
            a.ToTable("DeliberationAgenda");
            a.WithOwner().HasForeignKey("DeliberationId");
            a.Property<Guid>("Id").ValueGeneratedOnAdd();
            a.HasKey("Id");
            a.Property(x => x.Text).HasMaxLength(100).IsRequired();
        });
        builder.Navigation(d => d.Agenda).HasField("_agenda").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(d => d.Proposals, p =>
        {
            p.ToTable("DeliberationProposals");
            p.WithOwner().HasForeignKey("DeliberationId");
            p.Property<Guid>("Id").ValueGeneratedOnAdd();
            p.HasKey("Id");
            p.Property(x => x.Text).HasMaxLength(100).IsRequired();
        });
        builder.Navigation(d => d.Proposals).HasField("_proposals").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(d => d.Votes, v =>
        {
            v.ToTable("DeliberationVotes");
            v.WithOwner().HasForeignKey("DeliberationId");
            v.Property<Guid>("Id").ValueGeneratedOnAdd();
            v.HasKey("Id");
            v.Property(x => x.Choice).HasConversion<int>();
        });
        builder.Navigation(d => d.Votes).HasField("_votes").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(d => d.Actions, a =>
        {
            a.ToTable("DeliberationActions");
            a.WithOwner().HasForeignKey("DeliberationId");
            a.Property<Guid>("Id").ValueGeneratedOnAdd();
            a.HasKey("Id");
            a.Property(x => x.Description).HasMaxLength(100).IsRequired();
            a.Property(x => x.Assignee).HasMaxLength(100).IsRequired();
            a.Property(x => x.AssigneeKind).HasConversion<int>();
            a.Property(x => x.State).HasConversion<int>();
            a.Property(x => x.Result).HasMaxLength(100);
        });
        builder.Navigation(d => d.Actions).HasField("_actions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
