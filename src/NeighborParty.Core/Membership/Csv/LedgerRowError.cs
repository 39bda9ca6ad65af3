namespace NeighborParty.Membership.Csv;

/// <summary>One problem with one row of an imported ledger.</summary>
/// <param name="Row">The line number where the row starts (the header is line 1).</param>
/// <param name="Column">The column key, or an empty string for the whole row or file.</param>
/// <param name="Code">The rule code.</param>
/// <param name="Message">The problem in English.</param>
/// <param name="MessageZh">The problem in Chinese.</param>
public sealed record LedgerRowError(int Row, string Column, string Code, string Message, string MessageZh);
