using System.Linq.Expressions;
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
        Expression<Func<T, bool>> Within<T>(Expression<Func<T, TreePosition>> position) => TreeQueries.WithinAnyExpression<T>([(TreeKind.Place, query.Node)], [position]);
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
            .Where(Within<Activity>(a => a.Place)).Where(a => a.Day >= from && a.Day <= to)
            .GroupBy(a => new { High = a.Place.PathHigh & hm, Low = a.Place.PathLow & lm, a.Kind })
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
        var levels = query.BranchLevels.ToList();
        var places = db.Set<Place>().Where(Within<Place>(p => p.Position));
        var live = db.Set<OrganizationUnit>().AsNoTracking().Where(u => u.Established <= to && (u.Dissolved == null || to < u.Dissolved));
        var branchPlaces =
            from u in live.Where(u => levels.Contains(u.Level))
            from c in u.Coverage
            join p in places on c.PlaceId equals p.Id
            select new { UnitId = u.Id, p.Position.PathHigh, p.Position.PathLow };
        var groupPlaces =
            from g in live.Where(u => u.Kind == OrganizationUnitKind.FunctionalGroup)
            join b in db.Set<OrganizationUnit>() on g.ParentId equals (OrganizationUnitId?)b.Id
            from c in b.Coverage
            join p in places on c.PlaceId equals p.Id
            select new { UnitId = g.Id, p.Position.PathHigh, p.Position.PathLow };
        foreach (var (figure, rows) in new[] { (Figures.CompoundBranches, branchPlaces), (Figures.FunctionalGroups, groupPlaces) })
        {
            // One read of the distinct (unit, child) pairs — a row per unit and child, not per compound — counted per
            // child and, distinct again, for the total here: one pass over the join instead of two (issue 26).
            var pairs = await rows.Select(x => new { x.UnitId, High = x.PathHigh & hm, Low = x.PathLow & lm }).Distinct().ToListAsync(cancellationToken);
            foreach (var child in pairs.GroupBy(x => (x.High, x.Low)))
            {
                Add(figure, child.Key.High, child.Key.Low, child.Count(), total: false);
            }

            totals[figure] = pairs.Select(x => x.UnitId).Distinct().Count();
        }

        foreach (var row in await db.Set<Position>().AsNoTracking()
            .Where(Within<Position>(p => p.Compound)).Where(p => p.Opened <= to && (p.Closed == null || p.Closed > to))
            .GroupBy(p => new { High = p.Compound.PathHigh & hm, Low = p.Compound.PathLow & lm })
            .Select(g => new { g.Key.High, g.Key.Low, Count = g.Count() }).ToListAsync(cancellationToken))
        {
            Add(Figures.Positions, row.High, row.Low, row.Count);
        }

        foreach (var row in await db.Set<NeighborParty.Care.CareRecord>().AsNoTracking()
            .Where(Within<NeighborParty.Care.CareRecord>(c => c.Compound)).Where(c => c.RegisteredAt < end && (c.ClosedAt == null || c.ClosedAt >= end))
            .GroupBy(c => new { High = c.Compound.PathHigh & hm, Low = c.Compound.PathLow & lm })
            .Select(g => new { g.Key.High, g.Key.Low, Count = g.Count() }).ToListAsync(cancellationToken))
        {
            Add(Figures.CareResidents, row.High, row.Low, row.Count);
        }

        foreach (var row in await db.Set<DeployedTeam>().AsNoTracking()
            .Where(Within<DeployedTeam>(t => t.Home)).Where(t => t.From <= to && (t.To == null || t.To > to))
            .GroupBy(t => new { High = t.Home.PathHigh & hm, Low = t.Home.PathLow & lm })
            .Select(g => new { g.Key.High, g.Key.Low, Count = g.Count() }).ToListAsync(cancellationToken))
        {
            Add(Figures.Teams, row.High, row.Low, row.Count);
        }

        foreach (var row in await db.Set<Partner>().AsNoTracking()
            .Where(Within<Partner>(p => p.Home)).Where(p => p.Category == PartnerCategory.GovernmentOrgan && p.Registered < end)
            .GroupBy(p => new { High = p.Home.PathHigh & hm, Low = p.Home.PathLow & lm })
            .Select(g => new { g.Key.High, g.Key.Low, Count = g.Count() }).ToListAsync(cancellationToken))
        {
            Add(Figures.ParticipatingOrgans, row.High, row.Low, row.Count);
        }

        foreach (var row in await db.Set<Project>().AsNoTracking()
            .Where(Within<Project>(p => p.Place)).Where(p => p.PlannedOn >= from && p.PlannedOn <= to)
            .GroupBy(p => new { High = p.Place.PathHigh & hm, Low = p.Place.PathLow & lm })
            .Select(g => new { g.Key.High, g.Key.Low, Count = g.Count() }).ToListAsync(cancellationToken))
        {
            Add(Figures.Projects, row.High, row.Low, row.Count);
        }

        var requests = db.Set<ResidentRequest>().AsNoTracking()
            .Where(Within<ResidentRequest>(r => r.Compound));
        foreach (var row in await requests.Where(r => r.FirstResolvedAt != null && r.FirstResolvedAt >= start && r.FirstResolvedAt < end)
            .GroupBy(r => new { High = r.Compound.PathHigh & hm, Low = r.Compound.PathLow & lm })
            .Select(g => new { g.Key.High, g.Key.Low, Count = g.Count() }).ToListAsync(cancellationToken))
        {
            Add(Figures.ProblemsSolved, row.High, row.Low, row.Count);
        }

        foreach (var row in await requests.Where(r => r.ReceivedAt >= start && r.ReceivedAt < end)
            .Select(r => new { High = r.Compound.PathHigh & hm, Low = r.Compound.PathLow & lm, r.Compound.NodeId, r.Channel }).Distinct()
            .GroupBy(x => new { x.High, x.Low })
            .Select(g => new { g.Key.High, g.Key.Low, Count = g.Count() }).ToListAsync(cancellationToken))
        {
            Add(Figures.Platforms, row.High, row.Low, row.Count);
        }

        return new RollUpCounts(totals, byChild.ToDictionary(c => c.Key, c => (IReadOnlyDictionary<string, long>)c.Value));
    }
}
