using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NeighborParty.Organization;
using NodaTime;

namespace NeighborParty;

/// <summary>
/// Registers NeighborParty from a configuration section (e.g. <c>appsettings.json</c>'s <c>NeighborParty</c>): the
/// schema (a preset or a whole custom schema) and every policy, checked before anything runs.
/// </summary>
public static class NeighborPartyConfigurationExtensions
{
    private static readonly string[] PolicySections = ["Organization", "Formation", "Stewards", "CoBuilding", "Activities", "Requests", "Compliance", "Care"];

    /// <summary>
    /// Binds <paramref name="section"/> onto <see cref="NeighborPartyOptions"/> and registers the library, like
    /// <see cref="NeighborPartyServiceCollectionExtensions.AddNeighborParty(IServiceCollection, Action{NeighborPartyOptions}?)"/>.
    /// </summary>
    /// <remarks>
    /// <para>Keys: <c>Schema:Preset</c> (<c>yanping</c>, <c>grid</c>, <c>rural</c>) or <c>Schema:Custom</c> (a
    /// <see cref="HierarchySchemaDefinition"/>); <c>TimeZone</c> (a TZDB id); <c>ActorScopeCacheDuration</c> and
    /// <c>ReportCacheDuration</c> (<c>hh:mm:ss</c>); and the policies <c>Organization</c>, <c>Formation</c>, <c>Stewards</c>, <c>CoBuilding</c>,
    /// <c>Activities</c>, <c>Requests</c>, <c>Compliance</c>, <c>Care</c> with the property names of their classes. Other keys at
    /// the top of the section are left to the host (a sample's own settings may live there).</para>
    /// <para>Every problem is collected — an unknown key inside a policy (a typo), a value that does not convert, an
    /// unknown preset, an invalid custom schema, a policy that fails its own validation — and reported at once in one
    /// <see cref="InvalidOperationException"/> naming each key, before the host starts. Nothing is silently left on
    /// its default. <paramref name="configure"/> runs after binding, for what configuration cannot hold (a clock).</para>
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The configuration section, e.g. <c>configuration.GetSection("NeighborParty")</c>.</param>
    /// <param name="configure">Changes after binding, or null.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="section"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The configuration is invalid; the message lists every problem with its key.</exception>
    public static IServiceCollection AddNeighborParty(this IServiceCollection services, IConfiguration section, Action<NeighborPartyOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        var path = section is IConfigurationSection s ? s.Path : "(root)";
        return services.AddNeighborParty(options =>
        {
            var errors = Bind(section, path, options);
            configure?.Invoke(options);
            var problems = options.Problems().All;
            errors.AddRange(problems.Select(p => $"{path}:{p.Key}: {p.Message}" + (p.Rule is null ? "" : $" ({p.Rule})")));
            if (problems.Count == 0)
            {
                try
                {
                    options.Validate();
                }
                catch (ArgumentException ex)
                {
                    errors.Add($"{path}: {ex.Message}");
                }
            }

            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"The NeighborParty configuration ({path}) has {errors.Count} problem(s):"
                    + string.Concat(errors.Select(e => Environment.NewLine + " - " + e)));
            }
        });
    }

    private static List<string> Bind(IConfiguration section, string path, NeighborPartyOptions options)
    {
        var errors = new List<string>();
        var schema = section.GetSection("Schema");
        var preset = schema["Preset"];
        var custom = schema.GetSection("Custom");
        if (preset is not null && custom.Exists())
        {
            errors.Add($"{path}:Schema: give Preset or Custom, not both.");
        }
        else if (custom.Exists())
        {
            var definition = new HierarchySchemaDefinition();
            if (TryBind(custom, $"{path}:Schema:Custom", definition, errors))
            {
                try
                {
                    options.Schema = HierarchySchema.FromDefinition(definition);
                }
                catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or Common.RuleViolationException)
                {
                    errors.Add($"{path}:Schema:Custom: {ex.Message}");
                }
            }
        }
        else if (preset is not null)
        {
            try
            {
                options.Schema = HierarchySchema.Preset(preset);
            }
            catch (ArgumentException)
            {
                errors.Add($"{path}:Schema:Preset: '{preset}' is not a preset; use yanping, grid or rural.");
            }
        }

        foreach (var child in schema.GetChildren().Where(c => c.Key is not ("Preset" or "Custom")))
        {
            errors.Add($"{child.Path}: unknown key; the schema takes Preset or Custom.");
        }

        if (section["TimeZone"] is { } zone)
        {
            if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is { } found)
            {
                options.TimeZone = found;
            }
            else
            {
                errors.Add($"{path}:TimeZone: '{zone}' is not a TZDB time-zone id (e.g. Asia/Shanghai).");
            }
        }

        foreach (var (key, set) in new (string Key, Action<Duration> Set)[]
        {
            ("ActorScopeCacheDuration", d => options.ActorScopeCacheDuration = d),
            ("ReportCacheDuration", d => options.ReportCacheDuration = d),
        })
        {
            if (section[key] is { } duration)
            {
                if (TimeSpan.TryParse(duration, CultureInfo.InvariantCulture, out var span) && span >= TimeSpan.Zero)
                {
                    set(Duration.FromTimeSpan(span));
                }
                else
                {
                    errors.Add($"{path}:{key}: '{duration}' is not a duration (hh:mm:ss, zero or more).");
                }
            }
        }

        foreach (var name in PolicySections)
        {
            var policy = section.GetSection(name);
            if (policy.Exists())
            {
                object target = name switch
                {
                    "Organization" => options.Organization,
                    "Formation" => options.Formation,
                    "Stewards" => options.Stewards,
                    "CoBuilding" => options.CoBuilding,
                    "Activities" => options.Activities,
                    "Requests" => options.Requests,
                    "Care" => options.Care,
                    _ => options.Compliance,
                };
                TryBind(policy, $"{path}:{name}", target, errors);
            }
        }

        return errors;
    }

    private static bool TryBind(IConfiguration section, string path, object target, List<string> errors)
    {
        // Checked key by key first, so that every typo and every value that does not convert is named with its full key
        // and what it expects, instead of the binder's first exception.
        var found = SettingKeys.Check(section, target.GetType(), errors);
        if (!found)
        {
            return false;
        }

        try
        {
            section.Bind(target, o => o.ErrorOnUnknownConfiguration = true);
            return true;
        }
        catch (InvalidOperationException ex)
        {
            errors.Add(SettingKeys.Explain(path, ex));
            return false;
        }
    }
}
