using NodaTime;

namespace NeighborParty.Organization;

/// <summary>The stored state of an <see cref="OrganizationUnit"/> (see <see cref="Persistence.ISnapshotable{TSelf, TSnapshot}"/>).</summary>
/// <param name="Id">The id.</param>
/// <param name="Level">The level key in the schema.</param>
/// <param name="Kind">The kind of unit.</param>
/// <param name="Name">The Chinese name.</param>
/// <param name="NameEn">The English name, or null.</param>
/// <param name="ParentId">The parent unit, or null for a root.</param>
/// <param name="Position">The unit's own position.</param>
/// <param name="LastChildSegment">The last path segment handed out to a child.</param>
/// <param name="Established">The date established.</param>
/// <param name="Dissolved">The date dissolved, or null.</param>
/// <param name="Coverage">The places covered.</param>
public sealed record OrganizationUnitSnapshot(OrganizationUnitId Id, string Level, OrganizationUnitKind Kind, string Name, string? NameEn,
    OrganizationUnitId? ParentId, TreePosition Position, int LastChildSegment, LocalDate Established, LocalDate? Dissolved, IReadOnlyList<CoveredPlace> Coverage);
