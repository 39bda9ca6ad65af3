using NeighborParty.Common;

namespace NeighborParty.Care;

/// <summary>The codes of neighbourhood care and the regulations they rest on (docs/care.md).</summary>
public static class CareRules
{
    /// <summary>No valid consent (CR-1): the record is refused, or closes when consent is withdrawn.</summary>
    public const string Consent = "NP-CARE-001";

    /// <summary>A guardian rule (CR-2): none left while the record is open, too many, or an unknown guardian.</summary>
    public const string Guardians = "NP-CARE-002";

    /// <summary>A step out of order: a closed record, an action already done, a move to where the resident already is.</summary>
    public const string Step = "NP-CARE-003";

    /// <summary>A wrong reference: unknown record or resident, a resident outside the compound, a contact dated in the future.</summary>
    public const string WrongReference = "NP-CARE-004";

    /// <summary>The Personal Information Protection Law on sensitive personal information (CR-1, CR-6).</summary>
    public const string PrivacyLaw = "个人信息保护法 第二十八条、第二十九条";

    /// <summary>The national guidance on visiting elderly people in special difficulty (CR-2 … CR-5).</summary>
    public const string VisitGuidance = "民政部等《关于开展特殊困难老年人探访关爱服务的指导意见》";

    internal static RuleViolationException Fail(string code, string message, string messageZh, string target, string? regulation = null,
        RuleViolationKind kind = RuleViolationKind.Refused) =>
        new(new RuleViolation(code, message, messageZh, regulation, kind, target));
}
