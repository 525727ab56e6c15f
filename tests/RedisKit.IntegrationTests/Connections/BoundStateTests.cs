using RedisKit.TestKit;

namespace RedisKit.IntegrationTests.Connections;

/// <summary>
/// A client made by Client() whose connection is replaced (CLIENT KILL, the server's idle timeout,
/// a restart) gets its database, name and flags back before any command runs, and a WATCH, MULTI
/// or tracking that cannot come back fails the next command loudly.
/// </summary>
public sealed class BoundStateTests
{
    public enum Loss
    {
        ClientKill,
        IdleTimeout,
        Restart,
    }

    [Theory]
    [InlineData(2, Loss.ClientKill)]
    [InlineData(3, Loss.ClientKill)]
    [InlineData(2, Loss.IdleTimeout)]
    [InlineData(3, Loss.IdleTimeout)]
    [InlineData(2, Loss.Restart)]
    [InlineData(3, Loss.Restart)]
    public async Task A_replaced_connection_gets_its_database_name_and_flags_back(int protocol, Loss loss)
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var redis = Connect(server, protocol);
        await using var c = redis.Client();
        Assert.True(await c.SelectAsync(5));
        Assert.True(await c.ClientSetNameAsync("bound-n"));
        Assert.True(await c.ClientNoEvictAsync(true));
        Assert.True(await c.SetAsync("k1", "v1"));
        await Assert.ThrowsAnyAsync<RedisResponseException>(async () => await c.SelectAsync(100_000));
        var firstId = await c.ClientIdAsync();

        await LoseAsync(server, redis, firstId, loss);

        Assert.True(await c.SetAsync("k2", "v2"));
        if (loss != Loss.Restart)
        {
            // A restarted server numbers its clients from 1 again.
            Assert.NotEqual(firstId, await c.ClientIdAsync());
        }

        Assert.Equal(loss == Loss.Restart ? null : "v1", await c.GetAsync("k1"));
        Assert.Equal("v2", await c.GetAsync("k2"));
        var info = await c.ClientInfoAsync();
        Assert.Equal(5, info.Database);
        Assert.Equal("bound-n", info.Name);
        Assert.Contains("e", info.Flags, StringComparison.Ordinal);

