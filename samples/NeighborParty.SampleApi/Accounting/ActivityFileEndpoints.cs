using Microsoft.AspNetCore.Mvc;
using NeighborParty.Application;
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
                var actor = actors.Require();
                var report = await UploadedFile.ImportAsync(stream, w => cases.ImportAsync(actor, new PlaceId(scope), w, ct), c => cases.ImportAsync(actor, new PlaceId(scope), c, ct), ct);
                return report.Stored ? Results.Ok(ActivityImportResponse.From(report))
                    : UploadedFile.NotImported("activity file", "活动台账", report.BadRows, ActivityImportResponse.From(report));
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
}
