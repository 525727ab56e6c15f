using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RedisKit.Configuration;

/// <summary>
/// Reads a connection string in StackExchange.Redis configuration syntax, as .NET Aspire and
/// Azure hand it out (<c>localhost:6379</c>, <c>localhost:6380,password=...,ssl=true</c>,
/// <c>host:6380,password=...,ssl=True,abortConnect=False</c>), and applies it over a copy of
/// <see cref="RedisOptions"/>.
/// </summary>
/// <remarks>
/// <para>
/// Comma-separated parts, surrounding whitespace trimmed, empty parts skipped: a part without
/// <c>=</c> is the server (<c>host</c>, <c>host:port</c>, <c>[::1]:port</c> or a bare IPv6
/// address); every other part is <c>key=value</c>, the value being everything after the first
/// <c>=</c> (so a password may hold <c>=</c>, but not <c>,</c>: use a URL with the password
/// percent-encoded for that). Keys are those of <see cref="ConfigurationStringKeys"/>, matched
/// case-insensitively; an empty value leaves the option as it is.
/// </para>
/// <para>
/// The string decides the transport, as a URL's scheme does: TCP to its one server
/// (<see cref="RedisOptions.UnixSocketPath"/> cleared), with TLS only when <c>ssl=true</c>. A
/// server without a port uses 6380 with <c>ssl=true</c> and 6379 without, as StackExchange.Redis
/// does. Exactly one server may be named, until Sentinel and Cluster are supported.
/// </para>
/// <para>
/// Errors: an unknown, refused or repeated key, no server or more than one throw
/// <see cref="ArgumentException"/>; a malformed server or value throws <see cref="FormatException"/>.
/// Messages name the key or part at fault and never show a password: the string is never echoed
/// whole, and a part that follows a password is not shown (it may be the rest of a password
/// holding a comma).
/// </para>
/// </remarks>
internal static class ConfigurationStringParser
{
    private const int DefaultTlsPort = 6380;

    /// <summary>
    /// True when <paramref name="text"/> is to be read in this syntax rather than as a URL: it
    /// has no <c>scheme://</c> in front (a <c>://</c> after a <c>,</c> or <c>=</c> belongs to a value).
    /// </summary>
    public static bool IsConfigurationString(string text)
    {
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        return schemeEnd < 0 || text.AsSpan(0, schemeEnd).IndexOfAny(',', '=') >= 0;
    }

    /// <summary>Parses <paramref name="text"/> into new options: a copy of <paramref name="baseOptions"/> (or defaults) with the string applied.</summary>
    /// <param name="text">The connection string, not empty.</param>
    /// <param name="baseOptions">Options the string is applied over; not changed.</param>
    /// <returns>A new <see cref="RedisOptions"/>.</returns>
    /// <exception cref="ArgumentException">A key is unknown, not supported or repeated; no server or more than one is named.</exception>
    /// <exception cref="FormatException">The server or a value is malformed.</exception>
    public static RedisOptions Parse(string text, RedisOptions? baseOptions = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var options = baseOptions?.Clone() ?? new RedisOptions();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? endpoint = null;
        var endpointShown = true;
        var afterSecret = false;

        foreach (var rawPart in text.Split(','))
        {
            var part = rawPart.Trim();
            if (part.Length == 0)
            {
                continue;
            }

            var canShow = !afterSecret;
            afterSecret = false;
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                if (endpoint is not null)
                {
                    var names = endpointShown && canShow ? $" ('{endpoint}' and '{part}')" : string.Empty;
                    throw new ArgumentException($"The connection string names more than one server{names}; only one is supported yet (Sentinel and Cluster are not), so name the primary alone.");
                }

                endpoint = part;
                endpointShown = canShow;
                continue;
            }

            var key = part[..equals].Trim();
            var value = part[(equals + 1)..].Trim();
            if (key.StartsWith('$'))
            {
                throw new ArgumentException($"The connection string renames a command{(canShow ? $" ('{key}')" : string.Empty)}; renamed commands ($NAME=...) are not supported.");
            }

            if (!ConfigurationStringKeys.All.TryGetValue(key, out var entry))
            {
                var shown = !canShow ? " (not shown: it follows the password, which cannot hold ',' in this syntax; use a redis:// or rediss:// URL with the password percent-encoded)"
                    : key.Length is > 0 and <= 64 && key.All(char.IsAsciiLetterOrDigit) ? $" '{key}'"
                    : " (not shown)";
                throw new ArgumentException($"Unknown connection string key{shown}; the valid keys are {ConfigurationStringKeys.Names}.");
            }

            afterSecret = entry.IsSecret;
            if (entry.Unsupported is not null)
            {
                throw new ArgumentException($"The connection string key '{entry.Name}' is not supported: {entry.Unsupported}.");
            }

            if (!seen.TryAdd(entry.Name, value))
            {
                throw new ArgumentException($"The connection string key '{entry.Name}' is given more than once.");
            }

            if (value.Length > 0 && !entry.TryApply(options, value))
            {
                var shownValue = entry.IsSecret ? string.Empty : $" '{value}'";
                throw new FormatException($"Invalid value{shownValue} for connection string key '{entry.Name}' ({entry.Meaning}); expected {entry.Expected}.");
            }
        }

