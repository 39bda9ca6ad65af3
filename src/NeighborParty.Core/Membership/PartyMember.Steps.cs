using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Membership;

/// <content>The member's steps: entered, changed, transferred (MR-3), registered where they live (MR-5) — each checked first.</content>
public sealed partial class PartyMember
{
    /// <summary>Enters a member in the ledger.</summary>
    /// <param name="id">The new member's id.</param>
    /// <param name="details">The details.</param>
    /// <param name="relationship">Where the organisational relationship is (exactly one, MR-1).</param>
    /// <param name="unit">The unit <paramref name="relationship"/> names, as read, or null (outside the tree, or unknown).</param>
    /// <param name="since">The first day of that relationship: from joining to today.</param>
    /// <param name="residence">The compound the details name, as read, or null.</param>
    /// <param name="residenceBuilding">The building the details name, as read, or null.</param>
    /// <param name="today">Today, in the district's time zone.</param>
    /// <param name="now">When.</param>
    /// <param name="schema">The district's schema, for place names in refusals (Yanping's when null).</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> or <paramref name="relationship"/> is null.</exception>
    /// <exception cref="Common.RuleViolationException">A refused field or date (<c>NP-MBR-001</c>…<c>006</c>), relationship (<c>MR-1</c>) or place (<c>NP-MBR-007</c>).</exception>
    /// <remarks>The ID-card number's uniqueness is the ledger's to check (<see cref="MemberLedger.RecordAsync"/>), as a store's unique index would.</remarks>
    public static PartyMember Record(PartyMemberId id, MemberDetails details, MemberRelationship relationship, OrganizationUnit? unit, LocalDate since,
        Place? residence, Place? residenceBuilding, LocalDate today, Instant now, HierarchySchema? schema = null)
    {
        var (idCard, phone) = MemberChecks.Details(details, today);
        MemberChecks.Residence(details, residence, residenceBuilding, schema);
        var unitPath = MemberChecks.Relationship(relationship, unit, "relationship");
        if (since < details.Joined || since > today)
        {
            throw MemberChecks.Date("The relationship cannot start before joining or after today.", "组织关系起始日期不能早于入党日期或晚于今天。", "since");
        }

        return Create(id, details, idCard, phone, relationship, unitPath, since, residence?.Position ?? TreePosition.None, now);
    }

    /// <summary>Changes the details (not the relationship, which moves only by transfer).</summary>
    /// <param name="details">The new details.</param>
    /// <param name="residence">The compound the details name, as read, or null.</param>
    /// <param name="residenceBuilding">The building the details name, as read, or null.</param>
    /// <param name="today">Today, in the district's time zone.</param>
    /// <param name="now">When.</param>
    /// <param name="schema">The district's schema, for place names in refusals (Yanping's when null).</param>
    /// <returns>The fields that changed (empty when nothing did).</returns>
    /// <exception cref="Common.RuleViolationException">A refused field, date or place.</exception>
    public IReadOnlyList<string> Change(MemberDetails details, Place? residence, Place? residenceBuilding, LocalDate today, Instant now, HierarchySchema? schema = null)
    {
        var (idCard, phone) = MemberChecks.Details(details, today);
        MemberChecks.Residence(details, residence, residenceBuilding, schema);
        return Update(details, idCard, phone, residence?.Position ?? TreePosition.None, now);
    }

    /// <summary>Starts a transfer of the organisational relationship (转出); the old unit stays responsible until it is received (MR-3).</summary>
    /// <param name="to">Where the relationship goes (exactly one, MR-1).</param>
    /// <param name="unit">The unit <paramref name="to"/> names, as read, or null.</param>
    /// <param name="day">The day: from the current relationship's start to today.</param>
    /// <param name="today">Today, in the district's time zone.</param>
    /// <param name="now">When.</param>
    /// <exception cref="ArgumentNullException"><paramref name="to"/> is null.</exception>
    /// <exception cref="Common.RuleViolationException">A transfer is already open, or the destination is the current one (<c>MR-3</c>); an invalid destination or day.</exception>
    public void StartTransfer(MemberRelationship to, OrganizationUnit? unit, LocalDate day, LocalDate today, Instant now)
    {
        ArgumentNullException.ThrowIfNull(to);
        if (Transfer is not null)
        {
            throw MemberChecks.TransferStep("A transfer is already open; receive or cancel it first.", "已有未完成的组织关系转接，请先接收或撤回。");
        }

        MemberChecks.Relationship(to, unit, "to");
        if (to.UnitId is { } target ? target == UnitId : UnitId is null && string.Equals(to.ExternalOrganization?.Trim(), ExternalOrganization, StringComparison.Ordinal))
        {
            throw MemberChecks.TransferStep("The relationship is already there.", "组织关系已在该组织。");
        }

        MemberChecks.Day(day, RelationshipSince, today, "date");
        Transfer = TransferState.Out;
        TransferToUnitId = to.UnitId;
        TransferToExternal = to.UnitId is null ? to.ExternalOrganization?.Trim() : null;
        TransferStarted = day;
        Raise(new PartyMemberTransfer(Id, "out", Destination(), now));
    }

