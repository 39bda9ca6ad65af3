namespace NeighborParty.Membership.Csv;

/// <summary>
/// What an import has found so far: the first <see cref="LedgerImporter.MaxReportedErrors"/> problems, the number of
/// bad rows and the problems per code (all of them), so that a file of a million bad rows keeps memory flat.
/// </summary>
internal sealed class ImportTally
{
    private readonly List<LedgerRowError> _errors = [];
    private readonly Dictionary<string, int> _totals = new(StringComparer.Ordinal);
    private int _lastBadLine = -1;

    /// <summary>Gets the number of rows with at least one problem.</summary>
    public int BadRows { get; private set; }

    /// <summary>Gets the problems listed (at most <see cref="LedgerImporter.MaxReportedErrors"/>).</summary>
    public IReadOnlyList<LedgerRowError> Errors => _errors;

    /// <summary>Gets the number of problems per code, listed or not.</summary>
    public IReadOnlyDictionary<string, int> Totals => _totals;

    /// <summary>Gets a value indicating whether any problem was found.</summary>
    public bool Any => BadRows > 0 || _errors.Count > 0;

    /// <summary>Records a problem of a row (several of one row count it as one bad row).</summary>
    /// <param name="error">The problem.</param>
    public void Add(LedgerRowError error)
    {
        if (error.Row != _lastBadLine || error.Row <= 1)
        {
            BadRows += error.Row > 1 ? 1 : 0; // the header (line 1) is not a data row
            _lastBadLine = error.Row;
        }

        _totals[error.Code] = _totals.GetValueOrDefault(error.Code) + 1;
        if (_errors.Count < LedgerImporter.MaxReportedErrors)
        {
            _errors.Add(error);
        }
    }

    /// <summary>Records every problem of one row.</summary>
    /// <param name="errors">The row's problems.</param>
    public void AddRange(List<LedgerRowError> errors)
    {
        foreach (var error in errors)
        {
            Add(error);
        }
    }
}
