using RedisKit;
using RedisKit.Configuration;

namespace RedisKit.Tests.Configuration;

public sealed class ConfigurationStringParseTests
{
    private const string Secret = "S3cr3t-Pa55";

    /// <summary>Connection string, property of <see cref="RedisOptions"/>, its expected value as <see cref="OptionValueText"/> writes it.</summary>
    public static TheoryData<string, string, string> GoodStrings { get; } = new()
    {
        // What .NET Aspire injects (without and with a password, with TLS) and what Azure hands out.
        { "localhost:6379", "Host", "localhost" },
        { "localhost:6379", "Port", "6379" },
        { "localhost:6379", "Ssl", "false" },
        { "localhost:6379,password=" + Secret, "Password", Secret },
        { "localhost:6380,ssl=true,password=" + Secret, "Ssl", "true" },
        { "localhost:6380,ssl=true,password=" + Secret, "Port", "6380" },
        { "localhost:51131,password=" + Secret + ",ssl=true", "Password", Secret },
        { "localhost:51131,password=" + Secret + ",ssl=true", "Ssl", "true" },
        { "contoso.redis.cache.windows.net:6380,password=abc+/def=,ssl=True,abortConnect=False", "Password", "abc+/def=" },
        { "contoso.redis.cache.windows.net:6380,password=abc+/def=,ssl=True,abortConnect=False", "Host", "contoso.redis.cache.windows.net" },

        // Servers.
        { "localhost", "Host", "localhost" },
        { "localhost", "Port", "6379" },
        { "localhost,ssl=true", "Port", "6380" },
        { "cache.example.com:7000", "Port", "7000" },
        { "10.0.0.5:1", "Host", "10.0.0.5" },
        { "h:65535", "Port", "65535" },
        { "[::1]:6390", "Host", "::1" },
        { "[::1]:6390", "Port", "6390" },
        { "[fe80::1]", "Port", "6379" },
        { "::1", "Host", "::1" },
        { "  padded  , password = " + Secret + " ", "Host", "padded" },
        { "  padded  , password = " + Secret + " ", "Password", Secret },
        { "password=" + Secret + ",h:7001", "Port", "7001" },
        { "h,,ssl=false,", "Ssl", "false" },

        // Every mapped key.
        { "h,user=alice", "Username", "alice" },
        { "h,ssl=yes", "Ssl", "true" },
        { "h,sslHost=cache.example.com", "SslServerHostname", "cache.example.com" },
        { "h,connectTimeout=1500", "SocketConnectTimeout", "1.5s" },
        { "h,syncTimeout=2000", "SocketTimeout", "2s" },
        { "h,asyncTimeout=3000", "SocketTimeout", "3s" },
        { "h,asyncTimeout=3000,syncTimeout=2000", "SocketTimeout", "3s" },
        { "h,syncTimeout=2000,asyncTimeout=3000", "SocketTimeout", "3s" },
        { "h,defaultDatabase=4", "Database", "4" },
        { "h,name=billing-api", "ClientName", "billing-api" },
        { "h,keepAlive=30", "HealthCheckInterval", "30s" },
        { "h,keepAlive=0", "HealthCheckInterval", "0s" },
        { "h,tcpKeepAlive=false", "SocketKeepAlive", "false" },
        { "h,protocol=resp2", "Protocol", "2" },
        { "h,protocol=RESP3", "Protocol", "3" },
        { "h,protocol=2", "Protocol", "2" },
        { "h,setlib=false", "LibName", "null" },
        { "h,setlib=false", "LibVersion", "null" },
        { "h,setlib=true", "LibName", "RedisKit" },

        // Keys are case-insensitive; an empty value changes nothing.
        { "h,PASSWORD=" + Secret, "Password", Secret },
        { "h,DefaultDatabase=2,SSL=TRUE", "Database", "2" },
        { "h,name=", "ClientName", "null" },
        { "h,connectTimeout=", "SocketConnectTimeout", "5s" },

        // Accepted and ignored.
        { "h,abortConnect=false,allowAdmin=true,connectRetry=5,resolveDns=true,version=7.2", "Host", "h" },
        { "h,configChannel=x,configCheckSeconds=60,topologyRefreshSeconds=0,tiebreaker=", "Host", "h" },
        { "h,highPriorityThreads=true,preserveAsyncOrder=false,responseTimeout=5000,writeBuffer=4096", "Host", "h" },
        { "h,checkCertificateRevocation=false,highIntegrity=false,proxy=None,sslProtocols=tls12|Tls13", "Host", "h" },
        { "h,keepAlive=-1", "HealthCheckInterval", "0s" },

        // A value holding ':', '=' or '://' is a value, not a URL.
        { "h,password=a://b=c", "Password", "a://b=c" },
    };

