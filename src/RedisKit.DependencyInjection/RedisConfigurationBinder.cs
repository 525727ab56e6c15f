using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace RedisKit.DependencyInjection;

/// <summary>
/// Applies configuration to <see cref="RedisOptions"/>: the shared <c>Redis</c> section, then for a
/// client with a section of its own (keyed, or named by an integration) its <c>Redis:{name}</c> section, then the URL
/// or StackExchange.Redis-style connection string in <c>ConnectionStrings:{name}</c> or else in
/// <c>Redis:{name}:ConnectionString</c> (present but empty is an error; absent is one when the registration requires it).
/// Problems are not thrown here but recorded with the options, so that startup validation reports
/// them all at once, each under its configuration path.
/// </summary>
internal static class RedisConfigurationBinder
{
    public const string SectionName = "Redis";
    private const string ConnectionStringsSection = "ConnectionStrings";

    /// <summary>The key of a client's own section (<c>Redis:{name}</c>) that holds its URL or connection string.</summary>
    public const string ConnectionStringKey = "ConnectionString";

    private static readonly ConditionalWeakTable<RedisOptions, BindingRecord> Records = [];
    private static readonly NullabilityInfoContext Nullability = new();
    private static readonly Dictionary<string, PropertyInfo> Properties = LoadProperties();

    /// <summary>Names of every bindable setting, as configuration spells them.</summary>
    public static IEnumerable<string> SettingNames => Properties.Keys;

    public static void Apply(RedisOptions options, IConfiguration? configuration, RedisRegistration.RegisteredRedisClient client)
    {
        var name = client.Name;
        if (configuration is null)
        {
            if (client.ConnectionStringRequired)
            {
                RecordOf(options).Errors.Add(MissingConnectionString($"{ConnectionStringsSection}:{name}", $"{SectionName}:{name}:{ConnectionStringKey}") + " No IConfiguration is registered.");
            }

            return;
        }

        var record = RecordOf(options);
        var shared = configuration.GetSection(SectionName);
        BindSection(options, shared, record, namedSectionsAllowed: true, client.IntegrationSettingNames);
        var own = shared.GetSection(name);
        if (client.HasOwnSection)
        {
            BindSection(options, own, record, namedSectionsAllowed: false, client.IntegrationSettingNames);
        }

        // ConnectionStrings:{name} wins over the client's own section, as in .NET Aspire: it is what an AppHost injects.
        var connectionString = configuration.GetSection(ConnectionStringsSection).GetSection(name);
        if (connectionString.Value is null && client.HasOwnSection)
        {
            connectionString = own.GetSection(ConnectionStringKey);
        }

        if (connectionString.Value is null)
        {
            if (client.ConnectionStringRequired)
            {
                record.Errors.Add(MissingConnectionString(configuration.GetSection(ConnectionStringsSection).GetSection(name).Path, own.GetSection(ConnectionStringKey).Path));
            }

            return;
        }

        if (string.IsNullOrWhiteSpace(connectionString.Value))
        {
            // Present but empty is a mistake (a placeholder never filled in), not a wish for localhost.
            var remedy = client.ConnectionStringRequired ? "." : ", or remove the entry to use the Redis section and the defaults.";
            record.Errors.Add($"{connectionString.Path} is empty; set a URL such as redis://host:6379 or a connection string such as host:6379,password=...{remedy}");
        }
        else
        {
            try
            {
                options.ApplyUrl(connectionString.Value);
                record.UrlPath = connectionString.Path;
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException)
            {
                // The core's URL messages name the part at fault and never the password.
                record.Errors.Add($"{connectionString.Path}: {ex.Message}");
            }
        }
    }

    private static string MissingConnectionString(string connectionStringsPath, string sectionPath) =>
        $"No connection string for the Redis client: neither {connectionStringsPath} nor {sectionPath} is set. "
        + "Set one to a URL such as redis://host:6379 or a connection string such as host:6379,password=... (.NET Aspire sets the first).";

    /// <summary>What binding noted for these options: where each setting came from, and its problems.</summary>
    public static BindingRecord? TryGetRecord(RedisOptions options) => Records.TryGetValue(options, out var record) ? record : null;

    private static BindingRecord RecordOf(RedisOptions options) => Records.GetValue(options, static _ => new BindingRecord());

