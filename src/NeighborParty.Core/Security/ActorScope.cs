using NeighborParty.Organization;

namespace NeighborParty.Security;

/// <summary>
/// An actor together with where they stand: the path of the unit they act from, and the paths of the places that
/// unit covers (their reach in the tree of places).
/// </summary>
/// <remarks>
/// Built once per request by <see cref="AccessGuard"/> (or by a host's own code) so that every decision afterwards is
/// a pure, allocation-free comparison. Immutable.
/// </remarks>
/// <param name="Actor">The actor.</param>
/// <param name="Unit">The path of the actor's unit, or <see langword="null"/> when the actor is not bound to a node or the node is unknown.</param>
/// <param name="Places">The paths of the places the actor's unit covers; empty when none.</param>
public sealed record ActorScope(Actor Actor, HierarchyPath? Unit, IReadOnlyList<HierarchyPath> Places)
{
    /// <summary>Builds the scope of an actor that is not bound to a node (co-building party, resident, system).</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public static ActorScope Unbound(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new ActorScope(actor, null, []);
    }
}
