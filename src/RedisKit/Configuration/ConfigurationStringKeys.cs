using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace RedisKit.Configuration;

/// <summary>
/// The one table of StackExchange.Redis configuration-string keys and what each does in RedisKit.
/// <see cref="ConfigurationStringParser"/> accepts exactly these keys, case-insensitively, as
/// StackExchange.Redis does. Durations are milliseconds for <c>connectTimeout</c>,
/// <c>syncTimeout</c> and <c>asyncTimeout</c> and seconds for <c>keepAlive</c>, as there.
/// </summary>
internal static class ConfigurationStringKeys
{
    private const string Boolean = "true or false";
    private const string Milliseconds = "a whole number of milliseconds greater than 0, e.g. 5000";
    private const string Sentinel = "Sentinel is not supported yet; connect to the primary with host:port";

    private delegate bool TryParse<T>(string text, [MaybeNullWhen(false)] out T value);

    /// <summary>Every known key, by name (case-insensitive).</summary>
    public static FrozenDictionary<string, ConfigurationStringKey> All { get; } = Build().ToFrozenDictionary(k => k.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The accepted key names, sorted, comma-separated, for error messages.</summary>
    public static string Names { get; } = string.Join(", ", All.Values.Where(k => k.Unsupported is null).Select(k => k.Name).Order(StringComparer.OrdinalIgnoreCase));

    private static IEnumerable<ConfigurationStringKey> Build()
    {
        // Mapped onto an option.
        yield return Text("password", nameof(RedisOptions.Password), (o, v) => o.Password = v, isSecret: true);
        yield return Text("user", nameof(RedisOptions.Username), (o, v) => o.Username = v);
        yield return Bool("ssl", nameof(RedisOptions.Ssl), (o, v) => o.Ssl = v);
        yield return Text("sslHost", nameof(RedisOptions.SslServerHostname), (o, v) => o.SslServerHostname = v);
        yield return Millis("connectTimeout", nameof(RedisOptions.SocketConnectTimeout), (o, v) => o.SocketConnectTimeout = v);

        // RedisKit has one reply timeout for synchronous and asynchronous calls; asyncTimeout wins when both are given.
        yield return Millis("syncTimeout", nameof(RedisOptions.SocketTimeout), (o, v) => o.SocketTimeout = v);
        yield return Millis("asyncTimeout", nameof(RedisOptions.SocketTimeout), (o, v) => o.SocketTimeout = v);
        yield return Typed<int>("defaultDatabase", Option(nameof(RedisOptions.Database)), "a whole number, 0 or more", (string t, out int v) => UrlValueParsers.TryParseInt(t, 0, int.MaxValue, out v), (o, v) => o.Database = v);
        yield return Text("name", nameof(RedisOptions.ClientName), (o, v) => o.ClientName = v);

        // An application-level keep-alive in seconds: an idle connection is PINGed; -1 is the library's default.
        yield return Typed<int>("keepAlive", Option(nameof(RedisOptions.HealthCheckInterval)) + " (seconds; -1 keeps it as it is, 0 turns it off)", "a whole number of seconds, -1 or more", (string t, out int v) => UrlValueParsers.TryParseInt(t, -1, int.MaxValue, out v), (o, v) =>
        {
            if (v >= 0)
            {
                o.HealthCheckInterval = TimeSpan.FromSeconds(v);
            }
        });
        yield return Bool("tcpKeepAlive", nameof(RedisOptions.SocketKeepAlive), (o, v) => o.SocketKeepAlive = v);
        yield return Typed<int>("protocol", Option(nameof(RedisOptions.Protocol)), "resp2 or resp3 (or 2 or 3)", TryParseProtocol, (o, v) => o.Protocol = v);
        yield return Typed<bool>("setlib", Option(nameof(RedisOptions.LibName)) + " and " + nameof(RedisOptions.LibVersion) + " (false clears both: no CLIENT SETINFO)", Boolean, UrlValueParsers.TryParseBool, (o, v) =>
        {
            if (!v)
            {
                o.LibName = null;
                o.LibVersion = null;
            }
        });

        // Accepted and ignored: they shape StackExchange.Redis's multiplexer, which RedisKit does not have.
        yield return Ignored<bool>("abortConnect", "RedisKit never connects at startup; the first command connects, and fails when no server answers (as abortConnect=false)", Boolean, UrlValueParsers.TryParseBool);
        yield return Ignored<bool>("allowAdmin", "RedisKit does not hold back administrative commands", Boolean, UrlValueParsers.TryParseBool);
        yield return Ignored<int>("connectRetry", "connections are opened on demand and retried with RetryAttempts and its back-off", "a whole number, 0 or more", NonNegative);
        yield return Ignored<bool>("resolveDns", "the host name is resolved at every connect", Boolean, UrlValueParsers.TryParseBool);
        yield return Ignored<string>("version", "the server's version is learned from its handshake", "a version such as 7.2", ParseVersion);
        yield return Ignored<string>("configChannel", "topology broadcasts are not used", "any text", AnyText);
        yield return Ignored<int>("configCheckSeconds", "topology is not polled", "a whole number, 0 or more", NonNegative);
        yield return Ignored<int>("topologyRefreshSeconds", "topology is not polled", "a whole number, 0 or more", NonNegative);
        yield return Ignored<string>("tiebreaker", "there is one server, so no primary to elect", "any text", AnyText);
        yield return Ignored<bool>("highPriorityThreads", "RedisKit has no socket threads of its own", Boolean, UrlValueParsers.TryParseBool);
        yield return Ignored<bool>("preserveAsyncOrder", "obsolete in StackExchange.Redis too", Boolean, UrlValueParsers.TryParseBool);
        yield return Ignored<int>("responseTimeout", "obsolete in StackExchange.Redis too", "a whole number, 0 or more", NonNegative);
        yield return Ignored<int>("writeBuffer", "obsolete in StackExchange.Redis too", "a whole number, 0 or more", NonNegative);

        // Accepted only with the value that matches what RedisKit does.
        yield return Ignored<bool>("checkCertificateRevocation", "RedisKit does not check certificate revocation", "false (RedisKit does not check certificate revocation)", (string t, out bool v) => UrlValueParsers.TryParseBool(t, out v) && !v);
        yield return Ignored<bool>("highIntegrity", "RedisKit has no per-command sequence checks", "false (RedisKit has no per-command sequence checks)", (string t, out bool v) => UrlValueParsers.TryParseBool(t, out v) && !v);
        yield return Ignored<string>("proxy", "no proxy is in use", "none (twemproxy and envoyproxy are not supported)", IsNone);
        yield return Ignored<string>("sslProtocols", "the system negotiates TLS 1.2 or 1.3", "tls12, tls13 or both separated by '|' (older protocols are not supported)", TlsProtocols);

        // Known, and refused: silently dropping them would change what the application gets.
        yield return Unsupported("serviceName", Sentinel);
        yield return Unsupported("sentinelUser", Sentinel);
        yield return Unsupported("sentinelPassword", Sentinel, isSecret: true);
        yield return Unsupported("channelPrefix", "a pub/sub channel prefix is not supported; put the prefix in the channel names");
        yield return Unsupported("tunnel", "connecting through a tunnel or HTTP proxy is not supported");
        yield return Unsupported("defaults", "named defaults providers are StackExchange.Redis's own");
    }

    private static string Option(string property) => nameof(RedisOptions) + "." + property;

    private static bool TryParseProtocol(string text, out int value)
    {
        value = text.ToUpperInvariant() switch
        {
            "RESP2" or "2" => 2,
            "RESP3" or "3" => 3,
            _ => 0,
        };
        return value != 0;
    }

    private static bool NonNegative(string text, out int value) => UrlValueParsers.TryParseInt(text, 0, int.MaxValue, out value);

    private static bool AnyText(string text, out string value)
    {
        value = text;
        return true;
    }

    private static bool ParseVersion(string text, out string value)
    {
        value = text;
        return System.Version.TryParse(text.Contains('.', StringComparison.Ordinal) ? text : text + ".0", out _);
    }

    private static bool IsNone(string text, out string value)
    {
        value = text;
        return text.Equals("none", StringComparison.OrdinalIgnoreCase);
    }

    private static bool TlsProtocols(string text, out string value)
    {
        value = text;
        foreach (var part in text.Split('|', StringSplitOptions.TrimEntries))
        {
            if (part.ToUpperInvariant() is not ("TLS12" or "TLS13"))
            {
                return false;
            }
        }

        return true;
    }

    private static ConfigurationStringKey Text(string name, string property, Action<RedisOptions, string> set, bool isSecret = false) =>
        new(name, Option(property), "any text", isSecret, (o, text) =>
        {
            set(o, text);
            return true;
        });

    private static ConfigurationStringKey Bool(string name, string property, Action<RedisOptions, bool> set) =>
        Typed<bool>(name, Option(property), Boolean, UrlValueParsers.TryParseBool, set);

    private static ConfigurationStringKey Millis(string name, string property, Action<RedisOptions, TimeSpan> set) =>
        Typed(name, Option(property) + " (milliseconds)", Milliseconds, static (string text, out TimeSpan value) =>
        {
            var ok = UrlValueParsers.TryParseInt(text, 1, int.MaxValue, out var milliseconds);
            value = TimeSpan.FromMilliseconds(milliseconds);
            return ok;
        }, set);

    private static ConfigurationStringKey Ignored<T>(string name, string why, string expected, TryParse<T> parse) =>
        new(name, "ignored: " + why, expected, isSecret: false, (options, text) => parse(text, out var ignored));

    private static ConfigurationStringKey Unsupported(string name, string why, bool isSecret = false) =>
        new(name, "not supported", "no value", isSecret, static (_, _) => false, why);

    private static ConfigurationStringKey Typed<T>(string name, string meaning, string expected, TryParse<T> parse, Action<RedisOptions, T> set) =>
        new(name, meaning, expected, isSecret: false, (o, text) =>
        {
            if (!parse(text, out var value))
            {
                return false;
            }

            set(o, value);
            return true;
        });
}
