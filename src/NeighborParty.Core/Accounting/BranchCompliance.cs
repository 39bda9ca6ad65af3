using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Accounting;

/// <summary>A branch's regular organisational life over a span.</summary>
/// <param name="BranchId">The branch.</param>
/// <param name="BranchName">Its name.</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
/// <param name="Lines">One line per rule (and per group for ML-3).</param>
public sealed record BranchCompliance(OrganizationUnitId BranchId, string BranchName, LocalDate From, LocalDate To, IReadOnlyList<ComplianceLine> Lines)
{
    /// <summary>Gets a value indicating whether any due meeting was missed.</summary>
    public bool Behind => Lines.Any(l => l.Behind);
}
