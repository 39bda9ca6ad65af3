using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Membership;

/// <summary>
/// A resident who is not (necessarily) a Party member: a respected resident on the steward team (贤达人士), a
/// requester, a participant in deliberation. Name, compound, building and a masked contact.
/// </summary>
public sealed class Resident : AggregateRoot<ResidentId>, IAuditedNode
{
    private Resident()
        : base(default)
    {
    }

    private Resident(ResidentId id)
        : base(id)
    {
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Gets the compound.</summary>
    public PlaceId CompoundId { get; private set; }

    /// <summary>Gets the building, or null.</summary>
    public PlaceId? BuildingId { get; private set; }

    /// <summary>Gets the stored contact digits, or null; use <see cref="ContactNumber"/>, which masks it.</summary>
    public string? Contact { get; private set; }

    /// <summary>Gets the contact number (masked when shown).</summary>
    public PhoneNumber ContactNumber => Contact is not null && PhoneNumber.TryParse(Contact, out var number) ? number : default;

    /// <summary>Gets the stored first half of the compound's path.</summary>
    public long CompoundPathHigh { get; private set; }

    /// <summary>Gets the stored second half of the compound's path.</summary>
    public long CompoundPathLow { get; private set; }

    /// <summary>Gets the compound's path.</summary>
    public HierarchyPath CompoundPath => HierarchyPath.FromSortKeys(CompoundPathHigh, CompoundPathLow);

    /// <inheritdoc />
    AuditTree IAuditedNode.AuditTree => AuditTree.Place;

    /// <inheritdoc />
    Guid IAuditedNode.AuditNodeId => Id.Value;

    /// <inheritdoc />
    HierarchyPath IAuditedNode.Path => CompoundPath;

    internal static Resident Create(ResidentId id, string name, Place compound, PlaceId? building, PhoneNumber contact, Instant now)
    {
        var resident = new Resident(id);
        resident.Set(name, compound, building, contact);
        resident.Raise(new ResidentRecorded(id, "recorded", now));
        return resident;
    }

    internal void Change(string name, Place compound, PlaceId? building, PhoneNumber contact, Instant now)
    {
        Set(name, compound, building, contact);
        Raise(new ResidentRecorded(Id, "changed", now));
    }

    private void Set(string name, Place compound, PlaceId? building, PhoneNumber contact)
    {
        Name = TextRules.RequireName(name, "name");
        CompoundId = compound.Id;
        BuildingId = building;
        Contact = contact.IsEmpty ? null : contact.Reveal();
        CompoundPathHigh = compound.Path.SortKeyHigh;
        CompoundPathLow = compound.Path.SortKeyLow;
    }
}
