using System.Linq.Expressions;
using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>
/// One person holding one role at one site for one term (a Red Steward's appointment): who, which role, where, from
/// when to when, how it came about (TR-5), and whether it ended early and why. Its own steps check its own rules; the rules that
/// read other records (seats, committees, residence, 一肩挑) are checked by <see cref="AppointmentService"/> first.
/// </summary>
public sealed partial class Appointment : AggregateRoot<AppointmentId>, IAuditedNode, ISnapshotable<Appointment, AppointmentSnapshot>, IPlaced<Appointment>, IFollowsMoves
{
    private Appointment()
        : base(default)
    {
    }

    private Appointment(AppointmentId id)
        : base(id)
    {
    }

    /// <summary>Gets the role's key (see <see cref="StewardPolicy.Roles"/>).</summary>
    public string RoleKey { get; private set; } = string.Empty;

    /// <summary>Gets whether the holder is a member or a resident.</summary>
    public HolderKind HolderKind { get; private set; }

    /// <summary>Gets the member holding it, when a member does.</summary>
    public PartyMemberId? MemberId { get; private set; }

    /// <summary>Gets the resident holding it, when a resident who is not a member does.</summary>
    public ResidentId? ResidentId { get; private set; }

    /// <summary>Gets the holder's name as recorded when appointed.</summary>
    public string HolderName { get; private set; } = string.Empty;

    /// <summary>Gets where the role is held.</summary>
    public RoleSite Site { get; private set; }

    /// <summary>Gets the site's node: the unit for a branch or group role, the compound or building otherwise.</summary>
    public TreePosition Location { get; private set; }

    /// <summary>Gets the unit, for a branch or group role.</summary>
    public OrganizationUnitId? UnitId => Location.Tree == TreeKind.Unit ? new OrganizationUnitId(Location.NodeId) : null;

    /// <summary>Gets the compound or building, for a compound, building or grid role.</summary>
    public PlaceId? PlaceId => Location.Tree == TreeKind.Place ? new PlaceId(Location.NodeId) : null;

    /// <summary>Gets the compound served, for a compound, building or grid role.</summary>
    public PlaceId? CompoundId { get; private set; }

    /// <summary>Gets the grid's name, for a grid role.</summary>
    public string? Grid { get; private set; }

    /// <summary>Gets the site's position in its tree.</summary>
    public HierarchyPath SitePath => Location.Path;

    /// <summary>Gets the first day in office.</summary>
    public LocalDate Start { get; private set; }

    /// <summary>Gets the last day of the term as it now stands (after any TR-3 postponement or advance).</summary>
    public LocalDate End { get; private set; }

    /// <summary>Gets the last day of the term as first set.</summary>
    public LocalDate RegularEnd { get; private set; }

    /// <summary>Gets how it came about (TR-5).</summary>
    public AppointmentBasis Basis { get; private set; }

    /// <summary>Gets a reference for the basis (e.g. the approving document), or null.</summary>
    public string? BasisNote { get; private set; }

    /// <summary>Gets the last day in office when it ended before <see cref="End"/>, or null.</summary>
    public LocalDate? EndedOn { get; private set; }

    /// <summary>Gets why it ended early, or null.</summary>
    public AppointmentEndReason? EndReason { get; private set; }

    /// <summary>Gets the note on the early end, or null.</summary>
    public string? EndNote { get; private set; }

    /// <summary>Gets who approved the change of the term's end (TR-3), or null.</summary>
    public string? TermChangeApprovedBy { get; private set; }

    /// <summary>Gets when the change of the term's end was approved (TR-3), or null.</summary>
    public LocalDate? TermChangeApprovedOn { get; private set; }

    /// <summary>Gets the appointment to the same seat that came after this one, or null while none has (reports read only those).</summary>
    public AppointmentId? SucceededBy { get; private set; }

    /// <summary>Gets the last day in office: <see cref="EndedOn"/> if it ended early, else <see cref="End"/>.</summary>
    public LocalDate LastDay => EndedOn ?? End;

    /// <summary>Gets the days in office.</summary>
    public DateInterval Term => new(Start, LastDay);

    /// <summary>Gets a value indicating whether it ended before its term.</summary>
    public bool EndedEarly => EndedOn is not null;

    /// <summary>Gets the position a store queries (the site).</summary>
    public static IReadOnlyList<Expression<Func<Appointment, TreePosition>>> Positions { get; } = [a => a.Location];

    /// <inheritdoc />
    TreePosition IAuditedNode.AuditPosition => Location;

    /// <summary>Returns whether the holder is in office on <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns>Whether <paramref name="date"/> lies in <see cref="Term"/>.</returns>
    public bool IsHeldOn(LocalDate date) => Start <= date && date <= LastDay;

    /// <summary>Returns whether this appointment is for the same role at the same site as <paramref name="other"/>.</summary>
    /// <param name="other">The other appointment.</param>
    /// <returns>Whether role, unit, place and grid agree.</returns>
    public bool SameSeat(Appointment other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return RoleKey == other.RoleKey && Location.Tree == other.Location.Tree && Location.NodeId == other.Location.NodeId && string.Equals(Grid, other.Grid, StringComparison.Ordinal);
    }
}
