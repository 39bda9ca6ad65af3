using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.CoBuilding;

/// <summary>What the co-building services share: the settings, now and today, who acts, and the capability's "not found".</summary>
internal sealed class CoBuildingLookups
{
    private readonly IUnitOfWork _work;
    private readonly IActorAccessor _actors;
    private readonly IClock _clock;

    public CoBuildingLookups(IUnitOfWork work, IActorAccessor actors, NeighborPartyOptions options, IClock clock)
    {
        _work = work ?? throw new ArgumentNullException(nameof(work));
        _actors = actors ?? throw new ArgumentNullException(nameof(actors));
        Options = options ?? throw new ArgumentNullException(nameof(options));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    public NeighborPartyOptions Options { get; }

    public Instant Now => _clock.GetCurrentInstant();

    public LocalDate Today => _clock.Today(Options);

    public string ActorId => UnitOfWork.WhoActs(_work, _actors).Id; // the use case's actor first (issue 28)

    public static RuleViolationException NotFound(string what, Guid id) =>
        CoBuildingRules.Fail(CoBuildingRules.NotFound, $"No {what} {id}.", $"没有编号为 {id} 的记录。", "id", RuleViolationKind.NotFound);

    public static async Task<T> LoadAsync<T, TId>(IReadRepository<T> repository, TId id, string what, CancellationToken cancellationToken)
        where T : class, Domain.IAggregateRoot
        where TId : struct, Domain.IStronglyTypedId =>
        await repository.GetByIdAsync(id, cancellationToken) ?? throw NotFound(what, id.Value);

    /// <summary>Loads a place that is to be a compound; "not found" when unknown (the aggregate refuses other kinds).</summary>
    public static async Task<Place> CompoundAsync(IReadRepository<Place> places, PlaceId id, string field, HierarchySchema schema, CancellationToken cancellationToken) =>
        await places.GetByIdAsync(id, cancellationToken)
        ?? throw CoBuildingRules.Fail(CoBuildingRules.NotFound, $"{id} is not {PlaceWords.A(schema, PlaceKind.Compound)}.", $"{id} 不是{PlaceWords.Zh(schema, PlaceKind.Compound)}。", field,
            RuleViolationKind.NotFound);
}
