using System.Text.Json;
using System.Text.Json.Serialization;
using NeighborParty.Common;
using NeighborParty.Domain;
using NeighborParty.Organization;
using NeighborParty.Persistence;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace NeighborParty.Testing.Tests.JsonFile;

/// <summary>
/// The whole store in one JSON file: per aggregate type, per key, the version and the snapshot. Every write checks
/// versions and unique keys against what is stored, then rewrites the file (to a temporary file, then moved over the
/// old one); every read deserialises fresh objects. One instance per file (a singleton).
/// </summary>
public sealed class JsonFile
{
    private readonly Lock _gate = new();
    private readonly string _path;
    private readonly Dictionary<string, Dictionary<Guid, Row>> _tables;

    public JsonFile(string path)
    {
        _path = path;
        _tables = File.Exists(path) ? JsonSerializer.Deserialize<Dictionary<string, Dictionary<Guid, Row>>>(File.ReadAllText(path), Options)! : [];
    }

    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Reads the stored snapshots of one type, with their versions.</summary>
    public IReadOnlyList<(TSnapshot Snapshot, long Version)> Read<TSnapshot>(Type aggregate)
    {
        List<Row> rows;
        lock (_gate)
        {
            rows = _tables.TryGetValue(aggregate.Name, out var table) ? [.. table.Values] : [];
        }

        return [.. rows.Select(r => (r.Snapshot.Deserialize<TSnapshot>(Options)!, r.Version))];
    }

    /// <summary>Writes the changes all or nothing: versions first, then the unique keys over the state the write would leave.</summary>
    public void Write(IReadOnlyList<AggregateChange> changes, Func<IAggregateRoot, object> snapshotOf)
    {
        lock (_gate)
        {
            var next = _tables.ToDictionary(t => t.Key, t => new Dictionary<Guid, Row>(t.Value));
            foreach (var change in changes)
            {
                var name = change.Aggregate.GetType().Name;
                var table = next.TryGetValue(name, out var existing) ? existing : next[name] = [];
                var key = change.Aggregate.Key;
                var stored = table.GetValueOrDefault(key);
                if (change.Kind == AggregateChangeKind.Added ? stored is not null : stored?.Version != change.ExpectedVersion)
                {
                    throw new RuleViolationException(ConcurrencyRules.ConcurrentChange());
                }

                if (change.Kind == AggregateChangeKind.Removed)
                {
                    table.Remove(key);
                    continue;
                }

                var snapshot = snapshotOf(change.Aggregate);
                table[key] = new Row(change.NewVersion, JsonSerializer.SerializeToElement(snapshot, snapshot.GetType(), Options), LibraryAggregates.UniqueKeyOf(change.Aggregate)?.ToString());
            }

            if (next.Values.Any(table => table.Values.Where(r => r.Unique is not null).GroupBy(r => r.Unique).Any(g => g.Count() > 1)))
            {
                throw new RuleViolationException(ConcurrencyRules.ConcurrentChange()); // as a unique index refuses a repeated key
            }

            var temporary = _path + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(next, Options));
            File.Move(temporary, _path, overwrite: true);
            _tables.Clear();
            foreach (var (name, table) in next)
            {
                _tables[name] = table;
            }
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        // Snapshots are serializable as they are: NodaTime's converters are all a JSON store needs.
        return new JsonSerializerOptions { WriteIndented = false }.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
    }

    /// <summary>A stored aggregate: its version, its snapshot, and its unique key as text (null when its type has none).</summary>
    public sealed record Row(long Version, JsonElement Snapshot, string? Unique);
}
