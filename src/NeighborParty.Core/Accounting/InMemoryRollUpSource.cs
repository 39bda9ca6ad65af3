using NeighborParty.Activities;
using NeighborParty.CoBuilding;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Requests;

namespace NeighborParty.Accounting;

/// <summary>
/// The in-memory store's roll-up: one pass over each list, counting into an array per child of the node. Used by
/// <c>AddNeighborParty</c>; the EF Core package replaces it with SQL aggregation.
/// </summary>
public sealed class InMemoryRollUpSource : IRollUpSource
{
    private readonly IServiceProvider _services;

    /// <summary>Initializes a new instance of the <see cref="InMemoryRollUpSource"/> class.</summary>
    /// <param name="services">Where the repositories are found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public InMemoryRollUpSource(IServiceProvider services) => _services = services ?? throw new ArgumentNullException(nameof(services));

    /// <inheritdoc />
    public async Task<RollUpCounts> CountAsync(RollUpQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        // On the in-memory store the stored objects are read in place (read-only); any other store is read through its readers.
        var store = _services.GetService(typeof(IAggregateStore)) as InMemoryStore;
        async Task<IReadOnlyList<T>> All<T>()
            where T : class, Domain.IAggregateRoot =>
            store is not null ? store.Stored<T>() : await ((IReadRepository<T>)_services.GetService(typeof(IReadRepository<T>))!).ListAsync(cancellationToken);
        var data = new RollUpData(await All<Place>(), await All<OrganizationUnit>(), await All<Position>(), await All<DeployedTeam>(), await All<Partner>(),
            await All<Activity>(), await All<Project>(), await All<ResidentRequest>(), await All<Care.CareRecord>());
        return Count(query, data);
    }

    /// <summary>Counts the figures of <paramref name="query"/> over <paramref name="data"/> in one pass per list.</summary>
    /// <param name="query">The node, days and kinds.</param>
    /// <param name="data">The records.</param>
    /// <returns>The totals and the counts per child.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RollUpCounts Count(RollUpQuery query, RollUpData data)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(data);
        var counter = new Counter(query);

