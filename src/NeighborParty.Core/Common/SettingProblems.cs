namespace NeighborParty.Common;

/// <summary>
/// The problems of a policy's settings, each with the setting's name: what <c>Validate()</c> throws (the first, as an
/// <see cref="ArgumentOutOfRangeException"/> naming the property) and what configuration binding reports (every one, with its
/// full key, e.g. <c>NeighborParty:Formation:MaxMembersPerBranch</c>).
/// </summary>
internal sealed class SettingProblems
{
    private readonly List<(string Key, string Message, string? Rule)> _problems = [];
    private readonly string _prefix;

    /// <summary>Initializes a new instance of the <see cref="SettingProblems"/> class.</summary>
    /// <param name="prefix">The section the settings live in (e.g. <c>Formation</c>), or empty.</param>
    public SettingProblems(string prefix = "") => _prefix = prefix;

    /// <summary>Gets the problems found: the key (with the prefix), what it is and what is expected, and the rule.</summary>
    public IReadOnlyList<(string Key, string Message, string? Rule)> All => _problems;

    /// <summary>Records a problem with <paramref name="key"/> unless <paramref name="holds"/>.</summary>
    /// <param name="holds">Whether the setting is right.</param>
    /// <param name="key">The setting's property name.</param>
    /// <param name="message">What it is and what is expected, in English (e.g. "is 0; expected a whole number ≥ 1").</param>
    /// <param name="rule">The rule the setting is the number of (e.g. <c>BR-1</c>), or null.</param>
    public void Require(bool holds, string key, string message, string? rule = null)
    {
        if (!holds)
        {
            _problems.Add((_prefix.Length == 0 ? key : _prefix + ":" + key, message, rule));
        }
    }

    /// <summary>Checks the problems of one part (a policy) under a section of its own.</summary>
    /// <param name="section">The part's section name (e.g. <c>Formation</c>).</param>
    /// <param name="check">Records the part's problems.</param>
    public void Within(string section, Action<SettingProblems> check)
    {
        var inner = new SettingProblems(_prefix.Length == 0 ? section : _prefix + ":" + section);
        check(inner);
        _problems.AddRange(inner._problems);
    }

    /// <summary>Runs <paramref name="check"/> and throws its first problem (see <see cref="ThrowIfAny()"/>).</summary>
    /// <param name="check">Records a part's problems.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is wrong.</exception>
    public static void ThrowIfAny(Action<SettingProblems> check)
    {
        var problems = new SettingProblems();
        check(problems);
        problems.ThrowIfAny();
    }

    /// <summary>Throws the first problem as an <see cref="ArgumentOutOfRangeException"/> naming the setting; nothing when there is none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is wrong.</exception>
    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            var (key, message, rule) = _problems[0];
            var name = key[(key.LastIndexOf(':') + 1)..];
            throw new ArgumentOutOfRangeException(name, rule is null ? $"{name} {message}" : $"{rule}: {name} {message}");
        }
    }
}
