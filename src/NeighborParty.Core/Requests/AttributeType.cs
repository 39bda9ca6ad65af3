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
