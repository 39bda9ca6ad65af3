using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Accounting;

/// <summary>A place's figures over a span of days, with drill-down by child.</summary>
/// <param name="PlaceId">The place.</param>
/// <param name="PlaceName">Its name.</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
/// <param name="Frozen">Whether the figures are those frozen when the period was closed.</param>
/// <param name="ClosedAt">When it was closed, or null.</param>
/// <param name="Totals">The figures over the whole subtree, in report order.</param>
/// <param name="Children">The figures per child place (and of the place itself where records sit there).</param>
/// <param name="Corrections">The corrections included.</param>
public sealed record RollUpReport(PlaceId PlaceId, string PlaceName, LocalDate From, LocalDate To, bool Frozen, Instant? ClosedAt, IReadOnlyList<FigureLine> Totals,
    IReadOnlyList<RollUpChild> Children, IReadOnlyList<FigureCorrection> Corrections)
{
    /// <summary>Returns a figure's total.</summary>
    /// <param name="figure">The figure's key.</param>
    /// <returns>The value.</returns>
    public long this[string figure] => Totals.First(t => t.Key == figure).Value;

    internal static RollUpReport Build(Place place, IReadOnlyList<Place> children, DateInterval days, RollUpCounts counts, IReadOnlyList<FigureCorrection> corrections,
        PeriodClosing? closing, HierarchySchema schema)
    {
        var definitions = Figures.For(schema);
        var totals = Figures.All.ToDictionary(f => f.Key, f => counts.Totals.GetValueOrDefault(f.Key), StringComparer.Ordinal);
        var rows = new List<(Place Place, Dictionary<string, long> Values)>();
        if (counts.ByChild.TryGetValue(place.Path, out var own) && own.Values.Any(v => v != 0))
        {
            rows.Add((place, Figures.All.ToDictionary(f => f.Key, f => own.GetValueOrDefault(f.Key), StringComparer.Ordinal)));
        }

        foreach (var child in children)
        {
            var found = counts.ByChild.GetValueOrDefault(child.Path);
            rows.Add((child, Figures.All.ToDictionary(f => f.Key, f => found?.GetValueOrDefault(f.Key) ?? 0, StringComparer.Ordinal)));
        }

        foreach (var c in corrections)
        {
            if (totals.ContainsKey(c.Figure))
            {
                totals[c.Figure] += c.Delta;
                var index = rows.FindLastIndex(r => c.PlacePath.IsWithin(r.Place.Path));
                if (index < 0)
                {
                    rows.Insert(0, (place, Figures.All.ToDictionary(f => f.Key, _ => 0L, StringComparer.Ordinal))); // a correction at the place itself
                    index = 0;
                }

                rows[index].Values[c.Figure] += c.Delta;
            }
        }

        List<FigureLine> Lines(IReadOnlyDictionary<string, long> values) => [.. definitions.Select(f => new FigureLine(f.Key, f.NameZh, f.Name, f.Nature, values[f.Key]))];
        return new RollUpReport(place.Id, place.Name, days.Start, days.End, closing is not null, closing?.ClosedAt, Lines(totals),
            [.. rows.Select(r => new RollUpChild(r.Place.Id, r.Place == place ? place.Name + "（本级）" : r.Place.Name, Lines(r.Values)))], corrections);
    }
}
