namespace NeighborParty.Common;

/// <summary>Lets the unit of work set an aggregate's version after a successful write.</summary>
internal interface IStoredVersion
{
    /// <summary>Sets the stored version.</summary>
    /// <param name="version">The version the store now holds.</param>
    void SetStoredVersion(long version);
}
