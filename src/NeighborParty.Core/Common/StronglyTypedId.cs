using System.Diagnostics.CodeAnalysis;
using NeighborParty.Domain;

namespace NeighborParty.Common;

/// <summary>What every strongly typed id of the library shares: new values, parsing, and comparison with boxed ids.</summary>
public static class StronglyTypedId
{
    /// <summary>Returns a new id with a version 7 GUID (time-ordered, so new rows land at the end of an index).</summary>
    /// <typeparam name="TId">The id type.</typeparam>
    /// <returns>A fresh id.</returns>
    public static TId New<TId>()
        where TId : struct, IStronglyTypedId<TId> => TId.From(GuidVersion7.New());

    /// <summary>Parses the GUID text form of an id.</summary>
    /// <typeparam name="TId">The id type.</typeparam>
    /// <param name="text">The text.</param>
    /// <param name="id">The id, when the text is a GUID.</param>
    /// <returns><see langword="true"/> if the text was parsed.</returns>
    public static bool TryParse<TId>([NotNullWhen(true)] string? text, out TId id)
        where TId : struct, IStronglyTypedId<TId>
    {
        var ok = Guid.TryParse(text, out var guid);
        id = TId.From(guid);
        return ok;
    }

    /// <summary>Compares an id with a boxed value, as an in-memory sort over boxed keys does.</summary>
    /// <typeparam name="TId">The id type.</typeparam>
    /// <param name="id">The id.</param>
    /// <param name="other">The other value: null (which sorts first) or an id of the same type.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException"><paramref name="other"/> is another type.</exception>
    public static int Compare<TId>(TId id, object? other)
        where TId : struct, IStronglyTypedId<TId> => other switch
        {
            null => 1,
            TId same => id.Value.CompareTo(same.Value),
            _ => throw new ArgumentException($"Compare with another {typeof(TId).Name}.", nameof(other)),
        };
}
