using Microsoft.EntityFrameworkCore;
using NeighborParty.Accounting;
using NeighborParty.Activities;
using NeighborParty.CoBuilding;
using NeighborParty.EntityFrameworkCore.Persistence;
using NeighborParty.Organization;
using NeighborParty.Requests;

namespace NeighborParty.EntityFrameworkCore.Accounting;

/// <summary>
/// The roll-up as SQL: every figure is a <c>GROUP BY</c> of the subtree's rows on their keys masked to the child's depth
/// (<see cref="HierarchyPath.GetPrefixMasks"/>), so the database returns one small row per child and figure and never the
/// rows themselves. Units are counted distinct (a joint branch covering compounds of two children counts in each, once
/// in the total), exactly like <see cref="InMemoryRollUpSource"/>.
/// </summary>
internal sealed class EfRollUpSource(NeighborPartyDbContext db) : IRollUpSource
{
    public async Task<RollUpCounts> CountAsync(RollUpQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Node.GetSubtreeBounds(out var hMin, out var hMax, out var lMin, out var lMax);
        HierarchyPath.GetPrefixMasks(query.ChildDepth, out var hm, out var lm);
        var (from, to, start, end) = (query.Days.Start, query.Days.End, query.Start, query.End);
        var totals = Figures.All.ToDictionary(f => f.Key, _ => 0L, StringComparer.Ordinal);
        var byChild = new Dictionary<HierarchyPath, Dictionary<string, long>>();

        void Add(string figure, long high, long low, long count, bool total = true)
        {
            var child = HierarchyPath.FromMaskedSortKeys(high, low, query.ChildDepth);
            if (!byChild.TryGetValue(child, out var counts))
            {
                byChild[child] = counts = Figures.All.ToDictionary(f => f.Key, _ => 0L, StringComparer.Ordinal);
            }

            counts[figure] += count;
            if (total)
            {
                totals[figure] += count;
            }
        }

        // Activities: one GROUP BY child and kind; the kinds map to figures here (a handful of rows).
        var activityRows = await db.Set<Activity>().AsNoTracking()
            .Where(a => a.PlacePathHigh >= hMin && a.PlacePathHigh <= hMax && a.PlacePathLow >= lMin && a.PlacePathLow <= lMax && a.Day >= from && a.Day <= to)
            .GroupBy(a => new { High = a.PlacePathHigh & hm, Low = a.PlacePathLow & lm, a.Kind })
            .Select(g => new { g.Key.High, g.Key.Low, g.Key.Kind, Count = g.Count() })
            .ToListAsync(cancellationToken);
        foreach (var row in activityRows)
        {
            Add(Figures.Activities, row.High, row.Low, row.Count);
            foreach (var (figure, kinds) in query.KindsByFigure)
            {
                if (kinds.Contains(row.Kind))
                {
                    Add(figure, row.High, row.Low, row.Count);
                }
            }
        }

        // Units where the compounds they cover lie, counted distinct; a functional group where its branch's compounds lie.
        var levels = query.CompoundBranchLevels.ToList();
        var places = db.Set<Place>().Where(p => p.PathHigh >= hMin && p.PathHigh <= hMax && p.PathLow >= lMin && p.PathLow <= lMax);
        var live = db.Set<OrganizationUnit>().AsNoTracking().Where(u => u.Established <= to && (u.Dissolved == null || to < u.Dissolved));
        var branchPlaces =
            from u in live.Where(u => levels.Contains(u.Level))
            from c in u.Coverage
            join p in places on c.PlaceId equals p.Id
            select new { UnitId = u.Id, p.PathHigh, p.PathLow };
        var groupPlaces =
            from g in live.Where(u => u.Kind == OrganizationUnitKind.FunctionalGroup)
            join b in db.Set<OrganizationUnit>() on g.ParentId equals (OrganizationUnitId?)b.Id
            from c in b.Coverage
            join p in places on c.PlaceId equals p.Id
            select new { UnitId = g.Id, p.PathHigh, p.PathLow };
        foreach (var (figure, rows) in new[] { (Figures.CompoundBranches, branchPlaces), (Figures.FunctionalGroups, groupPlaces) })
        {
            var perChild = await rows.GroupBy(x => new { High = x.PathHigh & hm, Low = x.PathLow & lm })
                .Select(g => new { g.Key.High, g.Key.Low, Count = g.Select(x => x.UnitId).Distinct().Count() })
                .ToListAsync(cancellationToken);
            foreach (var row in perChild)
            {
                Add(figure, row.High, row.Low, row.Count, total: false);
            }

            totals[figure] = await rows.Select(x => x.UnitId).Distinct().CountAsync(cancellationToken);
        }

        foreach (var row in await db.Set<Position>().AsNoTracking()
            .Where(p => p.CompoundPathHigh >= hMin && p.CompoundPathHigh <= hMax && p.CompoundPathLow >= lMin && p.CompoundPathLow <= lMax
                && p.Opened <= to && (p.Closed == null || p.Closed > to))
            .GroupBy(p => new { High = p.CompoundPathHigh & hm, Low = p.CompoundPathLow & lm })
            .Select(g => new { g.Key.High, g.Key.Low, Count = g.Count() }).ToListAsync(cancellationToken))
        {
            Add(Figures.Positions, row.High, row.Low, row.Count);
        }

        foreach (var row in await db.Set<DeployedTeam>().AsNoTracking()
            .Where(t => t.HomePathHigh >= hMin && t.HomePathHigh <= hMax && t.HomePathLow >= lMin && t.HomePathLow <= lMax && t.From <= to && (t.To == null || t.To > to))
            .GroupBy(t => new { High = t.HomePathHigh & hm, Low = t.HomePathLow & lm })
            .Select(g => new { g.Key.High, g.Key.Low, Count = g.Count() }).ToListAsync(cancellationToken))
        {
            Add(Figures.Teams, row.High, row.Low, row.Count);
        }

        foreach (var row in await db.Set<Partner>().AsNoTracking()
            .Where(p => p.HomePathHigh >= hMin && p.HomePathHigh <= hMax && p.HomePathLow >= lMin && p.HomePathLow <= lMax
                && p.Category == PartnerCategory.GovernmentOrgan && p.Registered < end)
            .GroupBy(p => new { High = p.HomePathHigh & hm, Low = p.HomePathLow & lm })
            .Select(g => new { g.Key.High, g.Key.Low, Count = g.Count() }).ToListAsync(cancellationToken))
        {
            Add(Figures.ParticipatingOrgans, row.High, row.Low, row.Count);
        }

        foreach (var row in await db.Set<Project>().AsNoTracking()
            .Where(p => p.PlacePathHigh >= hMin && p.PlacePathHigh <= hMax && p.PlacePathLow >= lMin && p.PlacePathLow <= lMax && p.PlannedOn >= from && p.PlannedOn <= to)
            .GroupBy(p => new { High = p.PlacePathHigh & hm, Low = p.PlacePathLow & lm })
            .Select(g => new { g.Key.High, g.Key.Low, Count = g.Count() }).ToListAsync(cancellationToken))
        {
            Add(Figures.Projects, row.High, row.Low, row.Count);
        }

        var requests = db.Set<ResidentRequest>().AsNoTracking()
            .Where(r => r.CompoundPathHigh >= hMin && r.CompoundPathHigh <= hMax && r.CompoundPathLow >= lMin && r.CompoundPathLow <= lMax);
        foreach (var row in await requests.Where(r => r.FirstResolvedAt != null && r.FirstResolvedAt >= start && r.FirstResolvedAt < end)
            .GroupBy(r => new { High = r.CompoundPathHigh & hm, Low = r.CompoundPathLow & lm })
            .Select(g => new { g.Key.High, g.Key.Low, Count = g.Count() }).ToListAsync(cancellationToken))
        {
            Add(Figures.ProblemsSolved, row.High, row.Low, row.Count);
        }

        foreach (var row in await requests.Where(r => r.ReceivedAt >= start && r.ReceivedAt < end)
            .Select(r => new { High = r.CompoundPathHigh & hm, Low = r.CompoundPathLow & lm, r.CompoundId, r.Channel }).Distinct()
            .GroupBy(x => new { x.High, x.Low })
            .Select(g => new { g.Key.High, g.Key.Low, Count = g.Count() }).ToListAsync(cancellationToken))
        {
            Add(Figures.Platforms, row.High, row.Low, row.Count);
        }

        return new RollUpCounts(totals, byChild.ToDictionary(c => c.Key, c => (IReadOnlyDictionary<string, long>)c.Value));
    }
}
