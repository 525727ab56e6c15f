using RedisKit.TestKit;

namespace RedisKit.IntegrationTests.Connections;

/// <summary>A server that requires a password, reached by a client that has none configured.</summary>
public sealed class MissingPasswordTests
{
    private const string Password = "Req-Pass-4q9";

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Hello_refused_for_want_of_a_password_says_a_password_is_needed_and_where_to_set_it(int protocol)
    {
        await using var server = await RedisServerProcess.StartAsync("--requirepass", Password);
        await using var redis = RedisClient.FromUrl($"redis://{server.Host}:{server.Port}?protocol={protocol}");

        var error = await Assert.ThrowsAsync<RedisAuthenticationException>(async () => await redis.PingAsync());
        AssertExplains(error, server);
        Assert.Contains("HELLO must be called", error.Message, StringComparison.Ordinal);

        var synchronous = Assert.Throws<RedisAuthenticationException>(() => redis.ExecuteCommand("PING"));
        AssertExplains(synchronous, server);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_server_without_hello_answering_noauth_says_a_password_is_needed_when_connecting(int protocol)
    {
        // A server without HELLO (before 6.0) makes the client fall back to AUTH, which it skips with no password.
        await using var server = await RedisServerProcess.StartAsync("--requirepass", Password, "--rename-command", "HELLO", "");
        await using var redis = RedisClient.FromUrl($"redis://{server.Host}:{server.Port}?protocol={protocol}");

        var error = await Assert.ThrowsAsync<RedisAuthenticationException>(async () => await redis.SetAsync("k", "v"));
        AssertExplains(error, server);
        Assert.Contains("Authentication required", error.Message, StringComparison.Ordinal);

        var synchronous = Assert.Throws<RedisAuthenticationException>(() => redis.ExecuteCommand("GET", "k"));
        AssertExplains(synchronous, server);

        await using var withPassword = RedisClient.FromUrl($"redis://:{Password}@{server.Host}:{server.Port}?protocol={protocol}", new RedisOptions { DecodeResponses = true });
        Assert.True(await withPassword.SetAsync("k", "v"));
        Assert.Equal("v", withPassword.ExecuteCommand("GET", "k"));
    }

    [Fact]
    public async Task A_configured_but_wrong_password_stays_a_wrongpass_error()
    {
        await using var server = await RedisServerProcess.StartAsync("--requirepass", Password);
        await using var redis = RedisClient.FromUrl($"redis://:not-it@{server.Host}:{server.Port}");

        var error = await Assert.ThrowsAsync<RedisAuthenticationException>(async () => await redis.PingAsync());
        Assert.Equal("WRONGPASS", error.Prefix);
        Assert.DoesNotContain("none is configured", error.Message, StringComparison.Ordinal);
    }

    private static void AssertExplains(RedisAuthenticationException error, RedisServerProcess server)
    {
        Assert.Equal("NOAUTH", error.Prefix);
        Assert.Contains($"The server at {server.Host}:{server.Port} requires a password and none is configured", error.Message, StringComparison.Ordinal);
        Assert.Contains("redis://:password@host", error.Message, StringComparison.Ordinal);
        Assert.Contains("password=...", error.Message, StringComparison.Ordinal);
        Assert.Contains("RedisOptions.Password", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, error.ToString(), StringComparison.Ordinal);
    }
}
