using NeighborParty.Accounting;
using NeighborParty.Activities;
using NeighborParty.Auditing;
using NeighborParty.CoBuilding;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Requests;
using NeighborParty.Stewards;

namespace NeighborParty.Persistence;

/// <summary>
/// Every aggregate type a store must keep: what a storage package registers a reader for, and what the conformance
/// suite (<c>NeighborParty.Testing</c>) round-trips.
/// </summary>
public static class LibraryAggregates
{
    /// <summary>Gets the aggregate types, in the order <see cref="Accept"/> visits them.</summary>
    public static IReadOnlyList<Type> Types { get; } = Collect();

    /// <summary>Visits every aggregate type once.</summary>
    /// <param name="visitor">The visitor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="visitor"/> is null.</exception>
    public static void Accept(IAggregateTypeVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        visitor.Visit<Place, PlaceSnapshot>();
        visitor.Visit<OrganizationUnit, OrganizationUnitSnapshot>();
        visitor.Visit<AuditEntry, AuditEntrySnapshot>();
        visitor.Visit<PartyMember, PartyMemberSnapshot>();
        visitor.Visit<Resident, ResidentSnapshot>();
        visitor.Visit<Appointment, AppointmentSnapshot>();
        visitor.Visit<CompoundGovernance, CompoundGovernanceSnapshot>();
        visitor.Visit<Partner, PartnerSnapshot>();
        visitor.Visit<Covenant, CovenantSnapshot>();
        visitor.Visit<ServiceOffering, ServiceOfferingSnapshot>();
        visitor.Visit<ServiceOrder, ServiceOrderSnapshot>();
        visitor.Visit<Position, PositionSnapshot>();
        visitor.Visit<DeployedTeam, DeployedTeamSnapshot>();
        visitor.Visit<DeputyMotion, DeputyMotionSnapshot>();
        visitor.Visit<Activity, ActivitySnapshot>();
        visitor.Visit<Project, ProjectSnapshot>();
        visitor.Visit<ResidentRequest, ResidentRequestSnapshot>();
        visitor.Visit<MicroWish, MicroWishSnapshot>();
        visitor.Visit<Deliberation, DeliberationSnapshot>();
        visitor.Visit<PeriodClosing, PeriodClosingSnapshot>();
        visitor.Visit<FigureCorrection, FigureCorrectionSnapshot>();
        visitor.Visit<Care.CareRecord, Care.CareRecordSnapshot>();
    }

    /// <summary>
    /// Returns the value a store keeps unique across the aggregates of one type, as a database's unique index would,
    /// or null when the type has none: a place's or unit's tree path, a member's ID-card number, the compound of a
    /// governance record. A write that would repeat another aggregate's key is refused with <c>NP-CON-002</c>.
    /// </summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <returns>The key (compare with <see cref="object.Equals(object)"/>), or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aggregate"/> is null.</exception>
    public static object? UniqueKeyOf(Domain.IAggregateRoot aggregate) => aggregate switch
    {
        null => throw new ArgumentNullException(nameof(aggregate)),
        Place place => (place.Position.PathHigh, place.Position.PathLow),
        OrganizationUnit unit => (unit.Position.PathHigh, unit.Position.PathLow),
        PartyMember member => member.IdNumber,
        CompoundGovernance governance => governance.Compound.NodeId,
        _ => null,
    };

    private static List<Type> Collect()
    {
        var collector = new TypeCollector();
        Accept(collector);
        return collector.Types;
    }

    private sealed class TypeCollector : IAggregateTypeVisitor
    {
        public List<Type> Types { get; } = [];

        public void Visit<TAggregate, TSnapshot>()
            where TAggregate : class, ISnapshotable<TAggregate, TSnapshot>
            where TSnapshot : class => Types.Add(typeof(TAggregate));
    }
}
