using NeighborParty.Auditing;
using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Requests;

/// <summary>Where a micro-wish stands: posted → claimed → fulfilled → confirmed.</summary>
public enum WishState
{
    /// <summary>Posted on the wall.</summary>
    Posted = 1,

    /// <summary>Claimed by a member or a partner.</summary>
    Claimed = 2,

    /// <summary>Fulfilled, with evidence.</summary>
    Fulfilled = 3,

    /// <summary>Confirmed by the resident.</summary>
    Confirmed = 4,
}

/// <summary>A resident's small wish (微心愿): claimed by a member or a co-building party, fulfilled with evidence, confirmed by the resident.</summary>
public sealed class MicroWish : AggregateRoot<MicroWishId>, IAuditedNode
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

    /// <summary>Gets the compound.</summary>
    public PlaceId CompoundId { get; private set; }

    /// <summary>Gets the high half of the compound's position.</summary>
    public long CompoundPathHigh { get; private set; }

    /// <summary>Gets the low half of the compound's position.</summary>
    public long CompoundPathLow { get; private set; }

    /// <summary>Gets the compound's position.</summary>
    public HierarchyPath CompoundPath => HierarchyPath.FromSortKeys(CompoundPathHigh, CompoundPathLow);

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

    AuditTree IAuditedNode.AuditTree => AuditTree.Place;

    Guid IAuditedNode.AuditNodeId => CompoundId.Value;

    HierarchyPath IAuditedNode.Path => HierarchyPath.FromSortKeys(CompoundPathHigh, CompoundPathLow);

    /// <summary>Returns whether it is not yet fulfilled on a day past its due day.</summary>
    /// <param name="today">The day.</param>
    /// <returns>Whether it is overdue.</returns>
    public bool IsOverdueOn(LocalDate today) => State is WishState.Posted or WishState.Claimed && today > DueOn;

    internal static MicroWish Create(MicroWishId id, ResidentId resident, Place compound, string wish, LocalDate dueOn, Instant now)
    {
        var item = new MicroWish(id)
        {
            ResidentId = resident, CompoundId = compound.Id, CompoundPathHigh = compound.Path.SortKeyHigh, CompoundPathLow = compound.Path.SortKeyLow,
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
