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

    /// <summary>Posts a resident's micro-wish on the compound's wall.</summary>
    /// <param name="id">The new wish's id.</param>
    /// <param name="resident">The resident.</param>
    /// <param name="compound">The resident's compound.</param>
    /// <param name="wish">The wish (1–100 characters).</param>
    /// <param name="dueOn">The day it should be fulfilled by.</param>
    /// <param name="now">When.</param>
    /// <param name="schema">The district's schema, for place names in refusals (Yanping's when null).</param>
    /// <returns>The posted wish.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="compound"/> is null.</exception>
    /// <exception cref="RuleViolationException">A bad text; not a compound (<c>NP-REQ-004</c>).</exception>
    public static MicroWish Post(MicroWishId id, ResidentId resident, Place compound, string wish, LocalDate dueOn, Instant now, HierarchySchema? schema = null)
    {
        var text = TextRules.RequireName(wish, "wish");
        RequestRules.RequireCompound(compound, RequestRules.WrongReference, "residentId", schema);
        var item = new MicroWish(id)
        {
            ResidentId = resident, Compound = compound.Position,
            Wish = text, State = WishState.Posted, PostedAt = now, DueOn = dueOn,
        };
        item.Raise(new CoBuilding.CoBuildingChanged("wish", id.Value, "posted", text, now));
        return item;
    }

    /// <summary>Claims a posted wish: by a member or by a partner (exactly one).</summary>
    /// <param name="member">The member, or null.</param>
    /// <param name="partner">The partner, or null.</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Not exactly one claimant (<c>NP-REQ-004</c>); not posted (<c>NP-REQ-003</c>).</exception>
    public void Claim(PartyMemberId? member, PartnerId? partner, Instant now)
    {
        if ((member is null) == (partner is null))
        {
            throw RequestRules.Fail(RequestRules.WrongReference, "A wish is claimed by one known member or partner.", "心愿须由一名已登记的党员或一个共建单位认领。", "memberId");
        }

        RequireState(WishState.Posted);
        ClaimedByMember = member;
        ClaimedByPartner = partner;
        State = WishState.Claimed;
        Raise(new CoBuilding.CoBuildingChanged("wish", Id.Value, "claimed", Wish, now));
    }

    /// <summary>Records that a claimed wish was fulfilled, with evidence.</summary>
    /// <param name="evidence">A note or a link (1–100 characters).</param>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">A bad text; not claimed (<c>NP-REQ-003</c>).</exception>
    public void Fulfil(string evidence, Instant now)
    {
        var text = TextRules.RequireName(evidence, "evidence");
        RequireState(WishState.Claimed);
        Evidence = text;
        FulfilledAt = now;
        State = WishState.Fulfilled;
        Raise(new CoBuilding.CoBuildingChanged("wish", Id.Value, "fulfilled", Wish, now));
    }

    /// <summary>The resident confirms that the wish was fulfilled.</summary>
    /// <param name="now">When.</param>
    /// <exception cref="RuleViolationException">Not fulfilled (<c>NP-REQ-003</c>).</exception>
    public void Confirm(Instant now)
    {
        RequireState(WishState.Fulfilled);
        ConfirmedAt = now;
        State = WishState.Confirmed;
        Raise(new CoBuilding.CoBuildingChanged("wish", Id.Value, "confirmed", Wish, now));
    }

    private void RequireState(WishState from)
    {
        if (State != from)
        {
            throw RequestRules.Fail(RequestRules.Step, $"A wish that is {State} cannot take this step.", $"状态为“{RequestStateNames.Chinese(State)}”的心愿不能执行此操作。", "state", RuleViolationKind.Conflict);
        }
    }
}
