using NeighborParty.Excel;
using Microsoft.AspNetCore.Mvc;
using NeighborParty.Application;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.SampleApi.Infrastructure;
using NeighborParty.SampleApi.Infrastructure.RateLimiting;
using NeighborParty.SampleApi.Security;
using NeighborParty.Security;
using NodaTime;

namespace NeighborParty.SampleApi.Membership;

/// <summary>
/// The member ledger, residents, ledger files and formation. A member is reached through the unit holding the
/// relationship or the compound they live or registered in; outside the caller's scope it answers 404 like an
/// unknown one. ID-card numbers and phones are masked unless the caller may see personal data.
/// </summary>
internal static class MemberEndpoints
{
    /// <summary>The largest ledger file accepted.</summary>
    public const long MaxLedgerBytes = 32 * 1024 * 1024;

    public static IEndpointRouteBuilder MapMemberEndpoints(this IEndpointRouteBuilder app)
    {
        var members = app.MapGroup("/api/members").WithTags("Members").AddEndpointFilter<ValidationFilter>().WithCommonProblems();

        members.MapGet("/", async (Guid unit, MemberStatus? status, MemberCategory? category, bool? mobile, string? name, int? skip, int? take, string? after,
                IActorAccessor actors, MemberUseCases cases, HttpContext http, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                var errors = new[]
                {
                    FieldRules.Defined(status, "status"), FieldRules.Defined(category, "category"),
                    name is not null && name.Length > FieldRules.MaxNameLength ? FieldRules.Name(name, "name") : null,
                }.OfType<RuleViolation>().ToList();
                if (errors.Count > 0)
                {
                    throw new FieldValidationException(errors);
                }

                var keyset = EndpointRules.Paging(skip, take, after);
                var today = Today(clock, options);
                var filter = new MemberFilter(status, category, mobile, name);
                if (!keyset)
                {
                    var list = await cases.ListAsync(actors.Require(), new OrganizationUnitId(unit), filter, skip ?? 0, take ?? 100, ct);
                    return list.ConvertAll(v => MemberResponse.From(v.Member, v.PersonalData, today));
                }

                var page = await cases.PageAsync(actors.Require(), new OrganizationUnitId(unit), filter, after, take ?? 100, ct);
                EndpointRules.NextPage(http, page.Next);
                return [.. page.Items.Select(v => MemberResponse.From(v.Member, v.PersonalData, today))];
            })
            .WithSummary("The members of a unit's scope: relationship in its subtree, or living or registered in its places, in name order; filter by status, category, mobile, name. Pages of `take` (≤ 1000): follow the `Link: rel=\"next\"` header (keyset: every page costs the same), or give `skip` (offset, slower on large scopes).");

        members.MapGet("/{id:guid}", async (Guid id, IActorAccessor actors, MemberUseCases cases, HttpContext http, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
                Show(http, await cases.GetAsync(actors.Require(), new PartyMemberId(id), ct), clock, options))
            .WithSummary("One member; ID number and phone in full only for those who may see personal data (otherwise the birth year only). The version is the ETag.");

        members.MapPost("/", async (CreateMemberRequest request, IActorAccessor actors, MemberUseCases cases, HttpContext http, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                var relationship = new MemberRelationship(request.UnitId is { } u ? new OrganizationUnitId(u) : null, request.ExternalOrganization);
                var member = await cases.RecordAsync(actors.Require(), request.ToDetails(), relationship, request.Since, ct);
                return Results.Created($"/api/members/{member.Member.Id}", Show(http, member, clock, options));
            })
            .WithWriteProblems()
            .WithSummary("Records a member (ID number checked with GB 11643; the relationship in exactly one place, MR-1; the residence in the caller's scope).");

        members.MapPut("/{id:guid}", async (Guid id, MemberRequest request, IActorAccessor actors, MemberUseCases cases, HttpContext http, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
                Show(http, await cases.UpdateAsync(actors.Require(), new PartyMemberId(id), request.ToDetails(), Versioning.ExpectedVersion(http, "member"), ct), clock, options))
            .WithVersionedWriteProblems()
            .WithSummary("Changes a member's details (the relationship moves only by transfer). Requires If-Match.");

        members.MapPost("/{id:guid}/transfer", async (Guid id, TransferRequest request, IActorAccessor actors, MemberUseCases cases, HttpContext http, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                var to = new MemberRelationship(request.UnitId is { } u ? new OrganizationUnitId(u) : null, request.ExternalOrganization);
                return Show(http, await cases.StartTransferAsync(actors.Require(), new PartyMemberId(id), to, request.Date, Versioning.ExpectedVersion(http, "member"), ct), clock, options);
            })
            .WithVersionedWriteProblems()
            .WithSummary("Starts a transfer of the relationship (转出); the old unit stays responsible until it is received (MR-3). Requires If-Match.");

        members.MapPost("/{id:guid}/transfer/in-transit", async (Guid id, IActorAccessor actors, MemberUseCases cases, HttpContext http, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
                Show(http, await cases.MarkInTransitAsync(actors.Require(), new PartyMemberId(id), Versioning.ExpectedVersion(http, "member"), ct), clock, options))
            .WithVersionedWriteProblems()
            .WithSummary("Marks the transfer as in transit (在途). Requires If-Match.");

        members.MapPost("/{id:guid}/transfer/receive", async (Guid id, StepRequest? request, IActorAccessor actors, MemberUseCases cases, HttpContext http, IClock clock,
                NeighborPartyOptions options, CancellationToken ct) =>
                Show(http, await cases.ReceiveTransferAsync(actors.Require(), new PartyMemberId(id), request?.Date, Versioning.ExpectedVersion(http, "member"), ct), clock, options))
            .WithVersionedWriteProblems()
            .WithSummary("Receives the transfer (by the sending or the receiving unit); the relationship moves. Requires If-Match.");

        members.MapPost("/{id:guid}/transfer/cancel", async (Guid id, IActorAccessor actors, MemberUseCases cases, HttpContext http, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
                Show(http, await cases.CancelTransferAsync(actors.Require(), new PartyMemberId(id), Versioning.ExpectedVersion(http, "member"), ct), clock, options))
            .WithVersionedWriteProblems()
            .WithSummary("Cancels the open transfer; the relationship stays. Requires If-Match.");

        members.MapPut("/{id:guid}/registration", async (Guid id, RegistrationRequest request, IActorAccessor actors, MemberUseCases cases, HttpContext http, IClock clock,
                NeighborPartyOptions options, CancellationToken ct) =>
                Show(http, await cases.RegisterAsync(actors.Require(), new PartyMemberId(id), new PlaceId(request.CompoundId), request.BuildingId is { } b ? new PlaceId(b) : null,
                    request.Grid, request.Date, Versioning.ExpectedVersion(http, "member"), ct), clock, options))
            .WithVersionedWriteProblems()
            .WithSummary("Registers (报到) an in-service or mobile member to a compound, optionally a building or grid; the relationship stays (MR-5). Requires If-Match.");

        members.MapDelete("/{id:guid}/registration", async (Guid id, IActorAccessor actors, MemberUseCases cases, HttpContext http, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
                Show(http, await cases.RevokeRegistrationAsync(actors.Require(), new PartyMemberId(id), Versioning.ExpectedVersion(http, "member"), ct), clock, options))
            .WithVersionedWriteProblems()
            .WithSummary("Revokes the residence registration. Requires If-Match.");

        var residents = app.MapGroup("/api/residents").WithTags("Members").AddEndpointFilter<ValidationFilter>().WithCommonProblems();

        residents.MapGet("/", async (Guid compound, int? skip, int? take, IActorAccessor actors, ResidentUseCases cases, CancellationToken ct) =>
            {
                EndpointRules.Paging(skip, take);
                return (await cases.ListAsync(actors.Require(), new PlaceId(compound), skip ?? 0, take ?? 100, ct)).ConvertAll(ResidentResponse.From);
            })
            .WithSummary("The residents (not necessarily members) recorded in a place's subtree; contacts masked.");

        residents.MapGet("/{id:guid}", async (Guid id, IActorAccessor actors, ResidentUseCases cases, HttpContext http, CancellationToken ct) =>
            {
                var resident = await cases.GetAsync(actors.Require(), new ResidentId(id), ct);
                Versioning.SetETag(http, resident.Version);
                return ResidentResponse.From(resident);
            })
            .WithSummary("One resident; the version is the ETag.");

        residents.MapPost("/", async (ResidentRequest request, IActorAccessor actors, ResidentUseCases cases, HttpContext http, CancellationToken ct) =>
            {
                var resident = await cases.RecordAsync(actors.Require(), request.Name, new PlaceId(request.CompoundId), request.BuildingId is { } b ? new PlaceId(b) : null, request.Contact, ct);
                Versioning.SetETag(http, resident.Version);
                return Results.Created($"/api/residents/{resident.Id}", ResidentResponse.From(resident));
            })
            .WithWriteProblems()
            .WithSummary("Records a resident who is not (necessarily) a member: a respected resident, a requester, a participant.");

        residents.MapPut("/{id:guid}", async (Guid id, ResidentRequest request, IActorAccessor actors, ResidentUseCases cases, HttpContext http, CancellationToken ct) =>
            {
                var resident = await cases.ChangeAsync(actors.Require(), new ResidentId(id), request.Name, new PlaceId(request.CompoundId),
                    request.BuildingId is { } b ? new PlaceId(b) : null, request.Contact, Versioning.ExpectedVersion(http, "resident"), ct);
                Versioning.SetETag(http, resident.Version);
                return ResidentResponse.From(resident);
            })
            .WithVersionedWriteProblems()
            .WithSummary("Changes a resident. Requires If-Match.");

        var ledgerFiles = app.MapGroup("/api/ledger").WithTags("Members").WithCommonProblems();

        ledgerFiles.MapPost("/import", async (Guid scope, IFormFile file, IActorAccessor actors, LedgerFileUseCases cases, CancellationToken ct) =>
            {
                await using var stream = file.OpenReadStream();
                var actor = actors.Require();
                var report = await UploadedFile.ImportAsync(stream, w => cases.ImportAsync(actor, new PlaceId(scope), w, ct), c => cases.ImportAsync(actor, new PlaceId(scope), c, ct), ct);
                return report.Stored ? Results.Ok(ImportResponse.From(report)) : UploadedFile.NotImported("ledger file", "台账文件", report.BadRows, ImportResponse.From(report));
            })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxLedgerBytes))
            .Produces<ImportResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Imports a ledger (multipart field 'file': CSV in UTF-8, or an .xlsx workbook in the 党员花名册 layout; Chinese or English headers) into a place's scope: all rows or none; a 422 problem carries the report listing every bad row.")
            .RequireRateLimiting(RateLimitPolicies.LedgerFiles);

        ledgerFiles.MapGet("/export", async (Guid scope, string? headers, string? format, IActorAccessor actors, LedgerFileUseCases cases, HttpContext http, CancellationToken ct) =>
            {
                if (headers is not (null or "zh" or "en"))
                {
                    throw new FieldValidationException([new RuleViolation("NP-GEN-004", "'headers' must be zh or en.", "“headers”须为 zh 或 en。", target: "headers")]);
                }

                return await LedgerFiles.ExportAsync(actors.Require(), cases, new PlaceId(scope), format, headers != "en", ct);
            })
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: LedgerWorkbooks.ContentType)
            .WithSummary("Exports a place's ledger as CSV (format=csv, the default) or as an .xlsx workbook (format=xlsx, 党员花名册, every cell text): masked ID numbers and phones, birth years only, unless the caller may see personal data; formulas neutralised.")
            .RequireRateLimiting(RateLimitPolicies.LedgerFiles);

        var formation = app.MapGroup("/api/formation").WithTags("Formation").AddEndpointFilter<ValidationFilter>().WithCommonProblems();

        formation.MapGet("/compounds/{id:guid}", async (Guid id, IActorAccessor actors, FormationUseCases cases, CancellationToken ct) =>
                AssessmentResponse.From(await cases.AssessCompoundAsync(actors.Require(), new PlaceId(id), ct)))
            .WithSummary("Assesses a compound (its branch if it has one): the counts and every outcome with its rule (BR-1…BR-7).");

        formation.MapPost("/compounds", async (CompoundsRequest request, IActorAccessor actors, FormationUseCases cases, CancellationToken ct) =>
                AssessmentResponse.From(await cases.AssessCompoundsAsync(actors.Require(), [.. request.Compounds.Select(c => new PlaceId(c))], ct)))
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Assesses neighbouring compounds (same community, no branch yet) as a proposed joint branch (BR-3).");

        formation.MapGet("/branches/{id:guid}", async (Guid id, IActorAccessor actors, FormationUseCases cases, CancellationToken ct) =>
                AssessmentResponse.From(await cases.AssessBranchAsync(actors.Require(), new OrganizationUnitId(id), ct)))
            .WithSummary("Assesses an existing compound-level branch: still meets the conditions (BR-7), committee (BR-4), groups (BR-6), size (BR-2).");

        formation.MapGet("/sweep/{placeId:guid}", async (Guid placeId, int? take, IActorAccessor actors, FormationUseCases cases, CancellationToken ct) =>
            {
                EndpointRules.Paging(null, take);
                return SweepResponse.From(await cases.SweepAsync(actors.Require(), new PlaceId(placeId), ct), take ?? 200);
            })
            .WithSummary("Sweeps a district, street or community: compounds that should form or join a branch, branches below the conditions, needing a committee, groups, or too large. Each list holds its first `take` (default 200, ≤ 1000); `counts` holds every list's length; for a province use /summary and /items.");

        formation.MapGet("/sweep/{placeId:guid}/summary", async (Guid placeId, IActorAccessor actors, FormationUseCases cases, CancellationToken ct) =>
                SummaryResponse.From(await cases.SweepSummaryAsync(actors.Require(), new PlaceId(placeId), ct)))
            .WithSummary("The sweep summed by level: how many compounds or branches each list holds in the place and under each child place (drill down with a child's summary).");

        formation.MapGet("/sweep/{placeId:guid}/items", async (Guid placeId, string list, int? take, string? after, IActorAccessor actors, FormationUseCases cases, HttpContext http,
                CancellationToken ct) =>
            {
                EndpointRules.Paging(null, take, after);
                var sweep = await cases.SweepAsync(actors.Require(), new PlaceId(placeId), ct);
                return EndpointRules.ListPage(http, SweepResponse.List(sweep, list), list, SweepResponse.Lists, after, take);
            })
            .WithSummary("One list of the sweep (`list`: shouldFormBranch, shouldJoinJointBranch, noLongerMeetConditions, committeeRequired, shouldDivideIntoGroups, tooLarge), a page of `take` at a time: follow the `Link: rel=\"next\"` header.");

        return app;
    }

    private static MemberResponse Show(HttpContext http, MemberView view, IClock clock, NeighborPartyOptions options)
    {
        Versioning.SetETag(http, view.Member.Version);
        return MemberResponse.From(view.Member, view.PersonalData, Today(clock, options));
    }

    private static LocalDate Today(IClock clock, NeighborPartyOptions options) => clock.GetCurrentInstant().InZone(options.TimeZone).Date;
}
