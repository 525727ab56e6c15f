using RedisKit.Configuration;

namespace RedisKit.Tests.Configuration;

public sealed class RedisUrlRedactTests
{
    [Theory]
    [InlineData("redis://user:S3cr3t-Pa55@host:6379/0", "redis://user:***@host:6379/0")]
    [InlineData("redis://:S3cr3t-Pa55@host", "redis://:***@host")]
    [InlineData("rediss://user@host", "rediss://user@host")]
    [InlineData("redis://host:6379/1", "redis://host:6379/1")]
    [InlineData("redis://host?password=S3cr3t-Pa55&db=1", "redis://host?password=***&db=1")]
    [InlineData("rediss://u:S3cr3t-Pa55@h?ssl_password=S3cr3t-Pa55", "rediss://u:***@h?ssl_password=***")]
    [InlineData("redis://u:S3cr3t/Pa55@h", "redis://u:***@h")]
    [InlineData("redis://u:S3cr3t?Pa55@h", "redis://u:***@h")]
    [InlineData("unix://u:S3cr3t-Pa55@/tmp/redis.sock?db=2", "unix://u:***@/tmp/redis.sock?db=2")]
    [InlineData("u:S3cr3t-Pa55@h", "u:***@h")]
    [InlineData("", "")]
    public void Redact_masks_every_password(string url, string expected)
    {
        Assert.Equal(expected, RedisUrl.Redact(url));
    }

    [Fact]
    public void Redact_of_null_is_empty()
    {
        Assert.Equal(string.Empty, RedisUrl.Redact(null));
    }
}
