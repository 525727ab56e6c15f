using RedisKit;
using RedisKit.Configuration;

namespace RedisKit.Tests.Configuration;

public sealed class RedisUrlParseTests
{
    /// <summary>URL, property of <see cref="RedisOptions"/>, its expected value as <see cref="OptionValueText"/> writes it.</summary>
    public static TheoryData<string, string, string> GoodUrls { get; } = new()
    {
        // Schemes.
        { "redis://localhost", "Host", "localhost" },
        { "redis://localhost", "Port", "6379" },
        { "redis://localhost", "Ssl", "false" },
        { "redis://localhost", "UnixSocketPath", "null" },
        { "rediss://cache.example.com", "Ssl", "true" },
        { "rediss://cache.example.com:6380", "Port", "6380" },
        { "REDIS://Example.COM", "Host", "Example.COM" },
        { "ReDiSs://h", "Ssl", "true" },
        { "unix:///var/run/redis.sock", "UnixSocketPath", "/var/run/redis.sock" },
        { "unix:///var/run/redis.sock", "Ssl", "false" },
        { "UNIX:///tmp/redis%20x.sock", "UnixSocketPath", "/tmp/redis x.sock" },
        { "unix://alice:pw@/tmp/redis.sock?db=2", "Database", "2" },
        { "unix://alice:pw@/tmp/redis.sock?db=2", "Username", "alice" },
        { "unix://alice:pw@/tmp/redis.sock?db=2", "Password", "pw" },
        { "unix://alice:pw@/tmp/redis.sock?db=2", "UnixSocketPath", "/tmp/redis.sock" },

        // Hosts and ports.
        { "redis://10.0.0.5:7000", "Host", "10.0.0.5" },
        { "redis://10.0.0.5:7000", "Port", "7000" },
        { "redis://[::1]:6380", "Host", "::1" },
        { "redis://[::1]:6380", "Port", "6380" },
        { "redis://[fe80::1]", "Host", "fe80::1" },
        { "redis://[fe80::1]", "Port", "6379" },
        { "redis://", "Host", "localhost" },
        { "redis://:6380", "Host", "localhost" },
        { "redis://:6380", "Port", "6380" },
        { "redis://h:", "Port", "6379" },
        { "redis://h:65535", "Port", "65535" },
        { "redis://h:1", "Port", "1" },
        { "  redis://padded  ", "Host", "padded" },

        // User information.
        { "redis://alice:pw@h", "Username", "alice" },
        { "redis://alice:pw@h", "Password", "pw" },
        { "redis://alice:pw@h", "Host", "h" },
        { "redis://:pw@h", "Username", "null" },
        { "redis://:pw@h", "Password", "pw" },
        { "redis://alice@h", "Username", "alice" },
        { "redis://alice@h", "Password", "null" },
        { "redis://alice:p%40ss%3Aword@h", "Password", "p@ss:word" },
        { "redis://al%40ice:x@h", "Username", "al@ice" },
        { "redis://u:pa/ss@word@h/1", "Password", "pa/ss@word" },
        { "redis://u:pa/ss@word@h/1", "Host", "h" },
        { "redis://u:pa/ss@word@h/1", "Database", "1" },
        { "redis://alice:pw@h?username=bob&password=other", "Username", "alice" },
        { "redis://alice:pw@h?username=bob&password=other", "Password", "pw" },

        // Database: path, query, query wins.
        { "redis://h/3", "Database", "3" },
        { "redis://h/", "Database", "0" },
        { "redis://h:6379/15", "Database", "15" },
        { "redis://h?db=7", "Database", "7" },
        { "redis://h/3?db=5", "Database", "5" },

        // Every query key.
        { "redis://h?username=bob", "Username", "bob" },
        { "redis://h?password=p%26w", "Password", "p&w" },
        { "redis://h?socket_timeout=0.5", "SocketTimeout", "0.5s" },
        { "redis://h?socket_timeout=10", "SocketTimeout", "10s" },
        { "redis://h?socket_connect_timeout=2", "SocketConnectTimeout", "2s" },
        { "redis://h?socket_keepalive=off", "SocketKeepAlive", "false" },
        { "redis://h?socket_keepalive=YES", "SocketKeepAlive", "true" },
        { "redis://h?health_check_interval=0", "HealthCheckInterval", "0s" },
        { "redis://h?health_check_interval=30", "HealthCheckInterval", "30s" },
        { "redis://h?max_connections=20", "MaxConnections", "20" },
        { "redis://h?timeout=1.5", "PoolTimeout", "1.5s" },
        { "redis://h?client_name=my-app", "ClientName", "my-app" },
        { "redis://h?client_name=my+app", "ClientName", "my app" },
        { "redis://h?client_name=", "ClientName", "null" },
        { "redis://h?protocol=2", "Protocol", "2" },
        { "redis://h?protocol=3", "Protocol", "3" },
        { "rediss://h?ssl_cert_reqs=NONE", "SslCertReqs", "None" },
        { "rediss://h?ssl_cert_reqs=optional", "SslCertReqs", "Optional" },
        { "rediss://h?ssl_cert_reqs=Required", "SslCertReqs", "Required" },
        { "rediss://h?ssl_ca_certs=%2Fetc%2Fca.pem", "SslCaCerts", "/etc/ca.pem" },
        { "rediss://h?ssl_certfile=/etc/client.pem", "SslCertFile", "/etc/client.pem" },
        { "rediss://h?ssl_keyfile=/etc/client.key", "SslKeyFile", "/etc/client.key" },
        { "rediss://h?ssl_password=kp", "SslPassword", "kp" },
        { "rediss://h?ssl_check_hostname=false", "SslCheckHostname", "false" },
        { "rediss://h?ssl_server_hostname=redis.internal", "SslServerHostname", "redis.internal" },
        { "redis://h?decode_responses=true", "DecodeResponses", "true" },
        { "redis://h?decode_responses=1", "DecodeResponses", "true" },
        { "redis://h?encoding=latin-1", "Encoding", "iso-8859-1" },
        { "redis://h?encoding=iso-8859-1", "Encoding", "iso-8859-1" },
        { "redis://h?encoding=utf-8", "Encoding", "utf-8" },
        { "redis://h?encoding=UTF8", "Encoding", "utf-8" },
        { "redis://h?encoding=ascii", "Encoding", "us-ascii" },
        { "redis://h?retries=0", "RetryAttempts", "0" },
        { "redis://h?retries=5", "RetryAttempts", "5" },
        { "redis://h?retry_backoff_base=0.25", "RetryBackoffBase", "0.25s" },
        { "redis://h?retry_backoff_cap=20", "RetryBackoffCap", "20s" },
        { "redis://h?retry_on_timeout=on", "RetryOnTimeout", "true" },
        { "redis://h?cluster=true", "Cluster", "true" },
        { "redis://h?lib_name=my-lib", "LibName", "my-lib" },
        { "redis://h?lib_version=1.2.3", "LibVersion", "1.2.3" },
        { "redis://h:6380/2?socket_timeout=3&decode_responses=true&max_connections=7", "MaxConnections", "7" },
    };

