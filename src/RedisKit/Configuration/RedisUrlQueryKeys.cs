using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace RedisKit.Configuration;

/// <summary>
/// The one table of URL query keys (redis-py's names) and the <see cref="RedisOptions"/> property
/// each sets. <see cref="RedisUrl.Parse"/> accepts exactly these keys, case-sensitively, as redis-py does.
/// </summary>
internal static class RedisUrlQueryKeys
{
    private const string SecondsPositive = "a number of seconds greater than 0, e.g. 5 or 0.5";
    private const string SecondsOrZero = "a number of seconds, 0 (off) or more, e.g. 30 or 0.5";
    private const string Boolean = "true/false, 1/0, yes/no or on/off";

    private delegate bool TryParse<T>(string text, [MaybeNullWhen(false)] out T value);

    /// <summary>Every accepted key, by name (ordinal).</summary>
    public static FrozenDictionary<string, RedisUrlQueryKey> All { get; } = Build().ToFrozenDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>The accepted key names, sorted, comma-separated, for error messages.</summary>
    public static string Names { get; } = string.Join(", ", All.Keys.Order(StringComparer.Ordinal));

    private static IEnumerable<RedisUrlQueryKey> Build()
    {
        yield return Int("db", nameof(RedisOptions.Database), 0, int.MaxValue, (o, v) => o.Database = v);
        yield return Text("username", nameof(RedisOptions.Username), (o, v) => o.Username = v);
        yield return Text("password", nameof(RedisOptions.Password), (o, v) => o.Password = v, isSecret: true);
        yield return Seconds("socket_timeout", nameof(RedisOptions.SocketTimeout), allowZero: false, (o, v) => o.SocketTimeout = v);
        yield return Seconds("socket_connect_timeout", nameof(RedisOptions.SocketConnectTimeout), allowZero: false, (o, v) => o.SocketConnectTimeout = v);
        yield return Bool("socket_keepalive", nameof(RedisOptions.SocketKeepAlive), (o, v) => o.SocketKeepAlive = v);
        yield return Seconds("health_check_interval", nameof(RedisOptions.HealthCheckInterval), allowZero: true, (o, v) => o.HealthCheckInterval = v);
        yield return Int("max_connections", nameof(RedisOptions.MaxConnections), 1, int.MaxValue, (o, v) => o.MaxConnections = v);
        yield return Seconds("timeout", nameof(RedisOptions.PoolTimeout), allowZero: false, (o, v) => o.PoolTimeout = v);
        yield return Text("client_name", nameof(RedisOptions.ClientName), (o, v) => o.ClientName = v);
        yield return Int("protocol", nameof(RedisOptions.Protocol), 2, 3, (o, v) => o.Protocol = v);
        yield return Typed<SslCertificateRequirements>("ssl_cert_reqs", nameof(RedisOptions.SslCertReqs), "none, optional or required", UrlValueParsers.TryParseCertReqs, (o, v) => o.SslCertReqs = v);
        yield return Text("ssl_ca_certs", nameof(RedisOptions.SslCaCerts), (o, v) => o.SslCaCerts = v);
        yield return Text("ssl_certfile", nameof(RedisOptions.SslCertFile), (o, v) => o.SslCertFile = v);
        yield return Text("ssl_keyfile", nameof(RedisOptions.SslKeyFile), (o, v) => o.SslKeyFile = v);
        yield return Text("ssl_password", nameof(RedisOptions.SslPassword), (o, v) => o.SslPassword = v, isSecret: true);
        yield return Bool("ssl_check_hostname", nameof(RedisOptions.SslCheckHostname), (o, v) => o.SslCheckHostname = v);
        yield return Text("ssl_server_hostname", nameof(RedisOptions.SslServerHostname), (o, v) => o.SslServerHostname = v);
        yield return Bool("decode_responses", nameof(RedisOptions.DecodeResponses), (o, v) => o.DecodeResponses = v);
        yield return Typed<System.Text.Encoding>("encoding", nameof(RedisOptions.Encoding), "an encoding name such as utf-8, latin-1 (iso-8859-1), ascii or utf-16", UrlValueParsers.TryParseEncoding, (o, v) => o.Encoding = v);
        yield return Int("retries", nameof(RedisOptions.RetryAttempts), 0, int.MaxValue, (o, v) => o.RetryAttempts = v);
        yield return Seconds("retry_backoff_base", nameof(RedisOptions.RetryBackoffBase), allowZero: false, (o, v) => o.RetryBackoffBase = v);
        yield return Seconds("retry_backoff_cap", nameof(RedisOptions.RetryBackoffCap), allowZero: false, (o, v) => o.RetryBackoffCap = v);
        yield return Bool("retry_on_timeout", nameof(RedisOptions.RetryOnTimeout), (o, v) => o.RetryOnTimeout = v);
        yield return Bool("cluster", nameof(RedisOptions.Cluster), (o, v) => o.Cluster = v);
        yield return Text("lib_name", nameof(RedisOptions.LibName), (o, v) => o.LibName = v);
        yield return Text("lib_version", nameof(RedisOptions.LibVersion), (o, v) => o.LibVersion = v);
    }

    private static RedisUrlQueryKey Text(string name, string property, Action<RedisOptions, string> set, bool isSecret = false) =>
        new(name, property, "any text", isSecret, (o, text) =>
        {
            set(o, text);
            return true;
        });

    private static RedisUrlQueryKey Bool(string name, string property, Action<RedisOptions, bool> set) =>
        Typed<bool>(name, property, Boolean, UrlValueParsers.TryParseBool, set);

    private static RedisUrlQueryKey Int(string name, string property, int min, int max, Action<RedisOptions, int> set)
    {
        var expected = max == int.MaxValue ? $"an integer, {min} or more" : $"an integer from {min} to {max}";
        return Typed(name, property, expected, (string text, out int value) => UrlValueParsers.TryParseInt(text, min, max, out value), set);
    }

    private static RedisUrlQueryKey Seconds(string name, string property, bool allowZero, Action<RedisOptions, TimeSpan> set) =>
        Typed(name, property, allowZero ? SecondsOrZero : SecondsPositive, (string text, out TimeSpan value) => UrlValueParsers.TryParseSeconds(text, allowZero, out value), set);

    private static RedisUrlQueryKey Typed<T>(string name, string property, string expected, TryParse<T> parse, Action<RedisOptions, T> set) =>
        new(name, property, expected, isSecret: false, (o, text) =>
        {
            if (!parse(text, out var value))
            {
                return false;
            }

            set(o, value);
            return true;
        });
}
