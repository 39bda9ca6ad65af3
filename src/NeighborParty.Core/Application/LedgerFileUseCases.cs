using NeighborParty.Membership.Csv;
using NeighborParty.Organization;
using NeighborParty.Security;

namespace NeighborParty.Application;

/// <summary>Importing and exporting a place's ledger as CSV, for an acting <see cref="Actor"/>.</summary>
public sealed class LedgerFileUseCases
{
    private readonly UseCaseContext _context;
    private readonly LedgerImporter _importer;

    /// <summary>Initializes a new instance of the <see cref="LedgerFileUseCases"/> class.</summary>
    /// <param name="context">The use cases' context.</param>
    /// <param name="importer">The importer.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public LedgerFileUseCases(UseCaseContext context, LedgerImporter importer)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _importer = importer ?? throw new ArgumentNullException(nameof(importer));
    }

    /// <summary>Imports a ledger file into a place of the actor's scope: every row or none.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="scope">The place.</param>
    /// <param name="csv">The file.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The report.</returns>
    public async Task<LedgerImportReport> ImportAsync(Actor actor, PlaceId scope, Stream csv, CancellationToken cancellationToken = default)
    {
        await _context.Guard(actor).EnsurePlaceAsync(AccessAction.ImportLedger, scope, cancellationToken);
        return await _context.ActAsync(actor, ct => _importer.ImportAsync(csv, scope, ct), cancellationToken);
    }

    /// <summary>Writes a place's ledger as CSV: ID numbers and phones in full only for an actor who may see personal data there.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="scope">The place.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="chineseHeaders">Chinese headers (else English keys).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of members written.</returns>
    public async Task<int> ExportAsync(Actor actor, PlaceId scope, Stream output, bool chineseHeaders = true, CancellationToken cancellationToken = default)
    {
        var (place, reveal) = await EnsureExportAsync(actor, scope, cancellationToken);
        return await _importer.ExportAsync(output, place, reveal, chineseHeaders, cancellationToken);
    }

    /// <summary>Imports ledger rows from any format (see <see cref="ILedgerRowReader"/>, e.g. an .xlsx workbook) into a place of the actor's scope: every row or none.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="scope">The place.</param>
    /// <param name="rows">The rows, header first.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The report.</returns>
    public async Task<LedgerImportReport> ImportAsync(Actor actor, PlaceId scope, ILedgerRowReader rows, CancellationToken cancellationToken = default)
    {
        await _context.Guard(actor).EnsurePlaceAsync(AccessAction.ImportLedger, scope, cancellationToken);
        return await _context.ActAsync(actor, ct => _importer.ImportAsync(rows, scope, ct), cancellationToken);
    }

    /// <summary>Writes a place's ledger to any format (see <see cref="ILedgerRowWriter"/>), personal data masked unless the actor may see it there.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="scope">The place.</param>
    /// <param name="output">Where to write the rows.</param>
    /// <param name="chineseHeaders">Chinese headers (else English keys).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of members written.</returns>
    public async Task<int> ExportAsync(Actor actor, PlaceId scope, ILedgerRowWriter output, bool chineseHeaders = true, CancellationToken cancellationToken = default)
    {
        var (place, reveal) = await EnsureExportAsync(actor, scope, cancellationToken);
        return await _importer.ExportAsync(output, place, reveal, chineseHeaders, cancellationToken);
    }

    /// <summary>May the actor export the place's ledger, and see personal data there?</summary>
    private async Task<(PlaceId Place, bool Reveal)> EnsureExportAsync(Actor actor, PlaceId scope, CancellationToken cancellationToken)
    {
        var guard = _context.Guard(actor);
        var place = await guard.EnsurePlaceAsync(AccessAction.ExportLedger, scope, cancellationToken);
        return (place.Id, await guard.AllowsAsync(AccessAction.ReadPersonalData, AccessTarget.Place(place.Path), cancellationToken));
    }
}
