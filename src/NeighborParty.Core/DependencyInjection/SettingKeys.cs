using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace NeighborParty;

/// <summary>
/// Checks a policy's configuration section key by key before it is bound: a key the policy does not have, or a value
/// that does not convert, is reported with its full key and what it expects (issue 28: not the section root, not the
/// binder's internals).
/// </summary>
internal static partial class SettingKeys
{
    /// <summary>Checks the keys of <paramref name="section"/> against the settable properties of <paramref name="type"/>.</summary>
    /// <param name="section">The policy's section.</param>
    /// <param name="type">The policy's type.</param>
    /// <param name="errors">Where problems are added, one per key.</param>
    /// <returns>Whether every key is known and every plain value converts.</returns>
    public static bool Check(IConfiguration section, Type type, List<string> errors)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && (p.SetMethod?.IsPublic == true || !IsPlain(p.PropertyType)))
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        var count = errors.Count;
        foreach (var child in section.GetChildren())
        {
            if (!properties.TryGetValue(child.Key, out var property))
            {
                errors.Add($"{child.Path}: unknown key; {Name(section)} takes {string.Join(", ", properties.Keys.Order(StringComparer.Ordinal))}.");
            }
            else if (child.Value is { } value && IsPlain(property.PropertyType) && Expectation(property.PropertyType, value) is { } expected)
            {
                errors.Add($"{child.Path}: '{value}' is not {expected}.");
            }
        }

        return errors.Count == count;
    }

    /// <summary>Turns what the configuration binder threw into a line that names the key.</summary>
    /// <param name="path">The section the binder was given.</param>
    /// <param name="exception">What it threw.</param>
    /// <returns>The line.</returns>
    public static string Explain(string path, InvalidOperationException exception)
    {
        if (ConversionFailure().Match(exception.Message) is { Success: true } conversion)
        {
            return $"{conversion.Groups["key"].Value}: the value does not convert to {Friendly(conversion.Groups["type"].Value)}.";
        }

        if (UnknownProperties().Match(exception.Message) is { Success: true } unknown)
        {
            return $"{path}: unknown key(s) {unknown.Groups["names"].Value} in a {Friendly(unknown.Groups["type"].Value)}.";
        }

        return $"{path}: {exception.Message}";
    }

    private static string Name(IConfiguration section) => section is IConfigurationSection s ? s.Key : "the section";

    private static bool IsPlain(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal)
            || TypeDescriptor.GetConverter(t).CanConvertFrom(typeof(string));
    }

    /// <summary>What a value of <paramref name="type"/> looks like, or null when <paramref name="value"/> is one.</summary>
    private static string? Expectation(Type type, string value)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string) || (value.Length == 0 && t != type))
        {
            return null;
        }

        if (t == typeof(int) || t == typeof(long))
        {
            return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && (t == typeof(long) || n is >= int.MinValue and <= int.MaxValue)
                ? null : "a whole number";
        }

        if (t == typeof(bool))
        {
            return bool.TryParse(value, out _) ? null : "true or false";
        }

        if (t.IsEnum)
        {
            return Enum.TryParse(t, value, ignoreCase: true, out var parsed) && Enum.IsDefined(t, parsed!) && !value.Any(char.IsAsciiDigit)
                ? null : "one of " + string.Join(", ", Enum.GetNames(t));
        }

        try
        {
            _ = TypeDescriptor.GetConverter(t).ConvertFromInvariantString(value);
            return null;
        }
        catch (Exception ex) when (ex is FormatException or NotSupportedException or ArgumentException || ex.InnerException is FormatException)
        {
            return t.Name == "Period" ? "an ISO 8601 date period (e.g. P1Y, P6M, P2W)" : $"a {Friendly(t.FullName ?? t.Name)}";
        }
    }

    private static string Friendly(string type) => type switch
    {
        "System.Int32" or "System.Int64" => "whole number",
        "System.Boolean" => "true or false",
        "System.Double" or "System.Decimal" => "number",
        "NodaTime.Period" => "ISO 8601 date period (e.g. P1Y, P6M)",
        _ => type[(type.LastIndexOf('.') + 1)..],
    };

    [GeneratedRegex(@"at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex ConversionFailure();

    [GeneratedRegex(@"not found on the instance of (?<type>[^:]+): (?<names>.+?)\.?$", RegexOptions.Singleline)]
    private static partial Regex UnknownProperties();
}
