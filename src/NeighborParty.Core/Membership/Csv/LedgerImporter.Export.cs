using System.Text;
using NeighborParty.Common;
using NeighborParty.Organization;

namespace NeighborParty.Membership.Csv;

/// <content>The export: the ledger of a scope as CSV.</content>
public sealed partial class LedgerImporter
{
    /// <summary>Writes the ledger of <paramref name="scope"/> as CSV: the members whose relationship, residence or registration lies there, by name.</summary>
    /// <param name="output">Where to write (UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese right).</param>
    /// <param name="scope">The place.</param>
    /// <param name="revealPersonalData">Whether to write ID-card numbers and phones in full (only for callers allowed to see them); masked otherwise.</param>
    /// <param name="chineseHeaders">Whether to write Chinese headers (default) or English ones.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>The number of members written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="RuleViolationException">The scope is unknown.</exception>
    public async Task<int> ExportAsync(Stream output, PlaceId scope, bool revealPersonalData, bool chineseHeaders = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var writer = new StreamWriter(output, new UTF8Encoding(true), 64 * 1024, leaveOpen: true);
        return await ExportAsync(new CsvRowWriter(writer), scope, revealPersonalData, chineseHeaders, cancellationToken);
    }

    /// <summary>Writes the ledger of <paramref name="scope"/> to any row sink (see <see cref="ILedgerRowWriter"/>), header first.</summary>
    /// <param name="output">Where to write the rows.</param>
    /// <param name="scope">The place.</param>
    /// <param name="revealPersonalData">Whether to write ID-card numbers and phones in full; masked otherwise.</param>
    /// <param name="chineseHeaders">Whether to write Chinese headers (default) or English ones.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>The number of members written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="RuleViolationException">The scope is unknown.</exception>
    public async Task<int> ExportAsync(ILedgerRowWriter output, PlaceId scope, bool revealPersonalData, bool chineseHeaders = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var place = await _places.GetByIdAsync(scope, cancellationToken) ?? throw OrganizationRules.PlaceNotFound(scope);
        var (units, compounds, buildings, scopeUnit) = await LookupsAsync(place, cancellationToken);
        await output.WriteAsync([.. LedgerColumns.All.Select(c => chineseHeaders ? c.Chinese : c.Key)], cancellationToken);
        var count = 0;
        await foreach (var m in _members.AsAsyncEnumerable(new LedgerExportSpec(scopeUnit?.Path, [place.Path])).WithCancellation(cancellationToken))
        {
            string?[] fields =
            [
                m.Name,
                revealPersonalData ? m.IdNumber : m.IdCard.Masked,
                m.Gender == Gender.Male ? "男" : "女",
                revealPersonalData ? Date(m.BirthDate) : m.BirthDate.Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture), // the year only when masked
                m.Phone is null ? null : revealPersonalData ? m.Phone : m.PhoneNumber.Masked,
                Date(m.Joined),
                m.MadeFull is { } full ? Date(full) : null,
                LedgerColumns.ChineseCategory(m.Category),
                m.IsMobile ? "是" : "否",
                m.UnitId is { } u ? units.Display(u.Value, x => x.Name) : null,
                m.ExternalOrganization,
                m.ResidenceCompoundId is { } rc ? compounds.Display(rc.Value, x => x.Name) : null,
                m.ResidenceBuildingId is { } rb ? buildings.Display(rb.Value, x => x.Name, $"{m.ResidenceCompoundId}/") : null,
                m.RegisteredCompoundId is { } gc ? compounds.Display(gc.Value, x => x.Name) : null,
                m.RegisteredBuildingId is { } gb ? buildings.Display(gb.Value, x => x.Name, $"{m.RegisteredCompoundId}/") : null,
                m.RegisteredGrid,
                m.SuspensionReason,
                m.SuspendedFrom is { } sf ? Date(sf) : null,
                m.SuspendedTo is { } st ? Date(st) : null,
            ];
            await output.WriteAsync(fields, cancellationToken);
            count++;
        }

        return count;
    }
}
