namespace NeighborParty.Requests;

/// <summary>The count of a proposal's votes.</summary>
/// <param name="Proposal">The proposal's number.</param>
/// <param name="Voters">Participants entitled to vote.</param>
/// <param name="Present">Voters present.</param>
/// <param name="Yes">Yes votes.</param>
/// <param name="No">No votes.</param>
/// <param name="Abstain">Abstentions.</param>
/// <param name="Quorate">Whether enough voters were present.</param>
/// <param name="Passed">Whether it is quorate and the yes votes pass the threshold.</param>
public sealed record ProposalTally(int Proposal, int Voters, int Present, int Yes, int No, int Abstain, bool Quorate, bool Passed);
