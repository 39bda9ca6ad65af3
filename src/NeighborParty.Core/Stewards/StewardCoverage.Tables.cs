using System.Runtime.InteropServices;
using NeighborParty.Formation;

namespace NeighborParty.Stewards;

/// <content>The report's small tables: gap messages, role and grid numbers, orderings.</content>
public sealed partial record StewardCoverage
{
    /// <summary>The messages of committee gaps, made once per distinct count (a district repeats the same few).</summary>
    private sealed class GapMessages(FormationPolicy formation)
    {
        private readonly Dictionary<(CommitteeGapKind, int, int), (string, string)> _cache = [];

        public CommitteeGap Gap(CoverageUnit item, int size, CommitteeGapKind kind)
        {
            var full = item.FullMembers;
            ref var texts = ref CollectionsMarshal.GetValueRefOrAddDefault(_cache, (kind, kind is CommitteeGapKind.Missing or CommitteeGapKind.WithoutBasis ? full : 0, size), out var exists);
            if (!exists)
            {
                texts = kind switch
                {
                    CommitteeGapKind.Missing => (
                        $"{full} full members: a branch committee of {formation.CommitteeMinSize}–{formation.CommitteeMaxSize} is required, and none is in office.",
                        $"正式党员 {full} 名，应设立 {formation.CommitteeMinSize}至{formation.CommitteeMaxSize} 人的支部委员会，目前未设。"),
                    CommitteeGapKind.TooSmall => (
                        $"The committee has {size}; it needs at least {formation.CommitteeMinSize}.", $"支部委员会现有 {size} 人，至少应有 {formation.CommitteeMinSize} 人。"),
                    CommitteeGapKind.TooLarge => (
                        $"The committee has {size}; normally at most {formation.CommitteeHardMaxSize}.", $"支部委员会现有 {size} 人，一般不超过 {formation.CommitteeHardMaxSize} 人。"),
                    _ => (
                        $"{full} full members: no committee is set up below {formation.CommitteeFromFullMembers}, yet committee members are in office.",
                        $"正式党员 {full} 名，不足 {formation.CommitteeFromFullMembers} 名不设支部委员会，但仍有委员在任。"),
                };
            }

            return new CommitteeGap(item, size, kind, "BR-4", texts.Item1, texts.Item2);
        }
    }

    private static int Cmp((long High, long Low) x, (long High, long Low) y) =>
        x.High < y.High ? -1 : x.High > y.High ? 1 : x.Low < y.Low ? -1 : x.Low > y.Low ? 1 : 0;

    private static List<T> Sorted<T>(IReadOnlyList<T> items, Func<T, (long High, long Low)> key, out int[] order)
    {
        order = [.. Enumerable.Range(0, items.Count).OrderBy(k => key(items[k]).High).ThenBy(k => key(items[k]).Low)];
        return [.. order.Select(k => items[k])];
    }

    private static List<AppointmentReminder> ByLastDay(List<AppointmentReminder> list)
    {
        // Sort on a plain day number (LocalDate comparisons check the calendar each time); stable for equal days.
        var keys = new long[list.Count];
        for (var k = 0; k < keys.Length; k++)
        {
            keys[k] = ((long)list[k].LastDay.ToDateOnly().DayNumber << 32) | (uint)k;
        }

        var items = list.ToArray();
        Array.Sort(keys, items);
        return [.. items];
    }

    /// <summary>What a run of appointments at one site says about it; appointments by index, -1 for none.</summary>
    private readonly record struct RunSummary(bool HoldsSecretary, bool HoldsBuildingLeader, int CommitteeSize, int CommitteeOnly, int Secretary, int Chair)
    {
        public static RunSummary Empty { get; } = new(false, false, 0, 0, -1, -1);
    }

    /// <summary>Roles and grids of one report, numbered so rows hold small numbers instead of strings.</summary>
    private sealed class Tables(StewardPolicy policy)
    {
        private readonly Dictionary<string, short> _roleNumbers = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _gridNumbers = new(StringComparer.Ordinal);
        private string? _lastKey;
        private short _lastNumber;

        public List<(string Key, StewardRole? Role)> Roles { get; } = [];

        public short Secretary => Known(StewardRole.Secretary.Key);

        public short BuildingLeader => Known(StewardRole.BuildingLeader.Key);

        public short Chair => Known(StewardRole.OwnersCommitteeChair.Key);

        public short Role(string key)
        {
            // Rows of one role tend to come together: compare with the last key before hashing.
            if (_lastKey is not null && string.Equals(_lastKey, key, StringComparison.Ordinal))
            {
                return _lastNumber;
            }

            _lastKey = key;
            return _lastNumber = Known(key);
        }

        public int Grid(string grid)
        {
            ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_gridNumbers, grid, out var exists);
            return exists ? number : number = _gridNumbers.Count;
        }

        private short Known(string key)
        {
            ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_roleNumbers, key, out var exists);
            if (!exists)
            {
                number = (short)Roles.Count;
                Roles.Add((key, policy.Roles.TryGetValue(key, out var role) ? role : null));
            }

            return number;
        }
    }
}
