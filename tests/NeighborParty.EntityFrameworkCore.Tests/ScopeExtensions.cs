using Microsoft.Extensions.DependencyInjection;

namespace NeighborParty.EntityFrameworkCore.Tests;

/// <summary>Shorthand for resolving one service of a scope (one clerk's request) in the persistence facts.</summary>
internal static class ScopeExtensions
{
    public static T Get<T>(this AsyncServiceScope scope) where T : notnull => scope.ServiceProvider.GetRequiredService<T>();
}
