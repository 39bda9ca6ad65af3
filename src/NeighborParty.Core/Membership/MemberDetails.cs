using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Membership;

/// <summary>The details of a member as entered or imported; checked by <see cref="MemberLedger"/>.</summary>
/// <param name="Name">The name (1–100 characters).</param>
/// <param name="IdNumber">The ID-card number (GB 11643).</param>
/// <param name="Joined">The date of joining the Party (入党日期).</param>
/// <param name="Category">The census category.</param>
public sealed record MemberDetails(string Name, string IdNumber, LocalDate Joined, MemberCategory Category)
{
    /// <summary>Gets the gender; when null it is read from the ID-card number, and when given it must agree with it.</summary>
    public Gender? Gender { get; init; }

    /// <summary>Gets the birth date; when null it is read from the ID-card number, and when given it must agree with it.</summary>
    public LocalDate? BirthDate { get; init; }

    /// <summary>Gets the phone number, or null.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets the date made full (转正日期); null while probationary.</summary>
    public LocalDate? MadeFull { get; init; }

    /// <summary>Gets a value indicating whether the member is mobile (流动党员, away 6+ months; MR-4).</summary>
    public bool IsMobile { get; init; }

    /// <summary>Gets the suspension of voting rights (留党察看, 留置/逮捕), or null.</summary>
    public VotingSuspension? Suspension { get; init; }

    /// <summary>Gets the compound the member lives in, or null if unknown or outside the district.</summary>
    public PlaceId? ResidenceCompoundId { get; init; }

    /// <summary>Gets the building the member lives in (inside <see cref="ResidenceCompoundId"/>), or null.</summary>
    public PlaceId? ResidenceBuildingId { get; init; }
}
