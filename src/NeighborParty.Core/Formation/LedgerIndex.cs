using NeighborParty.Membership;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Formation;

/// <summary>
/// The ledger counted once for a set of compounds: per compound (members who would belong to a branch formed there,
/// and those who only registered) and per compound-level branch (members whose relationship is in it or its groups).
/// Built in one pass over the members; afterwards every compound is assessed from arrays, without allocating.
/// </summary>
/// <remarks>
/// Counting (RULES.md): a member counts where the organisational relationship is — in a branch or its groups; for a
/// compound without a branch, a member who lives there and whose relationship is held by a unit above it (e.g. the
/// community committee) would belong to the new branch. Members who only registered (报到) are counted apart.
/// Pending transfers count at the old unit until received (MR-3). Immutable after building; thread-safe to read.
/// </remarks>
public sealed class LedgerIndex
{
    private readonly Dictionary<PlaceId, int> _compoundIndex;
    private readonly Dictionary<OrganizationUnitId, int> _branchIndex;
    private readonly MemberCounts[] _compoundCounts;
    private readonly MemberCounts[] _branchCounts;
    private readonly int[] _branchUnits;

    private LedgerIndex(Place[] compounds, OrganizationUnit[] branches, int[] compoundBranch, MemberCounts[] compoundCounts, MemberCounts[] branchCounts,
        Dictionary<PlaceId, int> compoundIndex, Dictionary<OrganizationUnitId, int> branchIndex, int[] branchUnits)
    {
        _branchUnits = branchUnits;
        Compounds = compounds;
        Branches = branches;
        CompoundBranch = compoundBranch;
        _compoundCounts = compoundCounts;
        _branchCounts = branchCounts;
        _compoundIndex = compoundIndex;
        _branchIndex = branchIndex;
    }

    /// <summary>Gets the compounds, in tree order.</summary>
    public IReadOnlyList<Place> Compounds { get; }

    /// <summary>Gets the live compound-level branches covering them.</summary>
    public IReadOnlyList<OrganizationUnit> Branches { get; }

    /// <summary>Gets the live unit that covers the scope alone at its level (a community committee…), or null: read once with the index.</summary>
    internal OrganizationUnit? ScopeUnit { get; private set; }

    /// <summary>Keeps the unit over the scope the index was counted for, so its readers need not look it up again.</summary>
    internal LedgerIndex WithScopeUnit(OrganizationUnit? unit)
    {
        ScopeUnit = unit;
        return this;
    }

    /// <summary>Gets, per compound (same index as <see cref="Compounds"/>), the index of its branch in <see cref="Branches"/>, or -1.</summary>
    public IReadOnlyList<int> CompoundBranch { get; }

    /// <summary>Counts the ledger for <paramref name="compounds"/>.</summary>
    /// <param name="compounds">The compounds.</param>
    /// <param name="branches">The live compound-level branches (units at a level that covers compounds, not groups) covering them.</param>
    /// <param name="holders">Other units that hold relationships (e.g. community committees), with the paths of the places they cover.</param>
    /// <param name="members">The members whose relationship, residence or registration lies there.</param>
    /// <param name="day">The day of assessment (for suspensions).</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>Runs the tally's one definition (<see cref="MemberTally.Of"/>) over the members given, as a store runs it over its own.</remarks>
    public static LedgerIndex Build(IReadOnlyList<Place> compounds, IReadOnlyList<OrganizationUnit> branches,
        IReadOnlyDictionary<OrganizationUnitId, HierarchyPath[]> holders, IEnumerable<PartyMember> members, LocalDate day)
    {
        ArgumentNullException.ThrowIfNull(holders);
        ArgumentNullException.ThrowIfNull(members);
        var list = members as IReadOnlyCollection<PartyMember> ?? members.ToList();
        var unitPaths = list.Where(m => m.UnitId is not null).DistinctBy(m => m.UnitId).ToDictionary(m => m.UnitId!.Value, m => m.UnitPath!.Value);
        var holdersByPath = holders.Where(h => unitPaths.ContainsKey(h.Key)).ToDictionary(h => unitPaths[h.Key], h => h.Value);
        return Build(compounds, branches, holdersByPath, MemberTally.Of(list.AsQueryable(), m => true, day));
    }

