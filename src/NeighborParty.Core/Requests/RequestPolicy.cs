using NodaTime;

namespace NeighborParty.Requests;

/// <summary>The catalogues and numbers of requests and micro-wishes; a district adds its own categories and channels.</summary>
public sealed class RequestPolicy
{
    private readonly Dictionary<string, RequestCategory> _categories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RequestChannel> _channels = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="RequestPolicy"/> class with the library's catalogues.</summary>
    public RequestPolicy()
    {
        AddCategory(new("water-leak", "漏水", "Water leak", Duration.FromDays(2),
            [new CategoryAttribute("floor", "楼层 / Floor", AttributeType.Number, Required: true)]));
        AddCategory(new("lighting", "照明故障", "Broken lighting", Duration.FromDays(3)));
        AddCategory(new("parking", "停车秩序", "Parking", Duration.FromDays(15)));
        AddCategory(new("sanitation", "环境卫生", "Sanitation", Duration.FromDays(3)));
        AddCategory(new("neighbour-dispute", "邻里纠纷", "Neighbour dispute", Duration.FromDays(7)));
        AddCategory(new("facilities", "公共设施", "Shared facilities", Duration.FromDays(7),
            [new CategoryAttribute("facility", "设施 / Facility", AttributeType.SingleValueList, true,
                new Dictionary<string, string> { ["lift"] = "电梯 Lift", ["gate"] = "门禁 Gate", ["fitness"] = "健身器材 Fitness equipment", ["other"] = "其他 Other" })]));
        AddCategory(new("other", "其他诉求", "Other", Duration.FromDays(10)));
        foreach (var (key, zh, en) in new[]
        {
            ("doorstep-post", "门口驿站", "Doorstep post (online)"), ("listening-garden", "邻听园", "Listening garden"), ("deliberation-pavilion", "议事亭", "Deliberation pavilion"),
            ("neighbour-point", "睦邻点", "Neighbour point"), ("wish-wall", "微心愿墙", "Micro-wish wall"), ("wechat-group", "微信群", "WeChat group"),
            ("hotline", "热线电话", "Hotline"), ("in-person", "当面反映", "In person"), ("open311", "Open311 客户端", "Open311 client"),
        })
        {
            AddChannel(new RequestChannel(key, zh, en));
        }
    }

    /// <summary>Gets the categories, by key.</summary>
    public IReadOnlyDictionary<string, RequestCategory> Categories => _categories;

    /// <summary>Gets the channels, by key.</summary>
    public IReadOnlyDictionary<string, RequestChannel> Channels => _channels;

    /// <summary>Gets the quorum and threshold of deliberations (共商共议).</summary>
    public DeliberationPolicy Deliberation { get; } = new();

    /// <summary>Gets or sets how long a posted micro-wish may wait to be fulfilled before it is overdue; default 30 days.</summary>
    public Period WishTimeLimit { get; set; } = Period.FromDays(30);

    /// <summary>Adds or replaces a category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>This policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="category"/> is null.</exception>
    /// <exception cref="ArgumentException">A malformed key or attribute, or a time limit that is not positive.</exception>
    public RequestPolicy AddCategory(RequestCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        CheckKey(category.Key);
        ArgumentException.ThrowIfNullOrWhiteSpace(category.NameZh);
        ArgumentException.ThrowIfNullOrWhiteSpace(category.Name);
        if (category.TimeLimit <= Duration.Zero)
        {
            throw new ArgumentException("A time limit is positive.", nameof(category));
        }

        foreach (var attribute in category.Attributes ?? [])
        {
            CheckKey(attribute.Code);
            if (!Enum.IsDefined(attribute.Type) || (attribute.Type is AttributeType.SingleValueList or AttributeType.MultiValueList) != (attribute.Values is { Count: > 0 }))
            {
                throw new ArgumentException("A list attribute has values; no other attribute has.", nameof(category));
            }
        }

        _categories[category.Key] = category;
        return this;
    }

    /// <summary>Adds or replaces a channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>This policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="channel"/> is null.</exception>
    /// <exception cref="ArgumentException">A malformed key or a blank name.</exception>
    public RequestPolicy AddChannel(RequestChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        CheckKey(channel.Key);
        ArgumentException.ThrowIfNullOrWhiteSpace(channel.NameZh);
        ArgumentException.ThrowIfNullOrWhiteSpace(channel.Name);
        _channels[channel.Key] = channel;
        return this;
    }

    private static void CheckKey(string? key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 64 || !key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            throw new ArgumentException("A key has 1 to 64 characters from a-z, 0-9 and '-'.", nameof(key));
        }
    }
}