    private static void BindSection(RedisOptions options, IConfigurationSection section, BindingRecord record, bool namedSectionsAllowed, IReadOnlyCollection<string> integrationSettings)
    {
        foreach (var child in section.GetChildren())
        {
            var hasChildren = child.GetChildren().Any();
            if (!namedSectionsAllowed && !hasChildren
                && (string.Equals(child.Key, ConnectionStringKey, StringComparison.OrdinalIgnoreCase) || integrationSettings.Contains(child.Key, StringComparer.OrdinalIgnoreCase)))
            {
                // Read by Apply (the connection string) or by the integration that registered the client.
                continue;
            }

            if (!Properties.TryGetValue(child.Key, out var property))
            {
                // In the shared section, a nested section is a keyed client's (Redis:{name}); whether
                // that client is registered is known only once every registration is made, so startup
                // validation checks it.
                if (namedSectionsAllowed && hasChildren)
                {
                    record.ClientSections[child.Path] = child.Key;
                }
                else
                {
                    record.Errors.Add($"{child.Path} is not a Redis setting; known settings: {string.Join(", ", Properties.Keys)}.");
                }

                continue;
            }

            if (hasChildren)
            {
                record.Errors.Add($"{child.Path} is a section; expected a single value.");
                continue;
            }

            if (child.Value is null)
            {
                continue;
            }

            if (TryConvert(property, child.Value, out var value, out var problem))
            {
                property.SetValue(options, value);
                record.Paths[property.Name] = child.Path;
            }
            else
            {
                var shown = IsSecret(property) ? "The value" : $"'{child.Value}'";
                record.Errors.Add($"{child.Path}: {shown} {problem}");
            }
        }
    }

    private static bool TryConvert(PropertyInfo property, string text, out object? value, out string problem)
    {
        var type = property.PropertyType;
        problem = string.Empty;
        value = null;
        if (type == typeof(string))
        {
            // Environment variables cannot unset a value, so an empty one means "none" where none is allowed.
            value = text.Length == 0 && Nullability.Create(property).WriteState == NullabilityState.Nullable ? null : text;
            return true;
        }

        if (type == typeof(int))
        {
            var ok = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number);
            value = number;
            problem = "is not a whole number.";
            return ok;
        }

        if (type == typeof(bool))
        {
            var ok = bool.TryParse(text, out var flag);
            value = flag;
            problem = "is not true or false.";
            return ok;
        }

        if (type == typeof(TimeSpan))
        {
            problem = "is not a duration; write [d.]hh:mm:ss[.fff] (00:00:05 is five seconds), or Infinite where waiting forever is allowed.";
            if (string.Equals(text.Trim(), "Infinite", StringComparison.OrdinalIgnoreCase))
            {
                value = Timeout.InfiniteTimeSpan;
                return true;
            }

            var ok = TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var duration);
            value = duration;
            return ok;
        }

        if (type.IsEnum)
        {
            problem = $"is not one of {string.Join(", ", Enum.GetNames(type))}.";
            if (Enum.TryParse(type, text, ignoreCase: true, out var parsed) && Enum.IsDefined(type, parsed) && !char.IsAsciiDigit(text.Trim()[0]))
            {
                value = parsed;
                return true;
            }

            return false;
        }

        if (type == typeof(Encoding))
        {
            problem = "is not an encoding name this runtime knows (utf-8, utf-16, utf-32, us-ascii, iso-8859-1...).";
            try
            {
                value = Encoding.GetEncoding(text.Trim());
                return true;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        problem = $"cannot be bound: {type.Name} settings are not supported in configuration.";
        return false;
    }

    private static bool IsSecret(PropertyInfo property) => property.Name.Contains("Password", StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, PropertyInfo> LoadProperties()
    {
        var properties = new Dictionary<string, PropertyInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in typeof(RedisOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            // Services (the logger factory) and code (the credential provider) are set in code or taken from the
            // container, not configured.
            if (property.CanWrite && !property.PropertyType.IsInterface && property.PropertyType != typeof(RedisCredentialProvider))
            {
                properties.Add(property.Name, property);
            }
        }

        return properties;
    }

    /// <summary>Where each bound setting came from, and what could not be bound.</summary>
    internal sealed class BindingRecord
    {
        public Dictionary<string, string> Paths { get; } = new(StringComparer.Ordinal);

        public List<string> Errors { get; } = [];

        public string? UrlPath { get; set; }

        /// <summary>Child sections of the shared section that are not settings, by path: each must be a keyed client's.</summary>
        public Dictionary<string, string> ClientSections { get; } = new(StringComparer.OrdinalIgnoreCase);
    }
}
