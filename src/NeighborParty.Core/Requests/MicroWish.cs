using System.Linq.Expressions;
using NeighborParty.Auditing;
using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Requests;

/// <summary>A resident's small wish (微心愿): claimed by a member or a co-building party, fulfilled with evidence, confirmed by the resident.</summary>
public sealed class MicroWish : AggregateRoot<MicroWishId>, IAuditedNode, ISnapshotable<MicroWish, MicroWishSnapshot>, IPlaced<MicroWish>
{
    private MicroWish()
        : base(default)
    {
    }

    private MicroWish(MicroWishId id)
        : base(id)
    {
    }

    /// <summary>Gets the resident who posted it.</summary>
    public ResidentId ResidentId { get; private set; }

    /// <summary>Gets the compound, in the tree of places.</summary>
    public TreePosition Compound { get; private set; }

    /// <summary>Gets the compound.</summary>
    public PlaceId CompoundId => new(Compound.NodeId);

    /// <summary>Gets the compound's position.</summary>
    public HierarchyPath CompoundPath => Compound.Path;

    /// <summary>Gets the wish.</summary>
    public string Wish { get; private set; } = string.Empty;

    /// <summary>Gets the state.</summary>
    public WishState State { get; private set; }

    /// <summary>Gets when it was posted.</summary>
    public Instant PostedAt { get; private set; }

    /// <summary>Gets the day it should be fulfilled by.</summary>
    public LocalDate DueOn { get; private set; }

    /// <summary>Gets the member who claimed it, or null.</summary>
    public PartyMemberId? ClaimedByMember { get; private set; }

    /// <summary>Gets the partner who claimed it, or null.</summary>
    public PartnerId? ClaimedByPartner { get; private set; }

    /// <summary>Gets the evidence of fulfilment (a note or a link), or null.</summary>
    public string? Evidence { get; private set; }

    /// <summary>Gets when it was fulfilled, or null.</summary>
    public Instant? FulfilledAt { get; private set; }

    /// <summary>Gets when the resident confirmed it, or null.</summary>
    public Instant? ConfirmedAt { get; private set; }

    /// <summary>Gets the position a store queries (the compound).</summary>
    public static IReadOnlyList<Expression<Func<MicroWish, TreePosition>>> Positions { get; } = [w => w.Compound];

    /// <inheritdoc />
    TreePosition IAuditedNode.AuditPosition => Compound;

    /// <inheritdoc />
    public MicroWishSnapshot ToSnapshot() => new(Id, ResidentId, Compound, Wish, State, PostedAt, DueOn, ClaimedByMember, ClaimedByPartner, Evidence, FulfilledAt, ConfirmedAt);

    /// <inheritdoc />
    public static MicroWish FromSnapshot(MicroWishSnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var wish = new MicroWish(snapshot.Id)
        {
            ResidentId = snapshot.ResidentId, Compound = snapshot.Compound, Wish = snapshot.Wish, State = snapshot.State, PostedAt = snapshot.PostedAt,
            DueOn = snapshot.DueOn, ClaimedByMember = snapshot.ClaimedByMember, ClaimedByPartner = snapshot.ClaimedByPartner, Evidence = snapshot.Evidence,
            FulfilledAt = snapshot.FulfilledAt, ConfirmedAt = snapshot.ConfirmedAt,
        };
        wish.RestoreVersion(version);
        return wish;
    }

    /// <summary>Returns whether it is not yet fulfilled on a day past its due day.</summary>
    /// <param name="today">The day.</param>
    /// <returns>Whether it is overdue.</returns>
    public bool IsOverdueOn(LocalDate today) => State is WishState.Posted or WishState.Claimed && today > DueOn;

    internal static MicroWish Create(MicroWishId id, ResidentId resident, Place compound, string wish, LocalDate dueOn, Instant now)
    {
        var item = new MicroWish(id)
        {
            ResidentId = resident, Compound = compound.Position,
            Wish = wish, State = WishState.Posted, PostedAt = now, DueOn = dueOn,
        };
        item.Raise(new CoBuilding.CoBuildingChanged("wish", id.Value, "posted", wish, now));
        return item;
    }

    internal void Claim(PartyMemberId? member, PartnerId? partner, Instant now)
    {
        ClaimedByMember = member;
        ClaimedByPartner = partner;
        State = WishState.Claimed;
        Raise(new CoBuilding.CoBuildingChanged("wish", Id.Value, "claimed", Wish, now));
    }

    internal void Fulfil(string evidence, Instant now)
    {
        Evidence = evidence;
        FulfilledAt = now;
        State = WishState.Fulfilled;
        Raise(new CoBuilding.CoBuildingChanged("wish", Id.Value, "fulfilled", Wish, now));
    }

    internal void Confirm(Instant now)
    {
        ConfirmedAt = now;
        State = WishState.Confirmed;
        Raise(new CoBuilding.CoBuildingChanged("wish", Id.Value, "confirmed", Wish, now));
    }
}