    /// <summary>Marks the started transfer as in transit (在途).</summary>
    /// <param name="now">When.</param>
    /// <exception cref="Common.RuleViolationException">No transfer has been started (<c>MR-3</c>).</exception>
    public void MarkInTransit(Instant now)
    {
        if (Transfer != TransferState.Out)
        {
            throw MemberChecks.TransferStep("Only a transfer that was started (转出) can be put in transit.", "只有已转出的组织关系才能标记为在途。");
        }

        Transfer = TransferState.InTransit;
        Raise(new PartyMemberTransfer(Id, "in-transit", Destination(), now));
    }

    /// <summary>Receives the transfer in transit: the relationship moves, the old one goes to the history.</summary>
    /// <param name="unit">The receiving unit, as read now, or null (outside the tree).</param>
    /// <param name="day">The day received: from the transfer's start to today.</param>
    /// <param name="today">Today, in the district's time zone.</param>
    /// <param name="now">When.</param>
    /// <exception cref="Common.RuleViolationException">Not in transit (<c>MR-3</c>), the receiving unit was dissolved meanwhile, or a wrong day.</exception>
    public void ReceiveTransfer(OrganizationUnit? unit, LocalDate day, LocalDate today, Instant now)
    {
        if (Transfer != TransferState.InTransit)
        {
            throw MemberChecks.TransferStep("Only a transfer in transit (在途) can be received.", "只有在途的组织关系才能接收。");
        }

        var destination = new MemberRelationship(TransferToUnitId, TransferToExternal);
        var unitPath = MemberChecks.Relationship(destination, unit, "to");
        MemberChecks.Day(day, TransferStarted!.Value, today, "date");
        var label = Destination();
        var oldUnit = UnitId;
        _history.Add(new RelationshipPeriod(UnitId, ExternalOrganization, RelationshipSince, day));
        SetRelationship(destination, unitPath, day);
        ClearTransfer();
        Raise(new PartyMemberTransfer(Id, "received", label, now));
        RaiseLedgerChanged(oldUnit is { } u ? [u] : [], [], now);
    }

    /// <summary>Cancels the open transfer; the relationship stays where it was.</summary>
    /// <param name="now">When.</param>
    /// <exception cref="Common.RuleViolationException">No transfer is open (<c>MR-3</c>).</exception>
    public void CancelTransfer(Instant now)
    {
        if (Transfer is null)
        {
            throw MemberChecks.TransferStep("No transfer is open.", "没有未完成的组织关系转接。");
        }

        var destination = Destination();
        ClearTransfer();
        Raise(new PartyMemberTransfer(Id, "cancelled", destination, now));
    }

    /// <summary>Registers (报到) an in-service or mobile member to serve in the compound where they live (MR-5); the relationship does not move.</summary>
    /// <param name="compound">The compound, as read.</param>
    /// <param name="building">A building of it, as read, or null.</param>
    /// <param name="grid">A grid (1–100 characters), or null.</param>
    /// <param name="day">The day: from joining to today.</param>
    /// <param name="today">Today, in the district's time zone.</param>
    /// <param name="now">When.</param>
    /// <param name="schema">The district's schema, for place names in refusals (Yanping's when null).</param>
    /// <exception cref="ArgumentNullException"><paramref name="compound"/> is null.</exception>
    /// <exception cref="Common.RuleViolationException">Neither in service nor mobile (<c>MR-5</c>), a wrong place (<c>NP-MBR-007</c>), a bad grid or day.</exception>
    public void Register(Place compound, Place? building, string? grid, LocalDate day, LocalDate today, Instant now, HierarchySchema? schema = null)
    {
        ArgumentNullException.ThrowIfNull(compound);
        if (Category != MemberCategory.InService && !IsMobile)
        {
            throw MembershipRules.Fail(MembershipRules.Registration,
                "Only in-service or mobile members register (报到) where they live; others hold their relationship there.",
                "只有在职党员或流动党员到居住地报到；其他党员的组织关系就在居住地。", "memberId", regulation: MembershipRules.Mr5);
        }

        MemberChecks.Place(compound, building?.Id, building, "compound", schema);
        var gridName = grid is null ? null : Common.TextRules.RequireName(grid, "grid");
        MemberChecks.Day(day, Joined, today, "date");
        SetRegistration(compound.Position, building?.Id, gridName, day, now);
    }

    /// <summary>The importer's path and <see cref="Register"/>'s: records a checked registration.</summary>
    internal void SetRegistration(TreePosition compound, PlaceId? building, string? grid, LocalDate day, Instant now)
    {
        var old = RegisteredCompoundId;
        Registration = compound;
        RegisteredBuildingId = building;
        RegisteredGrid = grid;
        RegisteredOn = day;
        Raise(new PartyMemberRegistration(Id, true, compound.NodeId, now));
        RaiseLedgerChanged([], old is { } o ? [o] : [], now);
    }

    /// <summary>Revokes the residence registration.</summary>
    /// <param name="now">When.</param>
    /// <exception cref="Common.RuleViolationException">Not registered anywhere (<c>MR-5</c>).</exception>
    public void RevokeRegistration(Instant now)
    {
        if (RegisteredCompoundId is not { } compound)
        {
            throw MembershipRules.Fail(MembershipRules.Registration, "The member is not registered anywhere.", "该党员未在任何地方报到。",
                "memberId", Common.RuleViolationKind.Conflict, MembershipRules.Mr5);
        }

        Registration = TreePosition.None;
        RegisteredBuildingId = null;
        RegisteredGrid = null;
        RegisteredOn = null;
        Raise(new PartyMemberRegistration(Id, false, compound.Value, now));
        RaiseLedgerChanged([], [compound], now);
    }
}
