using System.Text;
using System.Text.RegularExpressions;
using NeighborParty.CoBuilding;
using NeighborParty.Common;
using NeighborParty.Formation;
using NeighborParty.Membership;
using NeighborParty.Membership.Csv;
using NeighborParty.Organization;
using NeighborParty.Requests;
using NeighborParty.Stewards;
using NodaTime;

namespace NeighborParty.Core.Tests.Rules;

/// <summary>
/// Every refusal and advice that names a kind of place says it in the schema's words, in both languages: 村民小组 and
/// "villagers' group" in a rural county, 网格 and "grid" in a grid district, 小区 and "compound" in Yanping — never
/// another preset's word. Each message that names a place kind is triggered in all three presets; a scan of the
/// library's source keeps new messages from naming a kind with a literal.
/// </summary>
public sealed partial class SchemaWordsTests
{
    private static readonly Dictionary<PlaceKind, string[]> Words = new()
    {
        [PlaceKind.District] = ["区", "县"],
        [PlaceKind.Compound] = ["小区", "网格", "村民小组"],
        [PlaceKind.Community] = ["社区", "村"],
        [PlaceKind.Street] = ["街道", "乡镇"],
        [PlaceKind.Building] = ["楼栋", "楼院", "户"],
    };

    public static TheoryData<string> Presets => PresetWorld.Presets;