    /// <summary>Connection string (always holding <see cref="Secret"/>), exception type, fragments the message must contain ('|' between them).</summary>
    public static TheoryData<string, Type, string> BadStrings { get; } = new()
    {
        // Servers.
        { "h1:6379,h2:6379,password=" + Secret, typeof(ArgumentException), "more than one server|'h1:6379'|'h2:6379'|only one is supported yet|Sentinel" },
        { "password=" + Secret, typeof(ArgumentException), "no server|host[:port]" },
        { "h:0,password=" + Secret, typeof(FormatException), "port|'0'|1 to 65535" },
        { "h:99999,password=" + Secret, typeof(FormatException), "port|'99999'" },
        { "h:abc,password=" + Secret, typeof(FormatException), "port|'abc'" },
        { "h:,password=" + Secret, typeof(FormatException), "'h:'|no port" },
        { ":6379,password=" + Secret, typeof(FormatException), "no host name" },
        { "my host,password=" + Secret, typeof(FormatException), "'my host'|whitespace" },
        { "[::1:6379,password=" + Secret, typeof(FormatException), "IPv6|']'" },
        { "[nope]:6379,password=" + Secret, typeof(FormatException), "'nope'|IPv6" },
        { "[::1]x,password=" + Secret, typeof(FormatException), "IPv6|port" },
        { "a:b:c,password=" + Secret, typeof(FormatException), "'a:b:c'|more than one ':'|[::1]:6379" },
        { "alice:" + Secret + "@h:6379", typeof(ArgumentException), "scheme|redis://" },

        // Keys.
        { "h,sockettimeout=5,password=" + Secret, typeof(ArgumentException), "Unknown connection string key 'sockettimeout'|valid keys|connectTimeout|abortConnect" },
        { "h,password=x" + Secret + ",syncTimeout=5,password=" + Secret, typeof(ArgumentException), "'password'|more than once" },
        { "h,password=" + Secret + ",SSL=true,ssl=false", typeof(ArgumentException), "'ssl'|more than once" },
        { "h,password=" + Secret + ",serviceName=mymaster", typeof(ArgumentException), "'serviceName'|not supported|Sentinel" },
        { "h,sentinelPassword=" + Secret, typeof(ArgumentException), "'sentinelPassword'|not supported" },
        { "h,password=" + Secret + ",sentinelUser=u", typeof(ArgumentException), "'sentinelUser'|not supported" },
        { "h,password=" + Secret + ",channelPrefix=app:", typeof(ArgumentException), "'channelPrefix'|not supported" },
        { "h,password=" + Secret + ",tunnel=http:proxy:8080", typeof(ArgumentException), "'tunnel'|not supported" },
        { "h,password=" + Secret + ",defaults=azure", typeof(ArgumentException), "'defaults'|not supported" },
        { "h,$INFO=,password=" + Secret, typeof(ArgumentException), "'$INFO'|renamed commands" },

        // Bad values, one or more per typed key.
        { "h,password=" + Secret + ",ssl=maybe", typeof(FormatException), "'maybe'|'ssl'|RedisOptions.Ssl|true or false" },
        { "h,password=" + Secret + ",connectTimeout=0", typeof(FormatException), "'0'|'connectTimeout'|RedisOptions.SocketConnectTimeout|milliseconds" },
        { "h,password=" + Secret + ",connectTimeout=1.5", typeof(FormatException), "'1.5'|'connectTimeout'" },
        { "h,password=" + Secret + ",syncTimeout=-1", typeof(FormatException), "'-1'|'syncTimeout'|RedisOptions.SocketTimeout" },
        { "h,password=" + Secret + ",asyncTimeout=5s", typeof(FormatException), "'5s'|'asyncTimeout'" },
        { "h,password=" + Secret + ",defaultDatabase=-1", typeof(FormatException), "'-1'|'defaultDatabase'|RedisOptions.Database|0 or more" },
        { "h,password=" + Secret + ",keepAlive=-2", typeof(FormatException), "'-2'|'keepAlive'|-1 or more" },
        { "h,password=" + Secret + ",tcpKeepAlive=2", typeof(FormatException), "'2'|'tcpKeepAlive'" },
        { "h,password=" + Secret + ",protocol=resp4", typeof(FormatException), "'resp4'|'protocol'|resp2 or resp3" },
        { "h,password=" + Secret + ",setlib=nope", typeof(FormatException), "'nope'|'setlib'" },
        { "h,password=" + Secret + ",abortConnect=never", typeof(FormatException), "'never'|'abortConnect'|ignored" },
        { "h,password=" + Secret + ",allowAdmin=x", typeof(FormatException), "'x'|'allowAdmin'" },
        { "h,password=" + Secret + ",connectRetry=-1", typeof(FormatException), "'-1'|'connectRetry'" },
        { "h,password=" + Secret + ",resolveDns=1x", typeof(FormatException), "'1x'|'resolveDns'" },
        { "h,password=" + Secret + ",version=seven", typeof(FormatException), "'seven'|'version'" },
        { "h,password=" + Secret + ",configCheckSeconds=x", typeof(FormatException), "'x'|'configCheckSeconds'" },
        { "h,password=" + Secret + ",topologyRefreshSeconds=-5", typeof(FormatException), "'-5'|'topologyRefreshSeconds'" },
        { "h,password=" + Secret + ",highPriorityThreads=x", typeof(FormatException), "'x'|'highPriorityThreads'" },
        { "h,password=" + Secret + ",preserveAsyncOrder=x", typeof(FormatException), "'x'|'preserveAsyncOrder'" },
        { "h,password=" + Secret + ",responseTimeout=x", typeof(FormatException), "'x'|'responseTimeout'" },
        { "h,password=" + Secret + ",writeBuffer=x", typeof(FormatException), "'x'|'writeBuffer'" },
        { "h,password=" + Secret + ",checkCertificateRevocation=true", typeof(FormatException), "'true'|'checkCertificateRevocation'|does not check certificate revocation" },
        { "h,password=" + Secret + ",highIntegrity=true", typeof(FormatException), "'true'|'highIntegrity'" },
        { "h,password=" + Secret + ",proxy=twemproxy", typeof(FormatException), "'twemproxy'|'proxy'|not supported" },
        { "h,password=" + Secret + ",sslProtocols=tls11", typeof(FormatException), "'tls11'|'sslProtocols'|tls12" },
    };

