using RedisKit.Configuration;

namespace RedisKit.Tests.Configuration;

public sealed class RedisUrlErrorTests
{
    private const string Password = "S3cr3t-Pa55";
    private const string Auth = "alice:" + Password + "@";

    /// <summary>URL (always holding <see cref="Password"/>), exception type, fragments the message must contain ('|' between them).</summary>
    public static TheoryData<string, Type, string> BadUrls { get; } = new()
    {
        // Scheme.
        { "http://" + Auth + "h", typeof(ArgumentException), "'http'|redis://|rediss://|unix://" },
        { "tcp://" + Auth + "h:6379", typeof(ArgumentException), "'tcp'|redis://" },
        { Auth + "h:6379", typeof(ArgumentException), "scheme|redis://" },
        { "://" + Auth + "h", typeof(ArgumentException), "scheme" },

        // Host and port.
        { "redis://" + Auth + "h:99999", typeof(FormatException), "port|'99999'|1 to 65535" },
        { "redis://" + Auth + "h:0", typeof(FormatException), "port|'0'" },
        { "redis://" + Auth + "h:abc", typeof(FormatException), "port|'abc'" },
        { "redis://" + Auth + "h:-1", typeof(FormatException), "port|'-1'" },
        { "redis://" + Auth + "[::1:6379", typeof(FormatException), "IPv6|']'" },
        { "redis://" + Auth + "[not-ipv6]:6379", typeof(FormatException), "IPv6|'not-ipv6'" },
        { "redis://" + Auth + "[::1]x", typeof(FormatException), "IPv6|port" },
        { "redis://" + Auth + "[::1]:70000", typeof(FormatException), "port|'70000'" },
        { "redis://" + Auth + "::1:6379", typeof(FormatException), "':'|[::1]" },
        { "redis://" + Auth + "my%20host", typeof(FormatException), "host|'my host'" },
        { "redis://h:99999?password=" + Password, typeof(FormatException), "port|'99999'" },

        // Unix sockets.
        { "unix://" + Auth + "host/tmp/redis.sock", typeof(FormatException), "host|'host'|unix:///" },
        { "unix://" + Auth, typeof(FormatException), "socket path" },
        { "unix://" + Auth + "/", typeof(FormatException), "socket path" },

        // Database.
        { "redis://" + Auth + "h/abc", typeof(FormatException), "db|path|'/abc'" },
        { "redis://" + Auth + "h/-1", typeof(FormatException), "db|path|'/-1'" },
        { "redis://" + Auth + "h/1.5", typeof(FormatException), "db|path" },
        { "redis://" + Auth + "h?db=x", typeof(FormatException), "'db'|query|'x'|Database" },
        { "redis://" + Auth + "h?db=-2", typeof(FormatException), "'db'|query|'-2'" },
        { "unix://" + Auth + "/tmp/s.sock?db=nope", typeof(FormatException), "'db'|query|'nope'" },

        // Keys.
        { "redis://" + Auth + "h?foo=1", typeof(ArgumentException), "'foo'|valid keys|socket_timeout|retry_on_timeout" },
        { "redis://" + Auth + "h?DB=1", typeof(ArgumentException), "'DB'|valid keys" },
        { "redis://" + Auth + "h?sockettimeout", typeof(ArgumentException), "'sockettimeout'" },
        { "redis://" + Auth + "h?db=1&db=2", typeof(ArgumentException), "'db'|more than once" },
        { "redis://h?password=" + Password + "&password=" + Password, typeof(ArgumentException), "'password'|more than once" },
        { "rediss://" + Auth + "h?ssl_password=" + Password + "&ssl_password=x", typeof(ArgumentException), "'ssl_password'|more than once" },

        // Bad values, one or more per typed key.
        { "redis://" + Auth + "h?socket_timeout=0", typeof(FormatException), "'socket_timeout'|'0'|greater than 0" },
        { "redis://" + Auth + "h?socket_timeout=-1", typeof(FormatException), "'socket_timeout'|'-1'" },
        { "redis://" + Auth + "h?socket_timeout=abc", typeof(FormatException), "'socket_timeout'|'abc'" },
        { "redis://" + Auth + "h?socket_timeout=1,5", typeof(FormatException), "'socket_timeout'|'1,5'" },
        { "redis://" + Auth + "h?socket_timeout=NaN", typeof(FormatException), "'socket_timeout'|'NaN'" },
        { "redis://" + Auth + "h?socket_timeout=1e400", typeof(FormatException), "'socket_timeout'|'1e400'" },
        { "redis://" + Auth + "h?socket_connect_timeout=0", typeof(FormatException), "'socket_connect_timeout'|'0'" },
        { "redis://" + Auth + "h?socket_keepalive=maybe", typeof(FormatException), "'socket_keepalive'|'maybe'|yes/no" },
        { "redis://" + Auth + "h?health_check_interval=-5", typeof(FormatException), "'health_check_interval'|'-5'" },
        { "redis://" + Auth + "h?max_connections=0", typeof(FormatException), "'max_connections'|'0'|1 or more" },
        { "redis://" + Auth + "h?max_connections=1.5", typeof(FormatException), "'max_connections'|'1.5'" },
        { "redis://" + Auth + "h?max_connections=99999999999", typeof(FormatException), "'max_connections'|'99999999999'" },
        { "redis://" + Auth + "h?timeout=0", typeof(FormatException), "'timeout'|'0'" },
        { "redis://" + Auth + "h?protocol=4", typeof(FormatException), "'protocol'|'4'|2 to 3" },
        { "rediss://" + Auth + "h?ssl_cert_reqs=sometimes", typeof(FormatException), "'ssl_cert_reqs'|'sometimes'|none, optional or required" },
        { "rediss://" + Auth + "h?ssl_check_hostname=2", typeof(FormatException), "'ssl_check_hostname'|'2'" },
        { "redis://" + Auth + "h?decode_responses=yep", typeof(FormatException), "'decode_responses'|'yep'" },
        { "redis://" + Auth + "h?encoding=klingon", typeof(FormatException), "'encoding'|'klingon'" },
        { "redis://" + Auth + "h?retries=-1", typeof(FormatException), "'retries'|'-1'" },
        { "redis://" + Auth + "h?retry_backoff_base=0", typeof(FormatException), "'retry_backoff_base'|'0'" },
        { "redis://" + Auth + "h?retry_backoff_cap=-1", typeof(FormatException), "'retry_backoff_cap'|'-1'" },
        { "redis://" + Auth + "h?retry_on_timeout=nah", typeof(FormatException), "'retry_on_timeout'|'nah'" },
        { "redis://" + Auth + "h?cluster=maybe", typeof(FormatException), "'cluster'|'maybe'" },
    };

