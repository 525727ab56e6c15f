using System.Text.Json;
using RedisKit.TestKit;
using static RedisKit.TestKit.Polling;

namespace RedisKit.IntegrationTests.Commands;

/// <summary>
/// The remaining server and connection commands. Read-only ones run on the shared server; anything
/// that changes server-wide state (FAILOVER, MIGRATE, SHUTDOWN...) runs on a private server.
/// </summary>
public sealed class RemainingServerCommandTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Reports_and_introspection_read_typed_replies(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        Assert.Equal(["a", "b"], await redis.CommandGetKeysAsync(["MSET", "a", "1", "b", "2"]));
        var flags = await redis.CommandGetKeysAndFlagsAsync(["LMOVE", "src", "dst", "LEFT", "RIGHT"]);
        Assert.Equal(["src", "dst"], flags.Select(f => f.Key));
        Assert.Contains("RW", flags[0].Flags);

        Assert.False(string.IsNullOrWhiteSpace(await redis.LatencyDoctorAsync()));
        await redis.SetAsync(keys["k"], "v");
        var histogram = await redis.LatencyHistogramAsync(["set"]);
        Assert.True(histogram["set"].Calls > 0);
        Assert.NotEmpty(histogram["set"].HistogramMicroseconds);
        Assert.Empty(await redis.LatencyHistogramAsync(["no-such-command"]));
        await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.LatencyGraphAsync("no-such-event"));

        Assert.False(string.IsNullOrWhiteSpace(await redis.MemoryDoctorAsync()));
        Assert.False(string.IsNullOrWhiteSpace(await redis.MemoryMallocStatsAsync()));
        Assert.True(await redis.MemoryPurgeAsync());
        Assert.Contains("Redis ver.", await redis.LolwutAsync(), StringComparison.Ordinal);
        Assert.Contains("Redis ver.", await redis.LolwutAsync(version: 5), StringComparison.Ordinal);
        Assert.Empty(await redis.ModuleListAsync());
        Assert.Equal(-1, await redis.ClientGetRedirAsync());
        Assert.False(await redis.ClientUnblockAsync(long.MaxValue));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Help_returns_lines_for_every_known_container(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        foreach (var container in new[] { "ACL", "client", "COMMAND", "CONFIG", "FUNCTION", "LATENCY", "MEMORY", "MODULE", "OBJECT", "PUBSUB", "SCRIPT", "SLOWLOG", "XGROUP", "XINFO" })
        {
            var lines = await redis.HelpAsync(container);
            Assert.True(lines.Length > 3, container);
            Assert.Contains(container.ToUpperInvariant(), lines[0], StringComparison.Ordinal);
        }

        // CLUSTER HELP is sent, and a server without cluster mode refuses it.
        var cluster = await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.HelpAsync("CLUSTER"));
        Assert.Contains("cluster support disabled", cluster.Message, StringComparison.Ordinal);
        var unknown = await Assert.ThrowsAsync<ArgumentException>(async () => await redis.HelpAsync("GET"));
        Assert.Contains("XINFO", unknown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Kill_and_module_commands_report_the_servers_refusal(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        Assert.Contains("NOTBUSY", (await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.ScriptKillAsync())).Message, StringComparison.Ordinal);
        Assert.Contains("NOTBUSY", (await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.FunctionKillAsync())).Message, StringComparison.Ordinal);
        await Assert.ThrowsAnyAsync<RedisException>(async () => await redis.ModuleLoadAsync("/nonexistent/module.so", ["a"]));
        await Assert.ThrowsAnyAsync<RedisException>(async () => await redis.ModuleLoadExAsync("/nonexistent/module.so", [new("cfg", "1")], ["a"]));
        await Assert.ThrowsAnyAsync<RedisException>(async () => await redis.ModuleUnloadAsync("nosuchmodule"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Tracking_and_caching_run_only_on_a_bound_client(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await redis.ClientTrackingAsync(true));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await redis.ClientCachingAsync(true));

        await using var target = redis.Client();
        var targetId = await target.ClientIdAsync();
        await using var conn = redis.Client();
        Assert.True(await conn.ClientTrackingAsync(true, redirect: targetId, optIn: true, noLoop: true));
        Assert.Equal(targetId, await conn.ClientGetRedirAsync());
        Assert.True(await conn.ClientCachingAsync(true));
        var info = await conn.ClientTrackingInfoAsync();
        Assert.Contains("optin", info.Flags);
        Assert.Contains("noloop", info.Flags);
        Assert.True(await conn.ClientTrackingAsync(false));
        Assert.True(await conn.ClientTrackingAsync(true, redirect: targetId, prefixes: ["p:", "q:"], bcast: true));
        Assert.Equal(["p:", "q:"], (await conn.ClientTrackingInfoAsync()).Prefixes.Order());
        Assert.True(await conn.ClientTrackingAsync(false));
        Assert.Equal(-1, await conn.ClientGetRedirAsync());
        await Assert.ThrowsAsync<ArgumentException>(async () => await conn.ClientTrackingAsync(true, optIn: true, optOut: true));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Client_unblock_wakes_a_blocked_client(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        await using var blocked = redis.Client();
        var id = await blocked.ClientIdAsync();
        var pop = blocked.BLPopAsync([server.Keys()["empty"]], TimeSpan.FromSeconds(30)).AsTask();
        Assert.True(await EventuallyAsync(() => redis.ClientUnblockAsync(id, error: true).AsTask(), unblocked => unblocked));
        var error = await Assert.ThrowsAsync<RedisResponseException>(async () => await pop.WaitAsync(Patience));
        Assert.Contains("UNBLOCKED", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Migrate_moves_and_copies_keys_between_servers(int protocol)
    {
        await using var sourceServer = await RedisServerProcess.StartAsync();
        await using var targetServer = await RedisServerProcess.StartAsync("--requirepass", "s3cret");
        await using var source = Client(sourceServer, protocol);
        await using var target = RedisClient.FromUrl($"redis://:s3cret@{targetServer.Host}:{targetServer.Port}/0?protocol={protocol}");
        await source.SetAsync("one", "1");
        await source.SetAsync("two", "2");
        await source.SetAsync("three", "3");

        var timeout = TimeSpan.FromSeconds(5);
        Assert.True(await source.MigrateAsync(targetServer.Host, targetServer.Port, ["one"], 0, timeout, authPassword: "s3cret"));
        Assert.Null(await source.GetAsync("one"));
        Assert.Equal("1", await target.GetAsync("one"));

        Assert.True(await source.MigrateAsync(targetServer.Host, targetServer.Port, ["two", "three"], 0, timeout, copy: true, authUsername: "default", authPassword: "s3cret"));
        Assert.Equal("2", await source.GetAsync("two"));
        Assert.Equal("3", await target.GetAsync("three"));
        Assert.True(await source.MigrateAsync(targetServer.Host, targetServer.Port, ["two"], 0, timeout, copy: true, replace: true, authPassword: "s3cret"));
        Assert.False(await source.MigrateAsync(targetServer.Host, targetServer.Port, ["missing"], 0, timeout, authPassword: "s3cret"));

        var refused = await Assert.ThrowsAnyAsync<RedisException>(async () =>
            await source.MigrateAsync(targetServer.Host, targetServer.Port, ["two"], 0, timeout, authPassword: "wrong-password"));
        Assert.DoesNotContain("wrong-password", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Failover_to_a_replica_swaps_roles(int protocol)
    {
        await using var primaryServer = await RedisServerProcess.StartAsync("--repl-diskless-sync-delay", "0");
        await using var replicaServer = await RedisServerProcess.StartAsync();
        await using var primary = Client(primaryServer, protocol);
        await using var replica = Client(replicaServer, protocol);
        await Assert.ThrowsAsync<RedisResponseException>(async () => await primary.FailoverAsync(abort: true));

        Assert.True(await replica.ReplicaOfAsync(primaryServer.Host, primaryServer.Port));

        // The offset moves only with traffic once a replica is attached: without a write it stays 0
        // until the primary's periodic ping, so nothing would show the replica in sync.
        await EventuallyAsync(() => primary.RoleAsync().AsTask(), r => r.Replicas.Count == 1);
        await primary.SetAsync("failover-marker", "1");
        await EventuallyAsync(() => primary.RoleAsync().AsTask(), r => r.Replicas.Count == 1 && r.Replicas[0].Offset > 0);
        Assert.True(await primary.FailoverAsync(replicaServer.Host, replicaServer.Port, timeout: TimeSpan.FromSeconds(5)));
        await EventuallyAsync(() => replica.RoleAsync().AsTask(), r => r.Kind == ServerRoleKind.Master);
        await EventuallyAsync(() => primary.RoleAsync().AsTask(), r => r.Kind == ServerRoleKind.Replica);
        await Assert.ThrowsAsync<ArgumentException>(async () => await primary.FailoverAsync(force: true));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Shutdown_completes_when_the_server_goes_away_and_reports_a_refusal(int protocol)
    {
        await using var dedicated = await RedisServerProcess.StartAsync();
        await using var redis = Client(dedicated, protocol);
        await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.ShutdownAsync(abort: true));
        await redis.ShutdownAsync(save: false, now: true).AsTask().WaitAsync(Patience);
        await Assert.ThrowsAnyAsync<RedisException>(async () => await redis.PingAsync());

        // A server that cannot be reached is an error, not a successful shutdown.
        await Assert.ThrowsAsync<RedisConnectionException>(async () => await redis.ShutdownAsync(save: false));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Latency_graph_draws_a_recorded_event(int protocol)
    {
        await using var dedicated = await RedisServerProcess.StartAsync("--latency-monitor-threshold", "10");
        await using var redis = Client(dedicated, protocol);
        Assert.True(await redis.DebugSleepAsync(TimeSpan.FromMilliseconds(30)));
        var graph = await redis.LatencyGraphAsync("command");
        Assert.Contains("command - high", graph, StringComparison.Ordinal);
        Assert.Contains("observed latency spikes", await redis.LatencyDoctorAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parsed_replies_are_identical_under_RESP2_and_RESP3()
    {
        await using var resp2 = server.CreateClient(2);
        await using var resp3 = server.CreateClient(3);
        await resp2.PingAsync();
        Assert.Equal(Json(await resp2.CommandGetKeysAndFlagsAsync(["LMOVE", "a", "b", "LEFT", "RIGHT"])), Json(await resp3.CommandGetKeysAndFlagsAsync(["LMOVE", "a", "b", "LEFT", "RIGHT"])));
        Assert.Equal(Json((await resp2.LatencyHistogramAsync(["ping"])).Keys), Json((await resp3.LatencyHistogramAsync(["ping"])).Keys));
        Assert.Equal(Json(await resp2.ModuleListAsync()), Json(await resp3.ModuleListAsync()));
        Assert.Equal(Json(await resp2.HelpAsync("OBJECT")), Json(await resp3.HelpAsync("OBJECT")));
    }

    private static RedisClient Client(RedisServerProcess dedicated, int protocol) => RedisClient.FromUrl($"{dedicated.Url}?protocol={protocol}");

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
