using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NeighborParty.Domain;

namespace NeighborParty.EntityFrameworkCore.Persistence;

/// <summary>Stores any strongly typed id of the library as its GUID: one converter for every id type.</summary>
/// <typeparam name="TId">The id type.</typeparam>
internal sealed class StronglyTypedIdConverter<TId>() : ValueConverter<TId, Guid>(id => id.Value, value => Factory.Create(value))
    where TId : struct, IStronglyTypedId<TId>
{
    /// <summary>Holds <c>TId.From</c> as a delegate (an expression tree cannot call a static abstract member).</summary>
    private static class Factory
    {
        public static readonly Func<Guid, TId> Create = TId.From;
    }
}