    [Theory]
    [MemberData(nameof(GoodStrings))]
    public void Parse_maps_each_part_onto_its_option(string text, string property, string expected)
    {
        var options = ConfigurationStringParser.Parse(text);

        Assert.Equal(expected, OptionValueText.Of(options, property));
    }

    [Theory]
    [MemberData(nameof(BadStrings))]
    public void Parse_rejects_the_string_naming_the_key_and_what_was_wrong_and_hiding_the_password(string text, Type exceptionType, string fragments)
    {
        Assert.Contains(Secret, text, StringComparison.Ordinal);

        ParseErrorAssert.RejectedWithoutPassword(text, exceptionType, fragments);
    }

    [Fact]
    public void Every_key_has_a_good_row_and_every_typed_key_a_bad_value_row()
    {
        var good = GoodStrings.Select(row => (string)row[0]).ToList();
        var bad = BadStrings.Select(row => (string)row[0]).ToList();
        foreach (var key in ConfigurationStringKeys.All.Values)
        {
            bool Mentions(string text) => text.Contains("," + key.Name + "=", StringComparison.OrdinalIgnoreCase)
                || text.StartsWith(key.Name + "=", StringComparison.OrdinalIgnoreCase);

            if (key.Unsupported is not null)
            {
                Assert.True(bad.Any(Mentions), $"No BadStrings row refuses key '{key.Name}'.");
                continue;
            }

            Assert.True(good.Any(Mentions), $"No GoodStrings row accepts key '{key.Name}'.");
            if (key.Expected != "any text")
            {
                Assert.True(bad.Any(Mentions), $"No BadStrings row gives key '{key.Name}' a bad value.");
            }
        }
    }

