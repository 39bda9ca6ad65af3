using System.Globalization;
using NeighborParty.Common;
using NeighborParty.Membership;
using NeighborParty.Organization;
using NeighborParty.Requests;

namespace NeighborParty.LoadPeer;

/// <summary>The answers' shapes, written out as the sample's DTOs serialise (property order included).</summary>
internal static class Answers
{
    /// <summary>The district's time zone (UTC+8, no daylight saving).</summary>
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static UnitAnswer Unit(UnitRow u, List<Guid> places)
    {
        var path = HierarchyPath.FromSortKeys(u.PositionPathHigh, u.PositionPathLow);
        return new(u.Id, u.Level, (OrganizationUnitKind)u.Kind, u.Name, u.NameEn, u.ParentId, path.ToString(), path.Depth, u.Established, u.Dissolved, u.Dissolved is null, places, u.Version);
    }

    public static MemberAnswer Member(MemberRow m, List<RelationshipRow> history, DateOnly today)
    {
        var status = m.MadeFull is null ? MemberStatus.Probationary : MemberStatus.Full;
        var category = (MemberCategory)m.Category;
        var transfer = m.Transfer is { } t ? new TransferAnswer((TransferState)t, m.TransferToUnitId, m.TransferToExternal, m.TransferStarted, ChineseLabels.Of((TransferState)t)) : null;
        return new(m.Id, m.Name, string.Concat(m.IdNumber.AsSpan(0, 1), "*************", m.IdNumber.AsSpan(14, 4)),
            m.Phone is null ? null : string.Concat(m.Phone.AsSpan(0, 3), new string('*', m.Phone.Length - 7), m.Phone.AsSpan(m.Phone.Length - 4)), false,
            (Gender)m.Gender, null, m.BirthDate.Year, m.Joined, m.MadeFull, status, category, m.IsMobile,
            m.SuspensionReason is { } reason ? new SuspensionAnswer(reason, m.SuspendedFrom!.Value, m.SuspendedTo) : null,
            m.SuspendedFrom is { } from && today >= from && (m.SuspendedTo is not { } to || today <= to),
            m.UnitId == Guid.Empty ? null : m.UnitId, m.ExternalOrganization, m.RelationshipSince, transfer,
            history.ConvertAll(h => new RelationshipAnswer(h.UnitId, h.ExternalOrganization, h.From, h.To)),
            m.ResidenceId == Guid.Empty ? null : m.ResidenceId, m.ResidenceBuildingId,
            m.RegistrationId == Guid.Empty ? null : new RegistrationAnswer(m.RegistrationId, m.RegisteredBuildingId, m.RegisteredGrid, m.RegisteredOn),
            m.Version, ChineseLabels.Of(status), ChineseLabels.Of(category));
    }

    public static Dictionary<string, object?> Open311(RequestRow r, string? compound, string? building, string? media, NeighborPartyOptions options)
    {
        var state = (RequestState)r.State;
        var open = state is RequestState.Received or RequestState.Accepted or RequestState.Assigned or RequestState.InProgress;
        var category = options.Requests.Categories.TryGetValue(r.Category, out var c) ? c : null;
        var address = compound;
        if (r.BuildingId is not null && building is not null)
        {
            address += " " + building;
        }

        return new Dictionary<string, object?>
        {
            ["service_request_id"] = r.Id.ToString(), ["status"] = open ? "open" : "closed",
            ["status_notes"] = RequestStateNames.Chinese(state) + (r.Outcome is { } o ? "：" + o : r.DuplicateOf is { } d ? "：见 " + d : string.Empty),
            ["service_name"] = category?.NameZh ?? r.Category, ["service_code"] = r.Category, ["description"] = r.Description,
            ["agency_responsible"] = r.AssigneeName, ["service_notice"] = category is null ? null : "时限" + Limit(category.TimeLimit.ToTimeSpan()),
            ["requested_datetime"] = W3(r.ReceivedAt), ["updated_datetime"] = W3(r.UpdatedAt), ["expected_datetime"] = W3(r.DueAt),
            ["address"] = address, ["address_id"] = (r.BuildingId ?? r.CompoundId).ToString(), ["zipcode"] = null, ["lat"] = r.Latitude, ["long"] = r.Longitude,
            ["media_url"] = media,
        };
    }

    private static string Limit(TimeSpan limit) => limit.TotalDays >= 1
        ? limit.TotalDays.ToString("0.#", CultureInfo.InvariantCulture) + "天" : limit.TotalHours.ToString("0.#", CultureInfo.InvariantCulture) + "小时";

    private static string W3(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(Zone.GetUtcOffset(utc)).ToString("yyyy'-'MM'-'dd'T'HH':'mm':'sszzz", CultureInfo.InvariantCulture);
}

internal sealed record UnitAnswer(Guid Id, string Level, OrganizationUnitKind Kind, string Name, string? NameEn, Guid? ParentId,
    string Path, int Depth, DateOnly Established, DateOnly? Dissolved, bool IsLive, IReadOnlyList<Guid> Places, long Version);

internal sealed record MemberAnswer(Guid Id, string Name, string IdNumber, string? Phone, bool Revealed, Gender Gender, DateOnly? BirthDate, int BirthYear,
    DateOnly Joined, DateOnly? MadeFull, MemberStatus Status, MemberCategory Category, bool IsMobile, SuspensionAnswer? Suspension, bool VotingSuspended,
    Guid? UnitId, string? ExternalOrganization, DateOnly RelationshipSince, TransferAnswer? Transfer, IReadOnlyList<RelationshipAnswer> History,
    Guid? ResidenceCompoundId, Guid? ResidenceBuildingId, RegistrationAnswer? Registration, long Version, string StatusZh, string CategoryZh);

internal sealed record SuspensionAnswer(string Reason, DateOnly From, DateOnly? To);

internal sealed record TransferAnswer(TransferState State, Guid? ToUnitId, string? ToExternalOrganization, DateOnly? Started, string StateZh);

internal sealed record RelationshipAnswer(Guid? UnitId, string? ExternalOrganization, DateOnly From, DateOnly To);

internal sealed record RegistrationAnswer(Guid CompoundId, Guid? BuildingId, string? Grid, DateOnly? Since);
