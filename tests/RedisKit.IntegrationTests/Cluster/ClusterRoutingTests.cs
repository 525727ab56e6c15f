using System.Globalization;
using RedisKit.Cluster;
using RedisKit.TestKit;

namespace RedisKit.IntegrationTests.Cluster;

/// <summary>A cluster client against a real six-node cluster: routing by slot, redirections, what is refused.</summary>
[Collection(ClusterTestGroup.Name)]
public sealed class ClusterRoutingTests(ClusterFixture fixture)
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Single_key_commands_go_to_the_primary_of_their_slot_on_every_shard(int protocol)
    {
        await using var redis = fixture.CreateClient(protocol);
        var keys = new TestKeys();
        var names = Enumerable.Range(0, 60).Select(i => keys["k" + i.ToString(CultureInfo.InvariantCulture)]).ToArray();
        foreach (var name in names)
        {
            Assert.True(await redis.SetAsync(name, "v:" + name));
        }

        var map = redis.Router!.Map!;
        Assert.Equal(16384, map.CoveredSlots);
        Assert.Equal(3, map.Shards.Count);
        var owners = names.Select(name => map[HashSlot.Of(System.Text.Encoding.UTF8.GetBytes(name))]!.Primary).ToArray();
        Assert.Equal(3, owners.Distinct().Count());

        // Each value is on the node the map names, read there directly (no redirection on a standalone client).
        for (var i = 0; i < names.Length; i++)
        {
            Assert.Equal("v:" + names[i], await redis.GetAsync(names[i]));
            await using var node = fixture.NodeClient(owners[i]);
            Assert.Equal("v:" + names[i], await node.GetAsync(names[i]));
        }

        // Typed commands of other families route the same way.
        Assert.Equal(1, await redis.HSetAsync(keys["h"], "f", "1"));
        Assert.Equal("1", await redis.HGetAsync(keys["h"], "f"));
        Assert.Equal(2, await redis.RPushAsync(keys["l"], "a", "b"));
        Assert.Equal(["a", "b"], await redis.LRangeAsync(keys["l"], 0, -1));
        Assert.Equal(5, await redis.IncrByAsync(keys["n"], 5));
        Assert.Equal(1, await redis.DeleteAsync(keys["n"]));

        // The synchronous path and ExecuteCommandAsync (keys unknown: routed by the MOVED it gets) agree.
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes("v:" + names[0]), redis.ExecuteCommand("GET", names[0]));
        var raw = await redis.ExecuteCommandAsync("GET", names[1]);
        Assert.Equal("v:" + names[1], raw is byte[] bytes ? System.Text.Encoding.UTF8.GetString(bytes) : raw as string);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Keys_with_one_hash_tag_take_multi_key_commands_and_other_keys_fail_before_sending(int protocol)
    {
        await using var redis = fixture.CreateClient(protocol);
        var tag = "{" + Guid.NewGuid().ToString("N") + "}";
        Assert.True(await redis.MSetAsync(new Dictionary<RedisKey, RedisValue> { [tag + "a"] = "1", [tag + "b"] = "2" }));
        Assert.Equal(new string?[] { "1", "2", null }, await redis.MGetAsync([tag + "a", tag + "b", tag + "c"]));

        var first = "foo" + Guid.NewGuid().ToString("N");
        var second = "bar" + Guid.NewGuid().ToString("N");
        var slots = new[] { HashSlot.Of(System.Text.Encoding.UTF8.GetBytes(first)), HashSlot.Of(System.Text.Encoding.UTF8.GetBytes(second)) };
        Assert.NotEqual(slots[0], slots[1]);
        var error = await Assert.ThrowsAsync<RedisClusterException>(async () =>
            await redis.MSetAsync(new Dictionary<RedisKey, RedisValue> { [first] = "1", [second] = "2" }));
        Assert.Equal("CROSSSLOT", error.Prefix);
        Assert.Contains("slot " + slots[0].ToString(CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.Contains("slot " + slots[1].ToString(CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.Null(await redis.GetAsync(first));
    }

    [Fact]
    public async Task Keyless_commands_go_to_a_node_and_what_is_not_supported_yet_says_so()
    {
        await using var redis = fixture.CreateClient(3);
        Assert.True(await redis.PingAsync());
        Assert.Equal("ok", (await redis.ClusterInfoAsync())["cluster_state"]);
        Assert.True(redis.IsCluster);

        var dbSize = await Assert.ThrowsAsync<RedisException>(async () => await redis.DbSizeAsync());
        Assert.Contains("DBSIZE", dbSize.Message, StringComparison.Ordinal);
        Assert.Contains("not supported on a cluster client yet", dbSize.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<RedisException>(async () => await redis.ExecuteCommandAsync("KEYS", "*"));
        await Assert.ThrowsAsync<RedisException>(async () => await redis.Pipeline(transaction: false).Set("a", "1").ExecuteAsync());
        Assert.Throws<RedisException>(() => redis.PubSub());
        Assert.Throws<RedisException>(() => redis.Client());

        // DBSIZE of one node, through a client of that node.
        var primary = redis.Router!.Map!.Shards[0].Primary;
        await using var node = fixture.NodeClient(primary);
        Assert.True(await node.DbSizeAsync() >= 0);
    }

    [Fact]
    public async Task Moved_after_a_slot_changed_owner_updates_the_map_and_reaches_the_new_owner()
    {
        await using var redis = fixture.CreateClient(3);
        var key = new TestKeys()["moved"];
        Assert.True(await redis.SetAsync(key, "before"));
        var slot = HashSlot.Of(System.Text.Encoding.UTF8.GetBytes(key));
        var map = redis.Router!.Map!;
        var source = map[slot]!.Primary;
        var target = map.Shards.First(shard => shard.Primary != source).Primary;

        await MoveSlotAsync(slot, source, target);
        try
        {
            // The client still believes the old owner: it gets MOVED and follows it.
            Assert.Equal("before", await redis.GetAsync(key));
            Assert.Equal(target, redis.Router.Map![slot]!.Primary);
            Assert.True(await redis.SetAsync(key, "after"));
            await using var owner = fixture.NodeClient(target);
            Assert.Equal("after", await owner.GetAsync(key));
        }
        finally
        {
            await MoveSlotAsync(slot, target, source);
        }
    }

    [Fact]
    public async Task Ask_during_a_migration_reaches_keys_already_moved_and_new_keys_on_the_importing_node()
    {
        await using var redis = fixture.CreateClient(3);
        var tag = "{" + Guid.NewGuid().ToString("N") + "}";
        var moved = tag + "moved";
        var stays = tag + "stays";
        var fresh = tag + "fresh";
        Assert.True(await redis.SetAsync(moved, "m"));
        Assert.True(await redis.SetAsync(stays, "s"));
        var slot = HashSlot.Of(System.Text.Encoding.UTF8.GetBytes(tag[1..^1]));
        var map = redis.Router!.Map!;
        var source = map[slot]!.Primary;
        var target = map.Shards.First(shard => shard.Primary != source).Primary;

        await using var sourceNode = fixture.NodeClient(source);
        await using var targetNode = fixture.NodeClient(target);
        var sourceId = await sourceNode.ClusterMyIdAsync();
        var targetId = await targetNode.ClusterMyIdAsync();
        Assert.True(await targetNode.ClusterSetSlotAsync(slot, ClusterSlotState.Importing, sourceId));
        Assert.True(await sourceNode.ClusterSetSlotAsync(slot, ClusterSlotState.Migrating, targetId));
        try
        {
            await sourceNode.ExecuteCommandAsync("MIGRATE", target.Host, target.Port, moved, 0, 5000);

            Assert.Equal("m", await redis.GetAsync(moved));
            Assert.Equal("s", await redis.GetAsync(stays));
            Assert.True(await redis.SetAsync(fresh, "f"));
            Assert.Equal("f", await redis.GetAsync(fresh));
            Assert.Equal("f", await GetAskingAsync(targetNode, fresh));
            // ASK is for one command: the map still names the source.
            Assert.Equal(source, redis.Router.Map![slot]!.Primary);
        }
        finally
        {
            await MoveSlotAsync(slot, source, target, alreadyMarked: true);
            await MoveSlotAsync(slot, target, source);
        }
    }

    [Fact]
    public async Task Concurrent_callers_on_keys_of_every_node_each_get_their_own_replies()
    {
        await using var redis = fixture.CreateClient(3);
        var keys = new TestKeys();
        const int Callers = 24;
        const int Operations = 40;
        var failures = await Task.WhenAll(Enumerable.Range(0, Callers).Select(caller => Task.Run(async () =>
        {
            var counter = keys["counter:" + caller.ToString(CultureInfo.InvariantCulture)];
            for (var i = 1; i <= Operations; i++)
            {
                var key = keys[$"c{caller}:{i}"];
                var value = $"{caller}:{i}";
                if (!await redis.SetAsync(key, value) || await redis.GetAsync(key) != value || await redis.IncrAsync(counter) != i)
                {
                    return $"caller {caller} operation {i} got another caller's reply";
                }
            }

            return null;
        })));
        Assert.All(failures, Assert.Null);

        var map = redis.Router!.Map!;
        var used = Enumerable.Range(0, Callers).Select(c => RedisSlotOwner(map, keys["counter:" + c.ToString(CultureInfo.InvariantCulture)])).Distinct().Count();
        Assert.Equal(3, used);
    }

    [Fact]
    public async Task Slots_computed_by_the_client_match_the_servers_cluster_keyslot()
    {
        await using var node = RedisClient.FromUrl(fixture.Cluster.Url);
        var random = new Random(15);
        var keys = new List<byte[]>();
        foreach (var text in new[] { "foo", "{user1000}.following", "foo{}{bar}", "foo{{bar}}zap", "foo{bar}{zap}", "{}", "{", "}", "a{b", "ключ{тег}" })
        {
            keys.Add(System.Text.Encoding.UTF8.GetBytes(text));
        }

        for (var i = 0; i < 100; i++)
        {
            var bytes = new byte[random.Next(0, 40)];
            random.NextBytes(bytes);
            keys.Add(bytes);
        }

        foreach (var key in keys)
        {
            Assert.Equal(await node.ClusterKeySlotAsync(key), HashSlot.Of(key));
        }
    }

    [Fact]
    public async Task A_url_with_the_cluster_flag_gives_a_routing_client()
    {
        await using var redis = RedisClient.FromUrl(fixture.Cluster.Url + "?cluster=true&protocol=2");
        Assert.True(redis.IsCluster);
        var keys = new TestKeys();
        for (var i = 0; i < 12; i++)
        {
            var key = keys["u" + i.ToString(CultureInfo.InvariantCulture)];
            Assert.True(await redis.SetAsync(key, i));
            Assert.Equal(i.ToString(CultureInfo.InvariantCulture), await redis.GetAsync(key));
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Scripts_and_locks_run_on_the_node_of_their_keys(int protocol)
    {
        await using var redis = fixture.CreateClient(protocol);
        var keys = new TestKeys();
        var script = redis.RegisterScript("return redis.call('INCRBY', KEYS[1], ARGV[1]) .. ':' .. '" + keys.Prefix + "'");
        var names = Enumerable.Range(0, 12).Select(i => keys["s" + i.ToString(CultureInfo.InvariantCulture)]).ToArray();
        Assert.True(await redis.PingAsync());
        var map = redis.Router!.Map!;
        Assert.Equal(3, names.Select(name => RedisSlotOwner(map, name)).Distinct().Count());
        foreach (var name in names)
        {
            // The script is new to each node: NOSCRIPT, then EVAL on the node of the key.
            Assert.Equal("5:" + keys.Prefix, Text(await script.InvokeAsync([name], [5])));
            Assert.Equal("7:" + keys.Prefix, Text(await script.InvokeAsync([name], [2])));
        }

        Assert.Equal("8:" + keys.Prefix, Text(script.Invoke([names[0]], [1])));

        var lockName = keys["lock"];
        await using var held = redis.Lock(lockName, timeout: TimeSpan.FromSeconds(10));
        Assert.True(await held.AcquireAsync());
        Assert.True(await held.OwnedAsync());
        await held.ExtendAsync(TimeSpan.FromSeconds(5));
        await held.ReleaseAsync();
        Assert.False(await held.LockedAsync());
    }

    [Fact]
    public async Task Synchronous_calls_route_like_asynchronous_ones()
    {
        await using var redis = fixture.CreateClient(3);
        var keys = new TestKeys();

        // The first call has no slot map yet and takes the routed path; the rest go straight to their node.
        Assert.Equal("OK"u8.ToArray(), redis.ExecuteCommand("SET", keys["first"], "1"));
        var counters = Enumerable.Range(0, 9).Select(i => keys["n" + i.ToString(CultureInfo.InvariantCulture)]).ToArray();
        Assert.Equal(3, counters.Select(name => RedisSlotOwner(redis.Router!.Map!, name)).Distinct().Count());
        var results = new long[counters.Length][];
        Parallel.For(0, counters.Length, i => results[i] = [.. Enumerable.Range(0, 20).Select(_ => (long)redis.ExecuteCommand("INCR", counters[i])!)]);
        Assert.All(results, sequence => Assert.Equal(Enumerable.Range(1, 20).Select(n => (long)n), sequence));
        Assert.Equal("1", await redis.GetAsync(keys["first"]));
        Assert.Throws<RedisClusterException>(() => redis.ExecuteCommand("MSET", keys["a"], "1", keys["b"], "2"));
    }

    private static string? Text(object? reply) => reply is byte[] bytes ? System.Text.Encoding.UTF8.GetString(bytes) : reply as string;

    private static ClusterEndpoint RedisSlotOwner(SlotMap map, string key) => map[HashSlot.Of(System.Text.Encoding.UTF8.GetBytes(key))]!.Primary;

    // ASKING and GET on one bound connection of the importing node.
    private static async Task<string?> GetAskingAsync(RedisClient node, string key)
    {
        await using var bound = node.Client();
        await bound.AskingAsync();
        return await bound.GetAsync(key);
    }

    /// <summary>Moves a slot and its keys from one primary to another, then waits for every node to agree.</summary>
    private async Task MoveSlotAsync(int slot, ClusterEndpoint source, ClusterEndpoint target, bool alreadyMarked = false)
    {
        await using var sourceNode = fixture.NodeClient(source);
        await using var targetNode = fixture.NodeClient(target);
        var sourceId = await sourceNode.ClusterMyIdAsync();
        var targetId = await targetNode.ClusterMyIdAsync();
        if (!alreadyMarked)
        {
            Assert.True(await targetNode.ClusterSetSlotAsync(slot, ClusterSlotState.Importing, sourceId));
            Assert.True(await sourceNode.ClusterSetSlotAsync(slot, ClusterSlotState.Migrating, targetId));
        }

        while (await sourceNode.ClusterGetKeysInSlotAsync(slot, 100) is { Length: > 0 } remaining)
        {
            foreach (var key in remaining)
            {
                await sourceNode.ExecuteCommandAsync("MIGRATE", target.Host, target.Port, key, 0, 5000);
            }
        }

        Assert.True(await targetNode.ClusterSetSlotAsync(slot, ClusterSlotState.Node, targetId));
        Assert.True(await sourceNode.ClusterSetSlotAsync(slot, ClusterSlotState.Node, targetId));
        foreach (var other in fixture.Cluster.Nodes.Where(n => n.Port != source.Port && n.Port != target.Port))
        {
            await using var client = RedisClient.FromUrl(other.Url);
            try
            {
                await client.ClusterSetSlotAsync(slot, ClusterSlotState.Node, targetId);
            }
            catch (RedisResponseException)
            {
                // A replica refuses SETSLOT; gossip tells it.
            }
        }

        await fixture.Cluster.WaitUntilSettledAsync();
    }
}
