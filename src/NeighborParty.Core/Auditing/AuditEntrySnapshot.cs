using NeighborParty.Organization;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.Auditing;

/// <summary>The stored state of an <see cref="AuditEntry"/> (see <see cref="Persistence.ISnapshotable{TSelf, TSnapshot}"/>).</summary>
/// <param name="Id">The id.</param>
/// <param name="At">When the change happened.</param>
/// <param name="ActorId">The acting account's id.</param>
/// <param name="ActorKind">The kind of actor.</param>
/// <param name="Action">The stable name of the change.</param>
/// <param name="Node">The node changed.</param>
/// <param name="Summary">The one-line description.</param>
public sealed record AuditEntrySnapshot(AuditEntryId Id, Instant At, string ActorId, ActorKind ActorKind, string Action, TreePosition Node, string Summary);