        // Activities: the big list. A kind resolves to its figures once; a child to its slot once per distinct key.
        var kindFigures = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (figure, kinds) in query.KindsByFigure)
        {
            var index = counter.FigureIndex(figure);
            foreach (var kind in kinds)
            {
                kindFigures[kind] = kindFigures.TryGetValue(kind, out var list) ? [.. list, index] : [index];
            }
        }

        var all = counter.FigureIndex(Figures.Activities);
        var (from, to) = (query.Days.Start, query.Days.End);

        // Kinds are few: up to eight are told apart by reference (the in-memory store shares the kind strings) and counted
        // per child in one increment; their figures are added once per child at the end. Any further kind goes the long way.
        var cachedKinds = new string?[8];
        var cachedFigures = new int[8][];
        var cached = 0;
        var perSlot = new List<long[]>();
        var (first, last) = (from.ToDateOnly().DayNumber, to.ToDateOnly().DayNumber);
        ReadOnlySpan<Activity> activities = data.Activities switch
        {
            Activity[] array => array,
            List<Activity> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
            var other => [.. other],
        };
        foreach (var activity in activities)
        {
            var day = activity.DayNumber;
            if (day < first || day > last)
            {
                continue;
            }

            var slot = counter.Slot(activity.Place.PathHigh, activity.Place.PathLow);
            if (slot < 0)
            {
                continue;
            }

            var kind = activity.Kind;
            var index = -1;
            for (var i = 0; i < cached; i++)
            {
                if (ReferenceEquals(cachedKinds[i], kind))
                {
                    index = i;
                    break;
                }
            }

            if (index < 0)
            {
                var figures = kindFigures.TryGetValue(kind, out var found) ? found : [];
                if (cached == cachedKinds.Length)
                {
                    counter.Add(slot, all);
                    foreach (var figure in figures)
                    {
                        counter.Add(slot, figure);
                    }

                    continue;
                }

                (cachedKinds[cached], cachedFigures[cached]) = (kind, figures);
                index = cached++;
            }

            while (perSlot.Count <= slot)
            {
                perSlot.Add(new long[8]);
            }

            perSlot[slot][index]++;
        }

        for (var slot = 0; slot < perSlot.Count; slot++)
        {
            for (var i = 0; i < cached; i++)
            {
                var count = perSlot[slot][i];
                if (count == 0)
                {
                    continue;
                }

                counter.Add(slot, all, count);
                foreach (var figure in cachedFigures[i])
                {
                    counter.Add(slot, figure, count);
                }
            }
        }

        // Units: where the compounds they cover lie (a functional group where its branch's compounds lie).
        var placePaths = new Dictionary<PlaceId, HierarchyPath>(data.Places.Count);
        foreach (var place in data.Places)
        {
            placePaths[place.Id] = place.Path;
        }

        var unitsById = data.Units.ToDictionary(u => u.Id);
        var levels = query.BranchLevels.ToHashSet(StringComparer.Ordinal);
        var branches = counter.FigureIndex(Figures.CompoundBranches);
        var groups = counter.FigureIndex(Figures.FunctionalGroups);
        var slots = new HashSet<int>();
        foreach (var unit in data.Units)
        {
            int figure;
            OrganizationUnit? holder;
            if (levels.Contains(unit.Level))
            {
                (figure, holder) = (branches, unit);
            }
            else if (unit.Kind == OrganizationUnitKind.FunctionalGroup && unit.ParentId is { } parent)
            {
                (figure, holder) = (groups, unitsById.GetValueOrDefault(parent));
            }
            else
            {
                continue;
            }

            if (holder is null || !unit.WasLiveOn(to))
            {
                continue;
            }

            slots.Clear();
            foreach (var placeId in holder.Places)
            {
                if (placePaths.TryGetValue(placeId, out var path) && counter.Slot(path.SortKeyHigh, path.SortKeyLow) is var slot and >= 0)
                {
                    slots.Add(slot);
                }
            }

            foreach (var slot in slots)
            {
                counter.AddToChild(slot, figure);
            }

            if (slots.Count > 0)
            {
                counter.AddToTotal(figure);
            }
        }

        var positions = counter.FigureIndex(Figures.Positions);
        foreach (var p in data.Positions)
        {
            if (p.Opened <= to && (p.Closed is null || p.Closed > to) && counter.Slot(p.Compound.PathHigh, p.Compound.PathLow) is var slot and >= 0)
            {
                counter.Add(slot, positions);
            }
        }

        var care = counter.FigureIndex(Figures.CareResidents);
        foreach (var c in data.Care ?? [])
        {
            if (c.RegisteredAt < query.End && (c.ClosedAt is null || c.ClosedAt >= query.End) && counter.Slot(c.Compound.PathHigh, c.Compound.PathLow) is var slot and >= 0)
            {
                counter.Add(slot, care);
            }
        }

        var teams = counter.FigureIndex(Figures.Teams);
        foreach (var t in data.Teams)
        {
            if (t.From <= to && (t.To is null || t.To > to) && counter.Slot(t.Home.PathHigh, t.Home.PathLow) is var slot and >= 0)
            {
                counter.Add(slot, teams);
            }
        }

        var organs = counter.FigureIndex(Figures.ParticipatingOrgans);
        foreach (var p in data.Partners)
        {
            if (p.Category == PartnerCategory.GovernmentOrgan && p.Registered < query.End && counter.Slot(p.Home.PathHigh, p.Home.PathLow) is var slot and >= 0)
            {
                counter.Add(slot, organs);
            }
        }

        var projects = counter.FigureIndex(Figures.Projects);
        foreach (var p in data.Projects)
        {
            if (p.PlannedOn >= from && p.PlannedOn <= to && counter.Slot(p.Place.PathHigh, p.Place.PathLow) is var slot and >= 0)
            {
                counter.Add(slot, projects);
            }
        }

        var solved = counter.FigureIndex(Figures.ProblemsSolved);
        var platforms = counter.FigureIndex(Figures.Platforms);
        var used = new HashSet<(PlaceId, string)>();
        foreach (var r in data.Requests)
        {
            var slot = counter.Slot(r.Compound.PathHigh, r.Compound.PathLow);
            if (slot < 0)
            {
                continue;
            }

            if (r.FirstResolvedAt is { } resolved && resolved >= query.Start && resolved < query.End)
            {
                counter.Add(slot, solved);
            }

            if (r.ReceivedAt >= query.Start && r.ReceivedAt < query.End && used.Add((r.CompoundId, r.Channel)))
            {
                counter.Add(slot, platforms);
            }
        }

        return counter.Result();
    }

    /// <summary>Counts per child slot; a child's slot is found from the masked keys.</summary>
    private sealed class Counter
    {
        private readonly Dictionary<string, int> _figures;
        private readonly string[] _keys;
        private readonly int[] _bySegment = new int[0x10000];
        private readonly List<HierarchyPath> _children = [];
        private readonly List<long[]> _counts = [];
        private readonly long[] _totals;
        private readonly long _highMin;
        private readonly long _highMax;
        private readonly long _lowMin;
        private readonly long _lowMax;
        private readonly long _highMask;
        private readonly long _lowMask;
        private readonly int _depth;
        private readonly int _segmentLevel;
        private readonly int _segmentShift;

        public Counter(RollUpQuery query)
        {
            _keys = [.. Figures.All.Select(f => f.Key)];
            _figures = _keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
            _totals = new long[_keys.Length];
            query.Node.GetSubtreeBounds(out _highMin, out _highMax, out _lowMin, out _lowMax);
            _depth = query.ChildDepth;
            HierarchyPath.GetPrefixMasks(_depth, out _highMask, out _lowMask);
            _segmentLevel = _depth - 1; // the child's own segment (0 for a record at the node itself)
            _segmentShift = 16 * (3 - (_segmentLevel % 4));
        }

        public int FigureIndex(string figure) => _figures[figure];

        /// <summary>The slot of the child holding the keys, or -1 outside the node's subtree.</summary>
        /// <remarks>Inside the subtree every path shares the node's segments, so the child is told by one 16-bit segment: an array lookup.</remarks>
        public int Slot(long high, long low)
        {
            if (high < _highMin || high > _highMax || low < _lowMin || low > _lowMax)
            {
                return -1;
            }

            var raw = unchecked((ulong)(_segmentLevel < 4 ? high : low) ^ 0x8000_0000_0000_0000);
            var segment = (int)((raw >> _segmentShift) & 0xFFFF);
            var slot = _bySegment[segment];
            if (slot > 0)
            {
                return slot - 1;
            }

            slot = _children.Count;
            _bySegment[segment] = slot + 1;
            _children.Add(HierarchyPath.FromMaskedSortKeys(high & _highMask, low & _lowMask, _depth));
            _counts.Add(new long[_keys.Length]);
            return slot;
        }

        public void Add(int slot, int figure, long count = 1)
        {
            _counts[slot][figure] += count;
            _totals[figure] += count;
        }

        public void AddToChild(int slot, int figure) => _counts[slot][figure]++;

        public void AddToTotal(int figure) => _totals[figure]++;

        public RollUpCounts Result()
        {
            var totals = _keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => _totals[x.i], StringComparer.Ordinal);
            var byChild = new Dictionary<HierarchyPath, IReadOnlyDictionary<string, long>>();
            for (var slot = 0; slot < _children.Count; slot++)
            {
                var counts = _counts[slot];
                byChild[_children[slot]] = _keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => counts[x.i], StringComparer.Ordinal);
            }

            return new RollUpCounts(totals, byChild);
        }
    }
}
