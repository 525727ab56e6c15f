using RedisKit;
using RedisKit.Configuration;

namespace RedisKit.Tests.Configuration;

public sealed class RedisOptionsValidatorTests
{
    private const string Password = "S3cr3t-Pa55";

    /// <summary>Row label, the change that breaks the options, fragments the one error must contain ('|' between them).</summary>
    public static TheoryData<string, Action<RedisOptions>, string> BadOptions { get; } = new()
    {
        { "empty host", o => o.Host = "", "RedisOptions.Host|''|UnixSocketPath" },
        { "blank host", o => o.Host = "  ", "RedisOptions.Host" },
        { "empty socket path", o => o.UnixSocketPath = "", "RedisOptions.UnixSocketPath|''" },
        { "port 0", o => o.Port = 0, "RedisOptions.Port|0|1 to 65535" },
        { "provider and password", o => { o.CredentialProvider = RedisCredentialProvider.Static(new RedisCredentials(null, "p")); o.Password = Password; }, "RedisOptions.CredentialProvider|RedisOptions.Password|use one" },
        { "provider and user", o => { o.CredentialProvider = RedisCredentialProvider.Static(new RedisCredentials(null, "p")); o.Password = null; o.Username = "alice"; }, "RedisOptions.CredentialProvider|RedisOptions.Username" },
        { "port 70000", o => o.Port = 70000, "RedisOptions.Port|70000" },
        { "negative db", o => o.Database = -1, "RedisOptions.Database|-1|0 or more" },
        { "zero socket timeout", o => o.SocketTimeout = TimeSpan.Zero, "RedisOptions.SocketTimeout|00:00:00|InfiniteTimeSpan" },
        { "negative socket timeout", o => o.SocketTimeout = TimeSpan.FromSeconds(-2), "RedisOptions.SocketTimeout|-00:00:02" },
        { "zero connect timeout", o => o.SocketConnectTimeout = TimeSpan.Zero, "RedisOptions.SocketConnectTimeout|greater than zero" },
        { "infinite connect timeout", o => o.SocketConnectTimeout = Timeout.InfiniteTimeSpan, "RedisOptions.SocketConnectTimeout|infinite" },
        { "zero pool timeout", o => o.PoolTimeout = TimeSpan.Zero, "RedisOptions.PoolTimeout" },
        { "negative health check", o => o.HealthCheckInterval = TimeSpan.FromSeconds(-1), "RedisOptions.HealthCheckInterval|-00:00:01" },
        { "no connections", o => o.MaxConnections = 0, "RedisOptions.MaxConnections|0|1 or more" },
        { "protocol 1", o => o.Protocol = 1, "RedisOptions.Protocol|1|2 or 3" },
        { "undefined cert reqs", o => o.SslCertReqs = (SslCertificateRequirements)9, "RedisOptions.SslCertReqs|9" },
        { "key without cert", o => o.SslKeyFile = "/k.pem", "RedisOptions.SslKeyFile|'/k.pem'|SslCertFile" },
        { "key password without cert", o => o.SslPassword = Password, "RedisOptions.SslPassword|SslCertFile" },
        { "blank server hostname", o => o.SslServerHostname = " ", "RedisOptions.SslServerHostname" },
        { "null encoding", o => o.Encoding = null!, "RedisOptions.Encoding|null" },
        { "negative retries", o => o.RetryAttempts = -1, "RedisOptions.RetryAttempts|-1" },
        { "zero backoff base", o => o.RetryBackoffBase = TimeSpan.Zero, "RedisOptions.RetryBackoffBase" },
        { "cap below base", o => o.RetryBackoffCap = TimeSpan.FromMilliseconds(50), "RedisOptions.RetryBackoffCap|00:00:00.05|RetryBackoffBase" },
        { "client name with space", o => o.ClientName = "my app", "RedisOptions.ClientName|'my app'" },
        { "lib name with newline", o => o.LibName = "a\nb", "RedisOptions.LibName" },
        { "lib version with space", o => o.LibVersion = "1 2", "RedisOptions.LibVersion" },
    };

    [Fact]
    public void Defaults_are_valid()
    {
        Assert.Empty(RedisOptionsValidator.GetErrors(new RedisOptions(), "RedisOptions"));
        RedisOptionsValidator.Validate(new RedisOptions());
    }

    [Fact]
    public void Valid_edge_values_pass()
    {
        var options = new RedisOptions
        {
            Host = "",
            UnixSocketPath = "/tmp/redis.sock",
            SocketTimeout = Timeout.InfiniteTimeSpan,
            HealthCheckInterval = TimeSpan.Zero,
            RetryAttempts = 0,
            Protocol = 2,
            RetryBackoffCap = TimeSpan.FromMilliseconds(100),
            SslCertFile = "/c.pem",
            SslKeyFile = "/k.pem",
            SslPassword = Password,
            ClientName = "",
            LibName = null,
        };

        Assert.Empty(RedisOptionsValidator.GetErrors(options, "RedisOptions"));
    }

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void GetErrors_names_the_property_and_the_value(string label, Action<RedisOptions> breakIt, string fragments)
    {
        var options = new RedisOptions { Password = Password };
        breakIt(options);

        var errors = RedisOptionsValidator.GetErrors(options, "RedisOptions");

        var error = Assert.Single(errors);
        foreach (var fragment in fragments.Split('|'))
        {
            Assert.True(error.Contains(fragment, StringComparison.Ordinal), $"{label}: '{error}' lacks '{fragment}'.");
        }

        Assert.DoesNotContain(Password, error, StringComparison.Ordinal);
        var exception = Assert.Throws<ArgumentException>(() => RedisOptionsValidator.Validate(options));
        Assert.Contains(error, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetErrors_uses_the_given_path_and_reports_every_problem()
    {
        var options = new RedisOptions { Port = 0, Database = -1, MaxConnections = 0, Password = Password, SslPassword = Password };

        var errors = RedisOptionsValidator.GetErrors(options, "Redis:Primary");

        Assert.Equal(4, errors.Count);
        Assert.All(errors, e => Assert.StartsWith("Redis:Primary.", e, StringComparison.Ordinal));
        Assert.All(errors, e => Assert.DoesNotContain(Password, e, StringComparison.Ordinal));
        var exception = Assert.Throws<ArgumentException>(() => RedisOptionsValidator.Validate(options, "Redis:Primary"));
        Assert.All(errors, e => Assert.Contains(e, exception.Message, StringComparison.Ordinal));
        Assert.Equal("options", exception.ParamName);
    }

    [Fact]
    public void Null_options_throw_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => RedisOptionsValidator.GetErrors(null!, "RedisOptions"));
        Assert.Throws<ArgumentNullException>(() => RedisOptionsValidator.Validate(null!));
    }

    [Fact]
    public void Url_parsed_options_with_every_key_are_valid()
    {
        var options = RedisUrl.Parse(
            "rediss://alice:pw@h:6380/1?socket_timeout=2&socket_connect_timeout=1&health_check_interval=10&max_connections=5"
            + "&timeout=3&protocol=2&ssl_certfile=/c.pem&ssl_keyfile=/k.pem&ssl_password=kp&retries=1&retry_backoff_base=0.2&retry_backoff_cap=4");

        Assert.Empty(RedisOptionsValidator.GetErrors(options, "RedisOptions"));
    }
}
