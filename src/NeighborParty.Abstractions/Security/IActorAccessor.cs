namespace NeighborParty.Security;

/// <summary>
/// Gives the actor on whose behalf the current operation runs; a host implements it from its authentication.
/// </summary>
public interface IActorAccessor
{
    /// <summary>Gets the current actor, or <see langword="null"/> when nobody is authenticated.</summary>
    Actor? Current { get; }
}
