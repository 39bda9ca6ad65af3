using Microsoft.AspNetCore.Mvc;
using NeighborParty.Activities.Csv;
using NeighborParty.Application;
using NeighborParty.Excel;
using NeighborParty.Membership.Csv;
using NeighborParty.Organization;
using NeighborParty.SampleApi.Infrastructure;
using NeighborParty.SampleApi.Infrastructure.RateLimiting;
using NeighborParty.SampleApi.Membership;
using NeighborParty.SampleApi.Security;
using NeighborParty.Security;

namespace NeighborParty.SampleApi.Accounting;

/// <summary>The activity ledger (活动台账) as a file: years of a district's activities in one request, all rows or none (issue 26).</summary>
internal static class ActivityFileEndpoints
{
    public static IEndpointRouteBuilder MapActivityFileEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/activities").WithTags("Activities and accounting").WithCommonProblems()
            .MapPost("/import", async (Guid scope, IFormFile file, IActorAccessor actors, ActivityFileUseCases cases, CancellationToken ct) =>
            {
                await using var stream = file.OpenReadStream();
                var report = await ImportAsync(actors.Require(), cases, new PlaceId(scope), stream, ct);
                if (report.Stored)
                {
                    return Results.Ok(ActivityImportResponse.From(report));
                }

                // Nothing was stored: a problem document that carries the whole report.
                return Results.Problem(
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    type: "https://neighborparty.dev/errors/NP-CSV-000",
                    title: $"The activity file was not imported: {report.BadRows} bad row(s); nothing was stored.",
                    detail: $"活动台账未导入：{report.BadRows} 行有误，未保存任何内容。",
                    extensions: new Dictionary<string, object?>
                    {
                        ["code"] = "NP-CSV-000",
                        ["messageZh"] = $"活动台账未导入：{report.BadRows} 行有误，未保存任何内容。",
                        ["report"] = ActivityImportResponse.From(report),
                    });
            })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MemberEndpoints.MaxLedgerBytes))
            .Produces<ActivityImportResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Imports an activity ledger (multipart field 'file': CSV in UTF-8 or GB18030, or an .xlsx workbook in the 活动台账 layout: 活动名称, 活动类别, 活动日期, 开始时间, 活动地点, 组织单位, 参加人数, 服务时长, or their keys title, kind, date, time, place, unit, participants, hours) into a place's scope: all rows or none; a 422 problem carries the report, with the first 1,000 bad rows and the totals per code.")
            .RequireRateLimiting(RateLimitPolicies.LedgerFiles);
        return app;
    }

    /// <summary>CSV or .xlsx, told apart by the file's first bytes (an .xlsx is a zip: "PK\x03\x04").</summary>
    private static async Task<ActivityImportReport> ImportAsync(Actor actor, ActivityFileUseCases cases, PlaceId scope, Stream file, CancellationToken ct)
    {
        var (buffer, isWorkbook) = await UploadedFile.ReadAsync(file, ct);
        await using var owned = buffer;
        if (isWorkbook)
        {
            using var workbook = new XlsxLedgerReader(buffer);
            return await cases.ImportAsync(actor, scope, workbook, ct);
        }

        return await cases.ImportAsync(actor, scope, buffer, ct);
    }
}

/// <summary>The answer of an activity import.</summary>
/// <param name="Stored">Whether the rows were stored (all of them; none when any row is bad).</param>
/// <param name="Rows">The rows read.</param>
/// <param name="Recorded">The activities recorded.</param>
/// <param name="BadRows">The bad rows.</param>
/// <param name="Errors">The first 1,000 errors.</param>
/// <param name="Totals">Every error, counted per code.</param>
public sealed record ActivityImportResponse(bool Stored, int Rows, int Recorded, int BadRows, IReadOnlyList<LedgerRowError> Errors, IReadOnlyDictionary<string, int> Totals)
{
    internal static ActivityImportResponse From(ActivityImportReport r) => new(r.Stored, r.Rows, r.Recorded, r.BadRows, r.Errors, r.Totals);
}
