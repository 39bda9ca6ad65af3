using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NeighborParty.Accounting;
using NeighborParty.Activities;
using NeighborParty.Organization;

namespace NeighborParty.LoadPeer;

/// <summary>
/// The peer's annual report of a place: the figures as hand-written <c>GROUP BY</c>s on the subtree's rows, a row per
/// child place. It answers an open period without corrections (what the load benchmark asks); a closed period or a
/// corrected one answers 501, and the check before the load would say so.
/// </summary>
internal static class Report
{
    public static async Task<IResult> AnswerAsync(Guid placeId, DateOnly from, DateOnly to, ClaimsPrincipal user, PeerDb db, NeighborPartyOptions options, CancellationToken ct)
    {
        // The actor's reach: the places its unit covers, and the place asked for inside one of them.
        if (!Guid.TryParse(user.FindFirst("np_scope")?.Value, out var actorUnit))
        {
            return Results.Forbid();
        }

        var reach = await db.UnitPlaces.Where(up => up.UnitId == actorUnit).Join(db.Places, up => up.PlaceId, p => p.Id, (up, p) => new { p.PositionPathHigh, p.PositionPathLow }).ToListAsync(ct);
        var place = await db.Places.Where(p => p.Id == placeId).Select(p => new { p.Id, p.Name, p.PositionPathHigh, p.PositionPathLow }).FirstOrDefaultAsync(ct);
        if (place is null || !reach.Exists(r => new Scope(r.PositionPathHigh, r.PositionPathLow).Contains(place.PositionPathHigh, place.PositionPathLow)))
        {
            return Results.NotFound();
        }

        var node = Scope.Bounds(place.PositionPathHigh, place.PositionPathLow);
        if (await db.Closings.AnyAsync(c => c.PlaceId == placeId && c.From == from && c.To == to, ct)
            || await db.Corrections.AnyAsync(c => c.PlaceTree == 2 && c.PlacePathHigh >= node.HighMin && c.PlacePathHigh <= node.HighMax && c.PlacePathLow >= node.LowMin && c.PlacePathLow <= node.LowMax
                && c.AttributedTo >= from && c.AttributedTo <= to, ct))
        {
            return Results.StatusCode(501);
        }

        var children = await db.Places.Where(p => p.ParentId == placeId).OrderBy(p => p.PositionPathHigh).ThenBy(p => p.PositionPathLow)
            .Select(p => new { p.Id, p.Name, p.PositionPathHigh, p.PositionPathLow }).ToListAsync(ct);
        var depth = Math.Min(HierarchyPath.FromSortKeys(place.PositionPathHigh, place.PositionPathLow).Depth + 1, HierarchyPath.MaxDepth);
        HierarchyPath.GetPrefixMasks(depth, out var hm, out var lm);
        var start = Midnight(from);
        var end = Midnight(to.AddDays(1));
        var counts = new Counts();

        // Activities: one GROUP BY child and kind; kinds map to figures by their category.
        var kinds = options.Activities.Kinds.Values.ToDictionary(k => k.Key, k => k.Category, StringComparer.Ordinal);
        foreach (var row in await db.Activities.Where(a => a.PlaceTree == 2 && a.PlacePathHigh >= node.HighMin && a.PlacePathHigh <= node.HighMax && a.PlacePathLow >= node.LowMin && a.PlacePathLow <= node.LowMax
                && a.Day >= from && a.Day <= to)
            .GroupBy(a => new { High = a.PlacePathHigh & hm, Low = a.PlacePathLow & lm, a.Kind }).Select(g => new { g.Key.High, g.Key.Low, g.Key.Kind, Count = g.Count() }).ToListAsync(ct))
        {
            counts.Add(Figures.Activities, row.High, row.Low, row.Count);
            if (kinds.TryGetValue(row.Kind, out var category) && Figure(category) is { } figure)
            {
                counts.Add(figure, row.High, row.Low, row.Count);
            }
        }

        // Live branches (and functional groups under them) where the compounds they cover lie, distinct per child and in total.
        var levels = options.Schema.BranchLevels.ToList();
        var places = db.Places.Where(p => p.PositionTree == 2 && p.PositionPathHigh >= node.HighMin && p.PositionPathHigh <= node.HighMax && p.PositionPathLow >= node.LowMin && p.PositionPathLow <= node.LowMax);
        var live = db.Units.Where(u => u.Established <= to && (u.Dissolved == null || to < u.Dissolved));
        var branches = await (from u in live.Where(u => levels.Contains(u.Level))
                              join c in db.UnitPlaces on u.Id equals c.UnitId
                              join p in places on c.PlaceId equals p.Id
                              select new { u.Id, High = p.PositionPathHigh & hm, Low = p.PositionPathLow & lm }).Distinct().ToListAsync(ct);
        var groups = await (from g in live.Where(u => u.Kind == (int)OrganizationUnitKind.FunctionalGroup)
                            join c in db.UnitPlaces on g.ParentId equals c.UnitId
                            join p in places on c.PlaceId equals p.Id
                            select new { g.Id, High = p.PositionPathHigh & hm, Low = p.PositionPathLow & lm }).Distinct().ToListAsync(ct);
        foreach (var (figure, pairs) in new[] { (Figures.CompoundBranches, branches), (Figures.FunctionalGroups, groups) })
        {
            foreach (var pair in pairs)
            {
                counts.Add(figure, pair.High, pair.Low, 1, total: false);
            }

            counts.Totals[figure] = pairs.Select(p => p.Id).Distinct().Count();
        }

        foreach (var row in await db.Positions.Where(p => p.CompoundTree == 2 && p.CompoundPathHigh >= node.HighMin && p.CompoundPathHigh <= node.HighMax && p.CompoundPathLow >= node.LowMin && p.CompoundPathLow <= node.LowMax
                && p.Opened <= to && (p.Closed == null || p.Closed > to))
            .GroupBy(p => new { High = p.CompoundPathHigh & hm, Low = p.CompoundPathLow & lm }).Select(g => new { g.Key.High, g.Key.Low, Count = g.Count() }).ToListAsync(ct))
        {
            counts.Add(Figures.Positions, row.High, row.Low, row.Count);
        }

        foreach (var row in await db.Care.Where(c => c.CompoundTree == 2 && c.CompoundPathHigh >= node.HighMin && c.CompoundPathHigh <= node.HighMax && c.CompoundPathLow >= node.LowMin && c.CompoundPathLow <= node.LowMax
                && c.RegisteredAt < end && (c.ClosedAt == null || c.ClosedAt >= end))
            .GroupBy(c => new { High = c.CompoundPathHigh & hm, Low = c.CompoundPathLow & lm }).Select(g => new { g.Key.High, g.Key.Low, Count = g.Count() }).ToListAsync(ct))
        {
            counts.Add(Figures.CareResidents, row.High, row.Low, row.Count);
        }

        foreach (var row in await db.Teams.Where(t => t.HomeTree == 2 && t.HomePathHigh >= node.HighMin && t.HomePathHigh <= node.HighMax && t.HomePathLow >= node.LowMin && t.HomePathLow <= node.LowMax
                && t.From <= to && (t.To == null || t.To > to))
            .GroupBy(t => new { High = t.HomePathHigh & hm, Low = t.HomePathLow & lm }).Select(g => new { g.Key.High, g.Key.Low, Count = g.Count() }).ToListAsync(ct))
        {
            counts.Add(Figures.Teams, row.High, row.Low, row.Count);
        }

        foreach (var row in await db.Partners.Where(p => p.HomeTree == 2 && p.HomePathHigh >= node.HighMin && p.HomePathHigh <= node.HighMax && p.HomePathLow >= node.LowMin && p.HomePathLow <= node.LowMax
                && p.Category == 1 && p.Registered < end)
            .GroupBy(p => new { High = p.HomePathHigh & hm, Low = p.HomePathLow & lm }).Select(g => new { g.Key.High, g.Key.Low, Count = g.Count() }).ToListAsync(ct))
        {
            counts.Add(Figures.ParticipatingOrgans, row.High, row.Low, row.Count);
        }

        foreach (var row in await db.Projects.Where(p => p.PlaceTree == 2 && p.PlacePathHigh >= node.HighMin && p.PlacePathHigh <= node.HighMax && p.PlacePathLow >= node.LowMin && p.PlacePathLow <= node.LowMax
                && p.PlannedOn >= from && p.PlannedOn <= to)
            .GroupBy(p => new { High = p.PlacePathHigh & hm, Low = p.PlacePathLow & lm }).Select(g => new { g.Key.High, g.Key.Low, Count = g.Count() }).ToListAsync(ct))
        {
            counts.Add(Figures.Projects, row.High, row.Low, row.Count);
        }

        var requests = db.Requests.Where(r => r.CompoundTree == 2 && r.CompoundPathHigh >= node.HighMin && r.CompoundPathHigh <= node.HighMax && r.CompoundPathLow >= node.LowMin && r.CompoundPathLow <= node.LowMax);
        foreach (var row in await requests.Where(r => r.FirstResolvedAt != null && r.FirstResolvedAt >= start && r.FirstResolvedAt < end)
            .GroupBy(r => new { High = r.CompoundPathHigh & hm, Low = r.CompoundPathLow & lm }).Select(g => new { g.Key.High, g.Key.Low, Count = g.Count() }).ToListAsync(ct))
        {
            counts.Add(Figures.ProblemsSolved, row.High, row.Low, row.Count);
        }

        foreach (var row in await requests.Where(r => r.ReceivedAt >= start && r.ReceivedAt < end)
            .Select(r => new { High = r.CompoundPathHigh & hm, Low = r.CompoundPathLow & lm, r.CompoundId, r.Channel }).Distinct()
            .GroupBy(x => new { x.High, x.Low }).Select(g => new { g.Key.High, g.Key.Low, Count = g.Count() }).ToListAsync(ct))
        {
            counts.Add(Figures.Platforms, row.High, row.Low, row.Count);
        }

        // The rows: the place's own (when anything counts there), then every child in path order.
        var definitions = Figures.For(options.Schema);
        List<FigureAnswer> Lines(Dictionary<string, long>? values) => definitions.Select(f => new FigureAnswer(f.Key, f.NameZh, f.Name, f.Nature, values?.GetValueOrDefault(f.Key) ?? 0)).ToList();
        var rows = new List<ReportChildAnswer>();
        if (counts.ByChild.TryGetValue((place.PositionPathHigh & hm, place.PositionPathLow & lm), out var own) && own.Values.Any(v => v != 0))
        {
            rows.Add(new ReportChildAnswer(place.Id, place.Name + "（本级）", Lines(own)));
        }

        foreach (var child in children)
        {
            rows.Add(new ReportChildAnswer(child.Id, child.Name, Lines(counts.ByChild.GetValueOrDefault((child.PositionPathHigh & hm, child.PositionPathLow & lm)))));
        }

        return Results.Ok(new ReportAnswer(place.Id, place.Name, from, to, false, null, Lines(counts.Totals), rows, []));
    }

