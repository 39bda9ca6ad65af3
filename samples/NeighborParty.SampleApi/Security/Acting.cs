using NeighborParty.Common;
using NeighborParty.Security;

namespace NeighborParty.SampleApi.Security;

/// <summary>The acting actor of a request, as the use cases take it.</summary>
internal static class Acting
{
    /// <summary>Returns the authenticated actor, or refuses with <c>NP-SEC-002</c> (the library's answer to nobody).</summary>
    public static Actor Require(this IActorAccessor actors) => actors.Current ?? throw new RuleViolationException(AccessPolicy.NoActor());
}
