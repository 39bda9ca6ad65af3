namespace NeighborParty.Security;

/// <summary>
/// Answers whether one node of the organisation tree lies inside another's subtree.
/// </summary>
/// <remarks>It is asked on every request and in every roll-up, so implementations answer in constant time.</remarks>
public interface IScopeChecker
{
    /// <summary>Tells whether <paramref name="nodeId"/> is <paramref name="scopeNodeId"/> or one of its descendants.</summary>
    /// <param name="nodeId">The node acted upon.</param>
    /// <param name="scopeNodeId">The node an actor acts from.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns><see langword="true"/> if the node lies in the scope; <see langword="false"/> otherwise, or if either node is unknown.</returns>
    ValueTask<bool> IsWithinAsync(Guid nodeId, Guid scopeNodeId, CancellationToken cancellationToken = default);
}
