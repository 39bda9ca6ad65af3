namespace NeighborParty.Stewards;

/// <summary>
/// A role a Red Steward (红色管家) may hold: where, who may hold it, how long, how many at a time. The library's roles are
/// the static properties; a district adds its own through <see cref="StewardPolicy.AddRole"/>.
/// </summary>
public sealed class StewardRole
{
    /// <summary>Initializes a new instance of the <see cref="StewardRole"/> class.</summary>
    /// <param name="key">The stable key (1–64 characters from a-z, 0-9 and '-').</param>
    /// <param name="name">The English name.</param>
    /// <param name="nameZh">The Chinese name.</param>
    /// <param name="site">Where it is held.</param>
    /// <param name="holders">Who may hold it.</param>
    /// <exception cref="ArgumentException">A text is blank or the key is malformed, or an enum value is undefined.</exception>
    public StewardRole(string key, string name, string nameZh, RoleSite site, RoleHolders holders)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameZh);
        if (key.Length > 64 || !key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            throw new ArgumentException("A role key has at most 64 characters from a-z, 0-9 and '-'.", nameof(key));
        }

        if (!Enum.IsDefined(site) || !Enum.IsDefined(holders))
        {
            throw new ArgumentException("Use a defined site and holder kind.", nameof(site));
        }

        Key = key;
        Name = name;
        NameZh = nameZh;
        Site = site;
        Holders = holders;
    }

    /// <summary>Gets the stable key stored with every appointment.</summary>
    public string Key { get; }

    /// <summary>Gets the English name.</summary>
    public string Name { get; }

    /// <summary>Gets the Chinese name.</summary>
    public string NameZh { get; }

    /// <summary>Gets where the role is held.</summary>
    public RoleSite Site { get; }

    /// <summary>Gets who may hold it.</summary>
    public RoleHolders Holders { get; }

    /// <summary>Gets where the holder must live or be registered.</summary>
    public ResidenceRequirement Residence { get; init; }

    /// <summary>Gets a value indicating whether the holder's organisational relationship must be in the branch of the site (TR-6; for a group, its branch).</summary>
    public bool RequiresRelationshipInBranch { get; init; }

    /// <summary>
    /// Gets a value indicating whether the holder needs the policy's Party standing (党龄, from the day made full) on the
    /// first day (TR-6). TR-6 names the secretary only; the library sets it for <see cref="Secretary"/> alone.
    /// </summary>
    public bool RequiresStanding { get; init; }

    /// <summary>Gets a value indicating whether the role is a seat on the branch committee (BR-4); committee size counts distinct holders of such roles.</summary>
    public bool IsCommitteeSeat { get; init; }

    /// <summary>Gets a value indicating whether the role exists only where a branch committee exists, i.e. at <see cref="Formation.FormationPolicy.CommitteeFromFullMembers"/> full members (BR-4).</summary>
    public bool CommitteeOnly { get; init; }

    /// <summary>Gets how many may hold the role at one site at the same time, or null for no limit of its own.</summary>
    public int? MaxHolders { get; init; } = 1;

    /// <summary>Gets where the term comes from.</summary>
    public RoleTerm Term { get; init; } = RoleTerm.LocalTerm;

    /// <summary>Gets the owners'-committee seat the holder must have, for roles held on the owners' committee (交叉任职).</summary>
    public OwnersCommitteePosition? OwnersCommitteeSeat { get; init; }

    /// <summary>
    /// Gets a value indicating whether coverage reports a seat nobody holds as a gap: a vacancy when the last holder left
    /// early (TR-5: every empty seat of a secretary, deputy or committee member is to be filled by by-election), an
    /// expired term when it ran out. Off only for roles the branch does not elect (the owners' committee's seats,
    /// the property liaison).
    /// </summary>
    public bool ReportVacancy { get; init; } = true;

    /// <summary>Gets the branch secretary (书记): one at a time (BR-4), a full member of that branch with a year of standing (TR-6).</summary>
    public static StewardRole Secretary { get; } = new("secretary", "Branch secretary", "党支部书记", RoleSite.Branch, RoleHolders.FullMember)
    {
        RequiresRelationshipInBranch = true, RequiresStanding = true, IsCommitteeSeat = true, Term = RoleTerm.OrganisationTerm,
    };

    /// <summary>
    /// Gets the deputy secretary (副书记): at most one without a committee (BR-4); a full member of that branch. TR-6's year
    /// of standing names the secretary only, so a deputy is not held to it; a seat that falls empty is a vacancy (TR-5).
    /// </summary>
    public static StewardRole DeputySecretary { get; } = new("deputy-secretary", "Deputy secretary", "党支部副书记", RoleSite.Branch, RoleHolders.FullMember)
    {
        RequiresRelationshipInBranch = true, IsCommitteeSeat = true, Term = RoleTerm.OrganisationTerm, MaxHolders = null,
    };

    /// <summary>Gets the committee member for organisation (组织委员); only where a committee exists (BR-4).</summary>
    public static StewardRole OrganisationMember { get; } = CommitteeRole("committee-organisation", "Committee member for organisation", "组织委员");

    /// <summary>Gets the committee member for publicity (宣传委员); only where a committee exists (BR-4).</summary>
    public static StewardRole PublicityMember { get; } = CommitteeRole("committee-publicity", "Committee member for publicity", "宣传委员");

    /// <summary>Gets the committee member for discipline (纪检委员); only where a committee exists (BR-4).</summary>
    public static StewardRole DisciplineMember { get; } = CommitteeRole("committee-discipline", "Committee member for discipline", "纪检委员");

    /// <summary>Gets the party-group leader (党小组组长), appointed by the branch (BR-6).</summary>
    public static StewardRole GroupLeader { get; } = new("group-leader", "Party-group leader", "党小组组长", RoleSite.Group, RoleHolders.FullMember)
    {
        RequiresRelationshipInBranch = true, Term = RoleTerm.OrganisationTerm,
    };

    /// <summary>Gets the owners'-committee chair held by a Party member (交叉任职, 一肩挑 when the secretary holds it).</summary>
    public static StewardRole OwnersCommitteeChair { get; } = new("owners-committee-chair", "Owners'-committee chair (Party member)", "业委会主任（党员）", RoleSite.Compound, RoleHolders.Member)
    {
        Residence = ResidenceRequirement.LivesOrRegistered, Term = RoleTerm.OwnersCommitteeTerm, OwnersCommitteeSeat = OwnersCommitteePosition.Chair,
        ReportVacancy = false,
    };

    /// <summary>Gets an owners'-committee member held by a Party member (交叉任职).</summary>
    public static StewardRole OwnersCommitteeMember { get; } = new("owners-committee-member", "Owners'-committee member (Party member)", "业委会委员（党员）", RoleSite.Compound, RoleHolders.Member)
    {
        Residence = ResidenceRequirement.LivesOrRegistered, Term = RoleTerm.OwnersCommitteeTerm, OwnersCommitteeSeat = OwnersCommitteePosition.Member,
        MaxHolders = null, ReportVacancy = false,
    };

    /// <summary>Gets the building leader (楼栋长): lives in or is registered to the building's compound.</summary>
    public static StewardRole BuildingLeader { get; } = new("building-leader", "Building leader", "楼栋长", RoleSite.Building, RoleHolders.MemberOrResident)
    {
        Residence = ResidenceRequirement.LivesOrRegistered,
    };

    /// <summary>Gets the grid worker (网格员): registered to the compound of the grid.</summary>
    public static StewardRole GridWorker { get; } = new("grid-worker", "Grid worker", "网格员", RoleSite.Grid, RoleHolders.MemberOrResident)
    {
        Residence = ResidenceRequirement.Registered,
    };

    /// <summary>Gets the property liaison (物业联络员) of a compound.</summary>
    public static StewardRole PropertyLiaison { get; } = new("property-liaison", "Property liaison", "物业联络员", RoleSite.Compound, RoleHolders.MemberOrResident)
    {
        ReportVacancy = false,
    };

    /// <summary>Gets the library's roles.</summary>
    public static IReadOnlyList<StewardRole> Library { get; } =
    [
        Secretary, DeputySecretary, OrganisationMember, PublicityMember, DisciplineMember, GroupLeader,
        OwnersCommitteeChair, OwnersCommitteeMember, BuildingLeader, GridWorker, PropertyLiaison,
    ];

    /// <summary>Gets a value indicating whether this is the branch secretary.</summary>
    public bool IsSecretary => Key == Secretary.Key;

    /// <inheritdoc />
    public override string ToString() => Key;

    private static StewardRole CommitteeRole(string key, string name, string nameZh) => new(key, name, nameZh, RoleSite.Branch, RoleHolders.FullMember)
    {
        RequiresRelationshipInBranch = true, IsCommitteeSeat = true, CommitteeOnly = true, Term = RoleTerm.OrganisationTerm,
    };
}
