using RedisKit.TestKit;

namespace RedisKit.IntegrationTests.Credentials;

/// <summary>
/// NOAUTH after the client connected: the server started to require a password meanwhile. Both
/// the reconnect's handshake and a command answered NOAUTH say a password is needed and where it goes.
/// </summary>
public sealed class NoAuthAfterConnectTests
{
    private const string Password = "Late-Pa55-7w";

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_server_that_gained_a_password_says_so_when_the_client_reconnects(int protocol)
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var admin = RedisClient.FromUrl(server.Url);
        await using var redis = RedisClient.FromUrl($"{server.Url}?protocol={protocol}&retries=0&client_name=late-{protocol}");
        Assert.True(await redis.SetAsync("k", "v"));

        // The admin connection stays authenticated as the default user after the change.
        await admin.ExecuteCommandAsync("CONFIG", "SET", "requirepass", Password);
        await admin.ExecuteCommandAsync("CLIENT", "KILL", "USER", "default", "SKIPME", "yes");

        var error = await Polling.EventuallyAsync(
            async () =>
            {
                try
                {
                    await redis.GetAsync("k");
                    return null;
                }
                catch (RedisConnectionException)
                {
                    return null;
                }
                catch (RedisAuthenticationException ex)
                {
                    return ex;
                }
            },
            ex => ex is not null);

        Assert.Equal("NOAUTH", error!.Prefix);
        Assert.Contains($"The server at {server.Host}:{server.Port} requires a password and none is configured", error.Message, StringComparison.Ordinal);
        Assert.Contains("RedisOptions.Password", error.Message, StringComparison.Ordinal);
        Assert.Contains("RedisOptions.CredentialProvider", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("(This connection is not authenticated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_answered_noauth_on_an_open_connection_says_a_password_is_needed_and_where_to_set_it()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var redis = RedisClient.FromUrl($"{server.Url}?retries=0");
        await using var bound = redis.Client();
        Assert.True(await bound.SetAsync("k", "v"));

        // RESET logs a connection out; the server now wants a password it was never given.
        await redis.ExecuteCommandAsync("CONFIG", "SET", "requirepass", Password);
        await bound.ExecuteCommandAsync("RESET");

        var error = await Assert.ThrowsAsync<RedisAuthenticationException>(async () => await bound.ExecuteCommandAsync("GET", "k"));
        Assert.Equal("NOAUTH", error.Prefix);
        Assert.StartsWith("NOAUTH Authentication required.", error.Message, StringComparison.Ordinal);
        Assert.Contains("the server requires a password: set it in the URL", error.Message, StringComparison.Ordinal);
        Assert.Contains("RedisOptions.CredentialProvider", error.Message, StringComparison.Ordinal);
    }
}
