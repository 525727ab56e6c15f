using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RedisKit.Configuration;

/// <summary>
/// Reads a Redis URL the way redis-py's <c>parse_url</c> does and applies it over a copy of
/// <see cref="RedisOptions"/>:
/// <c>redis://[[username]:[password]@]host[:port][/db][?query]</c>, <c>rediss://</c> (TLS) and
/// <c>unix://[[username]:[password]@]/path/to/socket[?db=N&amp;...]</c>. Text with no scheme in
/// front (<c>localhost:6379,password=...,ssl=true</c>, as .NET Aspire injects) is read in
/// StackExchange.Redis configuration syntax by <see cref="ConfigurationStringParser"/> instead.
/// </summary>
/// <remarks>
/// <para>
/// What the URL states wins over the base options; what it leaves out (host, port, db, user,
/// password, query keys) keeps the base value. The scheme always decides the transport:
/// <c>redis://</c> clears <see cref="RedisOptions.Ssl"/> and <see cref="RedisOptions.UnixSocketPath"/>,
/// <c>rediss://</c> sets <see cref="RedisOptions.Ssl"/>, <c>unix://</c> sets <see cref="RedisOptions.UnixSocketPath"/>.
/// </para>
/// <para>
/// The user information is everything before the last <c>@</c> ahead of the query, so a password
/// may hold <c>/</c>, <c>@</c> or <c>:</c> unencoded; <c>?</c>, <c>&amp;</c> and <c>%</c> must be
/// percent-encoded. User name, password, host, socket path and query keys and values are
/// percent-decoded (a <c>+</c> in the query is a space, as in redis-py's <c>parse_qs</c>). A
/// password with no user name (<c>redis://:secret@host</c>) authenticates the default user.
/// User name and password in the user information win over the <c>username</c> and
/// <c>password</c> query keys, and the <c>db</c> query key wins over the path, as in redis-py.
/// </para>
/// <para>
/// Query keys are those of <see cref="RedisUrlQueryKeys"/>, case-sensitive; an empty value
/// (<c>?client_name=</c>) leaves the option as it is, as redis-py drops blank values. Durations
/// are seconds as invariant decimals (<c>0.5</c>): <c>socket_timeout</c>,
/// <c>socket_connect_timeout</c>, <c>timeout</c>, <c>retry_backoff_base</c> and
/// <c>retry_backoff_cap</c> must be greater than 0; <c>health_check_interval</c> may be 0 (off).
/// Relations between options (such as the back-off cap being at least the base) are left to
/// <see cref="RedisOptionsValidator"/>, which the caller runs on the merged result.
/// </para>
/// <para>
/// Errors: a null URL throws <see cref="ArgumentNullException"/>; an empty URL, a missing or
/// unsupported scheme, an unknown or repeated query key throw <see cref="ArgumentException"/>;
/// a malformed host, port, db, socket path or query value throws <see cref="FormatException"/>.
/// Messages name the part at fault and never contain a password: the URL is never echoed whole,
/// and a value is left out of a message whenever it might hold part of one.
/// </para>
/// </remarks>
internal static class RedisUrl
{
    private const string SchemeList = "redis://, rediss:// or unix://";

