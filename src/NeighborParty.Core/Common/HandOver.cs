namespace NeighborParty.Common;

/// <summary>
/// Marks a new aggregate that nothing but the unit of work holds (an audit entry it made, a member a bulk import made
/// and never returns), so that the in-memory store may keep the object itself instead of a copy of it.
/// </summary>
/// <remarks>
/// A store owes its callers isolation: nothing a caller does to an object may change what is stored. An object handed
/// over has no other holder, so keeping it is as safe as keeping a copy, and a million-row import does not make a
/// million copies it would throw away. The mark lives in <see cref="IStoredSnapshot.StoredSnapshot"/> (no field more
/// per aggregate); the in-memory store clears it when it stores the object. Other stores ignore it.
/// </remarks>
internal static class HandOver
{
    /// <summary>The mark: never a snapshot, so nothing mistakes it for one.</summary>
    private static readonly object Marker = new();

    /// <summary>Marks <paramref name="aggregate"/> as held by nothing but the unit of work.</summary>
    /// <param name="aggregate">A new aggregate (version 0) that the caller gives up: it is never returned or changed again.</param>
    /// <exception cref="InvalidOperationException">The aggregate was stored already.</exception>
    public static void Mark(IStoredSnapshot aggregate)
    {
        if (aggregate is Domain.IAggregateRoot { Version: not 0 } || aggregate.StoredSnapshot is not null)
        {
            throw new InvalidOperationException("Only a new aggregate, never stored, is handed over.");
        }

        aggregate.StoredSnapshot = Marker;
    }

    /// <summary>Tells whether <paramref name="aggregate"/> was handed over and not stored yet.</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <returns>True when the store may keep the object itself.</returns>
    public static bool IsMarked(object aggregate) => aggregate is IStoredSnapshot { StoredSnapshot: { } mark } && ReferenceEquals(mark, Marker);

    /// <summary>Clears the mark once the store keeps the object.</summary>
    /// <param name="aggregate">The aggregate.</param>
    public static void Clear(object aggregate)
    {
        if (IsMarked(aggregate))
        {
            ((IStoredSnapshot)aggregate).StoredSnapshot = null;
        }
    }
}
