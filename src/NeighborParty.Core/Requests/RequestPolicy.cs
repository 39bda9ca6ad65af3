using NodaTime;

namespace NeighborParty.Requests;

/// <summary>The type of a category attribute (Open311's datatypes).</summary>
public enum AttributeType
{
    /// <summary>A short text (Open311 <c>string</c>).</summary>
    ShortText = 1,

    /// <summary>A number.</summary>
    Number = 2,

    /// <summary>A date and time with an offset.</summary>
    DateTime = 3,

    /// <summary>A long text.</summary>
    Text = 4,

    /// <summary>One value from a list.</summary>
    SingleValueList = 5,

    /// <summary>Several values from a list.</summary>
    MultiValueList = 6,
}

/// <summary>A typed attribute a category asks for (e.g. the floor of a leak).</summary>
/// <param name="Code">The code (1–64 characters of a-z, 0-9 and '-').</param>
/// <param name="Description">The question, in Chinese and English.</param>
/// <param name="Type">The type.</param>
/// <param name="Required">Whether a request must answer it.</param>
/// <param name="Values">The allowed values of a list type (key → name), or empty.</param>
public sealed record CategoryAttribute(string Code, string Description, AttributeType Type, bool Required = false, IReadOnlyDictionary<string, string>? Values = null);

/// <summary>A category of residents' requests (a service in Open311).</summary>
/// <param name="Key">The key (the Open311 <c>service_code</c>).</param>
/// <param name="NameZh">The Chinese name.</param>
/// <param name="Name">The English name.</param>
/// <param name="TimeLimit">How long it may take from receipt to resolution before it is overdue.</param>
/// <param name="Attributes">The attributes it asks for.</param>
public sealed record RequestCategory(string Key, string NameZh, string Name, Duration TimeLimit, IReadOnlyList<CategoryAttribute>? Attributes = null);

/// <summary>A channel requests come in through (门口驿站, 邻听园 …).</summary>
/// <param name="Key">The key.</param>
/// <param name="NameZh">The Chinese name.</param>
/// <param name="Name">The English name.</param>
public sealed record RequestChannel(string Key, string NameZh, string Name);

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

/// <summary>What a proposal's threshold is measured against.</summary>
public enum PassBasis
{
    /// <summary>The votes cast (yes, no and abstain).</summary>
    VotesCast = 1,

    /// <summary>The voters present (an absent voter neither helps nor hinders; an abstention counts against).</summary>
    PresentVoters = 2,

    /// <summary>Every participant entitled to vote, present or not.</summary>
    AllVoters = 3,
}

/// <summary>
/// The quorum and threshold of a deliberation. No national rule governs a compound's consultative meeting (the
/// owners' assembly of Civil Code art. 278 is a different body), so the defaults borrow the branch assembly's rule
/// (ML-1): more than half of the voters present, and a proposal passes with yes votes from more than half of them.
/// </summary>
public sealed class DeliberationPolicy
{
    private decimal _quorum = 0.5m;
    private decimal _threshold = 0.5m;

    /// <summary>Gets or sets the share of voters that must be exceeded by those present; default ½ (more than half).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside [0, 1).</exception>
    public decimal QuorumShare
    {
        get => _quorum;
        set => _quorum = value is >= 0m and < 1m ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A share is at least 0 and below 1.");
    }

    /// <summary>Gets or sets the share of the <see cref="Basis"/> that the yes votes must exceed; default ½ (more than half).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside [0, 1).</exception>
    public decimal ThresholdShare
    {
        get => _threshold;
        set => _threshold = value is >= 0m and < 1m ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A share is at least 0 and below 1.");
    }

    /// <summary>Gets or sets what the threshold is measured against; default the voters present.</summary>
    public PassBasis Basis { get; set; } = PassBasis.PresentVoters;

    /// <summary>Gets or sets the largest number of participants; default 60.</summary>
    public int MaxParticipants { get; set; } = 60;

    /// <summary>Returns whether <paramref name="present"/> of <paramref name="voters"/> make a quorum.</summary>
    /// <param name="present">Voters present.</param>
    /// <param name="voters">Voters.</param>
    /// <returns>Whether the meeting may vote.</returns>
    public bool IsQuorate(int present, int voters) => voters > 0 && present > QuorumShare * voters;

    /// <summary>Returns whether <paramref name="yes"/> votes pass against <paramref name="basis"/>.</summary>
    /// <param name="yes">Yes votes.</param>
    /// <param name="basis">The number the threshold is measured against.</param>
    /// <returns>Whether it passes.</returns>
    public bool Passes(int yes, int basis) => basis > 0 && yes > ThresholdShare * basis;
}
