namespace NeighborParty.CoBuilding;

/// <summary>
/// The catalogues of co-building: service categories of the menu, kinds of position (近邻阵地) and of team (下沉队伍).
/// The library's entries come from the Yanping story; a district adds its own by key.
/// </summary>
public sealed class CoBuildingPolicy
{
    private readonly Dictionary<string, CatalogueEntry> _categories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CatalogueEntry> _positions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CatalogueEntry> _teams = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="CoBuildingPolicy"/> class with the library's catalogues.</summary>
    public CoBuildingPolicy()
    {
        foreach (var (key, zh, en) in new[]
        {
            ("legal-advice", "法律咨询", "Legal advice"), ("appliance-repair", "家电维修", "Appliance repair"), ("elderly-help", "助老扶困", "Help for the elderly and needy"),
            ("family-service", "家庭服务", "Family service"), ("health", "义诊", "Free clinic"), ("psychology", "心理咨询", "Counselling"),
            ("tutoring", "课业辅导", "Tutoring"), ("youth-activity", "青少年活动", "Youth activity"), ("public-class", "公益课堂", "Public class"),
            ("culture", "文化活动", "Cultural activity"),
        })
        {
            AddServiceCategory(key, zh, en);
        }

        foreach (var (key, zh, en) in new[]
        {
            ("youth-home", "青年之家", "Youth home"), ("youth-rest", "青憩小屋", "Youth rest room"), ("love-station", "爱心驿站", "Caring station"),
            ("after-school", "四点半学堂", "After-school class"), ("women-home", "妇女微家", "Women's home"), ("culture-corridor", "文化长廊", "Culture corridor"),
            ("science-studio", "青少年科普工作室", "Youth science studio"), ("tutor-studio", "校外辅导员工作室", "Out-of-school tutors' studio"),
        })
        {
            AddPositionKind(key, zh, en);
        }

        foreach (var (key, zh, en) in new[]
        {
            ("youth-civilisation", "青年文明号", "Youth civilisation post"), ("women-post", "巾帼文明岗", "Women's model post"),
            ("worker-pioneer", "工人先锋号", "Workers' pioneer team"), ("volunteer-team", "志愿服务队", "Volunteer team"),
        })
        {
            AddTeamKind(key, zh, en);
        }
    }

    /// <summary>Gets the service categories of the menu, by key.</summary>
    public IReadOnlyDictionary<string, CatalogueEntry> ServiceCategories => _categories;

    /// <summary>Gets the kinds of position, by key.</summary>
    public IReadOnlyDictionary<string, CatalogueEntry> PositionKinds => _positions;

    /// <summary>Gets the kinds of team, by key.</summary>
    public IReadOnlyDictionary<string, CatalogueEntry> TeamKinds => _teams;

    /// <summary>Adds or renames a service category.</summary>
    /// <param name="key">The key (1–64 characters of a-z, 0-9 and '-').</param>
    /// <param name="nameZh">The Chinese name.</param>
    /// <param name="name">The English name.</param>
    /// <returns>This policy.</returns>
    /// <exception cref="ArgumentException">A malformed key or a blank name.</exception>
    public CoBuildingPolicy AddServiceCategory(string key, string nameZh, string name) => Add(_categories, key, nameZh, name);

    /// <summary>Adds or renames a kind of position.</summary>
    /// <param name="key">The key (1–64 characters of a-z, 0-9 and '-').</param>
    /// <param name="nameZh">The Chinese name.</param>
    /// <param name="name">The English name.</param>
    /// <returns>This policy.</returns>
    /// <exception cref="ArgumentException">A malformed key or a blank name.</exception>
    public CoBuildingPolicy AddPositionKind(string key, string nameZh, string name) => Add(_positions, key, nameZh, name);

    /// <summary>Adds or renames a kind of team.</summary>
    /// <param name="key">The key (1–64 characters of a-z, 0-9 and '-').</param>
    /// <param name="nameZh">The Chinese name.</param>
    /// <param name="name">The English name.</param>
    /// <returns>This policy.</returns>
    /// <exception cref="ArgumentException">A malformed key or a blank name.</exception>
    public CoBuildingPolicy AddTeamKind(string key, string nameZh, string name) => Add(_teams, key, nameZh, name);

    private CoBuildingPolicy Add(Dictionary<string, CatalogueEntry> catalogue, string key, string nameZh, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameZh);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (key.Length > 64 || !key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            throw new ArgumentException("A key has at most 64 characters from a-z, 0-9 and '-'.", nameof(key));
        }

        catalogue[key] = new CatalogueEntry(key, nameZh, name);
        return this;
    }
}
