namespace NeighborParty.Domain;

/// <summary>
/// A strongly typed id that can be built back from its <see cref="Guid"/> (what a store reads) and compared, so that
/// stores and specifications can handle every id the same way.
/// </summary>
/// <typeparam name="TSelf">The id type itself.</typeparam>
public interface IStronglyTypedId<TSelf> : IStronglyTypedId, IEquatable<TSelf>, IComparable<TSelf>, IComparable
    where TSelf : struct, IStronglyTypedId<TSelf>
{
    /// <summary>Builds the id that wraps <paramref name="value"/>.</summary>
    /// <param name="value">The GUID, as stored.</param>
    /// <returns>The id.</returns>
    static abstract TSelf From(Guid value);
}
