using System.Collections;
using System.Reflection;

namespace NeighborParty.Testing;

/// <summary>
/// Compares two snapshots (or any two values) member by member: value types and strings by equality, collections as
/// bags (a store need not keep the order of an aggregate's child rows), other objects by their public properties.
/// </summary>
public static class SnapshotComparer
{
    private const int MaxDepth = 24;

    /// <summary>Returns where <paramref name="actual"/> first differs from <paramref name="expected"/>, or null when they agree.</summary>
    /// <param name="expected">The expected value.</param>
    /// <param name="actual">The actual value.</param>
    /// <returns>A path such as <c>Seats[1].Name</c> with both values, or null.</returns>
    public static string? FindDifference(object? expected, object? actual) => Compare(expected, actual, "$", 0);

    private static string? Compare(object? expected, object? actual, string path, int depth)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: expected {Show(expected)}, found {Show(actual)}";
        }

        var type = expected.GetType();
        if (type != actual.GetType())
        {
            return $"{path}: expected a {type.Name}, found a {actual.GetType().Name}";
        }

        if (type.IsValueType || expected is string || depth > MaxDepth)
        {
            return expected.Equals(actual) ? null : $"{path}: expected {Show(expected)}, found {Show(actual)}";
        }

        if (expected is IEnumerable expectedItems && actual is IEnumerable actualItems)
        {
            return CompareBags([.. expectedItems.Cast<object?>()], [.. actualItems.Cast<object?>()], path, depth);
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract")
            {
                continue;
            }

            if (Compare(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}", depth + 1) is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private static string? CompareBags(List<object?> expected, List<object?> actual, string path, int depth)
    {
        if (expected.Count != actual.Count)
        {
            return $"{path}: expected {expected.Count} items, found {actual.Count}";
        }

        var unmatched = new List<object?>(actual);
        for (var i = 0; i < expected.Count; i++)
        {
            var match = unmatched.FindIndex(a => Compare(expected[i], a, path, depth + 1) is null);
            if (match < 0)
            {
                return $"{path}[{i}]: no stored item equals {Show(expected[i])}"
                    + (unmatched.Count > 0 ? $" (nearest: {Compare(expected[i], unmatched[0], $"{path}[{i}]", depth + 1)})" : string.Empty);
            }

            unmatched.RemoveAt(match);
        }

        return null;
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        _ => value.ToString() ?? value.GetType().Name,
    };
}
