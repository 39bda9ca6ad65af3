using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Persistence;
using Xunit;

namespace NeighborParty.Testing;

/// <summary>
/// The storage conformance suite: derive from it in your test project, register your store in
/// <see cref="AddStorage"/>, and xUnit runs every check against it — each test on fresh, empty storage.
/// </summary>
/// <remarks>
/// <para>A store provides <see cref="IAggregateStore"/> (all-or-nothing writes with version checks and the unique keys),
/// an <see cref="IReadRepository{T}"/> per aggregate of <see cref="LibraryAggregates"/> that evaluates Ardalis
/// specifications, and optionally an <c>IRollUpSource</c>; see <c>docs/storage.md</c>. The suite builds the library with
/// <c>AddNeighborParty(ConformanceWorld.Configure)</c>, then calls <see cref="AddStorage"/> (register with
/// <c>Replace</c> or after, so that yours win), wraps your <see cref="IAggregateStore"/> to log what it accepted, and
/// builds a <see cref="ConformanceWorld"/> through the library's services.</para>
/// <para>The library's in-memory store, its EF Core package (SQLite and PostgreSQL) and a JSON-file store written in
/// the repository's tests all pass this suite in CI.</para>
/// </remarks>
public abstract partial class StorageConformanceTests : IAsyncLifetime
{
    private ServiceProvider? _services;

    /// <summary>Gets the provider over the store under test (after <see cref="IAsyncLifetime.InitializeAsync"/>).</summary>
    protected IServiceProvider Services => _services ?? throw new InvalidOperationException("The suite is not initialised.");

    private WriteLog Log { get; } = new();

    /// <summary>Registers the store under test: <see cref="IAggregateStore"/>, the repositories, and the roll-up source if it has one.</summary>
    /// <param name="services">The collection, with the library already added.</param>
    protected abstract void AddStorage(IServiceCollection services);

    /// <summary>Prepares empty storage before each test (create or migrate a database); nothing by default.</summary>
    /// <param name="services">The provider over the store.</param>
    /// <returns>A task.</returns>
    protected virtual Task PrepareStorageAsync(IServiceProvider services) => Task.CompletedTask;

    /// <summary>Removes what <see cref="PrepareStorageAsync"/> made after each test; nothing by default.</summary>
    /// <returns>A task.</returns>
    protected virtual Task CleanUpStorageAsync() => Task.CompletedTask;

    /// <inheritdoc />
    async Task IAsyncLifetime.InitializeAsync()
    {
        var services = new ServiceCollection().AddNeighborParty(ConformanceWorld.Configure);
        AddStorage(services);
        var store = services.LastOrDefault(d => d.ServiceType == typeof(IAggregateStore))
            ?? throw new InvalidOperationException("No IAggregateStore is registered.");
        services.Add(ServiceDescriptor.Scoped<IAggregateStore>(sp => new RecordingStore(Resolve(sp, store), Log)));
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await PrepareStorageAsync(_services);
    }

    /// <inheritdoc />
    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await CleanUpStorageAsync();
    }

    /// <summary>Builds the world on the store under test.</summary>
    /// <returns>The world.</returns>
    protected Task<ConformanceWorld> BuildWorldAsync() => ConformanceWorld.BuildAsync(Services);

    /// <summary>Runs <paramref name="work"/> in a fresh scope (one request).</summary>
    /// <typeparam name="T">The result.</typeparam>
    /// <param name="work">The work.</param>
    /// <returns>The result.</returns>
    protected async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private static IAggregateStore Resolve(IServiceProvider services, ServiceDescriptor descriptor) => descriptor switch
    {
        { ImplementationInstance: IAggregateStore instance } => instance,
        { ImplementationFactory: { } factory } => (IAggregateStore)factory(services),
        { ImplementationType: { } type } => (IAggregateStore)ActivatorUtilities.CreateInstance(services, type),
        _ => throw new InvalidOperationException("The IAggregateStore registration cannot be resolved."),
    };
}
