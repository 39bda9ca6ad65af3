using System.Collections.Frozen;
using System.Globalization;

namespace NeighborParty.Organization;

/// <content>Building a schema level by level.</content>
public sealed partial class HierarchySchema
{
    /// <summary>Builds a <see cref="HierarchySchema"/> in code. Not thread-safe.</summary>
    public sealed class Builder
    {
        private readonly string _name;
        private readonly List<HierarchyLevel> _levels = [];
        private readonly Dictionary<PlaceKind, PlaceLevelName> _places = [];
        private List<string>? _branchLevels;

        /// <summary>Initializes a new instance of the <see cref="Builder"/> class.</summary>
        /// <param name="name">The schema's name.</param>
        /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
        public Builder(string name)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name);
            _name = name.Trim();
        }

        /// <summary>Adds a level.</summary>
        /// <param name="key">Its stable key.</param>
        /// <param name="name">Its Chinese name.</param>
        /// <param name="nameEn">Its English name, or null.</param>
        /// <param name="kinds">The kinds of unit allowed there.</param>
        /// <param name="covers">The kind of place covered, or null for a purpose.</param>
        /// <param name="minPlaces">The fewest places covered.</param>
        /// <param name="maxPlaces">The most places covered, or null for no limit.</param>
        /// <param name="exclusiveCoverage">Whether a place may be covered by only one live unit of this level.</param>
        /// <param name="parents">The keys of the levels it may sit under; none for a root level.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException">An argument is blank or inconsistent.</exception>
        public Builder Level(string key, string name, string? nameEn, IReadOnlyCollection<OrganizationUnitKind> kinds,
            PlaceKind? covers, int minPlaces, int? maxPlaces, bool exclusiveCoverage = true, IReadOnlyCollection<string>? parents = null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(key);
            ArgumentException.ThrowIfNullOrWhiteSpace(name);
            ArgumentNullException.ThrowIfNull(kinds);
            if (kinds.Count == 0 || kinds.Any(k => !Enum.IsDefined(k)))
            {
                throw new ArgumentException(Invariant($"Level '{key}' must allow at least one defined unit kind."), nameof(kinds));
            }

            if (covers is { } c && !Enum.IsDefined(c))
            {
                throw new ArgumentException(Invariant($"Level '{key}' covers an undefined place kind."), nameof(covers));
            }

            if (minPlaces < 0 || maxPlaces < minPlaces || (covers is null && (minPlaces != 0 || maxPlaces is not 0)))
            {
                throw new ArgumentException(Invariant($"Level '{key}' has inconsistent place bounds ({minPlaces}..{maxPlaces}); a level that covers no place has 0..0."), nameof(minPlaces));
            }

            if (_levels.Any(l => l.Key == key.Trim()))
            {
                throw new ArgumentException(Invariant($"Level '{key}' is defined twice."), nameof(key));
            }

            _levels.Add(new HierarchyLevel(key.Trim(), name.Trim(), string.IsNullOrWhiteSpace(nameEn) ? null : nameEn.Trim(),
                kinds.ToFrozenSet(), covers, minPlaces, maxPlaces, exclusiveCoverage, [.. (parents ?? []).Select(p => p.Trim()).Distinct()]));
            return this;
        }

        /// <summary>Declares the branch levels (see <see cref="HierarchySchema.BranchLevels"/>), replacing the default.</summary>
        /// <param name="keys">The level keys; each must be a level covering one kind of place with a non-group kind, all the same kind.</param>
        /// <returns>The builder.</returns>
        /// <exception cref="ArgumentException">No key is given, or a key is blank.</exception>
        public Builder BranchLevels(params string[] keys)
        {
            ArgumentNullException.ThrowIfNull(keys);
            if (keys.Length == 0 || keys.Any(string.IsNullOrWhiteSpace))
            {
                throw new ArgumentException("Name at least one branch level, none blank.", nameof(keys));
            }

            _branchLevels = [.. keys.Select(k => k.Trim()).Distinct()];
            return this;
        }

        /// <summary>Names a kind of place for this schema (see <see cref="PlaceLevelName"/>).</summary>
        /// <param name="kind">The place kind.</param>
        /// <param name="name">The Chinese name, such as 网格.</param>
        /// <param name="nameEn">The English name, such as <c>Grid</c>.</param>
        /// <returns>The builder.</returns>
        /// <exception cref="ArgumentException">The kind is undefined or a name is blank.</exception>
        public Builder Place(PlaceKind kind, string name, string nameEn)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name);
            ArgumentException.ThrowIfNullOrWhiteSpace(nameEn);
            if (!Enum.IsDefined(kind))
            {
                throw new ArgumentException(Invariant($"Place kind {kind} is not defined."), nameof(kind));
            }

            _places[kind] = new PlaceLevelName(kind, name.Trim(), nameEn.Trim());
            return this;
        }

        /// <summary>Validates the levels and makes the schema.</summary>
        /// <returns>The schema.</returns>
        /// <exception cref="ArgumentException">No root level, an unknown parent level, a cycle among levels, deeper than <see cref="HierarchyPath.MaxDepth"/>, or branch levels that are unknown, cover no place, allow only groups or cover different kinds of place.</exception>
        public HierarchySchema Build()
        {
            if (!_levels.Any(l => l.IsRoot))
            {
                throw new ArgumentException(Invariant($"Schema '{_name}' needs at least one root level (a level without parents)."));
            }

            var keys = _levels.Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var level in _levels)
            {
                foreach (var parent in level.ParentLevels.Where(p => !keys.Contains(p)))
                {
                    throw new ArgumentException(Invariant($"Level '{level.Key}' names an unknown parent level '{parent}'."));
                }
            }

            var byKey = _levels.ToDictionary(l => l.Key, StringComparer.Ordinal);
            var depth = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var level in _levels)
            {
                if (Depth(level.Key, byKey, depth, []) > HierarchyPath.MaxDepth)
                {
                    throw new ArgumentException(Invariant($"Schema '{_name}' is deeper than {HierarchyPath.MaxDepth} levels."));
                }
            }

            return new HierarchySchema(_name, [.. _levels], CheckedBranchLevels(byKey), _places);
        }

        private List<string> CheckedBranchLevels(Dictionary<string, HierarchyLevel> byKey)
        {
            if (_branchLevels is null)
            {
                return [.. _levels.Where(l => l.Covers == PlaceKind.Compound && l.Kinds.Any(k => !k.IsGroup())).Select(l => l.Key)];
            }

            foreach (var key in _branchLevels)
            {
                if (!byKey.TryGetValue(key, out var level))
                {
                    throw new ArgumentException(Invariant($"Branch level '{key}' is not a level of schema '{_name}'."));
                }

                if (level.Covers is null || level.Kinds.All(k => k.IsGroup()))
                {
                    throw new ArgumentException(Invariant($"Branch level '{key}' must cover a kind of place and allow a branch (not only groups)."));
                }
            }

            if (_branchLevels.Select(k => byKey[k].Covers).Distinct().Count() > 1)
            {
                throw new ArgumentException(Invariant($"The branch levels of schema '{_name}' must all cover the same kind of place."));
            }

            return _branchLevels;
        }

        private static int Depth(string key, Dictionary<string, HierarchyLevel> byKey, Dictionary<string, int> memo, HashSet<string> visiting)
        {
            if (memo.TryGetValue(key, out var known))
            {
                return known;
            }

            if (!visiting.Add(key))
            {
                throw new ArgumentException(Invariant($"The levels form a cycle through '{key}'."));
            }

            var level = byKey[key];
            var depth = 1 + (level.ParentLevels.Count == 0 ? 0 : level.ParentLevels.Max(p => Depth(p, byKey, memo, visiting)));
            visiting.Remove(key);
            memo[key] = depth;
            return depth;
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
