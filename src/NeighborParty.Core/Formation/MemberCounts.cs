using NeighborParty.Membership;

namespace NeighborParty.Formation;

/// <summary>
/// The counts of one compound or branch: members whose relationship is (or would be) there by status, suspension
/// and category, and those who only registered (报到) there. What counts toward the rules is decided with a
/// <see cref="FormationPolicy"/> (<see cref="Counted"/>, <see cref="Size"/>).
/// </summary>
/// <remarks>A plain value; counting adds to it in place without allocating.</remarks>
public struct MemberCounts : IEquatable<MemberCounts>
{
    /// <summary>Gets the full members with the relationship here (suspended ones included).</summary>
    public int Full { readonly get; private set; }

    /// <summary>Gets the probationary members with the relationship here.</summary>
    public int Probationary { readonly get; private set; }

    /// <summary>Gets the full members here whose voting rights are suspended.</summary>
    public int FullSuspended { readonly get; private set; }

    /// <summary>Gets the retired members here (any status).</summary>
    public int Retired { readonly get; private set; }

    /// <summary>Gets the in-service members here (any status).</summary>
    public int InService { readonly get; private set; }

    /// <summary>Gets the compound-resident members here (any status).</summary>
    public int CompoundResident { readonly get; private set; }

    /// <summary>Gets the resident-unit members here (any status).</summary>
    public int ResidentUnit { readonly get; private set; }

    /// <summary>Gets the mobile members here (any status).</summary>
    public int Mobile { readonly get; private set; }

    /// <summary>Gets the full members who only registered (报到) here; their relationship is elsewhere.</summary>
    public int RegisteredOnlyFull { readonly get; private set; }

    /// <summary>Gets all members who only registered here.</summary>
    public int RegisteredOnly { readonly get; private set; }

    /// <summary>Gets the members with the relationship here (full and probationary).</summary>
    public readonly int Members => Full + Probationary;

    /// <summary>Gets the members who count toward BR-1, BR-3 and BR-4 under <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The number.</returns>
    public readonly int Counted(FormationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var counted = Full - (policy.CountSuspended ? 0 : FullSuspended) + (policy.CountProbationary ? Probationary : 0);
        return counted + (policy.CountRegisteredOnly ? RegisteredOnlyFull : 0);
    }

    /// <summary>Gets the size of the branch for BR-2 and BR-6 under <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The number.</returns>
    public readonly int Size(FormationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Full + (policy.SizeIncludesProbationary ? Probationary : 0) + (policy.CountRegisteredOnly ? RegisteredOnly : 0);
    }

    /// <summary>Adds a member whose relationship is (or would be) here.</summary>
    /// <param name="member">The member.</param>
    /// <param name="suspended">Whether their voting rights are suspended on the day of assessment.</param>
    public void AddMember(PartyMember member, bool suspended)
    {
        ArgumentNullException.ThrowIfNull(member);
        AddMember(member.Status, member.Category, member.IsMobile, suspended);
    }

    /// <summary>Adds a member by its facts.</summary>
    /// <param name="status">The status.</param>
    /// <param name="category">The category.</param>
    /// <param name="mobile">Whether mobile.</param>
    /// <param name="suspended">Whether voting rights are suspended.</param>
    public void AddMember(MemberStatus status, MemberCategory category, bool mobile, bool suspended)
    {
        if (status == MemberStatus.Full)
        {
            Full++;
            FullSuspended += suspended ? 1 : 0;
        }
        else
        {
            Probationary++;
        }

        switch (category)
        {
            case MemberCategory.Retired: Retired++; break;
            case MemberCategory.InService: InService++; break;
            case MemberCategory.CompoundResident: CompoundResident++; break;
            case MemberCategory.ResidentUnit: ResidentUnit++; break;
        }

        Mobile += mobile ? 1 : 0;
    }

    /// <summary>Adds a tally of members whose relationship is (or would be) here.</summary>
    /// <param name="tally">The tally.</param>
    internal void Add(MemberTally tally)
    {
        Full += tally.Full;
        Probationary += tally.Probationary;
        FullSuspended += tally.FullSuspended;
        Retired += tally.Retired;
        InService += tally.InService;
        CompoundResident += tally.CompoundResident;
        ResidentUnit += tally.ResidentUnit;
        Mobile += tally.Mobile;
    }

    /// <summary>Adds members who only registered here.</summary>
    /// <param name="members">How many.</param>
    /// <param name="full">How many of them are full members.</param>
    internal void AddRegistered(int members, int full)
    {
        RegisteredOnly += members;
        RegisteredOnlyFull += full;
    }

    /// <summary>Adds a member who only registered here.</summary>
    /// <param name="status">The member's status.</param>
    public void AddRegistered(MemberStatus status)
    {
        RegisteredOnly++;
        RegisteredOnlyFull += status == MemberStatus.Full ? 1 : 0;
    }

    /// <summary>Adds another count (e.g. the compounds of a proposed joint branch).</summary>
    /// <param name="other">The other count.</param>
    public void Add(in MemberCounts other)
    {
        Full += other.Full;
        Probationary += other.Probationary;
        FullSuspended += other.FullSuspended;
        Retired += other.Retired;
        InService += other.InService;
        CompoundResident += other.CompoundResident;
        ResidentUnit += other.ResidentUnit;
        Mobile += other.Mobile;
        RegisteredOnly += other.RegisteredOnly;
        RegisteredOnlyFull += other.RegisteredOnlyFull;
    }

    /// <inheritdoc />
    public readonly bool Equals(MemberCounts other) =>
        Full == other.Full && Probationary == other.Probationary && FullSuspended == other.FullSuspended && Retired == other.Retired
        && InService == other.InService && CompoundResident == other.CompoundResident && ResidentUnit == other.ResidentUnit
        && Mobile == other.Mobile && RegisteredOnly == other.RegisteredOnly && RegisteredOnlyFull == other.RegisteredOnlyFull;

    /// <inheritdoc />
    public override readonly bool Equals(object? obj) => obj is MemberCounts other && Equals(other);

    /// <inheritdoc />
    public override readonly int GetHashCode() => HashCode.Combine(Full, Probationary, FullSuspended, RegisteredOnly, Retired, InService, CompoundResident, ResidentUnit);

    /// <summary>Compares two counts.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(MemberCounts left, MemberCounts right) => left.Equals(right);

    /// <summary>Compares two counts.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(MemberCounts left, MemberCounts right) => !left.Equals(right);
}
