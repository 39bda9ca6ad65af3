using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Formation;

/// <summary>
/// Branch-formation eligibility (组建资格, DOMAIN.md §4): assesses a compound, a set of neighbouring compounds or an
/// existing branch, and sweeps a district, street or community — with the counts and every outcome with its rule.
/// </summary>
/// <remarks>Reads only. The numbers come from <see cref="NeighborPartyOptions.Formation"/> and <see cref="OrganizationPolicy.JointBranchMaxUnits"/>.</remarks>
public sealed partial class FormationService
{
    private readonly IAggregateQueries _queries;
    private readonly IReadRepository<OrganizationUnit> _units;
    private readonly IReadRepository<Place> _places;
    private readonly NeighborPartyOptions _options;
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="FormationService"/> class.</summary>
    /// <param name="queries">Counts the ledger where it is stored (<see cref="IAggregateQueries"/>).</param>
    /// <param name="units">The unit repository.</param>
    /// <param name="places">The place repository.</param>
    /// <param name="options">The library settings.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public FormationService(IAggregateQueries queries, IReadRepository<OrganizationUnit> units, IReadRepository<Place> places,
        NeighborPartyOptions options, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _queries = queries;
        _units = units;
        _places = places;
        _options = options;
        _clock = clock;
    }

    private FormationPolicy Policy => _options.Formation;

    private int JointMax => _options.Organization.JointBranchMaxUnits;

    private HierarchySchema Schema => _options.Schema;

    /// <summary>Assesses one compound: its branch if it has one, else whether it should form one or join a joint branch.</summary>
    /// <param name="compound">The compound.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="RuleViolationException">Not a compound, or unknown.</exception>
    public async Task<FormationAssessment> AssessCompoundAsync(PlaceId compound, CancellationToken cancellationToken = default)
    {
        var place = await CompoundAsync(compound, cancellationToken);
        var index = await IndexAsync(await ParentAsync(place, cancellationToken), cancellationToken);
        index.TryGetCompound(compound, out var c);
        if (index.CompoundBranch[c] is var b and >= 0)
        {
            return DescribeBranch(index, b, await CommitteesAsync([(TreeKind.Unit, index.Branches[b].Path)], cancellationToken));
        }

        return DescribeCompounds(index, [c]);
    }

    /// <summary>Assesses a set of neighbouring compounds (same community, none with a branch) as a proposed joint branch.</summary>
    /// <param name="compounds">The compounds (2 or more).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="RuleViolationException">Fewer than two, not neighbours, or one already has a branch.</exception>
    public async Task<FormationAssessment> AssessCompoundsAsync(IReadOnlyCollection<PlaceId> compounds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(compounds);
        var ids = compounds.Distinct().ToList();
        var (placesEn, placeZh) = (PlaceWords.Plural(Schema, Schema.BranchPlaceKind), PlaceWords.Zh(Schema, Schema.BranchPlaceKind));
        if (ids.Count < 2)
        {
            throw Refuse("NP-FRM-001", $"Name at least two {placesEn} for a joint branch.", $"联合党支部须至少包含两个{placeZh}。", "compounds");
        }

        var places = new List<Place>();
        foreach (var id in ids)
        {
            places.Add(await CompoundAsync(id, cancellationToken));
        }

        if (places.Select(p => p.ParentId).Distinct().Count() != 1)
        {
            // BR-3 asks 地域相邻: places under different parents (villages of two townships) are not neighbours.
            var above = PlaceWords.Above(Schema.BranchPlaceKind) ?? PlaceKind.District;
            throw Refuse("BR-3", $"A joint branch joins neighbouring {placesEn}: these are not in the same {PlaceWords.En(Schema, above)}.",
                $"联合党支部应由地域相邻的{placeZh}组成：这些{placeZh}不在同一{PlaceWords.Zh(Schema, above)}。", "compounds", FormationRules.Br3);
        }

        var index = await IndexAsync(await ParentAsync(places[0], cancellationToken), cancellationToken);
        var indices = new List<int>();
        foreach (var place in places)
        {
            index.TryGetCompound(place.Id, out var c);
            if (index.CompoundBranch[c] >= 0)
            {
                throw Refuse("NP-FRM-002", $"{place.Name} already has a branch; assess that branch instead.", $"{place.Name} 已有党支部，请评估该党支部。", "compounds");
            }

            indices.Add(c);
        }

        return DescribeCompounds(index, indices);
    }

    /// <summary>Assesses an existing compound-level branch (or joint or general branch).</summary>
    /// <param name="branch">The branch.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="RuleViolationException">Unknown, dissolved, or not at a compound-covering level.</exception>
    public async Task<FormationAssessment> AssessBranchAsync(OrganizationUnitId branch, CancellationToken cancellationToken = default)
    {
        var unit = await _units.GetByIdAsync(branch, cancellationToken);
        if (unit is null || !unit.IsLive || !_options.Schema.BranchLevels.Contains(unit.Level) || unit.Places.Count == 0)
        {
            throw Refuse("NP-FRM-003", $"{branch} is not a live {_options.Schema.BranchNameEn.ToLowerInvariant()}.", $"{branch} 不是现存的{_options.Schema.BranchName}。", "branch",
                kind: unit is null ? RuleViolationKind.NotFound : RuleViolationKind.Refused);
        }

        var first = await _places.GetByIdAsync(unit.Places[0], cancellationToken) ?? throw Refuse("NP-FRM-003", $"The branch covers no known {PlaceWords.En(Schema, Schema.BranchPlaceKind)}.", $"该党支部未覆盖已知{PlaceWords.Zh(Schema, Schema.BranchPlaceKind)}。", "branch");
        var index = await IndexAsync(await ParentAsync(first, cancellationToken), cancellationToken);
        index.TryGetBranch(branch, out var b);
        var committees = await CommitteesAsync([(TreeKind.Unit, unit.Path)], cancellationToken);
        return DescribeBranch(index, b, committees);
    }

    /// <summary>Sweeps every compound and branch inside a place (district, street or community).</summary>
    /// <param name="scope">The place.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>What to act on.</returns>
    /// <exception cref="RuleViolationException">Unknown place.</exception>
    public async Task<FormationSweep> SweepAsync(PlaceId scope, CancellationToken cancellationToken = default) =>
        (await SweepWithPathsAsync(scope, cancellationToken)).Sweep;

    /// <summary>The sweep, the place swept, and the path of each item's compound (a branch's first), for summaries by level.</summary>
    internal async Task<(FormationSweep Sweep, Place Place, Dictionary<Guid, HierarchyPath> Paths)> SweepWithPathsAsync(PlaceId scope, CancellationToken cancellationToken)
    {
        var place = await _places.GetByIdAsync(scope, cancellationToken)
            ?? throw Refuse(OrganizationRules.NotFound, $"No place {scope}.", $"没有编号为 {scope} 的地点。", "scope", kind: RuleViolationKind.NotFound);
        var index = await IndexAsync(place, cancellationToken);
        var compoundVerdicts = new FormationVerdict[index.Compounds.Count];
        var branchVerdicts = new FormationVerdict[index.Branches.Count];
        index.EvaluateAll(Policy, JointMax, compoundVerdicts, branchVerdicts);
        var committees = index.Branches.Count == 0 ? [] : await CommitteesAsync(UnitScopes(index), cancellationToken);
        for (var b = 0; b < branchVerdicts.Length; b++)
        {
            branchVerdicts[b] = WithCommittee(branchVerdicts[b], index.Branches[b].Id, committees);
        }

        var paths = new Dictionary<Guid, HierarchyPath>();
        var placeLabels = (SchemaLabels.Of(FormationSubjectKind.Place, Schema), SchemaLabels.English(FormationSubjectKind.Place, Schema));
        var branchLabels = (SchemaLabels.Of(FormationSubjectKind.Branch, Schema), SchemaLabels.English(FormationSubjectKind.Branch, Schema));

        var form = new List<FormationSweepItem>();
        var join = new List<FormationSweepItem>();
        for (var i = 0; i < compoundVerdicts.Length; i++)
        {
            var v = compoundVerdicts[i];
            if ((v & (FormationVerdict.FormBranch | FormationVerdict.JoinJointBranch)) == 0)
            {
                continue;
            }

            ref readonly var counts = ref index.CompoundCounts(i);
            var item = new FormationSweepItem(FormationSubjectKind.Place, index.Compounds[i].Id.Value, index.Compounds[i].Name, counts.Counted(Policy), counts.Size(Policy), v)
            {
                SubjectZh = placeLabels.Item1, SubjectEn = placeLabels.Item2,
            };
            paths[item.Id] = index.Compounds[i].Path;
            (v.HasFlag(FormationVerdict.FormBranch) ? form : join).Add(item);
        }

        for (var i = 0; i < index.Compounds.Count; i++)
        {
            if (index.CompoundBranch[i] is var b and >= 0)
            {
                paths.TryAdd(index.Branches[b].Id.Value, index.Compounds[i].Path);
            }
        }

        List<FormationSweepItem> Branches(FormationVerdict flag)
        {
            var list = new List<FormationSweepItem>();
            for (var b = 0; b < branchVerdicts.Length; b++)
            {
                if (branchVerdicts[b].HasFlag(flag))
                {
                    ref readonly var counts = ref index.BranchCounts(b);
                    list.Add(new FormationSweepItem(FormationSubjectKind.Branch, index.Branches[b].Id.Value, index.Branches[b].Name, counts.Counted(Policy), counts.Size(Policy), branchVerdicts[b])
                    {
                        SubjectZh = branchLabels.Item1, SubjectEn = branchLabels.Item2,
                    });
                }
            }

            return list;
        }

        var sweep = new FormationSweep(place.Id, Schema.PlaceName(Schema.BranchPlaceKind), index.Compounds.Count, index.Branches.Count, form, join,
            Branches(FormationVerdict.NoLongerMeetsConditions), Branches(FormationVerdict.CommitteeRequired),
            Branches(FormationVerdict.DivideIntoGroups), Branches(FormationVerdict.TooLarge));
        return (sweep, place, paths);
    }

    private FormationAssessment DescribeCompounds(LedgerIndex index, List<int> compounds)
    {
        var counts = default(MemberCounts);
        foreach (var c in compounds)
        {
            counts.Add(in index.CompoundCounts(c));
        }

        var subject = compounds.Count == 1 ? FormationSubjectKind.Place : FormationSubjectKind.Places;
        var verdict = FormationRules.Evaluate(in counts, subject, compounds.Count, Policy, JointMax);
        var ids = compounds.Select(c => index.Compounds[c].Id).ToList();
        var parent = index.Compounds[compounds[0]].ParentId;
        var neighbours = new List<PlaceId>();
        for (var i = 0; i < index.Compounds.Count; i++)
        {
            if (index.CompoundBranch[i] < 0 && index.Compounds[i].ParentId == parent && !compounds.Contains(i))
            {
                neighbours.Add(index.Compounds[i].Id);
            }
        }

        return new FormationAssessment(subject, ids, null, counts, counts.Counted(Policy), counts.Size(Policy), verdict,
            FormationRules.Describe(verdict, in counts, Policy, JointMax, neighbours, Schema))
        {
            SubjectZh = SchemaLabels.Of(subject, Schema), SubjectEn = SchemaLabels.English(subject, Schema),
        };
    }

    private FormationAssessment DescribeBranch(LedgerIndex index, int b, Dictionary<OrganizationUnitId, CommitteeCount> committees)
    {
        var branch = index.Branches[b];
        ref readonly var counts = ref index.BranchCounts(b);
        var places = branch.Places;
        var verdict = WithCommittee(FormationRules.Evaluate(in counts, FormationSubjectKind.Branch, places.Count, Policy, JointMax), branch.Id, committees);
        var parents = index.Compounds.Where(c => places.Contains(c.Id)).Select(c => c.ParentId).ToHashSet();
        var neighbours = index.Compounds.Where((c, i) => index.CompoundBranch[i] < 0 && parents.Contains(c.ParentId)).Select(c => c.Id).ToList();
        return new FormationAssessment(FormationSubjectKind.Branch, places, branch.Id, counts, counts.Counted(Policy), counts.Size(Policy), verdict,
            FormationRules.Describe(verdict, in counts, Policy, JointMax, neighbours, Schema))
        {
            SubjectZh = SchemaLabels.Of(FormationSubjectKind.Branch, Schema), SubjectEn = SchemaLabels.English(FormationSubjectKind.Branch, Schema),
        };
    }

    private async Task<Place> CompoundAsync(PlaceId id, CancellationToken cancellationToken)
    {
        var place = await _places.GetByIdAsync(id, cancellationToken);
        var kind = _options.Schema.PlaceName(_options.Schema.BranchPlaceKind);
        return place is not null && place.Kind == kind.Kind ? place
            : throw Refuse(MembershipRules.WrongPlace, $"{id} is not a {kind.NameEn.ToLowerInvariant()}.", $"{id} 不是{kind.Name}。", "compound",
                kind: place is null ? RuleViolationKind.NotFound : RuleViolationKind.Refused);
    }

    private async Task<Place> ParentAsync(Place compound, CancellationToken cancellationToken) =>
        compound.ParentId is { } parent ? await _places.GetByIdAsync(parent, cancellationToken) ?? compound : compound;

    private static RuleViolationException Refuse(string code, string message, string messageZh, string target, string? regulation = null,
        RuleViolationKind kind = RuleViolationKind.Refused) => new(new RuleViolation(code, message, messageZh, regulation, kind, target));

    private LocalDate Today() => _clock.GetCurrentInstant().InZone(_options.TimeZone).Date;
}