    [Theory]
    [MemberData(nameof(BadUrls))]
    public void Parse_rejects_the_url_naming_the_part_and_hiding_the_password(string url, Type exceptionType, string fragments)
    {
        Assert.Contains(Password, url, StringComparison.Ordinal);

        ParseErrorAssert.RejectedWithoutPassword(url, exceptionType, fragments);
    }

    [Fact]
    public void Every_typed_query_key_has_a_bad_value_row()
    {
        var urls = BadUrls.Select(row => (string)row[0]).ToList();
        var typedKeys = RedisUrlQueryKeys.All.Values.Where(k => k.Expected != "any text");

        foreach (var key in typedKeys)
        {
            Assert.True(
                urls.Any(u => u.Contains("?" + key.Name + "=", StringComparison.Ordinal) || u.Contains("&" + key.Name + "=", StringComparison.Ordinal)),
                $"No BadUrls row gives query key '{key.Name}' a bad value.");
        }
    }

    [Fact]
    public void Null_url_throws_ArgumentNullException_for_url()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => RedisUrl.Parse(null!));

        Assert.Equal("url", exception.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_url_throws_ArgumentException_for_url(string url)
    {
        var exception = Assert.Throws<ArgumentException>(() => RedisUrl.Parse(url));

        Assert.Equal("url", exception.ParamName);
        Assert.Contains("empty", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("redis://alice:S3cr3t?Pa55@h:6379")]
    [InlineData("redis://alice:S3cr3t?Pa55@h:abc")]
    [InlineData("redis://:S3cr3t?Pa55@h/1")]
    [InlineData("redis://alice:S3cr3t?Pa55=1@h")]
    [InlineData("redis://alice:S3cr3t?db=Pa55@h")]
    [InlineData("redis://alice:12?S3cr3t=Pa55@h")]
    [InlineData("redis://alice:12?db=S3cr3t&x=Pa55@h")]
    [InlineData("redis://alice:12?S3cr3t&Pa55@h")]
    public void A_password_with_an_unencoded_question_mark_is_not_leaked_by_the_error(string url)
    {
        var exception = Assert.ThrowsAny<Exception>(() => RedisUrl.Parse(url));

        Assert.True(exception is ArgumentException or FormatException, exception.GetType().Name);
        Assert.DoesNotContain("S3cr3t", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Pa55", exception.Message, StringComparison.Ordinal);
    }
}
