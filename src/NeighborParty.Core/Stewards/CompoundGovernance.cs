using System.Linq.Expressions;
using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>
/// The bodies a compound branch leads besides itself: the owners' committee (业委会 — its seats, chair, term and
/// election date) and the property-service company (物业), or self-management. One per compound; <see cref="Record"/>
/// checks what it records.
/// </summary>
public sealed partial class CompoundGovernance : AggregateRoot<CompoundGovernanceId>, IAuditedNode, ISnapshotable<CompoundGovernance, CompoundGovernanceSnapshot>, IPlaced<CompoundGovernance>
{
    private readonly List<OwnersCommitteeSeat> _seats = [];

    private CompoundGovernance()
        : base(default)
    {
    }

    private CompoundGovernance(CompoundGovernanceId id)
        : base(id)
    {
    }

    /// <summary>Gets the position a store queries (the compound).</summary>
    public static IReadOnlyList<Expression<Func<CompoundGovernance, TreePosition>>> Positions { get; } = [g => g.Compound];

    /// <summary>Gets the compound, in the tree of places.</summary>
    public TreePosition Compound { get; private set; }

    /// <summary>Gets the compound.</summary>
    public PlaceId CompoundId => new(Compound.NodeId);

    /// <summary>Gets how the compound is managed.</summary>
    public PropertyManagement Management { get; private set; }

    /// <summary>Gets the property-service company's name, when one manages it.</summary>
    public string? PropertyCompany { get; private set; }

    /// <summary>Gets the company's contact phone, or null.</summary>
    public string? PropertyContact { get; private set; }

    /// <summary>Gets a value indicating whether an owners' committee is recorded.</summary>
    public bool HasOwnersCommittee => CommitteeTermStart is not null;

    /// <summary>Gets the day the owners' committee was elected, or null.</summary>
    public LocalDate? CommitteeElectedOn { get; private set; }

    /// <summary>Gets the first day of the owners' committee's term, or null.</summary>
    public LocalDate? CommitteeTermStart { get; private set; }

    /// <summary>Gets the last day of the owners' committee's term, or null.</summary>
    public LocalDate? CommitteeTermEnd { get; private set; }

    /// <summary>Gets the owners' committee's term, or null.</summary>
    public DateInterval? CommitteeTerm => CommitteeTermStart is { } s && CommitteeTermEnd is { } e ? new DateInterval(s, e) : null;

    /// <summary>Gets the seats of the owners' committee, chair first.</summary>
    public IReadOnlyList<OwnersCommitteeSeat> Seats => [.. _seats.OrderBy(s => s.Position).ThenBy(s => s.Name, StringComparer.Ordinal)];

    /// <summary>Gets the chair's seat, or null.</summary>
    public OwnersCommitteeSeat? Chair => _seats.Find(s => s.Position == OwnersCommitteePosition.Chair);

    /// <inheritdoc />
    TreePosition IAuditedNode.AuditPosition => Compound;

    /// <summary>Starts the (empty) governance record of a compound.</summary>
    /// <param name="id">The new record's id.</param>
    /// <param name="compound">The compound.</param>
    /// <param name="schema">The district's schema, for place names in refusals (Yanping's when null).</param>
    /// <returns>The record, with nothing recorded yet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="compound"/> is null.</exception>
    /// <exception cref="RuleViolationException">Not a compound (<c>NP-STW-002</c>).</exception>
    public static CompoundGovernance For(CompoundGovernanceId id, Place compound, HierarchySchema? schema = null)
    {
        ArgumentNullException.ThrowIfNull(compound);
        if (compound.Kind != PlaceKind.Compound)
        {
            var names = schema ?? HierarchySchema.Yanping;
            throw StewardRules.Fail(StewardRules.WrongSite, $"{compound.Id} is not {PlaceWords.A(names, PlaceKind.Compound)}.", $"{compound.Id} 不是{PlaceWords.Zh(names, PlaceKind.Compound)}。", "compound");
        }

        return new CompoundGovernance(id) { Compound = compound.Position };
    }

