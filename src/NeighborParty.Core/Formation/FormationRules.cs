using NeighborParty.Common;
using NeighborParty.Organization;

namespace NeighborParty.Formation;

/// <summary>
/// The formation rules as pure functions over counts: <see cref="Evaluate"/> answers with flags and allocates
/// nothing (it runs for every compound of a district); <c>Describe</c> turns the flags into outcomes with
/// rule ids, citations and messages.
/// </summary>
public static class FormationRules
{
    /// <summary>支部条例 art. 4; 党章 art. 30.</summary>
    public const string Br1 = "支部条例 art. 4; 党章 art. 30 (BR-1)";

    /// <summary>支部条例 art. 4.</summary>
    public const string Br2 = "支部条例 art. 4 (BR-2); 党章 art. 30 and 机关条例 arts. 5–6 for general branches (BR-5)";

    /// <summary>支部条例 art. 5.</summary>
    public const string Br3 = "支部条例 art. 5 (BR-3): 地域相邻、行业相近、规模适当、便于管理";

    /// <summary>支部条例 ch. 6.</summary>
    public const string Br4 = "支部条例 ch. 6 (BR-4)";

    /// <summary>支部条例 art. 13.</summary>
    public const string Br6 = "支部条例 art. 13 (BR-6)";

    /// <summary>支部条例 (Q&amp;A 6–7).</summary>
    public const string Br7 = "支部条例, approval by the higher committee (BR-7)";

    /// <summary>Evaluates the rules for one subject.</summary>
    /// <param name="counts">The counts.</param>
    /// <param name="subject">What is assessed.</param>
    /// <param name="units">How many compounds (for a proposed joint branch).</param>
    /// <param name="policy">The formation policy.</param>
    /// <param name="jointBranchMaxUnits">The joint-branch limit (BR-3).</param>
    /// <returns>Every outcome that applies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static FormationVerdict Evaluate(in MemberCounts counts, FormationSubjectKind subject, int units, FormationPolicy policy, int jointBranchMaxUnits)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var counted = counts.Counted(policy);
        var size = counts.Size(policy);
        var enough = counted >= policy.MinFullMembersForBranch;
        var verdict = FormationVerdict.None;
        if (counts.Members == 0 && counted == 0)
        {
            return subject == FormationSubjectKind.Branch ? FormationVerdict.NoMembers | FormationVerdict.NoLongerMeetsConditions : FormationVerdict.NoMembers;
        }

        switch (subject)
        {
            case FormationSubjectKind.Place:
                verdict |= enough ? FormationVerdict.FormBranch : FormationVerdict.JoinJointBranch;
                break;
            case FormationSubjectKind.Places:
                if (units > jointBranchMaxUnits)
                {
                    verdict |= FormationVerdict.TooManyUnitsForJoint;
                }
                else if (enough)
                {
                    verdict |= FormationVerdict.FormJointBranch;
                }
                else
                {
                    verdict |= FormationVerdict.NotEnoughEvenJointly;
                }

                break;
            case FormationSubjectKind.Branch:
                if (!enough)
                {
                    verdict |= FormationVerdict.NoLongerMeetsConditions;
                }

                break;
        }

        // Staffing advice (BR-4, BR-6, BR-2) only for a branch that exists or may be formed: never for a refused joint branch.
        if (subject == FormationSubjectKind.Branch || verdict.HasFlag(FormationVerdict.FormBranch) || verdict.HasFlag(FormationVerdict.FormJointBranch))
        {
            verdict |= counted >= policy.CommitteeFromFullMembers ? FormationVerdict.CommitteeRequired : FormationVerdict.SecretaryOnly;
            if (size >= policy.GroupsFromMembers)
            {
                verdict |= FormationVerdict.DivideIntoGroups;
            }

            if (size > policy.MaxMembersPerBranch)
            {
                verdict |= FormationVerdict.TooLarge;
            }
        }

