using NeighborParty.Common;

namespace NeighborParty.Membership;

/// <summary>
/// The codes and refusals of the member ledger (<c>NP-MBR-NNN</c>), and the regulation-backed ones (<c>MR-n</c>).
/// </summary>
public static class MembershipRules
{
    /// <summary>An ID-card number fails GB 11643 (length, characters, date or check digit).</summary>
    public const string InvalidIdNumber = "NP-MBR-001";

    /// <summary>A phone number is not a mainland mobile or landline number.</summary>
    public const string InvalidPhone = "NP-MBR-002";

    /// <summary>No such member or resident.</summary>
    public const string NotFound = "NP-MBR-003";

    /// <summary>Another member already has that ID-card number.</summary>
    public const string DuplicateIdNumber = "NP-MBR-004";

    /// <summary>Dates that cannot be: born in the future, joined before 18, made full before joining, a suspension ending before it starts.</summary>
    public const string ImpossibleDate = "NP-MBR-005";

    /// <summary>The birth date or gender disagrees with the ID-card number.</summary>
    public const string IdNumberMismatch = "NP-MBR-006";

    /// <summary>A transfer step out of order (e.g. received before in transit, a second transfer while one is open).</summary>
    public const string TransferStep = "MR-3";

    /// <summary>A relationship that is not exactly one unit (none, or both a unit and an outside organisation).</summary>
    public const string OneRelationship = "MR-1";

    /// <summary>A residence registration (报到) that is not allowed or not there.</summary>
    public const string Registration = "MR-5";

    /// <summary>A place or unit named for a member is not of the right kind (a compound, a building of it, a live unit).</summary>
    public const string WrongPlace = "NP-MBR-007";

    /// <summary>
    /// An ID-card number that cannot be recorded in the actor's scope: it is in the ledger where the actor cannot see.
    /// The answer names no member and no place, and is the same wherever the other record is.
    /// </summary>
    public const string IdNumberUnavailable = "NP-MBR-009";

    /// <summary>The neutral refusal of an ID-card number the ledger holds outside the actor's scope (<c>NP-MBR-009</c>).</summary>
    /// <param name="target">The field.</param>
    /// <returns>The violation.</returns>
    public static RuleViolation Unavailable(string target = "idNumber") => new(IdNumberUnavailable,
        "This ID-card number cannot be recorded in your scope. If the person belongs here, the district's party-affairs office can move the record.",
        "该身份证号无法在您的管辖范围内登记。如确属本范围，请联系区委组织部门办理。", null, RuleViolationKind.Conflict, target);

    internal static RuleViolationException Fail(string code, string message, string messageZh, string? target = null,
        RuleViolationKind kind = RuleViolationKind.Refused, string? regulation = null) =>
        new(new RuleViolation(code, message, messageZh, regulation, kind, target));

    internal static RuleViolationException MemberNotFound(PartyMemberId id) =>
        Fail(NotFound, $"No party member {id}.", $"没有编号为 {id} 的党员。", kind: RuleViolationKind.NotFound);

    internal static RuleViolationException ResidentNotFound(ResidentId id) =>
        Fail(NotFound, $"No resident {id}.", $"没有编号为 {id} 的居民。", kind: RuleViolationKind.NotFound);

    internal const string Mr1 = "党章 art. 8 (MR-1): every member belongs to exactly one organisation";
    internal const string Mr3 = "教育管理条例 art. 25 (MR-3): the old organisation stays responsible until the transfer is received";
    internal const string Mr5 = "MR-5: in-service members register (报到) where they live; the relationship stays at work";
}
