using System.Globalization;
using System.Text.Json;
using RedisKit.TestKit;
using static RedisKit.TestKit.Polling;

namespace RedisKit.IntegrationTests.Commands;

/// <summary>
/// The CLUSTER commands, against private cluster-enabled servers: each in its own directory (so its
/// own nodes.conf) with an explicit cluster bus port, since an ephemeral port plus 10000 may not exist.
/// </summary>
public sealed class ClusterCommandTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task One_node_reports_and_manages_its_slots(int protocol)
    {
        await using var node = await ClusterServer.StartAsync();
        await using var redis = node.Client(protocol);

        var info = await redis.ClusterInfoAsync();
        Assert.Equal("fail", info["cluster_state"]);
        Assert.Equal("1", info["cluster_known_nodes"]);
        var myId = await redis.ClusterMyIdAsync();
        Assert.Equal(40, myId.Length);

        var self = Assert.Single(await redis.ClusterNodesAsync());
        Assert.Equal(myId, self.Id);
        Assert.True(self.IsMyself && self.IsMaster && !self.IsReplica);
        Assert.Null(self.MasterId);
        Assert.Equal(node.Server.Port, self.Port);
        Assert.Equal(node.BusPort, self.BusPort);
        Assert.Equal("connected", self.LinkState);
        Assert.Empty(self.Slots);
        Assert.Empty(await redis.ClusterLinksAsync());

        Assert.Equal(12182, await redis.ClusterKeySlotAsync("foo"));
        Assert.Equal(await redis.ClusterKeySlotAsync("{user}a"), await redis.ClusterKeySlotAsync("{user}b"));

        Assert.True(await redis.ClusterAddSlotsAsync([1, 2, 3]));
        Assert.True(await redis.ClusterAddSlotsRangeAsync([new ClusterSlotRange(100, 200)]));
        Assert.Equal([new(1, 3), new(100, 200)], await SlotsAsync(redis));
        Assert.True(await redis.ClusterDelSlotsAsync([2]));
        Assert.True(await redis.ClusterDelSlotsRangeAsync([new ClusterSlotRange(150, 200)]));
        Assert.Equal([new(1, 1), new(3, 3), new(100, 149)], await SlotsAsync(redis));
        await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.ClusterAddSlotsAsync([1]));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.ClusterAddSlotsAsync([16384]));
        await Assert.ThrowsAsync<ArgumentException>(async () => await redis.ClusterDelSlotsAsync([]));
        Assert.True(await redis.ClusterFlushSlotsAsync());
        Assert.Empty(await SlotsAsync(redis));

        Assert.True(await redis.ClusterSetConfigEpochAsync(5));
        Assert.Equal("5", (await redis.ClusterInfoAsync())["cluster_my_epoch"]);
        await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.ClusterSetConfigEpochAsync(6));
        Assert.Matches("^(BUMPED|STILL) [0-9]+$", await redis.ClusterBumpEpochAsync());
        Assert.Equal(0, await redis.ClusterCountFailureReportAsync(myId));
        Assert.True(await redis.ClusterSaveConfigAsync());
        // The server holds an exclusive lock on nodes.conf, so only its presence is checked.
        Assert.True(new FileInfo(Path.Combine(node.Server.DirectoryPath, "nodes.conf")).Length > 0);

        // With every slot served the cluster comes up and takes writes.
        Assert.True(await redis.ClusterAddSlotsRangeAsync([new ClusterSlotRange(0, 16383)]));
        await EventuallyAsync(() => redis.ClusterInfoAsync().AsTask(), i => i["cluster_state"] == "ok");
        await redis.SetAsync("foo", "bar");
        Assert.Equal(1, await redis.ClusterCountKeysInSlotAsync(12182));
        Assert.Equal(["foo"], await redis.ClusterGetKeysInSlotAsync(12182, 10));
        Assert.Empty(await redis.ClusterGetKeysInSlotAsync(0, 10));
        Assert.True(await redis.ClusterSetSlotStableAsync(12182));
        Assert.True(await redis.ClusterSetSlotAsync(12182, ClusterSlotState.Node, myId));
        await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.ClusterSetSlotAsync(12182, ClusterSlotState.Migrating, new string('0', 40)));

        var shard = Assert.Single(await redis.ClusterShardsAsync());
        Assert.Equal([new ClusterSlotRange(0, 16383)], shard.Slots);
        var member = Assert.Single(shard.Nodes);
        Assert.Equal(myId, member.Id);
        Assert.Equal(node.Server.Port, member.Port);
        Assert.Null(member.TlsPort);
        Assert.Equal("master", member.Role);
        Assert.Equal("online", member.Health);

        // A primary holding keys refuses a reset; once empty, a hard reset gives it a new id.
        await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.ClusterResetAsync());
        await redis.FlushAllAsync();
        Assert.True(await redis.ClusterResetAsync());
        Assert.Equal(myId, await redis.ClusterMyIdAsync());
        Assert.True(await redis.ClusterResetAsync(soft: false));
        Assert.NotEqual(myId, await redis.ClusterMyIdAsync());
        Assert.Empty(await SlotsAsync(redis));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Asking_readonly_and_readwrite_run_only_on_a_bound_client(int protocol)
    {
        await using var node = await ClusterServer.StartAsync();
        await using var redis = node.Client(protocol);
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await redis.ReadOnlyAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await redis.ReadWriteAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await redis.AskingAsync());

        await using var conn = redis.Client();
        Assert.True(await conn.ReadOnlyAsync());
        Assert.Contains('r', (await conn.ClientInfoAsync()).Flags);
        Assert.True(await conn.ReadWriteAsync());
        Assert.DoesNotContain('r', (await conn.ClientInfoAsync()).Flags);
        Assert.True(await conn.AskingAsync());
    }

    [Fact]
    public async Task Parsed_replies_are_identical_under_RESP2_and_RESP3()
    {
        await using var node = await ClusterServer.StartAsync();
        await using var resp2 = node.Client(2);
        await using var resp3 = node.Client(3);
        await resp2.ClusterAddSlotsRangeAsync([new ClusterSlotRange(0, 99), new ClusterSlotRange(200, 300)]);

        async Task Same<T>(Func<RedisClient, ValueTask<T>> call) =>
            Assert.Equal(JsonSerializer.Serialize(await call(resp2)), JsonSerializer.Serialize(await call(resp3)));

        await Same(r => r.ClusterNodesAsync());
        await Same(r => r.ClusterShardsAsync());
        await Same(r => r.ClusterLinksAsync());
        await Same(async r => (await r.ClusterInfoAsync()).Keys.Order().ToArray());

        await using var pipe = resp3.Pipeline();
        var results = await pipe.ClusterMyId().ClusterKeySlot("foo").ClusterNodes().ClusterShards().ClusterInfo()
            .ClusterCountKeysInSlot(0).ClusterGetKeysInSlot(0, 1).ClusterDelSlotsRange([new ClusterSlotRange(0, 9)])
            .ClusterAddSlotsRange([new ClusterSlotRange(0, 9)]).ExecuteAsync();
        Assert.Equal(await resp2.ClusterMyIdAsync(), results[0]);
        Assert.Equal(12182L, results[1]);
        Assert.Single(Assert.IsType<ClusterNode[]>(results[2]));
        Assert.Single(Assert.IsType<ClusterShard[]>(results[3]));
        Assert.Equal("1", Assert.IsType<Dictionary<string, string>>(results[4])["cluster_known_nodes"]);
        Assert.Equal([0L, Array.Empty<string>(), true, true], results.Skip(5));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Two_nodes_meet_replicate_fail_over_and_forget(int protocol)
    {
        await using var first = await ClusterServer.StartAsync();
        await using var second = await ClusterServer.StartAsync();
        await using var primary = first.Client(protocol);
        await using var replica = second.Client(protocol);
        var primaryId = await primary.ClusterMyIdAsync();
        var replicaId = await replica.ClusterMyIdAsync();
        Assert.True(await primary.ClusterAddSlotsRangeAsync([new ClusterSlotRange(0, 16383)]));

        Assert.True(await primary.ClusterMeetAsync(second.Server.Host, second.Server.Port, second.BusPort));
        var seen = await EventuallyAsync(() => replica.ClusterNodesAsync().AsTask(), nodes =>
            nodes.Length == 2 && Array.Exists(nodes, n => n.Id == primaryId && n.Slots.Count == 1));
        var other = Array.Find(seen, n => n.Id == primaryId)!;
        Assert.Equal(first.Server.Port, other.Port);
        Assert.Equal(first.BusPort, other.BusPort);
        Assert.Equal("127.0.0.1", other.Host);
        Assert.Equal([new ClusterSlotRange(0, 16383)], other.Slots);
        var links = await EventuallyAsync(() => primary.ClusterLinksAsync().AsTask(), l => l.Length >= 2);
        Assert.All(links, link => Assert.Equal(replicaId, link.Node));
        Assert.Contains(links, link => link.Direction == "to");
        Assert.All(links, link => Assert.True(link.CreateTime > DateTimeOffset.UtcNow.AddMinutes(-5)));

        Assert.True(await replica.ClusterReplicateAsync(primaryId));
        var replicas = await EventuallyAsync(() => replica.ClusterReplicasAsync(primaryId).AsTask(), r => r.Length == 1);
        Assert.Equal(replicaId, replicas[0].Id);
        Assert.Equal(primaryId, replicas[0].MasterId);
        Assert.True(replicas[0].IsReplica);
        var shards = await EventuallyAsync(() => primary.ClusterShardsAsync().AsTask(), s => s.Length == 1 && s[0].Nodes.Count == 2);
        Assert.Contains(shards[0].Nodes, n => n.Id == replicaId && n.Role == "replica");

        // A primary refuses to fail over; a replica told to take over becomes the primary at once.
        await Assert.ThrowsAsync<RedisResponseException>(async () => await primary.ClusterFailoverAsync());
        Assert.True(await replica.ClusterFailoverAsync(ClusterFailoverOption.Takeover));
        await EventuallyAsync(() => replica.ClusterNodesAsync().AsTask(), nodes => Array.Exists(nodes, n => n.IsMyself && n.IsMaster));

        Assert.True(await replica.ClusterForgetAsync(primaryId));
        Assert.Equal(replicaId, Assert.Single(await replica.ClusterNodesAsync()).Id);
        await Assert.ThrowsAsync<RedisResponseException>(async () => await replica.ClusterForgetAsync(replicaId));
    }

    private static async Task<ClusterSlotRange[]> SlotsAsync(RedisClient redis) =>
        [.. Assert.Single(await redis.ClusterNodesAsync()).Slots];

    /// <summary>A private cluster-enabled server with its own nodes.conf and bus port.</summary>
    private sealed class ClusterServer : IAsyncDisposable
    {
        private ClusterServer(RedisServerProcess server, int busPort)
        {
            Server = server;
            BusPort = busPort;
        }

        public RedisServerProcess Server { get; }

        public int BusPort { get; }

        public static async Task<ClusterServer> StartAsync()
        {
            var busPort = FreePort.Find();
            var server = await RedisServerProcess.StartAsync(
                "--cluster-enabled", "yes",
                "--cluster-config-file", "nodes.conf",
                "--cluster-port", busPort.ToString(CultureInfo.InvariantCulture));
            return new ClusterServer(server, busPort);
        }

        public RedisClient Client(int protocol) => RedisClient.FromUrl($"{Server.Url}?protocol={protocol}");

        public ValueTask DisposeAsync() => Server.DisposeAsync();
    }
}
