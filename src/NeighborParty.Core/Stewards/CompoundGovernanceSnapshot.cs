using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty.Stewards;

/// <summary>The stored state of a <see cref="CompoundGovernance"/> (see <see cref="Persistence.ISnapshotable{TSelf, TSnapshot}"/>).</summary>
/// <param name="Id">The id.</param>
/// <param name="Compound">The compound.</param>
/// <param name="Management">How the compound is managed.</param>
/// <param name="PropertyCompany">The property company, or null.</param>
/// <param name="PropertyContact">Its phone, or null.</param>
/// <param name="CommitteeElectedOn">The owners' committee's election day, or null.</param>
/// <param name="CommitteeTermStart">Its first day, or null.</param>
/// <param name="CommitteeTermEnd">Its last day, or null.</param>
/// <param name="Seats">Its seats.</param>
public sealed record CompoundGovernanceSnapshot(CompoundGovernanceId Id, TreePosition Compound, PropertyManagement Management, string? PropertyCompany,
    string? PropertyContact, LocalDate? CommitteeElectedOn, LocalDate? CommitteeTermStart, LocalDate? CommitteeTermEnd, IReadOnlyList<OwnersCommitteeSeat> Seats);
