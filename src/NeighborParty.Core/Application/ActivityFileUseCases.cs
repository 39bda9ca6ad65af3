using NeighborParty.Activities.Csv;
using NeighborParty.Membership.Csv;
using NeighborParty.Organization;
using NeighborParty.Security;

namespace NeighborParty.Application;

/// <summary>Importing a place's activity ledger (活动台账) from a file, for an acting <see cref="Actor"/>.</summary>
public sealed class ActivityFileUseCases
{
    private readonly UseCaseContext _context;
    private readonly ActivityImporter _importer;

    /// <summary>Initializes a new instance of the <see cref="ActivityFileUseCases"/> class.</summary>
    /// <param name="context">The use cases' context.</param>
    /// <param name="importer">The importer.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ActivityFileUseCases(UseCaseContext context, ActivityImporter importer)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _importer = importer ?? throw new ArgumentNullException(nameof(importer));
    }

    /// <summary>Imports an activity ledger CSV (UTF-8 or GB18030/GBK) into a place of the actor's scope: every row or none.</summary>
    /// <param name="actor">Who acts (one who may record activities there).</param>
    /// <param name="scope">The place.</param>
    /// <param name="csv">The file.</param>
    /// <param name="cancellationToken">Cancels the call (nothing is stored).</param>
    /// <returns>The report.</returns>
    public async Task<ActivityImportReport> ImportAsync(Actor actor, PlaceId scope, Stream csv, CancellationToken cancellationToken = default)
    {
        await _context.Guard(actor).EnsurePlaceAsync(AccessAction.RecordActivities, scope, cancellationToken);
        return await _context.ActAsync(actor, ct => _importer.ImportAsync(csv, scope, ct), cancellationToken);
    }

    /// <summary>Imports activity rows from any format (see <see cref="ILedgerRowReader"/>, e.g. an .xlsx workbook) into a place of the actor's scope: every row or none.</summary>
    /// <param name="actor">Who acts (one who may record activities there).</param>
    /// <param name="scope">The place.</param>
    /// <param name="rows">The rows, header first.</param>
    /// <param name="cancellationToken">Cancels the call (nothing is stored).</param>
    /// <returns>The report.</returns>
    public async Task<ActivityImportReport> ImportAsync(Actor actor, PlaceId scope, ILedgerRowReader rows, CancellationToken cancellationToken = default)
    {
        await _context.Guard(actor).EnsurePlaceAsync(AccessAction.RecordActivities, scope, cancellationToken);
        return await _context.ActAsync(actor, ct => _importer.ImportAsync(rows, scope, ct), cancellationToken);
    }
}
