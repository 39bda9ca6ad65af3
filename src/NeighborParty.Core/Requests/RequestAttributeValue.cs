namespace NeighborParty.Requests;

/// <summary>The answer to a category attribute.</summary>
public sealed class RequestAttributeValue
{
    /// <summary>Initializes a new instance of the <see cref="RequestAttributeValue"/> class.</summary>
    /// <param name="code">The attribute's code.</param>
    /// <param name="value">The answer.</param>
    public RequestAttributeValue(string code, string value)
    {
        Code = code;
        Value = value;
    }

    /// <summary>Gets the attribute's code.</summary>
    public string Code { get; }

    /// <summary>Gets the value (a list type's keys separated by commas).</summary>
    public string Value { get; }
}