    /// <summary>
    /// Counts the ledger from its tallies (<see cref="MemberTally"/>: what a store counts with one <c>GROUP BY</c>) for the
    /// places a schema's branches cover (<see cref="HierarchySchema.BranchPlaceKind"/>): compounds, or places above them
    /// such as villages, where members live and register in the compounds (villagers' groups) below — a residence or
    /// registration counts at the assessed place it lies in.
    /// </summary>
    /// <param name="compounds">The places assessed.</param>
    /// <param name="branches">The live units at a branch level covering them.</param>
    /// <param name="holders">Other units that hold relationships, by the unit's path, with the paths of the places they cover.</param>
    /// <param name="tallies">The tallies of the members whose relationship, residence or registration lies there.</param>
    /// <returns>The index.</returns>
    internal static LedgerIndex Build(IReadOnlyList<Place> compounds, IReadOnlyList<OrganizationUnit> branches,
        IReadOnlyDictionary<HierarchyPath, HierarchyPath[]> holders, IEnumerable<MemberTally> tallies)
    {
        ArgumentNullException.ThrowIfNull(compounds);
        ArgumentNullException.ThrowIfNull(branches);
        ArgumentNullException.ThrowIfNull(holders);
        ArgumentNullException.ThrowIfNull(tallies);
        var compoundArray = compounds.ToArray();
        var branchArray = branches.ToArray();
        var compoundIndex = new Dictionary<PlaceId, int>(compoundArray.Length);
        var compoundByPath = new Dictionary<HierarchyPath, int>(compoundArray.Length);
        for (var i = 0; i < compoundArray.Length; i++)
        {
            compoundIndex[compoundArray[i].Id] = i;
            compoundByPath[compoundArray[i].Path] = i;
        }

        // The assessed place a residence or registration lies in: the place itself, or the nearest one above it.
        bool Assessed(TallyPosition position, out int index)
        {
            for (var path = position.Path ?? default; path.Depth > 0; path = path.Parent)
            {
                if (compoundByPath.TryGetValue(path, out index))
                {
                    return true;
                }
            }

            index = -1;
            return false;
        }

        var branchIndex = new Dictionary<OrganizationUnitId, int>(branchArray.Length);
        var branchByPath = new Dictionary<HierarchyPath, int>(branchArray.Length);
        var compoundBranch = new int[compoundArray.Length];
        var branchUnits = new int[branchArray.Length];
        Array.Fill(compoundBranch, -1);
        for (var b = 0; b < branchArray.Length; b++)
        {
            branchIndex[branchArray[b].Id] = b;
            branchByPath[branchArray[b].Path] = b;
            var covered = branchArray[b].Places;
            branchUnits[b] = covered.Count;
            foreach (var place in covered)
            {
                if (compoundIndex.TryGetValue(place, out var c))
                {
                    compoundBranch[c] = b;
                }
            }
        }

        var compoundCounts = new MemberCounts[compoundArray.Length];
        var branchCounts = new MemberCounts[branchArray.Length];
        foreach (var tally in tallies)
        {
            var atBranch = -1;
            var atCompound = -1;
            if (tally.Unit.Path is { } unitPath)
            {
                for (var p = unitPath; p.Depth > 0; p = p.Parent)
                {
                    if (branchByPath.TryGetValue(p, out atBranch))
                    {
                        break;
                    }

                    atBranch = -1;
                }

                if (atBranch >= 0)
                {
                    branchCounts[atBranch].Add(tally);
                }
                else if (Assessed(tally.Residence, out var c) && compoundBranch[c] < 0 && holders.TryGetValue(unitPath, out var covered) && Covers(covered, compoundArray[c].Path))
                {
                    atCompound = c;
                    compoundCounts[c].Add(tally);
                }
            }

            if (Assessed(tally.Registration, out var r) && r != atCompound)
            {
                var branch = compoundBranch[r];
                if (branch < 0 || branch != atBranch)
                {
                    compoundCounts[r].AddRegistered(tally.Members, tally.Full);
                    if (branch >= 0)
                    {
                        branchCounts[branch].AddRegistered(tally.Members, tally.Full);
                    }
                }
            }
        }

        return new LedgerIndex(compoundArray, branchArray, compoundBranch, compoundCounts, branchCounts, compoundIndex, branchIndex, branchUnits);
    }

