namespace NeighborParty.Activities;

/// <summary>The catalogue of activity kinds; the library's come from the regulations and the Yanping story, a district adds its own.</summary>
public sealed class ActivityPolicy
{
    /// <summary>The key of a delivered service order.</summary>
    public const string ServiceDeliveryKey = "service-delivery";

    private readonly Dictionary<string, ActivityKind> _kinds = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="ActivityPolicy"/> class with the library's kinds.</summary>
    public ActivityPolicy()
    {
        foreach (var kind in new ActivityKind[]
        {
            new("member-assembly", "支部党员大会", "Member assembly", ActivityCategory.OrganisationalLife, "ML-1"),
            new("committee-meeting", "支部委员会会议", "Branch committee meeting", ActivityCategory.OrganisationalLife, "ML-2"),
            new("group-meeting", "党小组会", "Party group meeting", ActivityCategory.OrganisationalLife, "ML-3"),
            new("party-lesson", "党课", "Party lesson", ActivityCategory.OrganisationalLife, "ML-4"),
            new("courtyard-lesson", "小院党课", "Courtyard Party lesson", ActivityCategory.OrganisationalLife, "ML-4"),
            new("theme-party-day", "主题党日", "Theme Party day", ActivityCategory.OrganisationalLife, "ML-5"),
            new("organisational-life-meeting", "组织生活会", "Organisational-life meeting", ActivityCategory.OrganisationalLife, "ML-6"),
            new("co-learning", "联学共建", "Co-learning", ActivityCategory.CoLearning),
            new("volunteer-service", "志愿服务", "Volunteer service", ActivityCategory.VolunteerService),
            new("neighbourhood-festival", "邻里节", "Neighbourhood festival", ActivityCategory.NeighbourhoodEvent),
            new("culture-festival", "文化节", "Culture festival", ActivityCategory.NeighbourhoodEvent),
            new("family-sports", "亲子运动会", "Parent-and-child sports day", ActivityCategory.NeighbourhoodEvent),
            new("reading-sharing", "读书分享会", "Reading circle", ActivityCategory.NeighbourhoodEvent),
            new("hundred-family-feast", "百家宴", "Hundred-family feast", ActivityCategory.NeighbourhoodEvent),
            new("best-neighbour", "最美身边人评选", "Best-neighbour selection", ActivityCategory.NeighbourhoodEvent),
            new("hero-visit", "寻访英模", "Visiting heroes and models", ActivityCategory.NeighbourhoodEvent),
            new(ServiceDeliveryKey, "服务订单交付", "Delivered service order", ActivityCategory.ServiceDelivery),
        })
        {
            _kinds[kind.Key] = kind;
        }
    }

    /// <summary>Gets the kinds, by key.</summary>
    public IReadOnlyDictionary<string, ActivityKind> Kinds => _kinds;

    /// <summary>Adds or replaces a kind.</summary>
    /// <param name="kind">The kind (key of 1–64 characters of a-z, 0-9 and '-').</param>
    /// <returns>This policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">A malformed key or a blank name.</exception>
    public ActivityPolicy AddKind(ActivityKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind.NameZh);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind.Name);
        if (string.IsNullOrEmpty(kind.Key) || kind.Key.Length > 64 || !kind.Key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') || !Enum.IsDefined(kind.Category))
        {
            throw new ArgumentException("A kind has a key of at most 64 characters from a-z, 0-9 and '-', and a defined category.", nameof(kind));
        }

        _kinds[kind.Key] = kind;
        return this;
    }
}
