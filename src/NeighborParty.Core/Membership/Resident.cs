using System.Linq.Expressions;
using NeighborParty.Auditing;
using NeighborParty.Common;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;

namespace NeighborParty.Membership;

/// <summary>
/// A resident who is not (necessarily) a Party member: a respected resident on the steward team (贤达人士), a
/// requester, a participant in deliberation. Name, compound, building and a masked contact.
/// </summary>
public sealed class Resident : AggregateRoot<ResidentId>, IAuditedNode, ISnapshotable<Resident, ResidentSnapshot>, IPlaced<Resident>
{
    private Resident()
        : base(default)
    {
    }

    private Resident(ResidentId id)
        : base(id)
    {
    }

    /// <summary>Gets the position a store queries (the compound).</summary>
    public static IReadOnlyList<Expression<Func<Resident, TreePosition>>> Positions { get; } = [r => r.Compound];

    /// <summary>Gets the name.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Gets the compound, in the tree of places.</summary>
    public TreePosition Compound { get; private set; }

    /// <summary>Gets the compound.</summary>
    public PlaceId CompoundId => new(Compound.NodeId);

    /// <summary>Gets the building, or null.</summary>
    public PlaceId? BuildingId { get; private set; }

    /// <summary>Gets the stored contact digits, or null; use <see cref="ContactNumber"/>, which masks it.</summary>
    public string? Contact { get; private set; }

    /// <summary>Gets the contact number (masked when shown).</summary>
    public PhoneNumber ContactNumber => Contact is not null && PhoneNumber.TryParse(Contact, out var number) ? number : default;

    /// <summary>Gets the compound's path.</summary>
    public HierarchyPath CompoundPath => Compound.Path;

    /// <inheritdoc />
    TreePosition IAuditedNode.AuditPosition => Compound;

    /// <inheritdoc />
    public ResidentSnapshot ToSnapshot() => new(Id, Name, Compound, BuildingId, Contact);

    /// <inheritdoc />
    public static Resident FromSnapshot(ResidentSnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var resident = new Resident(snapshot.Id) { Name = snapshot.Name, Compound = snapshot.Compound, BuildingId = snapshot.BuildingId, Contact = snapshot.Contact };
        resident.RestoreVersion(version);
        return resident;
    }

    /// <summary>Records a resident who is not (necessarily) a member.</summary>
    /// <param name="id">The new resident's id.</param>
    /// <param name="name">The name (1–100 characters).</param>
    /// <param name="compound">The compound, as read.</param>
    /// <param name="building">A building of it, as read, or null.</param>
    /// <param name="contact">A phone number, or <c>default</c> for none.</param>
    /// <param name="now">When.</param>
    /// <param name="schema">The district's schema, for place names in refusals (Yanping's when null).</param>
    /// <returns>The resident.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="compound"/> is null.</exception>
    /// <exception cref="RuleViolationException">A refused name or place (<c>NP-MBR-007</c>).</exception>
    public static Resident Record(ResidentId id, string name, Place compound, Place? building, PhoneNumber contact, Instant now, HierarchySchema? schema = null)
    {
        var resident = new Resident(id);
        resident.Set(name, compound, building, contact, schema);
        resident.Raise(new ResidentRecorded(id, "recorded", now));
        return resident;
    }

    /// <summary>Changes the resident's name, place or contact.</summary>
    /// <param name="name">The name (1–100 characters).</param>
    /// <param name="compound">The compound, as read.</param>
    /// <param name="building">A building of it, as read, or null.</param>
    /// <param name="contact">A phone number, or <c>default</c> for none.</param>
    /// <param name="now">When.</param>
    /// <param name="schema">The district's schema, for place names in refusals (Yanping's when null).</param>
    /// <exception cref="ArgumentNullException"><paramref name="compound"/> is null.</exception>
    /// <exception cref="RuleViolationException">A refused name or place (<c>NP-MBR-007</c>).</exception>
    public void Change(string name, Place compound, Place? building, PhoneNumber contact, Instant now, HierarchySchema? schema = null)
    {
        Set(name, compound, building, contact, schema);
        Raise(new ResidentRecorded(Id, "changed", now));
    }

    private void Set(string name, Place compound, Place? building, PhoneNumber contact, HierarchySchema? schema)
    {
        var text = TextRules.RequireName(name, "name");
        MemberChecks.Place(compound, building?.Id, building, "compound", schema);
        Name = text;
        Compound = compound.Position;
        BuildingId = building?.Id;
        Contact = contact.IsEmpty ? null : contact.Reveal();
    }
}