    [Theory]
    [MemberData(nameof(GoodUrls))]
    public void Parse_sets_the_property(string url, string property, string expected)
    {
        var options = RedisUrl.Parse(url);

        Assert.Equal(expected, OptionValueText.Of(options, property));
    }

    [Fact]
    public void Every_query_key_has_a_good_url_row_that_checks_its_property()
    {
        var rows = GoodUrls.Select(row => (Url: (string)row[0], Property: (string)row[1])).ToList();

        foreach (var key in RedisUrlQueryKeys.All.Values)
        {
            Assert.True(
                rows.Any(r => r.Property == key.PropertyName && (r.Url.Contains("?" + key.Name + "=", StringComparison.Ordinal) || r.Url.Contains("&" + key.Name + "=", StringComparison.Ordinal))),
                $"No GoodUrls row sets query key '{key.Name}' and checks {key.PropertyName}.");
        }
    }

    [Fact]
    public void Every_key_sets_an_existing_property_and_every_property_is_reachable_from_a_url()
    {
        var fromUrlStructure = new[] { "Host", "Port", "UnixSocketPath", "Ssl" };

        // Services and code, not settings: set in code only (the URL's user and password are the credential provider's alternative).
        var notInUrls = new[] { nameof(RedisOptions.LoggerFactory), nameof(RedisOptions.CredentialProvider) };
        var properties = typeof(RedisOptions).GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var keyed = RedisUrlQueryKeys.All.Values.Select(k => k.PropertyName).ToHashSet(StringComparer.Ordinal);

        Assert.All(keyed, p => Assert.Contains(p, properties));
        Assert.Empty(properties.Except(keyed).Except(fromUrlStructure).Except(notInUrls));
        Assert.Equal(RedisUrlQueryKeys.All.Count, keyed.Count);
    }