        return verdict;
    }

    /// <summary>Describes every outcome of <paramref name="verdict"/> with its rule id, citation and messages.</summary>
    /// <param name="verdict">The flags.</param>
    /// <param name="counts">The counts.</param>
    /// <param name="policy">The formation policy.</param>
    /// <param name="jointBranchMaxUnits">The joint-branch limit (BR-3).</param>
    /// <param name="candidates">Neighbouring compounds without a branch, for <see cref="FormationVerdict.JoinJointBranch"/>.</param>
    /// <returns>The outcomes, in the order of the flags.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static List<FormationOutcome> Describe(FormationVerdict verdict, in MemberCounts counts, FormationPolicy policy, int jointBranchMaxUnits, IReadOnlyList<PlaceId> candidates) =>
        Describe(verdict, in counts, policy, jointBranchMaxUnits, candidates, HierarchySchema.Yanping.PlaceName(PlaceKind.Compound));

    /// <summary>Turns verdict flags into outcomes, naming the assessed places as the district does (村, 网格, 小区).</summary>
    /// <param name="verdict">The flags.</param>
    /// <param name="counts">The counts.</param>
    /// <param name="policy">The formation policy.</param>
    /// <param name="jointBranchMaxUnits">The joint-branch limit (BR-3).</param>
    /// <param name="candidates">Neighbouring places without a branch, for <see cref="FormationVerdict.JoinJointBranch"/>.</param>
    /// <param name="place">What the schema calls the assessed places (<see cref="HierarchySchema.PlaceName"/> of its <see cref="HierarchySchema.BranchPlaceKind"/>).</param>
    /// <returns>The outcomes, in the order of the flags.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static List<FormationOutcome> Describe(FormationVerdict verdict, in MemberCounts counts, FormationPolicy policy, int jointBranchMaxUnits,
        IReadOnlyList<PlaceId> candidates, PlaceLevelName place)
    {
        ArgumentNullException.ThrowIfNull(place);
        var above = PlaceWords.Above(place.Kind) is { } kind ? HierarchySchema.Yanping.PlaceName(kind) : null;
        return Describe(verdict, in counts, policy, jointBranchMaxUnits, candidates, place, above);
    }

    /// <summary>Turns verdict flags into outcomes in the schema's words: the assessed places and the place above them (村 and 乡镇, 网格 and 社区).</summary>
    /// <param name="verdict">The flags.</param>
    /// <param name="counts">The counts.</param>
    /// <param name="policy">The formation policy.</param>
    /// <param name="jointBranchMaxUnits">The joint-branch limit (BR-3).</param>
    /// <param name="candidates">Neighbouring places without a branch, for <see cref="FormationVerdict.JoinJointBranch"/>.</param>
    /// <param name="schema">The district's schema.</param>
    /// <returns>The outcomes, in the order of the flags.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static List<FormationOutcome> Describe(FormationVerdict verdict, in MemberCounts counts, FormationPolicy policy, int jointBranchMaxUnits,
        IReadOnlyList<PlaceId> candidates, HierarchySchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var kind = schema.BranchPlaceKind;
        return Describe(verdict, in counts, policy, jointBranchMaxUnits, candidates, schema.PlaceName(kind), PlaceWords.Above(kind) is { } up ? schema.PlaceName(up) : null);
    }

    private static List<FormationOutcome> Describe(FormationVerdict verdict, in MemberCounts counts, FormationPolicy policy, int jointBranchMaxUnits,
        IReadOnlyList<PlaceId> candidates, PlaceLevelName place, PlaceLevelName? above)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var places = PlaceWords.Plural(place.NameEn.ToLowerInvariant());
        var placesZh = place.Name;
        var keeper = above is null ? ("the Party organisation above", "上级党组织") : ($"the {above.NameEn.ToLowerInvariant()}'s Party organisation", $"{above.Name}党组织");
        ArgumentNullException.ThrowIfNull(candidates);
        var n = counts.Counted(policy);
        var size = counts.Size(policy);
        var min = policy.MinFullMembersForBranch;
        var outcomes = new List<FormationOutcome>();
        void Add(FormationVerdict flag, string rule, string citation, string en, string zh, IReadOnlyList<PlaceId>? neighbours = null)
        {
            if (verdict.HasFlag(flag))
            {
                outcomes.Add(new FormationOutcome(flag, rule, citation, en, zh) { CandidateNeighbours = neighbours ?? [] });
            }
        }

        Add(FormationVerdict.NoMembers, "BR-1", Br1, "No member has the organisational relationship here.", "此处没有组织关系在册的党员。");
        Add(FormationVerdict.FormBranch, "BR-1", Br1,
            $"{n} full members (at least {min} needed): form a branch.", $"有正式党员 {n} 名（至少 {min} 名）：应当成立党支部。");
        Add(FormationVerdict.JoinJointBranch, "BR-3", Br3,
            $"Only {n} full members (a branch needs {min}): form a joint branch with neighbouring {places}, at most {jointBranchMaxUnits} units.",
            $"正式党员仅 {n} 名（成立党支部需 {min} 名）：应与相邻{placesZh}成立联合党支部，一般不超过 {jointBranchMaxUnits} 个单位。", candidates);
        Add(FormationVerdict.FormJointBranch, "BR-3", Br3,
            $"Together {n} full members: these {places} may form a joint branch.", $"合计正式党员 {n} 名：这些{placesZh}可以成立联合党支部。");
        Add(FormationVerdict.NotEnoughEvenJointly, "BR-1", Br1,
            $"Even together only {n} full members (a joint branch, like any branch, needs {min}): this joint branch may not be formed as proposed; add neighbouring {places} (at most {jointBranchMaxUnits} units) or keep the members with {keeper.Item1}.",
            $"合计正式党员仅 {n} 名（联合党支部同样需要 {min} 名）：不能按此方案成立联合党支部；可再联合相邻{placesZh}（一般不超过 {jointBranchMaxUnits} 个单位），或由{keeper.Item2}直接管理。");
        Add(FormationVerdict.TooManyUnitsForJoint, "BR-3", Br3,
            $"A joint branch covers at most {jointBranchMaxUnits} units: this one may not be formed as proposed.", $"联合党支部覆盖的单位一般不超过 {jointBranchMaxUnits} 个：不能按此方案成立。");
        Add(FormationVerdict.CommitteeRequired, "BR-4", Br4,
            $"{n} full members (committee from {policy.CommitteeFromFullMembers}): elect a branch committee of {policy.CommitteeMinSize}–{policy.CommitteeMaxSize}, at most {policy.CommitteeHardMaxSize}.",
            $"正式党员 {n} 名（满 {policy.CommitteeFromFullMembers} 名应设委员会）：应设立支部委员会，委员 {policy.CommitteeMinSize}至{policy.CommitteeMaxSize} 人，一般不超过 {policy.CommitteeHardMaxSize} 人。");
        Add(FormationVerdict.CommitteeInPlace, "BR-4", Br4,
            $"{n} full members (committee from {policy.CommitteeFromFullMembers}): the branch committee is in office, of {policy.CommitteeMinSize} to at most {policy.CommitteeHardMaxSize} members.",
            $"正式党员 {n} 名（满 {policy.CommitteeFromFullMembers} 名应设委员会）：支部委员会已设立，委员人数在 {policy.CommitteeMinSize}至{policy.CommitteeHardMaxSize} 人之间。");
        Add(FormationVerdict.SecretaryOnly, "BR-4", Br4,
            $"{n} full members (fewer than {policy.CommitteeFromFullMembers}): no committee; a secretary, and a deputy if needed.",
            $"正式党员 {n} 名（不足 {policy.CommitteeFromFullMembers} 名）：不设委员会，设书记一名，必要时设副书记一名。");
        Add(FormationVerdict.DivideIntoGroups, "BR-6", Br6,
            $"{size} members (groups from {policy.GroupsFromMembers}): divide into party groups of at least {policy.MinMembersPerGroup}, each with a full member.",
            $"党员 {size} 名（满 {policy.GroupsFromMembers} 名）：应划分党小组，每组至少 {policy.MinMembersPerGroup} 人且至少有一名正式党员。");
        Add(FormationVerdict.TooLarge, "BR-2", Br2,
            $"{size} members (more than {policy.MaxMembersPerBranch}): split the branch, or seek the higher committee's approval for a general branch.",
            $"党员 {size} 名（超过 {policy.MaxMembersPerBranch} 名）：应分设党支部，或经上级党组织批准成立党总支。");
        Add(FormationVerdict.NoLongerMeetsConditions, "BR-7", Br7,
            $"Only {n} full members (a branch needs {min}): adjust it (e.g. into a joint branch) or dissolve it, with the higher committee's approval.",
            $"正式党员仅 {n} 名（不足 {min} 名）：不再符合设立条件，应报上级党组织批准后调整（如组建联合党支部）或撤销。", candidates);
        return outcomes;
    }
}
