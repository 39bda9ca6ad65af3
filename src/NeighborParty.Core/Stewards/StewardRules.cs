using NeighborParty.Common;

namespace NeighborParty.Stewards;

/// <summary>The codes and citations of the appointment rules; every refusal carries one (see <c>docs/errors.md</c>).</summary>
public static class StewardRules
{
    /// <summary>The role is not known to the policy.</summary>
    public const string UnknownRole = "NP-STW-001";

    /// <summary>The site does not fit the role (wrong kind of unit or place, dissolved, unknown).</summary>
    public const string WrongSite = "NP-STW-002";

    /// <summary>The person may not hold the role (not a member, probationary, suspended from voting, unknown).</summary>
    public const string WrongHolder = "NP-STW-003";

    /// <summary>The role needs the holder's organisational relationship in the branch, and it is elsewhere (issue 16: no longer reported as TR-6).</summary>
    public const string RelationshipOutsideBranch = "NP-STW-011";

    /// <summary>The holder does not live in or is not registered to the compound of the site.</summary>
    public const string WrongResidence = "NP-STW-004";

    /// <summary>The seat is already held for (part of) that term, or the person already holds it.</summary>
    public const string SeatTaken = "NP-STW-005";

    /// <summary>An impossible date: the term ends before it starts, starts after today or before the site existed.</summary>
    public const string ImpossibleDate = "NP-STW-006";

    /// <summary>No such appointment.</summary>
    public const string NotFound = "NP-STW-007";

    /// <summary>The appointment already ended.</summary>
    public const string AlreadyEnded = "NP-STW-008";

    /// <summary>The compound's owners' committee does not list the member in that seat, or its term does not cover the appointment.</summary>
    public const string OwnersCommitteeSeat = "NP-STW-009";

    /// <summary>The policy does not allow the secretary to chair the owners' committee (一肩挑).</summary>
    public const string CrossHoldingRefused = "NP-STW-010";

    /// <summary>A refused owners'-committee or property record.</summary>
    public const string Governance = "NP-GOV-001";

    /// <summary>Where BR-4 comes from.</summary>
    public const string Br4 = Formation.FormationRules.Br4;

    /// <summary>Where TR-1 and TR-2 come from.</summary>
    public const string Tr2 = "党章 art. 31 (TR-1); 任期意见 (2018) §1 (TR-2): five years in villages and communities, three elsewhere";

    /// <summary>Where TR-3 comes from.</summary>
    public const string Tr3 = "任期意见 (2018) §2; 选举条例 art. 3 (TR-3): postponing or advancing needs approval, normally by at most a year";

    /// <summary>Where TR-5 comes from.</summary>
    public const string Tr5 = "支部条例 art. 21 (TR-5)";

    /// <summary>Where TR-6 comes from.</summary>
    public const string Tr6 = "支部条例 art. 23 (TR-6): a secretary normally has at least a year of Party standing";

    /// <summary>Where the right to be elected comes from.</summary>
    public const string ElectionRight = "党章 art. 7; 选举条例 art. 5: probationary members and members suspended from voting cannot be elected";

    internal static RuleViolationException Fail(string code, string message, string messageZh, string? target,
        RuleViolationKind kind = RuleViolationKind.Refused, string? regulation = null) =>
        new(new RuleViolation(code, message, messageZh, regulation, kind, target));
}