    /// <summary>Parses <paramref name="url"/> into new options: a copy of <paramref name="baseOptions"/> (or defaults) with the URL applied.</summary>
    /// <param name="url">The Redis URL.</param>
    /// <param name="baseOptions">Options the URL is applied over; not changed.</param>
    /// <returns>A new <see cref="RedisOptions"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    /// <exception cref="ArgumentException">The URL is empty, its scheme is not supported, or a query key is unknown or repeated.</exception>
    /// <exception cref="FormatException">A part of the URL is malformed or a query value is invalid.</exception>
    public static RedisOptions Parse(string url, RedisOptions? baseOptions = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        url = url.Trim();
        if (url.Length == 0)
        {
            throw new ArgumentException($"The Redis URL is empty; expected one starting with {SchemeList}, or a connection string such as localhost:6379,password=...", nameof(url));
        }

        if (ConfigurationStringParser.IsConfigurationString(url))
        {
            return ConfigurationStringParser.Parse(url, baseOptions);
        }

        var options = baseOptions?.Clone() ?? new RedisOptions();
        var scheme = ReadScheme(url, out var rest);

        var queryStart = rest.IndexOf('?', StringComparison.Ordinal);
        var beforeQuery = queryStart < 0 ? rest : rest[..queryStart];
        var query = queryStart < 0 ? string.Empty : rest[(queryStart + 1)..];

        // A password holding an unencoded '?' puts its tail and the real '@' in the query: then
        // no part of the URL can be shown, as any may be a piece of that password.
        var canShowParts = !query.Contains('@', StringComparison.Ordinal);

        var at = beforeQuery.LastIndexOf('@');
        var userInfo = at < 0 ? null : beforeQuery[..at];
        var hostAndPath = beforeQuery[(at + 1)..];
        var slash = hostAndPath.IndexOf('/', StringComparison.Ordinal);
        var authority = slash < 0 ? hostAndPath : hostAndPath[..slash];
        var path = slash < 0 ? string.Empty : hostAndPath[slash..];

        if (scheme == "unix")
        {
            ApplyUnixSocket(options, authority, path, canShowParts);
        }
        else
        {
            options.Ssl = scheme == "rediss";
            options.UnixSocketPath = null;
            ApplyHostAndPort(options, authority, canShowParts);
            ApplyPathDatabase(options, path, canShowParts);
        }

        ApplyQuery(options, query, canShowParts);
        if (userInfo is not null)
        {
            ApplyUserInfo(options, userInfo);
        }

        return options;
    }

    /// <summary>
    /// Returns <paramref name="url"/> with every password masked, fit for logs and messages:
    /// <c>redis://user:***@host:6379/0</c>, and the values of the <c>password</c> and
    /// <c>ssl_password</c> query keys replaced by <c>***</c>. When in doubt it masks more: all
    /// between the first <c>:</c> and the last <c>@</c> of the URL is hidden.
    /// </summary>
    /// <param name="url">A Redis URL, well-formed or not.</param>
    /// <returns>The masked URL; an empty string for null.</returns>
    public static string Redact(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return string.Empty;
        }

        if (ConfigurationStringParser.IsConfigurationString(url) && url.Contains('=', StringComparison.Ordinal))
        {
            return ConfigurationStringParser.Redact(url);
        }

        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        var prefix = schemeEnd > 0 && IsSchemeToken(url.AsSpan(0, schemeEnd)) ? url[..(schemeEnd + 3)] : string.Empty;
        var rest = url[prefix.Length..];

        var at = rest.LastIndexOf('@');
        var builder = new StringBuilder(prefix);
        if (at >= 0)
        {
            var userInfo = rest[..at];
            var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Append(colon < 0 ? userInfo : userInfo[..colon] + ":***").Append('@');
            rest = rest[(at + 1)..];
        }

        var queryStart = rest.IndexOf('?', StringComparison.Ordinal);
        if (queryStart < 0)
        {
            return builder.Append(rest).ToString();
        }

        builder.Append(rest, 0, queryStart + 1);
        var segments = rest[(queryStart + 1)..].Split('&');
        for (var i = 0; i < segments.Length; i++)
        {
            var equals = segments[i].IndexOf('=', StringComparison.Ordinal);
            var key = DecodeQueryText(equals < 0 ? segments[i] : segments[i][..equals]);
            var secret = RedisUrlQueryKeys.All.TryGetValue(key, out var entry) && entry.IsSecret;
            builder.Append(i == 0 ? string.Empty : "&").Append(secret && equals >= 0 ? segments[i][..(equals + 1)] + "***" : segments[i]);
        }

