namespace NeighborParty.Security;

/// <summary>
/// Something an actor may do, named stably (e.g. <c>units.read</c>) and aimed at one kind of target.
/// </summary>
/// <remarks>
/// The library's actions are the static members; each later capability adds its own. An adopter may define more
/// and grant them in <see cref="AccessPolicy"/>. Two actions are equal when their names are. Immutable.
/// </remarks>
public sealed class AccessAction : IEquatable<AccessAction>
{
    /// <summary>Initializes a new instance of the <see cref="AccessAction"/> class.</summary>
    /// <param name="name">The stable name, lower-case with dots and dashes, such as <c>units.read</c>.</param>
    /// <param name="target">What the action is aimed at.</param>
    /// <param name="changesState">Whether the action changes state (and is recorded in the audit trail).</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or has other characters.</exception>
    public AccessAction(string name, AccessTargetKind target, bool changesState)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Length > 64 || !name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-'))
        {
            throw new ArgumentException("An action name has at most 64 characters from a-z, 0-9, '.' and '-'.", nameof(name));
        }

        Name = name;
        Target = target;
        ChangesState = changesState;
    }

    /// <summary>Gets the stable name.</summary>
    public string Name { get; }

    /// <summary>Gets what the action is aimed at.</summary>
    public AccessTargetKind Target { get; }

    /// <summary>Gets a value indicating whether the action changes state.</summary>
    public bool ChangesState { get; }

    /// <summary>Gets the action of reading the active hierarchy schema.</summary>
    public static AccessAction ReadSchema { get; } = new("schema.read", AccessTargetKind.Global, false);

    /// <summary>Gets the action of reading organisation units (one, its children, its subtree).</summary>
    public static AccessAction ReadUnits { get; } = new("units.read", AccessTargetKind.Unit, false);

    /// <summary>Gets the action of creating a root unit, such as a district committee.</summary>
    public static AccessAction CreateRootUnit { get; } = new("units.create-root", AccessTargetKind.Global, true);

    /// <summary>Gets the action of establishing a unit under a parent; the target is the parent.</summary>
    public static AccessAction AddChildUnit { get; } = new("units.add-child", AccessTargetKind.Unit, true);

    /// <summary>Gets the action of renaming a unit or changing the places it covers.</summary>
    public static AccessAction ChangeUnit { get; } = new("units.change", AccessTargetKind.Unit, true);

    /// <summary>Gets the action of moving a unit; the new parent also needs <see cref="AddChildUnit"/>.</summary>
    public static AccessAction MoveUnit { get; } = new("units.move", AccessTargetKind.Unit, true);

    /// <summary>Gets the action of dissolving a unit.</summary>
    public static AccessAction DissolveUnit { get; } = new("units.dissolve", AccessTargetKind.Unit, true);

    /// <summary>Gets the action of reading places (one, its children, its subtree, compounds without a branch).</summary>
    public static AccessAction ReadPlaces { get; } = new("places.read", AccessTargetKind.Place, false);

    /// <summary>Gets the action of registering a district (a root place).</summary>
    public static AccessAction RegisterDistrict { get; } = new("places.register-district", AccessTargetKind.Global, true);

    /// <summary>Gets the action of registering a place under another; the target is the parent.</summary>
    public static AccessAction RegisterPlace { get; } = new("places.register", AccessTargetKind.Place, true);

    /// <summary>Gets the action of renaming a place or changing its compound details.</summary>
    public static AccessAction ChangePlace { get; } = new("places.change", AccessTargetKind.Place, true);

    /// <summary>Gets the action of reading the audit trail of a unit's or a place's subtree.</summary>
    public static AccessAction ReadAudit { get; } = new("audit.read", AccessTargetKind.Node, false);

    /// <summary>Gets the action of reading members and residents (personal data masked).</summary>
    public static AccessAction ReadMembers { get; } = new("members.read", AccessTargetKind.Node, false);

    /// <summary>Gets the action of recording and changing members and residents, transfers and registrations.</summary>
    public static AccessAction ManageMembers { get; } = new("members.manage", AccessTargetKind.Node, true);

    /// <summary>Gets the action of seeing ID-card numbers and phones in full.</summary>
    public static AccessAction ReadPersonalData { get; } = new("members.read-personal", AccessTargetKind.Node, false);

    /// <summary>Gets the action of importing a ledger file into a place's scope.</summary>
    public static AccessAction ImportLedger { get; } = new("ledger.import", AccessTargetKind.Place, true);

    /// <summary>Gets the action of exporting a place's ledger (masked unless <see cref="ReadPersonalData"/> is also granted).</summary>
    public static AccessAction ExportLedger { get; } = new("ledger.export", AccessTargetKind.Place, false);

    /// <summary>Gets the action of reading formation assessments and sweeps.</summary>
    public static AccessAction ReadFormation { get; } = new("formation.read", AccessTargetKind.Node, false);

    /// <summary>Gets the action of reading appointments, coverage, teams and owners' committees of a unit or place.</summary>
    public static AccessAction ReadStewards { get; } = new("stewards.read", AccessTargetKind.Node, false);

    /// <summary>Gets the action of appointing, ending and re-terming appointments at a unit or place.</summary>
    public static AccessAction Appoint { get; } = new("stewards.appoint", AccessTargetKind.Node, true);

    /// <summary>Gets the action of recording a compound's owners' committee and property management.</summary>
    public static AccessAction ManageGovernance { get; } = new("governance.manage", AccessTargetKind.Place, true);

    /// <summary>Gets the action of reading partners, covenants, orders, positions, teams and motions of a unit or place.</summary>
    public static AccessAction ReadCoBuilding { get; } = new("cobuilding.read", AccessTargetKind.Node, false);

    /// <summary>Gets the action of managing co-building on the organisation side: partners, covenants, orders, positions, teams.</summary>
    public static AccessAction ManageCoBuilding { get; } = new("cobuilding.manage", AccessTargetKind.Node, true);

    /// <summary>Gets the action of a co-building party acting on what it is party to (its covenants, menu, orders, motions).</summary>
    public static AccessAction ActAsParty { get; } = new("cobuilding.party", AccessTargetKind.Party, true);

    /// <summary>Gets the action of reading the service menu.</summary>
    public static AccessAction ReadMenu { get; } = new("menu.read", AccessTargetKind.Global, false);

    /// <summary>Gets the action of reading the requests, micro-wishes and deliberations of a place's compounds (all of them, private ones included).</summary>
    public static AccessAction ReadRequests { get; } = new("requests.read", AccessTargetKind.Place, false);

    /// <summary>Gets the action of handling requests and micro-wishes in a place: record, accept, assign, resolve, decline.</summary>
    public static AccessAction HandleRequests { get; } = new("requests.handle", AccessTargetKind.Place, true);

    /// <summary>Gets the action of convening and running deliberations (共商共议) in a place.</summary>
    public static AccessAction Deliberate { get; } = new("deliberations.manage", AccessTargetKind.Place, true);

    /// <summary>Gets the action of a resident raising, following, rating and reopening their own requests and wishes.</summary>
    public static AccessAction ActAsResident { get; } = new("requests.own", AccessTargetKind.Resident, true);

    /// <summary>Gets the action of reading the activity ledger, projects, the figures of a place and the compliance of branches.</summary>
    public static AccessAction ReadAccounts { get; } = new("accounts.read", AccessTargetKind.Node, false);

    /// <summary>Gets the action of recording activities and planning and running projects in a place.</summary>
    public static AccessAction RecordActivities { get; } = new("activities.record", AccessTargetKind.Place, true);

    /// <summary>Gets the action of closing a place's period and correcting a closed one.</summary>
    public static AccessAction CloseAccounts { get; } = new("accounts.close", AccessTargetKind.Place, true);

    /// <summary>Gets the action of reading the care records (邻里守望) of a place's compounds: who, guardians, contacts, alerts (circumstances masked).</summary>
    public static AccessAction ReadCare { get; } = new("care.read", AccessTargetKind.Place, false);

    /// <summary>Gets the action of reading a care record's sensitive details in full: health and living circumstances, the consent (CR-6).</summary>
    public static AccessAction ReadCarePersonal { get; } = new("care.read-personal", AccessTargetKind.Place, false);

    /// <summary>Gets the action of registering and running care records in a place: guardians, escalations and actions, moves, closing.</summary>
    public static AccessAction ManageCare { get; } = new("care.manage", AccessTargetKind.Place, true);

    /// <summary>Gets the action of recording a contact (探访) with a cared-for resident in a place.</summary>
    public static AccessAction RecordCareContact { get; } = new("care.contact", AccessTargetKind.Place, true);

    /// <summary>Gets the library's actions.</summary>
    public static IReadOnlyList<AccessAction> Library { get; } =
    [
        ReadSchema, ReadUnits, CreateRootUnit, AddChildUnit, ChangeUnit, MoveUnit, DissolveUnit,
        ReadPlaces, RegisterDistrict, RegisterPlace, ChangePlace, ReadAudit,
        ReadMembers, ManageMembers, ReadPersonalData, ImportLedger, ExportLedger, ReadFormation,
        ReadStewards, Appoint, ManageGovernance, ReadCoBuilding, ManageCoBuilding, ActAsParty, ReadMenu,
        ReadRequests, HandleRequests, Deliberate, ActAsResident, ReadAccounts, RecordActivities, CloseAccounts,
        ReadCare, ReadCarePersonal, ManageCare, RecordCareContact,
    ];

    /// <inheritdoc />
    public bool Equals(AccessAction? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AccessAction);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <inheritdoc />
    public override string ToString() => Name;
}
