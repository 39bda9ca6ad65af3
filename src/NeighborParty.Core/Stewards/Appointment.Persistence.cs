using NeighborParty.Organization;

namespace NeighborParty.Stewards;

/// <content>How a store saves and rebuilds an appointment, and how it follows a moved unit.</content>
public sealed partial class Appointment
{
    /// <inheritdoc />
    bool IFollowsMoves.FollowMove(TreeKind tree, HierarchyPath from, HierarchyPath to)
    {
        var before = Location;
        Location = before.Follow(tree, from, to);
        return Location != before;
    }

    /// <inheritdoc />
    public AppointmentSnapshot ToSnapshot() => new(Id, RoleKey, HolderKind, MemberId, ResidentId, HolderName, Site, Location, CompoundId, Grid, Start, End, RegularEnd,
        Basis, BasisNote, EndedOn, EndReason, EndNote, TermChangeApprovedBy, TermChangeApprovedOn, SucceededBy);

    /// <inheritdoc />
    public static Appointment FromSnapshot(AppointmentSnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var appointment = new Appointment(snapshot.Id)
        {
            RoleKey = snapshot.RoleKey,
            HolderKind = snapshot.HolderKind,
            MemberId = snapshot.MemberId,
            ResidentId = snapshot.ResidentId,
            HolderName = snapshot.HolderName,
            Site = snapshot.Site,
            Location = snapshot.Location,
            CompoundId = snapshot.CompoundId,
            Grid = snapshot.Grid,
            Start = snapshot.Start,
            End = snapshot.End,
            RegularEnd = snapshot.RegularEnd,
            Basis = snapshot.Basis,
            BasisNote = snapshot.BasisNote,
            EndedOn = snapshot.EndedOn,
            EndReason = snapshot.EndReason,
            EndNote = snapshot.EndNote,
            TermChangeApprovedBy = snapshot.TermChangeApprovedBy,
            TermChangeApprovedOn = snapshot.TermChangeApprovedOn,
            SucceededBy = snapshot.SucceededBy,
        };
        appointment.RestoreVersion(version);
        return appointment;
    }
}