        Assert.Equal(0L, await redis.ExistsAsync("k2"));
        await using var db5 = RedisClient.FromUrl(server.Url + "/5", new RedisOptions { DecodeResponses = true });
        Assert.Equal("v2", await db5.GetAsync("k2"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_pipeline_on_a_replaced_bound_connection_runs_in_its_database(int protocol)
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var redis = Connect(server, protocol);
        await using var c = redis.Client();
        await c.SelectAsync(5);
        await c.SetAsync("k1", "v1");
        await KillAsync(redis, c);

        for (var transaction = 0; transaction < 2; transaction++)
        {
            // A batch sent before the client saw the connection close fails as a transient
            // connection error (pipelines are not resent); sent again, it runs on a restored one.
            PipelineResults? results = null;
            for (var attempt = 0; attempt < 2 && results is null; attempt++)
            {
                await using var pipe = c.Pipeline(transaction == 1);
                pipe.Set("k3", "v3").Get("k1");
                try
                {
                    results = await pipe.ExecuteAsync();
                }
                catch (RedisConnectionException ex) when (attempt == 0 && ex.IsTransient)
                {
                }
            }

            Assert.NotNull(results);
            Assert.Equal("v1", results[1]);
        }

        Assert.Equal(0L, await redis.ExistsAsync("k3"));
        Assert.Equal(5, (await c.ClientInfoAsync()).Database);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_lost_watch_fails_the_transaction_and_the_read_instead_of_running_unwatched(int protocol)
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var redis = Connect(server, protocol);
        await using var c = redis.Client();
        await c.SelectAsync(5);

        // Immediate read after the loss.
        await using (var pipe = c.Pipeline())
        {
            await pipe.WatchAsync("balance");
            await KillAsync(redis, c);
            var lost = await AssertLostAsync(async () => await pipe.Immediate.GetAsync("balance"), "WATCH");
            Assert.False(lost.IsTransient);
        }

        // EXEC after the loss: the transaction must not run without its WATCH.
        await using (var pipe = c.Pipeline())
        {
            await pipe.WatchAsync("balance");
            Assert.Null(await pipe.Immediate.GetAsync("balance"));
            await KillAsync(redis, c);
            pipe.Multi();
            pipe.Set("balance", "spent");
            await Assert.ThrowsAnyAsync<RedisConnectionException>(async () => await pipe.ExecuteAsync());
        }

        Assert.Null(await c.GetAsync("balance"));
        Assert.Equal(5, (await c.ClientInfoAsync()).Database);

        // The same through a pooled client, whose pipeline leases a connection of its own.
        await using (var pipe = redis.Pipeline())
        {
            await pipe.WatchAsync("balance");
            await KillAsync(redis, pipe.Immediate);
            pipe.Multi();
            pipe.Set("balance", "spent");
            await Assert.ThrowsAnyAsync<RedisConnectionException>(async () => await pipe.ExecuteAsync());
        }

        Assert.Equal(0L, await redis.ExistsAsync("balance"));

        // A WATCH that EXEC ended is not reported lost later.
        await using (var pipe = c.Pipeline())
        {
            await pipe.WatchAsync("balance");
            pipe.Multi();
            pipe.Set("balance", "ok");
            await pipe.ExecuteAsync();
        }

        await KillAsync(redis, c);
        Assert.Equal("ok", await c.GetAsync("balance"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_lost_multi_fails_the_next_command_instead_of_running_it_outside_the_transaction(int protocol)
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var redis = Connect(server, protocol);
        await using var c = redis.Client();
        var id = await c.ClientIdAsync();
        Assert.Equal("OK", await c.ExecuteCommandAsync("MULTI"));
        Assert.Equal("QUEUED", await c.ExecuteCommandAsync("SET", "queued", "1"));
        await LoseAsync(server, redis, id, Loss.ClientKill);

        var lost = await ExpectLostAsync(async () => await c.ExecuteCommandAsync("SET", "after", "1"));
        Assert.Contains("MULTI", lost.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await redis.ExistsAsync("after", "queued"));

        // Told once; the client goes on with a fresh connection.
        Assert.True(await c.SetAsync("after", "2"));
        Assert.Equal("2", await redis.GetAsync("after"));
    }

    [Fact]
    public async Task Lost_tracking_is_reported_once_and_not_silently_dropped()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var redis = Connect(server, 3);
        await using var c = redis.Client();
        await c.SelectAsync(2);
        Assert.True(await c.ClientTrackingAsync(true));
        await KillAsync(redis, c);

        var lost = await AssertLostAsync(async () => await c.GetAsync("k"), "TRACKING");
        Assert.Null(await c.GetAsync("k"));
        Assert.Equal(2, (await c.ClientInfoAsync()).Database);
        Assert.DoesNotContain("t", (await c.ClientInfoAsync()).Flags, StringComparison.Ordinal);

        // A pipeline reset after the loss ends its WATCH quietly, but does not swallow the lost tracking.
        Assert.True(await c.ClientTrackingAsync(true));
        await using (var pipe = c.Pipeline())
        {
            await pipe.WatchAsync("k");
            await KillAsync(redis, c);
        }

        lost = await AssertLostAsync(async () => await c.GetAsync("k"), "TRACKING");
        Assert.DoesNotContain("WATCH", lost.Message, StringComparison.Ordinal);
        Assert.Null(await c.GetAsync("k"));

        // Tracking turned off before the loss leaves nothing to report.
        Assert.True(await c.ClientTrackingAsync(true));
        Assert.True(await c.ClientTrackingAsync(false));
        await KillAsync(redis, c);
        Assert.Null(await c.GetAsync("k"));
    }

    [Fact]
    public async Task Raw_state_commands_on_a_bound_client_are_recorded_too()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var redis = Connect(server, 3);
        await using var c = redis.Client();
        await c.ExecuteCommandAsync("SELECT", 7);
        await c.ExecuteCommandAsync("CLIENT", "SETNAME", "raw-n");
        await KillAsync(redis, c);
        Assert.True(await c.SetAsync("k", "v"));
        var info = await c.ClientInfoAsync();
        Assert.Equal(7, info.Database);
        Assert.Equal("raw-n", info.Name);

        await c.ExecuteCommandAsync("AUTH", "default", "nopass-needed");
        await KillAsync(redis, c);
        await AssertLostAsync(async () => await c.GetAsync("k"), "AUTH");
        Assert.Equal("v", await c.GetAsync("k"));
    }

    [Fact]
    public async Task State_commands_are_refused_on_pooled_clients_and_bound_clients_are_refused_synchronously()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var redis = Connect(server, 3);
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await redis.SelectAsync(5));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await redis.ClientSetNameAsync("x"));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await redis.ExecuteCommandAsync("CLIENT", "SETNAME", "x"));
        Assert.Throws<InvalidOperationException>(() => redis.ExecuteCommand("SELECT", 5));
        Assert.Throws<InvalidOperationException>(() => redis.ExecuteCommand("CLIENT", "NO-EVICT", "ON"));

        await using (var pipe = redis.Pipeline(transaction: false))
        {
            Assert.Throws<InvalidOperationException>(() => pipe.ExecuteCommand("SELECT", 5));
        }

        await using var c = redis.Client();
        await c.SelectAsync(5);
        Assert.Throws<InvalidOperationException>(() => c.ExecuteCommand("GET", "k"));
        await using (var pipe = c.Pipeline(transaction: false))
        {
            Assert.Throws<InvalidOperationException>(() => pipe.ExecuteCommand("CLIENT", "SETNAME", "x"));
            pipe.ExecuteCommand("CLIENT", "CACHING", "YES").ExecuteCommand("GET", "k");
            Assert.Equal(2, pipe.Count);
        }

        // The shared connection never left database 0.
        Assert.Equal("v", await SetThroughDb5Async(server));
        Assert.Null(redis.ExecuteCommand("GET", "k"));
        Assert.Equal(0L, await redis.ExistsAsync("k"));
    }

    [Fact]
    public async Task A_state_the_server_refuses_to_restore_fails_loudly_instead_of_running_without_it()
    {
        await using var server = await RedisServerProcess.StartAclAsync();
        await using var admin = RedisClient.FromUrl(AclUsers.AdminUrl(server));
        await AclUsers.SetUserAsync(admin, "app", "app-Pa55", "~*", "+get", "+set", "+select", "+client|id");
        await using var redis = RedisClient.FromUrl(AclUsers.Url(server, "app", "app-Pa55"), new RedisOptions { DecodeResponses = true });
        await using var c = redis.Client();
        await c.SelectAsync(5);
        await c.SetAsync("k", "in 5");
        await admin.ExecuteCommandAsync("ACL", "SETUSER", "app", "-select");
        await KillAsync(admin, c);

        for (var i = 0; i < 2; i++)
        {
            var error = await Assert.ThrowsAsync<RedisConnectionStateLostException>(async () => await c.SetAsync("k2", "never in db 0"));
            Assert.Contains("SELECT 5", error.Message, StringComparison.Ordinal);
        }

        Assert.Null(await redis.GetAsync("k2"));
        await admin.ExecuteCommandAsync("ACL", "SETUSER", "app", "+select");
        Assert.Equal("in 5", await c.GetAsync("k"));
    }

    private static RedisClient Connect(RedisServerProcess server, int protocol) =>
        RedisClient.FromUrl($"{server.Url}?protocol={protocol}", new RedisOptions { DecodeResponses = true });

    private static async Task<string?> SetThroughDb5Async(RedisServerProcess server)
    {
        await using var db5 = RedisClient.FromUrl(server.Url + "/5", new RedisOptions { DecodeResponses = true });
        await db5.SetAsync("k", "v");
        return await db5.GetAsync("k");
    }

    /// <summary>
    /// The lost state is reported before any command runs on a new connection; a command that
    /// was sent before the client noticed the loss fails as a plain connection error first.
    /// </summary>
    private static async Task<RedisConnectionStateLostException> ExpectLostAsync(Func<Task> action)
    {
        for (var i = 0; i < 3; i++)
        {
            try
            {
                await action();
            }
            catch (RedisConnectionStateLostException lost)
            {
                Assert.False(lost.IsTransient);
                return lost;
            }
            catch (RedisConnectionException)
            {
                continue;
            }

            Assert.Fail("The command ran on a new connection without the lost state.");
        }

        throw new InvalidOperationException("The loss was never reported.");
    }

    /// <summary>The state lost is reported, naming <paramref name="what"/>.</summary>
    private static async Task<RedisConnectionStateLostException> AssertLostAsync(Func<Task> action, string what)
    {
        var lost = await Assert.ThrowsAsync<RedisConnectionStateLostException>(action);
        Assert.Contains(what, lost.Message, StringComparison.Ordinal);
        return lost;
    }

    /// <summary>Kills the connection <paramref name="bound"/> runs on now, as <see cref="Loss.ClientKill"/> does.</summary>
    private static async Task KillAsync(RedisClient admin, RedisClient bound) => await KillAsync(admin, await bound.ClientIdAsync());

    private static async Task KillAsync(RedisClient admin, long clientId)
    {
        Assert.Equal(1L, await admin.ClientKillFilterAsync(new ClientKillFilter { Id = clientId }));
        await WaitUntilGoneAsync(admin, clientId);
    }

    private static async Task LoseAsync(RedisServerProcess server, RedisClient admin, long clientId, Loss loss)
    {
        switch (loss)
        {
            case Loss.ClientKill:
                await KillAsync(admin, clientId);
                return;
            case Loss.IdleTimeout:
                await admin.ExecuteCommandAsync("CONFIG", "SET", "timeout", "1");
                await WaitUntilGoneAsync(admin, clientId);
                await admin.ExecuteCommandAsync("CONFIG", "SET", "timeout", "0");
                return;
            case Loss.Restart:
                await server.RestartAsync();
                return;
        }
    }

    private static async Task WaitUntilGoneAsync(RedisClient admin, long clientId)
    {
        for (var i = 0; i < 200; i++)
        {
            RedisException? failure = null;
            try
            {
                var clients = await admin.ClientListAsync();
                if (!clients.Any(x => x.Id == clientId))
                {
                    return;
                }
            }
            catch (RedisConnectionException ex)
            {
                // The admin's own shared connection may go idle past the timeout too.
                failure = ex;
            }

            _ = failure;
            await Task.Delay(50);
        }

        Assert.Fail($"Client {clientId} was still connected after 10 s.");
    }
}