    [Theory]
    [InlineData("h,password=" + Secret + ",Pa55word-tail")]
    [InlineData("h,password=" + Secret + ",Pa55=word")]
    [InlineData("h,password=" + Secret + ",,Pa55=word")]
    public void A_part_after_the_password_is_never_shown_as_it_may_be_the_rest_of_it(string text)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(() => ConfigurationStringParser.Parse(text));

        Assert.DoesNotContain("Pa55", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_string_decides_the_transport_and_leaves_everything_else_of_the_base_options()
    {
        var baseOptions = new RedisOptions
        {
            UnixSocketPath = "/tmp/redis.sock",
            Ssl = true,
            Port = 7777,
            Database = 5,
            MaxConnections = 9,
            Password = "base",
            SslCaCerts = "/etc/ca.pem",
        };

        var options = ConfigurationStringParser.Parse("cache:6390,user=alice", baseOptions);

        Assert.Equal((null, false, "cache", 6390), (options.UnixSocketPath, options.Ssl, options.Host, options.Port));
        Assert.Equal((5, 9, "alice", "base", "/etc/ca.pem"), (options.Database, options.MaxConnections, options.Username, options.Password, options.SslCaCerts));
        Assert.Equal("/tmp/redis.sock", baseOptions.UnixSocketPath);
    }

    [Fact]
    public void Every_entry_point_that_takes_a_url_takes_a_connection_string()
    {
        var applied = new RedisOptions { MaxConnections = 3 };
        applied.ApplyUrl("localhost:6380,password=" + Secret + ",ssl=true");
        using var client = RedisClient.FromUrl("127.0.0.1:6399,defaultDatabase=2");
        using var pool = ConnectionPool.FromUrl("[::1]:6398,name=api");

        Assert.Equal(("localhost", 6380, true, Secret, 3), (applied.Host, applied.Port, applied.Ssl, applied.Password, applied.MaxConnections));
        Assert.Equal(("127.0.0.1", 6399, 2), (client.Options.Host, client.Options.Port, client.Options.Database));
        Assert.Equal(("::1", 6398, "api"), (pool.Options.Host, pool.Options.Port, pool.Options.ClientName));
        Assert.DoesNotContain(Secret, applied.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost:6379", "localhost:6379")]
    [InlineData("localhost:6380,password=" + Secret + ",ssl=true", "localhost:6380,password=***,ssl=true")]
    [InlineData("h,PASSWORD=" + Secret + ",Pa55-tail,ssl=true", "h,PASSWORD=***,***,ssl=true")]
    [InlineData("h,sentinelPassword=" + Secret, "h,sentinelPassword=***")]
    [InlineData("alice:" + Secret + "@h,ssl=true", "***,ssl=true")]
    public void Redact_masks_every_password(string text, string expected)
    {
        Assert.Equal(expected, RedisUrl.Redact(text));
    }

    [Theory]
    [InlineData("localhost", true)]
    [InlineData("localhost:6379,password=x", true)]
    [InlineData("h,password=a://b", true)]
    [InlineData("redis://h", false)]
    [InlineData("http://h", false)]
    [InlineData("://h", false)]
    public void Text_without_a_scheme_in_front_is_a_connection_string(string text, bool expected)
    {
        Assert.Equal(expected, ConfigurationStringParser.IsConfigurationString(text));
    }
}