    private static DateTime Midnight(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), Answers.Zone);

    private static string? Figure(ActivityCategory category) => category switch
    {
        ActivityCategory.CoLearning => Figures.CoLearningEvents,
        ActivityCategory.VolunteerService => Figures.VolunteerServices,
        ActivityCategory.OrganisationalLife => Figures.OrganisationalLife,
        ActivityCategory.NeighbourhoodEvent => Figures.NeighbourhoodEvents,
        ActivityCategory.ServiceDelivery => Figures.ServiceDeliveries,
        _ => null,
    };

    private sealed class Counts
    {
        public Dictionary<string, long> Totals { get; } = new(StringComparer.Ordinal);

        public Dictionary<(long High, long Low), Dictionary<string, long>> ByChild { get; } = [];

        public void Add(string figure, long high, long low, long count, bool total = true)
        {
            if (!ByChild.TryGetValue((high, low), out var values))
            {
                ByChild[(high, low)] = values = new(StringComparer.Ordinal);
            }

            values[figure] = values.GetValueOrDefault(figure) + count;
            if (total)
            {
                Totals[figure] = Totals.GetValueOrDefault(figure) + count;
            }
        }
    }
}

internal sealed record FigureAnswer(string Key, string NameZh, string Name, FigureNature Nature, long Value);

internal sealed record ReportChildAnswer(Guid PlaceId, string Name, IReadOnlyList<FigureAnswer> Figures);

internal sealed record ReportAnswer(Guid PlaceId, string PlaceName, DateOnly From, DateOnly To, bool Frozen, DateTimeOffset? ClosedAt, IReadOnlyList<FigureAnswer> Totals,
    IReadOnlyList<ReportChildAnswer> Children, IReadOnlyList<object> Corrections);