    [Fact]
    public void Documented_query_keys_match_the_table()
    {
        // RedisOptions names each property's redis-py key as <c>key</c> in its doc comment.
        var docPath = Path.ChangeExtension(typeof(RedisOptions).Assembly.Location, ".xml");
        Assert.True(File.Exists(docPath), "RedisKit.xml is copied next to the tests.");
        var members = System.Xml.Linq.XDocument.Load(docPath).Descendants("member")
            .Where(m => ((string?)m.Attribute("name"))?.StartsWith("P:RedisKit.RedisOptions.", StringComparison.Ordinal) == true)
            .ToDictionary(m => ((string)m.Attribute("name")!)["P:RedisKit.RedisOptions.".Length..], m => m.Descendants("c").Select(c => c.Value).ToHashSet(StringComparer.Ordinal));

        foreach (var key in RedisUrlQueryKeys.All.Values)
        {
            Assert.True(members[key.PropertyName].Contains(key.Name), $"RedisOptions.{key.PropertyName} does not document <c>{key.Name}</c>.");
        }
    }

    [Fact]
    public void Parse_applies_the_url_over_a_copy_of_the_base_options()
    {
        var baseOptions = new RedisOptions
        {
            Host = "base-host",
            Port = 1234,
            Database = 2,
            DecodeResponses = true,
            Password = "base-pw",
            Ssl = true,
            UnixSocketPath = "/tmp/base.sock",
            SocketTimeout = TimeSpan.FromSeconds(9),
        };

        var options = RedisUrl.Parse("redis://url-host?socket_timeout=1", baseOptions);

        Assert.NotSame(baseOptions, options);
        Assert.Equal("url-host", options.Host);
        Assert.Equal(1234, options.Port);
        Assert.Equal(2, options.Database);
        Assert.True(options.DecodeResponses);
        Assert.Equal("base-pw", options.Password);
        Assert.False(options.Ssl);
        Assert.Null(options.UnixSocketPath);
        Assert.Equal(TimeSpan.FromSeconds(1), options.SocketTimeout);
        Assert.Equal("base-host", baseOptions.Host);
        Assert.Equal(TimeSpan.FromSeconds(9), baseOptions.SocketTimeout);
        Assert.True(baseOptions.Ssl);
    }

    [Fact]
    public void Parse_without_base_options_starts_from_defaults()
    {
        var options = RedisUrl.Parse("redis://h");
        var defaults = new RedisOptions();

        Assert.Equal(defaults.SocketTimeout, options.SocketTimeout);
        Assert.Equal(defaults.MaxConnections, options.MaxConnections);
        Assert.Equal(defaults.Protocol, options.Protocol);
        Assert.Equal(defaults.Encoding.WebName, options.Encoding.WebName);
    }

    [Fact]
    public void Parsed_utf8_encoding_emits_no_byte_order_mark()
    {
        var options = RedisUrl.Parse("redis://h?encoding=utf-8");

        Assert.Empty(options.Encoding.GetPreamble());
    }

    [Fact]
    public void Parsed_options_ToString_hides_the_password()
    {
        var options = RedisUrl.Parse("redis://alice:S3cr3t-Pa55@h?ssl_password=S3cr3t-Pa55");

        Assert.DoesNotContain("S3cr3t", options.ToString(), StringComparison.Ordinal);
    }
}
