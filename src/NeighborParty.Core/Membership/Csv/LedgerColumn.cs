namespace NeighborParty.Membership.Csv;

/// <summary>A column of the ledger CSV: a stable key, its English and Chinese headers, and whether it is required.</summary>
/// <param name="Key">The key (also the English header).</param>
/// <param name="Chinese">The Chinese header.</param>
/// <param name="Required">Whether every file must have it.</param>
public sealed record LedgerColumn(string Key, string Chinese, bool Required = false);
