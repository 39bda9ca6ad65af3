using NodaTime;

namespace NeighborParty.Care;

/// <summary>
/// The consent a care record rests on (CR-1): health and family circumstances are sensitive personal information
/// (个人信息保护法 art. 28–29), kept only with the person's own separate consent, or their legal guardian's.
/// </summary>
/// <param name="GivenBy">Who consented: the resident, or their legal guardian.</param>
/// <param name="Relation">Their relation to the resident (本人, 子女, 监护人, …).</param>
/// <param name="On">The day consent was given.</param>
/// <param name="Means">How it was recorded (书面签字, 口头并有见证人, …).</param>
public sealed record CareConsent(string GivenBy, string Relation, LocalDate On, string Means);