        // asyncTimeout wins over syncTimeout wherever each stands, as StackExchange.Redis's asyncTimeout defaults to syncTimeout.
        if (seen.TryGetValue("asyncTimeout", out var asyncTimeout) && asyncTimeout.Length > 0)
        {
            ConfigurationStringKeys.All["asyncTimeout"].TryApply(options, asyncTimeout);
        }

        if (endpoint is null)
        {
            throw new ArgumentException("The connection string names no server; start it with host[:port], e.g. localhost:6379,password=...");
        }

        options.UnixSocketPath = null;
        options.Ssl = seen.TryGetValue("ssl", out var ssl) && ssl.Length > 0 && options.Ssl;
        ApplyEndpoint(options, endpoint, endpointShown);
        return options;
    }

    /// <summary>Returns <paramref name="text"/> with the values of secret keys (<c>password</c>, <c>sentinelPassword</c>) replaced by <c>***</c>.</summary>
    /// <param name="text">A connection string, well-formed or not.</param>
    /// <returns>The masked string.</returns>
    public static string Redact(string text)
    {
        var builder = new StringBuilder(text.Length);
        var parts = text.Split(',');
        var masking = false;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var isSecret = equals >= 0 && ConfigurationStringKeys.All.TryGetValue(part[..equals].Trim(), out var entry) && entry.IsSecret;

            // A part right after a password that is no known key may be the rest of a password holding ','.
            var isKnownKey = equals >= 0 && ConfigurationStringKeys.All.ContainsKey(part[..equals].Trim());
            masking = isSecret || (masking && !isKnownKey);
            builder.Append(i == 0 ? string.Empty : ",");
            var urlLike = equals < 0 && part.Contains('@', StringComparison.Ordinal);
            builder.Append(isSecret ? part[..(equals + 1)] + "***" : masking || urlLike ? "***" : part);
        }

        return builder.ToString();
    }

    private static void ApplyEndpoint(RedisOptions options, string endpoint, bool canShow)
    {
        if (endpoint.Contains('@', StringComparison.Ordinal) || endpoint.Contains('/', StringComparison.Ordinal))
        {
            // Most likely a URL missing its scheme: its user information may hold a password.
            throw new ArgumentException("The connection string's server part holds '@' or '/', as a URL does, but no scheme; write a URL starting with redis://, rediss:// or unix://, or host:port,user=...,password=...");
        }

        string host;
        var port = string.Empty;
        if (endpoint.StartsWith('['))
        {
            var close = endpoint.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                throw new FormatException("The IPv6 server address in the connection string has no closing ']': write [::1]:6379.");
            }

            host = endpoint[1..close];
            var after = endpoint[(close + 1)..];
            if (after.Length > 0 && after[0] != ':')
            {
                throw new FormatException("Only ':port' may follow the bracketed IPv6 server address in the connection string.");
            }

            port = after.Length > 0 ? after[1..] : string.Empty;
            if (!IsIPv6(host))
            {
                throw new FormatException($"The bracketed server address in the connection string{Shown(host, canShow)} is not an IPv6 address.");
            }
        }
        else if (endpoint.IndexOf(':', StringComparison.Ordinal) != endpoint.LastIndexOf(':'))
        {
            // More than one ':' is an IPv6 address without a port, or nothing valid.
            host = endpoint;
            if (!IsIPv6(host))
            {
                throw new FormatException($"The server in the connection string{Shown(endpoint, canShow)} holds more than one ':'; put an IPv6 address in brackets: [::1]:6379.");
            }
        }
        else
        {
            var colon = endpoint.IndexOf(':', StringComparison.Ordinal);
            host = colon < 0 ? endpoint : endpoint[..colon];
            port = colon < 0 ? string.Empty : endpoint[(colon + 1)..];
            if (host.Length == 0 || host.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            {
                throw new FormatException($"The server in the connection string{Shown(endpoint, canShow)} has no host name, or one holding whitespace or control characters.");
            }

            if (colon >= 0 && port.Length == 0)
            {
                throw new FormatException($"The server in the connection string{Shown(endpoint, canShow)} ends with ':' but no port.");
            }
        }

        var number = options.Ssl ? DefaultTlsPort : RedisOptions.DefaultPort;
        if (port.Length > 0 && (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number is < 1 or > 65535))
        {
            throw new FormatException($"The port in the connection string{Shown(port, canShow)} is not a number from 1 to 65535.");
        }

        options.Host = host;
        options.Port = number;
    }

    private static bool IsIPv6(string host) =>
        IPAddress.TryParse(host, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6;

    private static string Shown(string part, bool canShow) => canShow ? $" ('{part}')" : string.Empty;
}
