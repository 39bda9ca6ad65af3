using NeighborParty.Organization;

namespace NeighborParty.Membership;

/// <content>How a store saves and rebuilds a member, and how the member follows a moved unit or place.</content>
public sealed partial class PartyMember
{
    /// <inheritdoc />
    bool IFollowsMoves.FollowMove(TreeKind tree, HierarchyPath from, HierarchyPath to)
    {
        var (unit, residence, registration) = (Unit, Residence, Registration);
        Unit = unit.Follow(tree, from, to);
        Residence = residence.Follow(tree, from, to);
        Registration = registration.Follow(tree, from, to);
        return Unit != unit || Residence != residence || Registration != registration;
    }

    /// <inheritdoc />
    public PartyMemberSnapshot ToSnapshot() => new(Id, Name, IdNumber, Gender, BirthDate, Phone, Joined, MadeFull, Category, IsMobile, SuspensionReason,
        SuspendedFrom, SuspendedTo, Unit, ExternalOrganization, RelationshipSince, Transfer, TransferToUnitId, TransferToExternal, TransferStarted, [.. _history],
        Residence, ResidenceBuildingId, Registration, RegisteredBuildingId, RegisteredGrid, RegisteredOn);

    /// <inheritdoc />
    public static PartyMember FromSnapshot(PartyMemberSnapshot snapshot, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var member = new PartyMember(snapshot.Id)
        {
            Name = snapshot.Name,
            IdNumber = snapshot.IdNumber,
            Gender = snapshot.Gender,
            BirthDate = snapshot.BirthDate,
            Phone = snapshot.Phone,
            Joined = snapshot.Joined,
            MadeFull = snapshot.MadeFull,
            Category = snapshot.Category,
            IsMobile = snapshot.IsMobile,
            SuspensionReason = snapshot.SuspensionReason,
            SuspendedFrom = snapshot.SuspendedFrom,
            SuspendedTo = snapshot.SuspendedTo,
            Unit = snapshot.Unit,
            ExternalOrganization = snapshot.ExternalOrganization,
            RelationshipSince = snapshot.RelationshipSince,
            Transfer = snapshot.Transfer,
            TransferToUnitId = snapshot.TransferToUnitId,
            TransferToExternal = snapshot.TransferToExternal,
            TransferStarted = snapshot.TransferStarted,
            Residence = snapshot.Residence,
            ResidenceBuildingId = snapshot.ResidenceBuildingId,
            Registration = snapshot.Registration,
            RegisteredBuildingId = snapshot.RegisteredBuildingId,
            RegisteredGrid = snapshot.RegisteredGrid,
            RegisteredOn = snapshot.RegisteredOn,
        };
        member._history.AddRange(snapshot.History);
        member.RestoreVersion(version);
        return member;
    }
}
