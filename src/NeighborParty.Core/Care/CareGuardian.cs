using NeighborParty.Membership;
using NodaTime;

namespace NeighborParty.Care;

/// <summary>A guardian (守望人) of a cared-for resident, with the duty they took on.</summary>
/// <param name="Key">The guardian's number within the record (1, 2, …).</param>
/// <param name="Kind">Who they are to the resident.</param>
/// <param name="Name">Their name.</param>
/// <param name="MemberId">The Party member, when the guardian is one.</param>
/// <param name="Duty">What they do (e.g. 每天上门看看、代购生活用品).</param>
/// <param name="Since">The first day.</param>
/// <param name="Until">The last day, or null while they serve.</param>
public sealed record CareGuardian(int Key, GuardianKind Kind, string Name, PartyMemberId? MemberId, string Duty, LocalDate Since, LocalDate? Until)
{
    /// <summary>Gets a value indicating whether the guardian still serves.</summary>
    public bool Serving => Until is null;
}
