using Microsoft.AspNetCore.Mvc;
using NeighborParty.Common;
using NeighborParty.Formation;
using NeighborParty.Membership;
using NeighborParty.Membership.Csv;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NeighborParty.SampleApi.Infrastructure;
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

        members.MapGet("/", async (Guid unit, MemberStatus? status, MemberCategory? category, bool? mobile, string? name, int? skip, int? take,
                AccessGuard guard, IReadRepository<PartyMember> repository, IReadRepository<Place> places, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                var errors = new[]
                {
                    FieldRules.Defined(status, "status"), FieldRules.Defined(category, "category"),
                    FieldRules.Range(skip, 0, 1_000_000, "skip"), FieldRules.Range(take, 1, 1000, "take"),
                    name is not null && name.Length > FieldRules.MaxNameLength ? FieldRules.Name(name, "name") : null,
                }.OfType<RuleViolation>().ToList();
                if (errors.Count > 0)
                {
                    throw new FieldValidationException(errors);
                }

                var scopeUnit = await guard.EnsureUnitAsync(AccessAction.ReadMembers, new OrganizationUnitId(unit), ct);
                var covered = scopeUnit.Places.Count == 0 ? [] : await places.ListAsync(new NeighborParty.Organization.Specifications.PlacesByIdSpec([.. scopeUnit.Places.Take(16)]), ct);
                var list = await repository.ListAsync(new MembersInScopeSpec(scopeUnit.Path, [.. covered.Select(p => p.Path)],
                    new MemberFilter(status, category, mobile, name), skip ?? 0, take ?? 100), ct);
                var today = Today(clock, options);
                var result = new List<MemberResponse>(list.Count);
                foreach (var member in list)
                {
                    result.Add(MemberResponse.From(member, await guard.AllowsAsync(AccessAction.ReadPersonalData, member, ct), today));
                }

                return result;
            })
            .WithSummary("The members of a unit's scope: relationship in its subtree, or living or registered in its places; filter by status, category, mobile, name; page with skip/take (≤ 1000).");

        members.MapGet("/{id:guid}", async (Guid id, AccessGuard guard, HttpContext http, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                var member = await guard.EnsureMemberAsync(AccessAction.ReadMembers, new PartyMemberId(id), ct);
                return await Show(http, guard, member, clock, options, ct);
            })
            .WithSummary("One member; ID number and phone in full only for those who may see personal data. The version is the ETag.");

        members.MapPost("/", async (CreateMemberRequest request, AccessGuard guard, MemberLedger ledger, HttpContext http, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                if (request.UnitId is { } unit)
                {
                    await guard.EnsureUnitAsync(AccessAction.ManageMembers, new OrganizationUnitId(unit), ct);
                }
                else if (request.ResidenceCompoundId is { } home)
                {
                    await guard.EnsurePlaceAsync(AccessAction.ManageMembers, new PlaceId(home), ct);
                }
                else if ((await guard.EnsureKindMayAsync(AccessAction.ManageMembers, ct)).Actor.Kind != ActorKind.System)
                {
                    // A member held outside the tree is in a scope only through where they live or registered.
                    throw new RuleViolationException(new RuleViolation("NP-MBR-008",
                        "A member whose relationship is outside the tree needs a residence compound in your scope.",
                        "组织关系在树外的党员须填写您管辖范围内的居住小区。", target: "residenceCompoundId"));
                }

                var relationship = new MemberRelationship(request.UnitId is { } u ? new OrganizationUnitId(u) : null, request.ExternalOrganization);
                var member = await ledger.RecordAsync(request.ToDetails(), relationship, request.Since, ct);
                var shown = await Show(http, guard, member, clock, options, ct);
                return Results.Created($"/api/members/{member.Id}", shown);
            })
            .WithWriteProblems()
            .WithSummary("Records a member (ID number checked with GB 11643; the relationship in exactly one place, MR-1).");

        members.MapPut("/{id:guid}", async (Guid id, MemberRequest request, AccessGuard guard, MemberLedger ledger, HttpContext http, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                await guard.EnsureMemberAsync(AccessAction.ManageMembers, new PartyMemberId(id), ct);
                if (request.ResidenceCompoundId is { } home)
                {
                    await guard.EnsurePlaceAsync(AccessAction.ReadPlaces, new PlaceId(home), ct);
                }

                var expected = Versioning.ExpectedVersion(http, "member");
                return await Show(http, guard, await ledger.UpdateAsync(new PartyMemberId(id), request.ToDetails(), expected, ct), clock, options, ct);
            })
            .WithVersionedWriteProblems()
            .WithSummary("Changes a member's details (the relationship moves only by transfer). Requires If-Match.");

        members.MapPost("/{id:guid}/transfer", async (Guid id, TransferRequest request, AccessGuard guard, MemberLedger ledger, HttpContext http, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                await guard.EnsureMemberAsync(AccessAction.ManageMembers, new PartyMemberId(id), ct);
                var expected = Versioning.ExpectedVersion(http, "member");
                var to = new MemberRelationship(request.UnitId is { } u ? new OrganizationUnitId(u) : null, request.ExternalOrganization);
                return await Show(http, guard, await ledger.StartTransferAsync(new PartyMemberId(id), to, request.Date, expected, ct), clock, options, ct);
            })
            .WithVersionedWriteProblems()
            .WithSummary("Starts a transfer of the relationship (转出); the old unit stays responsible until it is received (MR-3). Requires If-Match.");

        members.MapPost("/{id:guid}/transfer/in-transit", async (Guid id, AccessGuard guard, MemberLedger ledger, HttpContext http, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                await guard.EnsureMemberAsync(AccessAction.ManageMembers, new PartyMemberId(id), ct);
                var expected = Versioning.ExpectedVersion(http, "member");
                return await Show(http, guard, await ledger.MarkInTransitAsync(new PartyMemberId(id), expected, ct), clock, options, ct);
            })
            .WithVersionedWriteProblems()
            .WithSummary("Marks the transfer as in transit (在途). Requires If-Match.");

        members.MapPost("/{id:guid}/transfer/receive", async (Guid id, StepRequest? request, AccessGuard guard, MemberLedger ledger, IReadRepository<OrganizationUnit> units,
                HttpContext http, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                await EnsureSenderOrReceiverAsync(guard, ledger, units, new PartyMemberId(id), ct);
                var expected = Versioning.ExpectedVersion(http, "member");
                return await Show(http, guard, await ledger.ReceiveTransferAsync(new PartyMemberId(id), request?.Date, expected, ct), clock, options, ct);
            })
            .WithVersionedWriteProblems()
            .WithSummary("Receives the transfer (by the sending or the receiving unit); the relationship moves. Requires If-Match.");

        members.MapPost("/{id:guid}/transfer/cancel", async (Guid id, AccessGuard guard, MemberLedger ledger, HttpContext http, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                await guard.EnsureMemberAsync(AccessAction.ManageMembers, new PartyMemberId(id), ct);
                var expected = Versioning.ExpectedVersion(http, "member");
                return await Show(http, guard, await ledger.CancelTransferAsync(new PartyMemberId(id), expected, ct), clock, options, ct);
            })
            .WithVersionedWriteProblems()
            .WithSummary("Cancels the open transfer; the relationship stays. Requires If-Match.");

        members.MapPut("/{id:guid}/registration", async (Guid id, RegistrationRequest request, AccessGuard guard, MemberLedger ledger, HttpContext http, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                await guard.EnsureMemberAsync(AccessAction.ManageMembers, new PartyMemberId(id), ct);
                await guard.EnsurePlaceAsync(AccessAction.ManageMembers, new PlaceId(request.CompoundId), ct);
                var expected = Versioning.ExpectedVersion(http, "member");
                var member = await ledger.RegisterAsync(new PartyMemberId(id), new PlaceId(request.CompoundId),
                    request.BuildingId is { } b ? new PlaceId(b) : null, request.Grid, request.Date, expected, ct);
                return await Show(http, guard, member, clock, options, ct);
            })
            .WithVersionedWriteProblems()
            .WithSummary("Registers (报到) an in-service or mobile member to a compound, optionally a building or grid; the relationship stays (MR-5). Requires If-Match.");

        members.MapDelete("/{id:guid}/registration", async (Guid id, AccessGuard guard, MemberLedger ledger, HttpContext http, IClock clock, NeighborPartyOptions options, CancellationToken ct) =>
            {
                await guard.EnsureMemberAsync(AccessAction.ManageMembers, new PartyMemberId(id), ct);
                var expected = Versioning.ExpectedVersion(http, "member");
                return await Show(http, guard, await ledger.RevokeRegistrationAsync(new PartyMemberId(id), expected, ct), clock, options, ct);
            })
            .WithVersionedWriteProblems()
            .WithSummary("Revokes the residence registration. Requires If-Match.");

        var residents = app.MapGroup("/api/residents").WithTags("Members").AddEndpointFilter<ValidationFilter>().WithCommonProblems();

        residents.MapGet("/", async (Guid compound, int? skip, int? take, AccessGuard guard, IReadRepository<Resident> repository, CancellationToken ct) =>
            {
                if ((FieldRules.Range(skip, 0, 1_000_000, "skip") ?? FieldRules.Range(take, 1, 1000, "take")) is { } bad)
                {
                    throw new FieldValidationException([bad]);
                }

                var place = await guard.EnsurePlaceAsync(AccessAction.ReadMembers, new PlaceId(compound), ct);
                return (await repository.ListAsync(new ResidentsInScopeSpec(place.Path, skip ?? 0, take ?? 100), ct)).ConvertAll(ResidentResponse.From);
            })
            .WithSummary("The residents (not necessarily members) recorded in a place's subtree; contacts masked.");

        residents.MapGet("/{id:guid}", async (Guid id, AccessGuard guard, IReadRepository<Resident> repository, HttpContext http, CancellationToken ct) =>
            {
                var resident = await EnsureResidentAsync(guard, repository, new ResidentId(id), AccessAction.ReadMembers, ct);
                Versioning.SetETag(http, resident.Version);
                return ResidentResponse.From(resident);
            })
            .WithSummary("One resident; the version is the ETag.");

        residents.MapPost("/", async (ResidentRequest request, AccessGuard guard, MemberLedger ledger, HttpContext http, CancellationToken ct) =>
            {
                await guard.EnsurePlaceAsync(AccessAction.ManageMembers, new PlaceId(request.CompoundId), ct);
                var resident = await ledger.RecordResidentAsync(request.Name, new PlaceId(request.CompoundId), request.BuildingId is { } b ? new PlaceId(b) : null, request.Contact, ct);
                Versioning.SetETag(http, resident.Version);
                return Results.Created($"/api/residents/{resident.Id}", ResidentResponse.From(resident));
            })
            .WithWriteProblems()
            .WithSummary("Records a resident who is not (necessarily) a member: a respected resident, a requester, a participant.");

        residents.MapPut("/{id:guid}", async (Guid id, ResidentRequest request, AccessGuard guard, MemberLedger ledger, IReadRepository<Resident> repository, HttpContext http, CancellationToken ct) =>
            {
                await EnsureResidentAsync(guard, repository, new ResidentId(id), AccessAction.ManageMembers, ct);
                await guard.EnsurePlaceAsync(AccessAction.ManageMembers, new PlaceId(request.CompoundId), ct);
                var expected = Versioning.ExpectedVersion(http, "resident");
                var resident = await ledger.ChangeResidentAsync(new ResidentId(id), request.Name, new PlaceId(request.CompoundId),
                    request.BuildingId is { } b ? new PlaceId(b) : null, request.Contact, expected, ct);
                Versioning.SetETag(http, resident.Version);
                return ResidentResponse.From(resident);
            })
            .WithVersionedWriteProblems()
            .WithSummary("Changes a resident. Requires If-Match.");

        var ledgerFiles = app.MapGroup("/api/ledger").WithTags("Members").WithCommonProblems();

        ledgerFiles.MapPost("/import", async (Guid scope, IFormFile file, AccessGuard guard, LedgerImporter importer, CancellationToken ct) =>
            {
                await guard.EnsurePlaceAsync(AccessAction.ImportLedger, new PlaceId(scope), ct);
                await using var stream = file.OpenReadStream();
                var report = await importer.ImportAsync(stream, new PlaceId(scope), ct);
                if (report.Stored)
                {
                    return Results.Ok(ImportResponse.From(report));
                }

                // Nothing was stored: a problem document that carries the whole report.
                return Results.Problem(
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    type: "https://neighborparty.dev/errors/NP-CSV-000",
                    title: $"The ledger file was not imported: {report.BadRows} bad row(s); nothing was stored.",
                    detail: $"台账文件未导入：{report.BadRows} 行有误，未保存任何内容。",
                    extensions: new Dictionary<string, object?>
                    {
                        ["code"] = "NP-CSV-000",
                        ["messageZh"] = $"台账文件未导入：{report.BadRows} 行有误，未保存任何内容。",
                        ["report"] = ImportResponse.From(report),
                    });
            })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxLedgerBytes))
            .Produces<ImportResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Imports a ledger CSV (multipart field 'file', UTF-8, Chinese or English headers) into a place's scope: all rows or none; a 422 problem carries the report listing every bad row.");

        ledgerFiles.MapGet("/export", async (Guid scope, string? headers, AccessGuard guard, LedgerImporter importer, HttpContext http, CancellationToken ct) =>
            {
                if (headers is not (null or "zh" or "en"))
                {
                    throw new FieldValidationException([new RuleViolation("NP-GEN-004", "'headers' must be zh or en.", "“headers”须为 zh 或 en。", target: "headers")]);
                }

                var place = await guard.EnsurePlaceAsync(AccessAction.ExportLedger, new PlaceId(scope), ct);
                var reveal = await guard.AllowsAsync(AccessAction.ReadPersonalData, AccessTarget.Place(place.Path), ct);
                http.Response.ContentType = "text/csv; charset=utf-8";
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"ledger-{scope}.csv\"";
                await importer.ExportAsync(http.Response.Body, place.Id, reveal, headers != "en", ct);
                return Results.Empty;
            })
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("Exports a place's ledger as CSV (masked ID numbers and phones unless the caller may see personal data).");

        var formation = app.MapGroup("/api/formation").WithTags("Formation").AddEndpointFilter<ValidationFilter>().WithCommonProblems();

        formation.MapGet("/compounds/{id:guid}", async (Guid id, AccessGuard guard, FormationService service, CancellationToken ct) =>
            {
                await guard.EnsurePlaceAsync(AccessAction.ReadFormation, new PlaceId(id), ct);
                return AssessmentResponse.From(await service.AssessCompoundAsync(new PlaceId(id), ct));
            })
            .WithSummary("Assesses a compound (its branch if it has one): the counts and every outcome with its rule (BR-1…BR-7).");

        formation.MapPost("/compounds", async (CompoundsRequest request, AccessGuard guard, FormationService service, CancellationToken ct) =>
            {
                var ids = request.Compounds.Select(c => new PlaceId(c)).ToList();
                await guard.EnsurePlacesAsync(AccessAction.ReadFormation, ids, ct);
                return AssessmentResponse.From(await service.AssessCompoundsAsync(ids, ct));
            })
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Assesses neighbouring compounds (same community, no branch yet) as a proposed joint branch (BR-3).");

        formation.MapGet("/branches/{id:guid}", async (Guid id, AccessGuard guard, FormationService service, CancellationToken ct) =>
            {
                await guard.EnsureUnitAsync(AccessAction.ReadFormation, new OrganizationUnitId(id), ct);
                return AssessmentResponse.From(await service.AssessBranchAsync(new OrganizationUnitId(id), ct));
            })
            .WithSummary("Assesses an existing compound-level branch: still meets the conditions (BR-7), committee (BR-4), groups (BR-6), size (BR-2).");

        formation.MapGet("/sweep/{placeId:guid}", async (Guid placeId, AccessGuard guard, FormationService service, CancellationToken ct) =>
            {
                await guard.EnsurePlaceAsync(AccessAction.ReadFormation, new PlaceId(placeId), ct);
                return SweepResponse.From(await service.SweepAsync(new PlaceId(placeId), ct));
            })
            .WithSummary("Sweeps a district, street or community: compounds that should form or join a branch, branches below the conditions, needing a committee, groups, or too large.");

        return app;
    }

    private static async Task<MemberResponse> Show(HttpContext http, AccessGuard guard, PartyMember member, IClock clock, NeighborPartyOptions options, CancellationToken ct)
    {
        Versioning.SetETag(http, member.Version);
        return MemberResponse.From(member, await guard.AllowsAsync(AccessAction.ReadPersonalData, member, ct), Today(clock, options));
    }

    private static LocalDate Today(IClock clock, NeighborPartyOptions options) => clock.GetCurrentInstant().InZone(options.TimeZone).Date;

    private static async Task EnsureSenderOrReceiverAsync(AccessGuard guard, MemberLedger ledger, IReadRepository<OrganizationUnit> units, PartyMemberId id, CancellationToken ct)
    {
        try
        {
            await guard.EnsureMemberAsync(AccessAction.ManageMembers, id, ct);
        }
        catch (RuleViolationException ex) when (ex.Violation.Kind == RuleViolationKind.NotFound)
        {
            // The receiving unit may not see the member yet; it may receive a transfer addressed to a unit in its scope.
            // Anyone else gets the same "no such member" — nothing about the member or its destination leaks.
            var member = await ledger.GetAsync(id, ct);
            var to = member.TransferToUnitId is { } unitId ? await units.GetByIdAsync(unitId, ct) : null;
            if (to is null || !await guard.AllowsAsync(AccessAction.ManageMembers, AccessTarget.Unit(to.Path), ct))
            {
                throw;
            }
        }
    }

    private static async Task<Resident> EnsureResidentAsync(AccessGuard guard, IReadRepository<Resident> repository, ResidentId id, AccessAction action, CancellationToken ct)
    {
        await guard.EnsureKindMayAsync(action, ct);
        var resident = await repository.GetByIdAsync(id, ct);
        if (resident is null || !await guard.AllowsAsync(action, AccessTarget.Place(resident.CompoundPath), ct))
        {
            throw new RuleViolationException(new RuleViolation(MembershipRules.NotFound, $"No resident {id}.", $"没有编号为 {id} 的居民。", kind: RuleViolationKind.NotFound));
        }

        return resident;
    }
}
