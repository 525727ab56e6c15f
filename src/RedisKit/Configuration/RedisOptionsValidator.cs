using System.Globalization;

namespace RedisKit.Configuration;

/// <summary>
/// Checks a <see cref="RedisOptions"/> for values no connection could use. Each message names the
/// property by its path (<c>RedisOptions.Port</c>, or the configuration path the caller gives), the
/// value at fault and what is allowed; it never shows <see cref="RedisOptions.Password"/> or
/// <see cref="RedisOptions.SslPassword"/>.
/// </summary>
internal static class RedisOptionsValidator
{
    /// <summary>Throws when <paramref name="options"/> has any problem; the message lists them all, one a line.</summary>
    /// <param name="options">The options to check.</param>
    /// <param name="path">The name the options go by in messages, e.g. <c>Redis:Options</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">At least one option is invalid.</exception>
    public static void Validate(RedisOptions options, string path = "RedisOptions")
    {
        var errors = GetErrors(options, path);
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, errors), nameof(options));
        }
    }

    /// <summary>Returns every problem found in <paramref name="options"/>, empty when there is none.</summary>
    /// <param name="options">The options to check.</param>
    /// <param name="path">The name the options go by in messages; each message starts with <c>path.Property</c>.</param>
    /// <returns>One message a problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static IReadOnlyList<string> GetErrors(RedisOptions options, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return GetErrors(options, property => path + "." + property);
    }

    /// <summary>Returns every problem found in <paramref name="options"/>, empty when there is none.</summary>
    /// <param name="options">The options to check.</param>
    /// <param name="settingName">How a message names a property, given the property's name.</param>
    /// <returns>One message a problem.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<string> GetErrors(RedisOptions options, Func<string, string> settingName)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settingName);
        var errors = new List<string>();
        void Fail(string property, string problem) => errors.Add($"{settingName(property)} {problem}");

        if (options.UnixSocketPath is null)
        {
            if (string.IsNullOrWhiteSpace(options.Host))
            {
                Fail(nameof(RedisOptions.Host), $"is {Show(options.Host)}; a host name or IP address is required unless {nameof(RedisOptions.UnixSocketPath)} is set.");
            }
        }
        else if (string.IsNullOrWhiteSpace(options.UnixSocketPath))
        {
            Fail(nameof(RedisOptions.UnixSocketPath), $"is {Show(options.UnixSocketPath)}; set a socket path or leave it null for TCP.");
        }

        if (options.CredentialProvider is not null && (options.Username is not null || options.Password is not null))
        {
            var set = options.Password is not null ? nameof(RedisOptions.Password) : nameof(RedisOptions.Username);
            Fail(nameof(RedisOptions.CredentialProvider), $"is set and so is {settingName(set)} (from the options, a URL or a connection string); use one: the provider supplies the user name and password of every connection.");
        }

        if (options.Port is < 1 or > 65535)
        {
            Fail(nameof(RedisOptions.Port), $"is {Show(options.Port)}; allowed: 1 to 65535.");
        }

        if (options.Database < 0)
        {
            Fail(nameof(RedisOptions.Database), $"is {Show(options.Database)}; allowed: 0 or more.");
        }

        if (options.Cluster && options.Database != 0)
        {
            Fail(nameof(RedisOptions.Database), $"is {Show(options.Database)}; Redis Cluster has only database 0.");
        }

        if (options.Cluster && options.UnixSocketPath is not null)
        {
            Fail(nameof(RedisOptions.UnixSocketPath), "is set, but a cluster client reaches its nodes over TCP at the addresses the cluster announces.");
        }

        if (options.SocketTimeout <= TimeSpan.Zero && options.SocketTimeout != Timeout.InfiniteTimeSpan)
        {
            Fail(nameof(RedisOptions.SocketTimeout), $"is {Show(options.SocketTimeout)}; allowed: greater than zero, or Timeout.InfiniteTimeSpan to disable it.");
        }

        RequirePositive(nameof(RedisOptions.SocketConnectTimeout), options.SocketConnectTimeout);
        RequirePositive(nameof(RedisOptions.PoolTimeout), options.PoolTimeout);

        if (options.HealthCheckInterval < TimeSpan.Zero)
        {
            Fail(nameof(RedisOptions.HealthCheckInterval), $"is {Show(options.HealthCheckInterval)}; allowed: zero (off) or more.");
        }

        if (options.MaxConnections < 1)
        {
            Fail(nameof(RedisOptions.MaxConnections), $"is {Show(options.MaxConnections)}; allowed: 1 or more.");
        }

        if (options.Protocol is not (2 or 3))
        {
            Fail(nameof(RedisOptions.Protocol), $"is {Show(options.Protocol)}; allowed: 2 or 3.");
        }

        if (!Enum.IsDefined(options.SslCertReqs))
        {
            Fail(nameof(RedisOptions.SslCertReqs), $"is {Show((int)options.SslCertReqs)}; allowed: Required, Optional or None.");
        }

        if (options.SslKeyFile is not null && options.SslCertFile is null)
        {
            Fail(nameof(RedisOptions.SslKeyFile), $"is {Show(options.SslKeyFile)} but {nameof(RedisOptions.SslCertFile)} is not set; a client key needs its certificate.");
        }

        if (options.SslPassword is not null && options.SslCertFile is null)
        {
            Fail(nameof(RedisOptions.SslPassword), $"is set but {nameof(RedisOptions.SslCertFile)} is not; a key password needs a client certificate.");
        }

        if (options.SslServerHostname is not null && string.IsNullOrWhiteSpace(options.SslServerHostname))
        {
            Fail(nameof(RedisOptions.SslServerHostname), $"is {Show(options.SslServerHostname)}; set a host name or leave it null to use {nameof(RedisOptions.Host)}.");
        }

        if (options.Encoding is null)
        {
            Fail(nameof(RedisOptions.Encoding), "is null; an encoding is required (UTF-8 by default).");
        }

        if (options.RetryAttempts < 0)
        {
            Fail(nameof(RedisOptions.RetryAttempts), $"is {Show(options.RetryAttempts)}; allowed: 0 (no retries) or more.");
        }

        RequirePositive(nameof(RedisOptions.RetryBackoffBase), options.RetryBackoffBase);
        if (options.RetryBackoffBase > TimeSpan.Zero && options.RetryBackoffCap < options.RetryBackoffBase)
        {
            Fail(nameof(RedisOptions.RetryBackoffCap), $"is {Show(options.RetryBackoffCap)}; allowed: at least {nameof(RedisOptions.RetryBackoffBase)} ({Show(options.RetryBackoffBase)}).");
        }

        RequireSingleWord(nameof(RedisOptions.ClientName), options.ClientName);
        RequireSingleWord(nameof(RedisOptions.LibName), options.LibName);
        RequireSingleWord(nameof(RedisOptions.LibVersion), options.LibVersion);
        return errors;

        void RequirePositive(string property, TimeSpan value)
        {
            if (value <= TimeSpan.Zero)
            {
                Fail(property, $"is {Show(value)}; allowed: greater than zero.");
            }
        }

        // CLIENT SETNAME and CLIENT SETINFO refuse spaces, newlines and other special characters.
        void RequireSingleWord(string property, string? value)
        {
            if (value is not null && value.Any(c => c <= ' ' || c > '~'))
            {
                Fail(property, $"is {Show(value)}; allowed: printable ASCII without spaces, or null for none.");
            }
        }
    }

    private static string Show(string? value) => value is null ? "null" : $"'{value}'";

    private static string Show(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Show(TimeSpan value) =>
        value == Timeout.InfiniteTimeSpan ? "infinite" : value.ToString("c", CultureInfo.InvariantCulture);
}
