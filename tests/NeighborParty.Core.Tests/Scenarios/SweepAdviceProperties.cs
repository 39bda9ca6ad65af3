using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Configuration;
using NeighborParty.Formation;
using NeighborParty.Organization;

namespace NeighborParty.Core.Tests.Scenarios;

/// <summary>
/// Issue 16: formation advice never contradicts the tree's nesting rules. For every preset and random ledgers, every
/// "form a branch" the sweep gives is accepted by the tree at the schema's branch level, and so is the joint branch a
/// "join a joint branch" advice proposes with its candidate neighbours.
/// </summary>
public sealed class SweepAdviceProperties
{
    [Property(MaxTest = 30)]
    public Property Every_advice_of_the_sweep_is_accepted_by_the_tree(byte preset, NonEmptyArray<byte> ledger, byte branchMask)
    {
        var name = new[] { "yanping", "grid", "rural" }[preset % 3];
        var counts = ledger.Get.Take(6).Select(b => b % 6).ToArray();
        var w = new ScenarioWorld(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["NeighborParty:Schema:Preset"] = name }).Build());
        var (parentPlace, parentUnit) = Frame(w, name);
        var level = w.Schema.BranchLevels[0];
        var places = counts.Select((_, i) => w.Place(parentPlace, $"点{i}")).ToArray();
        var rows = new List<string>();
        for (var i = 0; i < places.Length; i++)
        {
            var home = w.Schema.BranchPlaceKind == PlaceKind.Compound ? places[i] : w.Place(places[i], $"点{i}组");
            var unit = (branchMask >> i & 1) == 1 ? w.Unit(parentUnit, level, OrganizationUnitKind.Branch, $"点{i}党支部", places[i]) : parentUnit;
            rows.AddRange(Enumerable.Range(0, counts[i]).Select(m => w.Row($"员{i}{m}", unit, home)));
        }

        Assert.True(w.Import(parentPlace, rows).Stored);
        var formation = w.Get<FormationService>();
        var sweep = formation.SweepAsync(parentPlace.Id).GetAwaiter().GetResult();
        var formed = new HashSet<Guid>();
        foreach (var advice in sweep.ShouldFormBranch)
        {
            var place = places.Single(p => p.Id.Value == advice.Id);
            w.Unit(w.ParentFor(place, level), level, OrganizationUnitKind.Branch, place.Name + "新支部", place); // throws if the tree refuses
            formed.Add(advice.Id);
        }

        foreach (var advice in sweep.ShouldJoinJointBranch.Take(1))
        {
            var place = places.Single(p => p.Id.Value == advice.Id);
            var outcome = formation.AssessCompoundAsync(place.Id).GetAwaiter().GetResult().Outcomes.Single(o => o.Verdict == FormationVerdict.JoinJointBranch);
            var partners = outcome.CandidateNeighbours.Where(c => !formed.Contains(c.Value)).Take(w.Options.Organization.JointBranchMaxUnits - 1).ToList();
            if (partners.Count > 0)
            {
                w.Unit(w.ParentFor(place, level), level, OrganizationUnitKind.JointBranch, place.Name + "联合党支部", [place, .. partners.Select(p => places.Single(x => x.Id == p))]);
            }
        }

        return (sweep.ShouldFormBranch.Concat(sweep.ShouldJoinJointBranch).All(a => places.Any(p => p.Id.Value == a.Id)))
            .Label($"{name}: every advice names a place of the schema's branch kind ({w.Schema.BranchPlaceKind})");
    }

    /// <summary>Places from the district down to the place above the branch places, with the units the preset puts over them.</summary>
    private static (Place Place, OrganizationUnit Unit) Frame(ScenarioWorld w, string preset)
    {
        var district = w.District("区");
        var street = w.Place(district, "街道");
        if (preset == "rural")
        {
            var county = w.Root("county", OrganizationUnitKind.Committee, "县委", district);
            return (street, w.Unit(county, "township", OrganizationUnitKind.Committee, "镇党委", street));
        }

        var community = w.Place(street, "社区");
        if (preset == "grid")
        {
            return (community, w.Root("community", OrganizationUnitKind.Committee, "社区党委", community));
        }

        var top = w.Root("district", OrganizationUnitKind.Committee, "区委", district);
        var streetUnit = w.Unit(top, "street", OrganizationUnitKind.WorkingCommittee, "街道党工委", street);
        return (community, w.Unit(streetUnit, "community", OrganizationUnitKind.Committee, "社区党委", community));
    }
}