    /// <summary>Records the owners' committee (业委会) and property management, replacing what was recorded.</summary>
    /// <param name="details">What to record; the members and residents it links must exist (the caller reads them).</param>
    /// <param name="policy">The steward settings (the owners' committee's longest term).</param>
    /// <param name="today">Today, in the district's time zone.</param>
    /// <param name="now">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">A refused field (<c>NP-GOV-001</c>).</exception>
    public void Record(CompoundGovernanceDetails details, StewardPolicy policy, LocalDate today, Instant now)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(policy);
        if (FieldRules.Defined<PropertyManagement>(details.Management, "management") is { } violation)
        {
            throw new RuleViolationException(violation);
        }

        string? company = null;
        string? contact = null;
        if (details.Management == PropertyManagement.PropertyCompany)
        {
            company = string.IsNullOrWhiteSpace(details.PropertyCompany)
                ? throw Refused("Name the property-service company in charge.", "请填写负责管理的物业服务企业。", "propertyCompany")
                : TextRules.RequireName(details.PropertyCompany, "propertyCompany");
            contact = details.PropertyContact is null ? null : PhoneNumber.Parse(details.PropertyContact, "propertyContact").Reveal();
        }
        else if (details.PropertyCompany is not null || details.PropertyContact is not null)
        {
            throw Refused("A property company is named only where one manages.", "只有由物业服务企业管理时才填写物业公司。", "propertyCompany");
        }

        var committee = details.OwnersCommittee;
        var seats = committee is null ? [] : CommitteeSeats(committee, policy, today);
        Management = details.Management;
        PropertyCompany = company;
        PropertyContact = contact;
        CommitteeElectedOn = committee?.ElectedOn;
        CommitteeTermStart = committee?.Term.Start;
        CommitteeTermEnd = committee?.Term.End;
        _seats.Clear();
        _seats.AddRange(seats.OrderBy(s => s.Position));
        Raise(new CompoundGovernanceChanged(Id, CompoundId, now));
    }

    private static List<OwnersCommitteeSeat> CommitteeSeats(OwnersCommitteeDetails committee, StewardPolicy policy, LocalDate today)
    {
        if (committee.Term is null || committee.Seats is null)
        {
            throw Refused("An owners' committee has a term and seats.", "业主委员会须有任期和成员。", "ownersCommittee");
        }

        if (committee.ElectedOn > today || committee.ElectedOn > committee.Term.Start)
        {
            throw Refused("The owners' committee is elected before its term starts, and not after today.", "业主委员会的选举日期须不晚于任期开始日和今天。", "ownersCommittee.electedOn");
        }

        if (committee.Term.End > committee.Term.Start.PlusYears(policy.OwnersCommitteeMaxTermYears).PlusDays(-1))
        {
            throw Refused($"An owners' committee serves at most {policy.OwnersCommitteeMaxTermYears} years.", $"业主委员会每届任期不超过 {policy.OwnersCommitteeMaxTermYears} 年。", "ownersCommittee.term");
        }

        if (committee.Seats.Count is < 1 or > 21 || committee.Seats.Count(s => s?.Position == OwnersCommitteePosition.Chair) != 1)
        {
            throw Refused("An owners' committee has 1 to 21 seats, exactly one of them the chair.", "业主委员会须有1至21名成员，其中恰有一名主任。", "ownersCommittee.seats");
        }

        var seats = new List<OwnersCommitteeSeat>();
        for (var i = 0; i < committee.Seats.Count; i++)
        {
            var seat = committee.Seats[i] ?? throw Refused("A seat is empty.", "成员不能为空。", $"ownersCommittee.seats[{i}]");
            var name = TextRules.RequireName(seat.Name, $"ownersCommittee.seats[{i}].name");
            if (FieldRules.Defined<OwnersCommitteePosition>(seat.Position, $"ownersCommittee.seats[{i}].position") is { } v)
            {
                throw new RuleViolationException(v);
            }

            if (seat.MemberId is not null && seat.ResidentId is not null)
            {
                throw Refused("A seat links a member or a resident, not both.", "成员只能关联党员或居民之一。", $"ownersCommittee.seats[{i}]");
            }

            seats.Add(new OwnersCommitteeSeat(name, seat.Position, seat.MemberId, seat.ResidentId));
        }

        if (seats.Where(s => s.MemberId is not null).GroupBy(s => s.MemberId).Any(g => g.Count() > 1))
        {
            throw Refused("A member holds one seat.", "一名党员只能占一个席位。", "ownersCommittee.seats");
        }

        return seats;
    }

    private static RuleViolationException Refused(string message, string messageZh, string field) =>
        StewardRules.Fail(StewardRules.Governance, message, messageZh, field);
}
