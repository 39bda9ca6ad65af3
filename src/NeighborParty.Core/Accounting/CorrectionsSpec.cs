using Ardalis.Specification;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Accounting;

/// <summary>The corrections attributed to days of a span at the places of a subtree.</summary>
public sealed class CorrectionsSpec : Specification<FigureCorrection>
{
    /// <summary>Initializes a new instance of the <see cref="CorrectionsSpec"/> class.</summary>
    /// <param name="scope">The place subtree.</param>
    /// <param name="days">The days.</param>
    public CorrectionsSpec(HierarchyPath scope, DateInterval days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var (from, to) = (days.Start, days.End);
        Query.Within(TreeKind.Place, scope, c => c.Place).Where(c => c.AttributedTo >= from && c.AttributedTo <= to)
            .OrderBy(c => c.AttributedTo).ThenBy(c => c.Id);
    }
}
