using RedisKit.TestKit;

namespace RedisKit.IntegrationTests.Connections;

/// <summary>
/// ACL users allowed only their own commands connect and work: the handshake needs nothing but
/// HELLO or AUTH (which Redis never refuses by ACL), and SELECT only for a database other than 0.
/// </summary>
public sealed class LeastPrivilegeTests
{
    private const string Password = "app-Pa55";

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_user_with_only_get_and_set_on_its_keys_connects_and_works(int protocol)
    {
        await using var server = await RedisServerProcess.StartAclAsync();
        await using var admin = await AdminWithAppUserAsync(server);

        await using var app = RedisClient.FromUrl(
            AclUsers.Url(server, "app", Password, $"?protocol={protocol}&client_name=worker-{protocol}"),
            new RedisOptions { DecodeResponses = true, HealthCheckInterval = TimeSpan.FromMilliseconds(50) });
        Assert.True(await app.SetAsync("app:k", "v"));
        Assert.Equal("v", await app.GetAsync("app:k"));
        await Assert.ThrowsAsync<RedisPermissionException>(async () => await app.GetAsync("other:k"));
        await Assert.ThrowsAsync<RedisPermissionException>(async () => await app.PingAsync());

        await using (var first = app.Client())
        {
            Assert.True(await first.SetAsync("app:bound", "a"));
        }

        // The idle pooled connection gets a health check PING, which this user may not run: the
        // refusal still proves the connection answers, so the lease goes on.
        await Task.Delay(200);
        await using (var bound = app.Client())
        {
            Assert.True(await bound.SetAsync("app:bound", "b"));
            Assert.Equal("b", await bound.GetAsync("app:bound"));
        }

        // The name came with HELLO, which needs no +client|setname.
        var clients = await admin.ClientListAsync();
        Assert.Contains(clients, c => c.User == "app" && c.Name == $"worker-{protocol}");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_database_other_than_0_needs_select_and_says_so(int protocol)
    {
        await using var server = await RedisServerProcess.StartAclAsync();
        await using var admin = await AdminWithAppUserAsync(server);
        await AclUsers.SetUserAsync(admin, "app1", Password, "~app:*", "+get", "+set", "+select");

        await using var denied = RedisClient.FromUrl(AclUsers.Url(server, "app", Password, $"/1?protocol={protocol}&retries=0"));
        var error = await Assert.ThrowsAsync<RedisPermissionException>(async () => await denied.GetAsync("app:k"));
        Assert.Contains("select", error.Message, StringComparison.OrdinalIgnoreCase);

        await using var allowed = RedisClient.FromUrl(AclUsers.Url(server, "app1", Password, $"/1?protocol={protocol}"), new RedisOptions { DecodeResponses = true });
        Assert.True(await allowed.SetAsync("app:k", "in db 1"));
        Assert.Equal("in db 1", await admin.ExecuteCommandAsync("EVAL", "redis.call('SELECT', 1) return redis.call('GET', KEYS[1])", 1, "app:k"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_wrong_password_still_fails_as_an_authentication_error(int protocol)
    {
        await using var server = await RedisServerProcess.StartAclAsync();
        await using var admin = await AdminWithAppUserAsync(server);
        await using var wrong = RedisClient.FromUrl(AclUsers.Url(server, "app", "not-it", $"?protocol={protocol}&retries=0"));
        var error = await Assert.ThrowsAsync<RedisAuthenticationException>(async () => await wrong.GetAsync("app:k"));
        Assert.Equal("WRONGPASS", error.Prefix);
    }

    /// <summary>An admin client, once it has made the user "app", allowed GET and SET on app:* keys and nothing else.</summary>
    private static async Task<RedisClient> AdminWithAppUserAsync(RedisServerProcess server)
    {
        var admin = RedisClient.FromUrl(AclUsers.AdminUrl(server), new RedisOptions { DecodeResponses = true });
        try
        {
            // No +client, +hello, +auth, +ping or +select: -@all first makes the absence explicit.
            await AclUsers.SetUserAsync(admin, "app", Password, "~app:*", "+get", "+set");
            return admin;
        }
        catch
        {
            await admin.DisposeAsync();
            throw;
        }
    }
}