    /// <summary>Gets the counts of the compound at <paramref name="index"/> (for a compound with a branch: only those who registered there).</summary>
    /// <param name="index">The index in <see cref="Compounds"/>.</param>
    /// <returns>A reference to the counts.</returns>
    public ref readonly MemberCounts CompoundCounts(int index) => ref _compoundCounts[index];

    /// <summary>Gets the counts of the branch at <paramref name="index"/>.</summary>
    /// <param name="index">The index in <see cref="Branches"/>.</param>
    /// <returns>A reference to the counts.</returns>
    public ref readonly MemberCounts BranchCounts(int index) => ref _branchCounts[index];

    /// <summary>Finds a compound's index.</summary>
    /// <param name="id">The compound.</param>
    /// <param name="index">Its index, when present.</param>
    /// <returns>Whether it is in the index.</returns>
    public bool TryGetCompound(PlaceId id, out int index) => _compoundIndex.TryGetValue(id, out index);

    /// <summary>Finds a branch's index.</summary>
    /// <param name="id">The branch.</param>
    /// <param name="index">Its index, when present.</param>
    /// <returns>Whether it is in the index.</returns>
    public bool TryGetBranch(OrganizationUnitId id, out int index) => _branchIndex.TryGetValue(id, out index);

    /// <summary>Evaluates every compound without a branch and every branch, writing the verdicts into the spans (no allocation).</summary>
    /// <param name="policy">The formation policy.</param>
    /// <param name="jointBranchMaxUnits">The joint-branch limit (BR-3).</param>
    /// <param name="compoundVerdicts">One slot per compound; compounds with a branch get <see cref="FormationVerdict.None"/>.</param>
    /// <param name="branchVerdicts">One slot per branch.</param>
    /// <exception cref="ArgumentException">A span is shorter than the compounds or branches.</exception>
    public void EvaluateAll(FormationPolicy policy, int jointBranchMaxUnits, Span<FormationVerdict> compoundVerdicts, Span<FormationVerdict> branchVerdicts)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (compoundVerdicts.Length < _compoundCounts.Length || branchVerdicts.Length < _branchCounts.Length)
        {
            throw new ArgumentException("The spans must hold a verdict per compound and per branch.");
        }

        for (var i = 0; i < _compoundCounts.Length; i++)
        {
            compoundVerdicts[i] = CompoundBranch[i] >= 0 ? FormationVerdict.None
                : FormationRules.Evaluate(in _compoundCounts[i], FormationSubjectKind.Place, 1, policy, jointBranchMaxUnits);
        }

        for (var b = 0; b < _branchCounts.Length; b++)
        {
            branchVerdicts[b] = FormationRules.Evaluate(in _branchCounts[b], FormationSubjectKind.Branch, _branchUnits[b], policy, jointBranchMaxUnits);
        }
    }

    private static bool Covers(HierarchyPath[] covered, HierarchyPath compound)
    {
        foreach (var path in covered)
        {
            if (compound.IsWithin(path) && compound != path)
            {
                return true;
            }
        }

        return false;
    }
}
