using NeighborParty.Common;
using NeighborParty.Organization.Specifications;
using NodaTime;

namespace NeighborParty.Organization;

/// <content>The checks that span several units: schema levels, counts, coverage and places inside the parent.</content>
public sealed partial class OrganizationTree
{
    private static List<PlaceId> Distinct(IReadOnlyCollection<PlaceId>? places) => places is null ? [] : [.. places.Distinct()];

    private HierarchyLevel CheckLevelAndKind(string levelKey, OrganizationUnitKind kind)
    {
        var level = Schema.GetLevel(levelKey);
        OrganizationUnit.CheckLevel(level, kind);
        return level;
    }

    private static void CheckParent(HierarchyLevel level, OrganizationUnitKind kind, OrganizationUnit parent) => OrganizationUnit.CheckParent(level, kind, parent);

    private LocalDate CheckEstablished(LocalDate? established, OrganizationUnit? parent)
    {
        var date = established ?? Today();
        OrganizationUnit.CheckEstablished(date, parent, Today());
        return date;
    }

    private void CheckCount(HierarchyLevel level, OrganizationUnitKind kind, int count)
    {
        var policy = _options.Organization;
        if (kind == OrganizationUnitKind.JointBranch && level.Covers is not null)
        {
            if (count < policy.JointBranchMinUnits || count > policy.JointBranchMaxUnits)
            {
                throw OrganizationRules.JointSize(count, policy);
            }
        }
        else if (count < level.MinPlaces || count > level.MaxPlaces)
        {
            throw OrganizationRules.Count(level, count);
        }
    }

    private async Task CheckCoverageAsync(HierarchyLevel level, OrganizationUnitKind kind, List<PlaceId> places,
        OrganizationUnit? parent, OrganizationUnitId? self, CancellationToken cancellationToken)
    {
        if (level.Covers is null && places.Count > 0)
        {
            var first = await _places.GetByIdAsync(places[0], cancellationToken) ?? throw OrganizationRules.PlaceNotFound(places[0]);
            throw OrganizationRules.WrongPlaceKind(first.Id, first.Kind, level);
        }

        CheckCount(level, kind, places.Count);
        await CheckPlacesAsync(level, places, parent, self, cancellationToken);
    }

    private async Task CheckPlacesAsync(HierarchyLevel level, List<PlaceId> places, OrganizationUnit? parent,
        OrganizationUnitId? self, CancellationToken cancellationToken)
    {
        if (places.Count == 0)
        {
            return;
        }

        var loaded = await LoadPlacesAsync(places, cancellationToken);
        foreach (var place in loaded.Where(p => p.Kind != level.Covers))
        {
            throw OrganizationRules.WrongPlaceKind(place.Id, place.Kind, level);
        }

        if (parent is not null)
        {
            await CheckInsideParentAsync(loaded, parent, cancellationToken);
        }

        if (level.ExclusiveCoverage)
        {
            var others = await _units.ListAsync(new LiveUnitsCoveringSpec([level.Key], places), cancellationToken);
            foreach (var other in others.Where(o => o.Id != self))
            {
                throw OrganizationRules.AlreadyCovered(other.Places.First(places.Contains), other.Id, level);
            }
        }
    }

    private async Task CheckInsideParentAsync(IReadOnlyList<PlaceId> places, OrganizationUnit parent, CancellationToken cancellationToken)
    {
        if (places.Count > 0 && parent.Places.Count > 0)
        {
            await CheckInsideParentAsync(await LoadPlacesAsync(places, cancellationToken), parent, cancellationToken);
        }
    }

    private async Task CheckInsideParentAsync(List<Place> places, OrganizationUnit parent, CancellationToken cancellationToken)
    {
        if (parent.Places.Count == 0)
        {
            return;
        }

        var parentPlaces = await LoadPlacesAsync(parent.Places, cancellationToken);
        foreach (var place in places.Where(p => !parentPlaces.Exists(pp => p.Path.IsWithin(pp.Path))))
        {
            throw OrganizationRules.OutsideParent(place.Id);
        }
    }

    private async Task<List<Place>> LoadPlacesAsync(IReadOnlyList<PlaceId> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var loaded = await _places.ListAsync(new PlacesByIdSpec(ids), cancellationToken);
        foreach (var missing in ids.Where(id => !loaded.Exists(p => p.Id == id)))
        {
            throw OrganizationRules.PlaceNotFound(missing);
        }

        return loaded;
    }

    private async Task<OrganizationUnit> GetLiveAsync(OrganizationUnitId id, CancellationToken cancellationToken)
    {
        var unit = await GetAsync(id, cancellationToken);
        return unit.IsLive ? unit : throw OrganizationRules.UnitDissolved(id);
    }

    private LocalDate Today() => _clock.Today(_options);
}
