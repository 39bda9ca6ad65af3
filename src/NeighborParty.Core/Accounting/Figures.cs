namespace NeighborParty.Accounting;

/// <summary>The figures every roll-up counts, in report order.</summary>
public static class Figures
{
    /// <summary>Compound branches (小区党支部): live units at a compound-branch level of the schema on the last day.</summary>
    public const string CompoundBranches = "compound-branches";

    /// <summary>Functional Party groups (功能性党小组): live functional groups on the last day.</summary>
    public const string FunctionalGroups = "functional-groups";

    /// <summary>Neighbourhood positions (近邻阵地) open on the last day.</summary>
    public const string Positions = "positions";

    /// <summary>Teams sent down (下沉队伍) serving on the last day.</summary>
    public const string Teams = "teams";

    /// <summary>Participating organs (参与联建的机关单位): organ partners registered by the last day.</summary>
    public const string ParticipatingOrgans = "participating-organs";

    /// <summary>Co-learning events (联学共建活动) held within the days.</summary>
    public const string CoLearningEvents = "co-learning-events";

    /// <summary>Volunteer services (志愿服务) held within the days.</summary>
    public const string VolunteerServices = "volunteer-services";

    /// <summary>Neighbourhood projects (近邻项目) planned within the days.</summary>
    public const string Projects = "projects";

    /// <summary>Governance problems solved (解决小区治理问题): requests first resolved within the days.</summary>
    public const string ProblemsSolved = "problems-solved";

    /// <summary>Platforms (线上线下平台): channels in use at a compound within the days.</summary>
    public const string Platforms = "platforms";

    /// <summary>Residents under neighbourhood care (邻里守望对象): open care records on the last day.</summary>
    public const string CareResidents = "care-residents";

    /// <summary>Regular organisational-life meetings (三会一课, 主题党日, 组织生活会) held within the days.</summary>
    public const string OrganisationalLife = "organisational-life";

    /// <summary>Neighbourhood events (邻里节, 百家宴 …) held within the days.</summary>
    public const string NeighbourhoodEvents = "neighbourhood-events";

    /// <summary>Delivered service orders within the days.</summary>
    public const string ServiceDeliveries = "service-deliveries";

    /// <summary>Every activity recorded within the days.</summary>
    public const string Activities = "activities";

    /// <summary>
    /// Gets the definitions as a district's schema names them: the branch figure reads as the schema's branch level
    /// (小区党支部, 网格党支部, 村党组织…); the others are the same as <see cref="All"/>.
    /// </summary>
    /// <param name="schema">The district's schema.</param>
    /// <returns>The definitions, in report order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schema"/> is null.</exception>
    public static IReadOnlyList<FigureDefinition> For(Organization.HierarchySchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (schema.BranchName == All[0].NameZh)
        {
            return All;
        }

        var en = schema.BranchNameEn;
        var plural = en.EndsWith("ch", StringComparison.Ordinal) || en.EndsWith("sh", StringComparison.Ordinal) || en.EndsWith('s') ? en + "es" : en + "s";
        return [All[0] with { NameZh = schema.BranchName, Name = plural, Definition = "live units at a branch level of the schema on the last day, where the places they cover lie" }, .. All.Skip(1)];
    }

    /// <summary>Gets the definitions, in report order.</summary>
    public static IReadOnlyList<FigureDefinition> All { get; } =
    [
        new(CompoundBranches, "小区党支部", "Compound branches", FigureNature.Stock, "live units at a compound-branch level of the schema on the last day, where the compounds they cover lie"),
        new(FunctionalGroups, "功能性党小组", "Functional Party groups", FigureNature.Stock, "live functional groups on the last day, where their branch's compounds lie"),
        new(Positions, "近邻阵地", "Neighbourhood positions", FigureNature.Stock, "positions opened by the last day and not closed by it"),
        new(Teams, "下沉队伍", "Teams sent down", FigureNature.Stock, "teams serving on the last day, at their home place"),
        new(ParticipatingOrgans, "参与联建的机关单位", "Participating organs", FigureNature.Stock, "partners of the organ category registered by the last day, at their home place"),
        new(CoLearningEvents, "联学共建活动", "Co-learning events", FigureNature.Flow, "activities of a co-learning kind on a day within the period"),
        new(VolunteerServices, "志愿服务", "Volunteer services", FigureNature.Flow, "activities of a volunteer-service kind on a day within the period"),
        new(Projects, "近邻项目", "Neighbourhood projects", FigureNature.Flow, "projects planned on a day within the period, whatever became of them"),
        new(ProblemsSolved, "解决小区治理问题", "Governance problems solved", FigureNature.Flow, "requests first resolved within the period (a reopened one counts once)"),
        new(Platforms, "线上线下平台", "Platforms (channels in use)", FigureNature.Flow, "distinct compound × channel among the requests received within the period"),
        new(CareResidents, "邻里守望对象", "Residents under neighbourhood care", FigureNature.Stock, "care records registered by the last day and not closed by it, at the resident's compound"),
        new(OrganisationalLife, "组织生活（三会一课等）", "Regular organisational life", FigureNature.Flow, "activities of an organisational-life kind (ML-1…ML-6) within the period"),
        new(NeighbourhoodEvents, "邻里活动", "Neighbourhood events", FigureNature.Flow, "activities of a neighbourhood-event kind within the period"),
        new(ServiceDeliveries, "服务订单交付", "Delivered service orders", FigureNature.Flow, "activities recording a delivered order within the period"),
        new(Activities, "活动总数", "All activities", FigureNature.Flow, "every activity on a day within the period"),
    ];
}