        return builder.ToString();
    }

    private static string ReadScheme(string url, out string rest)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0 || !IsSchemeToken(url.AsSpan(0, schemeEnd)))
        {
            throw new ArgumentException($"The Redis URL has no valid scheme; expected it to start with {SchemeList}.", nameof(url));
        }

        var scheme = url[..schemeEnd].ToLowerInvariant();
        if (scheme is not ("redis" or "rediss" or "unix"))
        {
            throw new ArgumentException($"The Redis URL scheme '{url[..schemeEnd]}' is not supported; expected {SchemeList}.", nameof(url));
        }

        rest = url[(schemeEnd + 3)..];
        return scheme;
    }

    private static bool IsSchemeToken(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !char.IsAsciiLetter(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static void ApplyUnixSocket(RedisOptions options, string authority, string path, bool canShowParts)
    {
        if (authority.Length > 0)
        {
            throw new FormatException($"A unix:// URL takes no host{Shown(authority, canShowParts)}; write the socket path after three slashes: unix:///path/to/redis.sock.");
        }

        var socketPath = Uri.UnescapeDataString(path);
        if (socketPath.Trim('/').Length == 0)
        {
            throw new FormatException("A unix:// URL needs the socket path: unix:///path/to/redis.sock.");
        }

        options.UnixSocketPath = socketPath;
        options.Ssl = false;
    }

    private static void ApplyHostAndPort(RedisOptions options, string authority, bool canShowParts)
    {
        string host;
        string port;
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                throw new FormatException("The IPv6 host in the URL has no closing ']': write redis://[::1]:6379.");
            }

            host = Uri.UnescapeDataString(authority[1..close]);
            if (!IPAddress.TryParse(host, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6)
            {
                throw new FormatException($"The bracketed host in the URL{Shown(host, canShowParts)} is not an IPv6 address.");
            }

            var after = authority[(close + 1)..];
            if (after.Length > 0 && after[0] != ':')
            {
                throw new FormatException("Only ':port' may follow the bracketed IPv6 host in the URL.");
            }

            port = after.Length > 0 ? after[1..] : string.Empty;
        }
        else
        {
            var colon = authority.LastIndexOf(':');
            if (colon >= 0 && authority.IndexOf(':', StringComparison.Ordinal) != colon)
            {
                throw new FormatException("The host in the URL holds more than one ':'; put an IPv6 address in brackets: redis://[::1]:6379.");
            }

            host = Uri.UnescapeDataString(colon < 0 ? authority : authority[..colon]);
            port = colon < 0 ? string.Empty : authority[(colon + 1)..];
            if (host.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            {
                throw new FormatException($"The host in the URL{Shown(host, canShowParts)} holds whitespace or control characters.");
            }
        }

        if (host.Length > 0)
        {
            options.Host = host;
        }

        // An empty port ("host:") keeps the default, as Python's urlparse reads it.
        if (port.Length > 0)
        {
            if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 65535)
            {
                throw new FormatException($"The port in the URL{Shown(port, canShowParts)} is not a number from 1 to 65535.");
            }

            options.Port = number;
        }
    }

    private static void ApplyPathDatabase(RedisOptions options, string path, bool canShowParts)
    {
        var text = Uri.UnescapeDataString(path).Replace("/", string.Empty, StringComparison.Ordinal);
        if (text.Length == 0)
        {
            return;
        }

        if (!UrlValueParsers.TryParseInt(text, 0, int.MaxValue, out var database))
        {
            throw new FormatException($"The database number (db) in the URL path{Shown(path, canShowParts)} is not an integer, 0 or more.");
        }

        options.Database = database;
    }

    private static void ApplyQuery(RedisOptions options, string query, bool canShowParts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var segment in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = segment.IndexOf('=', StringComparison.Ordinal);
            var key = DecodeQueryText(equals < 0 ? segment : segment[..equals]);
            var value = equals < 0 ? string.Empty : DecodeQueryText(segment[(equals + 1)..]);

            if (!RedisUrlQueryKeys.All.TryGetValue(key, out var entry))
            {
                throw new ArgumentException($"Unknown URL query key{ShownKey(key, canShowParts)}; the valid keys are {RedisUrlQueryKeys.Names}.");
            }

            if (!seen.Add(key))
            {
                throw new ArgumentException($"The URL query key '{key}' is given more than once.");
            }

            if (value.Length > 0 && !entry.TryApply(options, value))
            {
                var shownValue = Shown(value, canShowParts && !entry.IsSecret);
                throw new FormatException($"Invalid value{shownValue} for URL query key '{key}' ({nameof(RedisOptions)}.{entry.PropertyName}); expected {entry.Expected}.");
            }
        }
    }

    private static void ApplyUserInfo(RedisOptions options, string userInfo)
    {
        var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        var user = Uri.UnescapeDataString(colon < 0 ? userInfo : userInfo[..colon]);
        var password = colon < 0 ? string.Empty : Uri.UnescapeDataString(userInfo[(colon + 1)..]);
        if (user.Length > 0)
        {
            options.Username = user;
        }

        if (password.Length > 0)
        {
            options.Password = password;
        }
    }

    private static string DecodeQueryText(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private static string Shown(string part, bool canShow) => canShow ? $" ('{part}')" : string.Empty;

    // A key is shown only when it looks like one and the query cannot hold a piece of a password.
    private static string ShownKey(string key, bool canShow) =>
        canShow && key.Length <= 64 && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? $" '{key}'" : " (not shown)";
}
