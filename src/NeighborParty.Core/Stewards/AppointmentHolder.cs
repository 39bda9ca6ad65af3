using NeighborParty.Membership;

namespace NeighborParty.Stewards;

/// <summary>The person an appointment is for: a Party member or a resident who is not one.</summary>
public sealed record AppointmentHolder
{
    private AppointmentHolder(HolderKind kind, PartyMemberId? memberId, ResidentId? residentId, string name)
    {
        Kind = kind;
        MemberId = memberId;
        ResidentId = residentId;
        Name = name;
    }

    /// <summary>Gets whether a member or a resident holds it.</summary>
    public HolderKind Kind { get; }

    /// <summary>Gets the member, or null.</summary>
    public PartyMemberId? MemberId { get; }

    /// <summary>Gets the resident, or null.</summary>
    public ResidentId? ResidentId { get; }

    /// <summary>Gets the name as recorded.</summary>
    public string Name { get; }

    /// <summary>Gets the key that tells two holders apart (one person, one key).</summary>
    internal string Key => KeyOf(MemberId, ResidentId);

    /// <summary>A Party member.</summary>
    /// <param name="member">The member.</param>
    /// <returns>The holder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="member"/> is null.</exception>
    public static AppointmentHolder Of(PartyMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new AppointmentHolder(HolderKind.Member, member.Id, null, member.Name);
    }

    /// <summary>A resident who is not a Party member.</summary>
    /// <param name="resident">The resident.</param>
    /// <returns>The holder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resident"/> is null.</exception>
    public static AppointmentHolder Of(Resident resident)
    {
        ArgumentNullException.ThrowIfNull(resident);
        return new AppointmentHolder(HolderKind.Resident, null, resident.Id, resident.Name);
    }

    internal static string KeyOf(PartyMemberId? member, ResidentId? resident) => member is { } m ? "m" + m.Value.ToString("N") : "r" + resident?.Value.ToString("N");
}
