namespace NeighborParty.Stewards;

/// <content>How a store saves and rebuilds a governance record.</content>
public sealed partial class CompoundGovernance
{
    /// <inheritdoc />
    public CompoundGovernanceSnapshot ToSnapshot() => new(Id, Compound, Management, PropertyCompany, PropertyContact, CommitteeElectedOn, CommitteeTermStart,
        CommitteeTermEnd, [.. _seats]);

    /// <inheritdoc />
    public static CompoundGovernance FromSnapshot(CompoundGovernanceSnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var governance = new CompoundGovernance(snapshot.Id)
        {
            Compound = snapshot.Compound,
            Management = snapshot.Management,
            PropertyCompany = snapshot.PropertyCompany,
            PropertyContact = snapshot.PropertyContact,
            CommitteeElectedOn = snapshot.CommitteeElectedOn,
            CommitteeTermStart = snapshot.CommitteeTermStart,
            CommitteeTermEnd = snapshot.CommitteeTermEnd,
        };
        governance._seats.AddRange(snapshot.Seats);
        governance.RestoreVersion(version);
        return governance;
    }
}
