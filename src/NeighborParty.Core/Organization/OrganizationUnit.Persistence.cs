namespace NeighborParty.Organization;

/// <content>How a store saves and rebuilds a unit.</content>
public sealed partial class OrganizationUnit
{
    /// <inheritdoc />
    public OrganizationUnitSnapshot ToSnapshot() =>
        new(Id, Level, Kind, Name, NameEn, ParentId, Position, LastChildSegment, Established, Dissolved, [.. Coverage]);

    /// <inheritdoc />
    public static OrganizationUnit FromSnapshot(OrganizationUnitSnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var unit = new OrganizationUnit(snapshot.Id)
        {
            Level = snapshot.Level,
            Kind = snapshot.Kind,
            Name = snapshot.Name,
            NameEn = snapshot.NameEn,
            ParentId = snapshot.ParentId,
            Position = snapshot.Position,
            LastChildSegment = snapshot.LastChildSegment,
            Established = snapshot.Established,
            Dissolved = snapshot.Dissolved,
        };
        unit._storedCoverage = snapshot.Coverage; // a snapshot is an immutable value: shared until the unit's coverage changes
        unit.RestoreVersion(version);
        return unit;
    }
}
