namespace NeighborParty.Membership;

/// <summary>What to list of the ledger, beyond the scope.</summary>
/// <param name="Status">Only this status, or all.</param>
/// <param name="Category">Only this category, or all.</param>
/// <param name="Mobile">Only mobile (or only not mobile) members, or all.</param>
/// <param name="Name">Only names containing this text, or all.</param>
public sealed record MemberFilter(MemberStatus? Status = null, MemberCategory? Category = null, bool? Mobile = null, string? Name = null);