    [Theory]
    [MemberData(nameof(Presets))]
    public async Task Refusals_name_places_in_the_schemas_words(string preset)
    {
        var w = new PresetWorld(preset);
        var notACompound = w.Street.Id;
        var cases = new List<(string What, Func<Task> Act, PlaceKind[] Kinds)>
        {
            ("a residence that is not a compound", () => w.Get<MemberLedger>().RecordAsync(Details(w) with { ResidenceCompoundId = notACompound }, MemberRelationship.InUnit(w.Branch.Id)),
                [PlaceKind.Compound]),
            ("a building without its compound", () => w.Get<MemberLedger>().RecordAsync(Details(w) with { ResidenceBuildingId = w.Building.Id }, MemberRelationship.InUnit(w.Branch.Id)),
                [PlaceKind.Compound, PlaceKind.Building]),
            ("a request at a place that is not a compound", () => w.Get<RequestDesk>().SubmitAsync(new NewRequest(
                w.Options.Requests.Categories.Values.First(c => c.Attributes?.Any(a => a.Required) != true).Key, w.Options.Requests.Channels.Keys.First(), w.Street.Id, "路灯不亮，晚上出行不便")), [PlaceKind.Compound]),
            ("a building leader at a place that is not a building", () => w.Get<AppointmentService>().AppointAsync(new NewAppointment(
                StewardRole.BuildingLeader.Key, w.Members(1, w.Branch)[0].Id, null, null, w.Compound.Id, null, new LocalDate(2026, 1, 1), null, AppointmentBasis.AppointedLocally)),
                [PlaceKind.Building]),
            ("a team of a compound that is not one", () => w.Get<StewardReports>().TeamAsync(w.Street.Id), [PlaceKind.Compound]),
            ("a partner registered at a compound", () => w.Get<PartnerService>().RegisterAsync(new PartnerDetails("某共建单位", PartnerCategory.ChamberOrEnterprise, w.Compound.Id)),
                [PlaceKind.Street, PlaceKind.Community]),
            ("a covenant signed by a group", () => w.Get<CovenantService>().DraftAsync("共建盟约", w.Group.Id, [], new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)),
                [new CommitmentDetails(CommitmentKind.Service, "服务", 1, null, null)]), [PlaceKind.Community, PlaceKind.Compound]),
            ("a place under the wrong parent", () => w.Get<PlaceDirectory>().RegisterAsync(w.Street.Id, new NewPlace(PlaceKind.Building, "某楼")), [PlaceKind.Street, PlaceKind.Building]),
            ("a compound kind on a place that is not a compound", () => w.Get<PlaceDirectory>().DescribeCompoundAsync(w.Street.Id, CompoundKind.WithPropertyService, 10), [PlaceKind.Compound]),
            ("an assessment of a place not at the branch level", () => w.Get<FormationService>().AssessCompoundAsync(w.Street.Id), [w.Schema.BranchPlaceKind]),
            ("a registration at a place that is not a compound", () => w.Get<MemberLedger>().RegisterAsync(w.Members(1, w.Branch)[0].Id, w.Street.Id), [PlaceKind.Compound]),
            ("a resident of a place that is not a compound", () => w.Get<MemberLedger>().RecordResidentAsync("王五", w.Street.Id), [PlaceKind.Compound]),
            ("a resident of a building of another compound", () => w.Get<MemberLedger>().RecordResidentAsync("王五", w.Compound.Id,
                PresetWorld.Run(w.Get<PlaceDirectory>().RegisterAsync(PresetWorld.Run(w.Get<PlaceDirectory>().RegisterAsync(w.Community.Id, new NewPlace(PlaceKind.Compound, "别处"))).Id,
                    new NewPlace(PlaceKind.Building, "别楼"))).Id), [PlaceKind.Building]),
            ("governance of a place that is not a compound", () => w.Get<GovernanceService>().SetGovernanceAsync(w.Street.Id,
                new CompoundGovernanceDetails(PropertyManagement.SelfManaged, null, null, null)), [PlaceKind.Compound]),
            ("a team deployed from a compound", () => w.Get<DeploymentService>().DeployTeamAsync(w.Options.CoBuilding.TeamKinds.Keys.First(), "下沉队伍", null, w.Compound.Id,
                [w.Compound.Id], new LocalDate(2026, 1, 1)), [PlaceKind.District, PlaceKind.Street, PlaceKind.Community]),
            ("a position at a place that is not a compound", () => w.Get<DeploymentService>().OpenPositionAsync(w.Options.CoBuilding.PositionKinds.Keys.First(), "阵地", w.Street.Id, null,
                new LocalDate(2026, 1, 1)), [PlaceKind.Compound]),
            ("a deliberation at a place that is not a compound", () => w.Get<DeliberationService>().ConveneAsync(new NewDeliberation("议事", w.Street.Id,
                w.Options.Requests.Channels.Keys.First(), w.Clock.GetCurrentInstant(), [], [])), [PlaceKind.Compound]),
        };

        foreach (var (what, act, kinds) in cases)
        {
            var violation = (await Assert.ThrowsAsync<RuleViolationException>(act)).Violation;
            foreach (var kind in kinds)
            {
                AssertSchemaWords(w.Schema, kind, violation, what);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public async Task A_joint_branch_across_parents_is_refused_in_the_schemas_words(string preset)
    {
        var w = new PresetWorld(preset);
        var elsewhere = PresetWorld.Run(w.Get<PlaceDirectory>().RegisterAsync(w.BranchPlace.ParentId!.Value == w.Community.Id ? w.Street.Id : w.District.Id,
            new NewPlace(w.Schema.BranchPlaceKind - 1, "另一处")));
        var far = PresetWorld.Run(w.Get<PlaceDirectory>().RegisterAsync(elsewhere.Id, new NewPlace(w.Schema.BranchPlaceKind, "远处")));
        var near = PresetWorld.Run(w.Get<PlaceDirectory>().RegisterAsync(w.BranchPlace.ParentId!.Value, new NewPlace(w.Schema.BranchPlaceKind, "近处")));
        var violation = (await Assert.ThrowsAsync<RuleViolationException>(() => w.Get<FormationService>().AssessCompoundsAsync([near.Id, far.Id]))).Violation;
        Assert.Equal("BR-3", violation.Code);
        AssertSchemaWords(w.Schema, w.Schema.BranchPlaceKind, violation, "BR-3");
        AssertSchemaWords(w.Schema, w.Schema.BranchPlaceKind - 1, violation, "BR-3");
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public async Task A_ledger_file_naming_an_unknown_compound_is_answered_in_the_schemas_words(string preset)
    {
        var w = new PresetWorld(preset);
        var csv = "姓名,身份证号,性别,入党日期,转正日期,党员类别,流动党员,组织关系所在党组织,组织关系所在外单位党组织,居住小区,居住楼栋,报到小区,联系电话\r\n"
            + $"张三,{Membership.IdNumbers.Make(new LocalDate(1970, 1, 1), 1)},男,2000-07-01,2001-07-01,在职,否,{w.Branch.Name},,无此处,,,\r\n";
        var report = await w.Get<LedgerImporter>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), w.District.Id);
        var error = Assert.Single(report.Errors, e => e.Code == "NP-CSV-006");
        var own = w.Schema.PlaceName(PlaceKind.Compound);
        Assert.Contains(own.Name, error.MessageZh, StringComparison.Ordinal);
        Assert.Contains(own.NameEn.ToLowerInvariant(), error.Message, StringComparison.Ordinal);
        Assert.All(Words[PlaceKind.Compound].Where(x => x != own.Name && !own.Name.Contains(x, StringComparison.Ordinal)),
            foreign => Assert.DoesNotContain(foreign, error.MessageZh, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public async Task Sweep_items_and_assessments_say_what_they_are_in_the_schemas_words(string preset)
    {
        var w = new PresetWorld(preset);
        var bare = PresetWorld.Run(w.Get<PlaceDirectory>().RegisterAsync(w.BranchPlace.ParentId!.Value, new NewPlace(w.Schema.BranchPlaceKind, "新处")));
        var assessment = await w.Get<FormationService>().AssessCompoundAsync(bare.Id);
        var place = w.Schema.PlaceName(w.Schema.BranchPlaceKind);
        Assert.Equal((FormationSubjectKind.Place, place.Name, place.NameEn.ToLowerInvariant()), (assessment.Subject, assessment.SubjectZh, assessment.SubjectEn));
        Assert.Equal(place.Name, SchemaLabels.Of(FormationSubjectKind.Place, w.Schema));
        Assert.Equal(w.Schema.BranchName, SchemaLabels.Of(FormationSubjectKind.Branch, w.Schema));
        Assert.Equal(w.Schema.BranchName, (await w.Get<FormationService>().AssessBranchAsync(w.Branch.Id)).SubjectZh);
        var sweep = await w.Get<FormationService>().SweepAsync(w.BranchPlace.ParentId!.Value);
        Assert.Equal(place, sweep.Assessed);
        Assert.Equal(2, sweep.Places);
    }

    [Fact]
    public void No_message_of_the_library_names_a_place_kind_with_a_literal()
    {
        var core = Path.Combine(Docs.Repository.Root, "src", "NeighborParty.Core");

        // Names and labels that are Yanping's by design (the preset itself, the Yanping-worded label table, the ledger
        // file's column headers and categories, role and figure names that a schema renames) are not messages.
        string[] allowed = ["HierarchySchema.cs", "ChineseLabels.cs", "LedgerColumns.cs", "SecurityLabels.cs", "Figures.cs", "StewardRole.cs", "ActivityPolicy.cs"];
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) || allowed.Contains(Path.GetFileName(file)))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.TrimStart().StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match literal in StringLiteral().Matches(line))
                {
                    // 小区党员 is a ledger category's name, and 按网格任职 a role held in a named grid of a compound (网格员): neither names a kind of place.
                    var text = literal.Value.Replace("小区党员", string.Empty, StringComparison.Ordinal).Replace("按网格任职", string.Empty, StringComparison.Ordinal);
                    if (PlaceWord().IsMatch(text))
                    {
                        offenders.Add($"{Path.GetRelativePath(core, file)}:{i + 1}: {literal.Value}");
                    }
                }
            }
        }

        Assert.True(offenders.Count == 0, "Place kinds named with a literal; use PlaceWords with the schema:\n" + string.Join("\n", offenders));
    }

    private static void AssertSchemaWords(HierarchySchema schema, PlaceKind kind, RuleViolation violation, string what)
    {
        var own = schema.PlaceName(kind);
        Assert.True(violation.MessageZh.Contains(own.Name, StringComparison.Ordinal), $"{schema.Name}, {what}: “{violation.MessageZh}” lacks {own.Name}");
        Assert.True(violation.Message.Contains(own.NameEn, StringComparison.OrdinalIgnoreCase), $"{schema.Name}, {what}: \"{violation.Message}\" lacks {own.NameEn}");
        foreach (var foreign in Words[kind].Where(x => x != own.Name && !own.Name.Contains(x, StringComparison.Ordinal) && !schema.Name.Contains(x, StringComparison.Ordinal)))
        {
            Assert.False(violation.MessageZh.Contains(foreign, StringComparison.Ordinal) && !AnyOwnName(schema).Any(n => n.Contains(foreign, StringComparison.Ordinal)),
                $"{schema.Name}, {what}: “{violation.MessageZh}” says {foreign}");
        }
    }

    private static IEnumerable<string> AnyOwnName(HierarchySchema schema) =>
        Enum.GetValues<PlaceKind>().Select(k => schema.PlaceName(k).Name).Concat(schema.Levels.Select(l => l.Name));

    private static MemberDetails Details(PresetWorld w) =>
        new("李四", Membership.IdNumbers.Make(new LocalDate(1971, 2, 3), 99), new LocalDate(2000, 7, 1), MemberCategory.Retired) { MadeFull = new LocalDate(2001, 7, 1) };

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("小区|社区|街道|楼栋|网格|村民小组|乡镇")]
    private static partial Regex PlaceWord();
}
