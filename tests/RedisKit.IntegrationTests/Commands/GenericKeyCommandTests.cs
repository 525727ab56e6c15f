using System.Diagnostics;
using RedisKit.TestKit;

namespace RedisKit.IntegrationTests.Commands;

public sealed class GenericKeyCommandTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Copy_and_move_work_within_and_across_databases(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        await using var other = server.CreateClient(protocol, new RedisOptions { Database = 1 });
        var keys = server.Keys();
        await redis.SetAsync(keys["a"], "1");
        await redis.SetAsync(keys["b"], "2");

        Assert.True(await redis.CopyAsync(keys["a"], keys["c"]));
        Assert.Equal("1", await redis.GetAsync(keys["c"]));
        Assert.False(await redis.CopyAsync(keys["a"], keys["b"]));
        Assert.Equal("2", await redis.GetAsync(keys["b"]));
        Assert.True(await redis.CopyAsync(keys["a"], keys["b"], replace: true));
        Assert.Equal("1", await redis.GetAsync(keys["b"]));
        Assert.False(await redis.CopyAsync(keys["missing"], keys["d"]));

        try
        {
            Assert.True(await redis.CopyAsync(keys["a"], keys["a"], destinationDb: 1));
            Assert.Equal("1", await other.GetAsync(keys["a"]));
            Assert.True(await redis.MoveAsync(keys["c"], 1));
            Assert.Equal(0, await redis.ExistsAsync(keys["c"]));
            Assert.Equal("1", await other.GetAsync(keys["c"]));
            Assert.False(await redis.MoveAsync(keys["missing"], 1));
            // The key exists in both databases: MOVE leaves both alone.
            Assert.False(await redis.MoveAsync(keys["a"], 1));
            Assert.Equal(1, await redis.ExistsAsync(keys["a"]));
        }
        finally
        {
            await other.DeleteAsync(keys["a"], keys["c"]);
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Dump_and_restore_round_trip_with_every_option(int protocol)
    {
        await using var redis = server.CreateClient(protocol, new RedisOptions { DecodeResponses = true });
        var keys = server.Keys();
        await redis.HSetAsync(keys["h"], new Dictionary<RedisValue, RedisValue> { ["f"] = "v", ["g"] = 2 });

        Assert.Null(await redis.DumpAsync(keys["missing"]));
        var payload = await redis.DumpAsync(keys["h"]);
        Assert.NotNull(payload);
        Assert.NotEmpty(payload);

        Assert.True(await redis.RestoreAsync(keys["copy"], TimeSpan.Zero, payload));
        Assert.Equal(await redis.HGetAllAsync(keys["h"]), await redis.HGetAllAsync(keys["copy"]));
        Assert.Null(await redis.PTtlAsync(keys["copy"]));

        var busy = await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.RestoreAsync(keys["copy"], TimeSpan.Zero, payload));
        Assert.Equal("BUSYKEY", busy.Prefix);

        Assert.True(await redis.RestoreAsync(keys["copy"], TimeSpan.FromSeconds(100), payload, replace: true, idleTime: TimeSpan.FromSeconds(500)));
        Assert.InRange((await redis.PTtlAsync(keys["copy"]))!.Value.TotalSeconds, 90, 100);
        Assert.InRange((await redis.ObjectIdleTimeAsync(keys["copy"]))!.Value.TotalSeconds, 500, 600);

        var expireAt = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeMilliseconds());
        Assert.True(await redis.RestoreAsync(keys["abs"], expireAt, payload));
        Assert.Equal(expireAt, await redis.PExpireTimeAsync(keys["abs"]));
        Assert.Equal(2, await redis.HLenAsync(keys["abs"]));

        // An absolute time already past creates nothing, and says so with OK.
        Assert.True(await redis.RestoreAsync(keys["past"], DateTimeOffset.UtcNow.AddMinutes(-1), payload));
        Assert.Equal(0, await redis.ExistsAsync(keys["past"]));

        var corrupt = payload.ToArray();
        corrupt[^1] ^= 0xff;
        await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.RestoreAsync(keys["bad"], TimeSpan.Zero, corrupt));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Object_subcommands_describe_values_and_give_null_for_missing_keys(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        await redis.SetAsync(keys["int"], 12345);
        await redis.SetAsync(keys["str"], "abc");
        await redis.RPushAsync(keys["list"], "a", "b");

        Assert.Equal("int", await redis.ObjectEncodingAsync(keys["int"]));
        Assert.Equal("embstr", await redis.ObjectEncodingAsync(keys["str"]));
        Assert.False(string.IsNullOrEmpty(await redis.ObjectEncodingAsync(keys["list"])));
        Assert.Null(await redis.ObjectEncodingAsync(keys["missing"]));

        Assert.True(await redis.ObjectRefCountAsync(keys["str"]) >= 1);
        Assert.Null(await redis.ObjectRefCountAsync(keys["missing"]));

        Assert.InRange((await redis.ObjectIdleTimeAsync(keys["str"]))!.Value.TotalSeconds, 0, 60);
        Assert.Null(await redis.ObjectIdleTimeAsync(keys["missing"]));

        // The shared server keeps Redis' default eviction policy, which tracks idle time, not frequency.
        var policy = (await redis.ConfigGetAsync("maxmemory-policy"))["maxmemory-policy"];
        if (!policy.Contains("lfu", StringComparison.Ordinal))
        {
            var error = await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.ObjectFreqAsync(keys["str"]));
            Assert.Contains("LFU", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Lfu_server_reports_frequency_and_an_empty_one_has_no_random_key(int protocol)
    {
        await using var dedicated = await RedisServerProcess.StartAsync("--maxmemory-policy", "allkeys-lfu");
        await using var redis = RedisClient.FromUrl($"{dedicated.Url}?protocol={protocol}");

        Assert.Null(await redis.RandomKeyAsync());
        await redis.SetAsync("k", "v");
        Assert.Equal("k", await redis.RandomKeyAsync());

        var payload = await redis.DumpAsync("k");
        Assert.True(await redis.RestoreAsync("hot", TimeSpan.Zero, payload!, frequency: 200));
        Assert.InRange((await redis.ObjectFreqAsync("hot"))!.Value, 150, 255);
        Assert.NotNull(await redis.ObjectFreqAsync("k"));
        Assert.Null(await redis.ObjectFreqAsync("missing"));
        await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.ObjectIdleTimeAsync("k"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Sort_orders_limits_looks_up_and_stores(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        var list = keys["list"];
        await redis.RPushAsync(list, "3", "1", "2");
        await redis.SAddAsync(keys["words"], "pear", "apple", "fig");
        await redis.MSetAsync(new Dictionary<RedisKey, RedisValue> { [keys["w_1"]] = 30, [keys["w_2"]] = 10, [keys["w_3"]] = 20 });
        await redis.HSetAsync(keys["o_1"], "name", "one");
        await redis.HSetAsync(keys["o_3"], "name", "three");

        Assert.Equal(new string?[] { "1", "2", "3" }, await redis.SortAsync(list));
        Assert.Equal(new string?[] { "3", "2", "1" }, await redis.SortAsync(list, desc: true));
        Assert.Equal(new string?[] { "2" }, await redis.SortAsync(list, start: 1, num: 1));
        Assert.Equal(new string?[] { "apple", "fig", "pear" }, await redis.SortAsync(keys["words"], alpha: true));
        Assert.Equal(new string?[] { "2", "3", "1" }, await redis.SortAsync(list, by: keys["w_*"]));
        Assert.Equal(new string?[] { "3", "1", "2" }, await redis.SortAsync(list, by: "nosort"));
        Assert.Equal(new string?[] { "1", "one", "2", null, "3", "three" }, await redis.SortAsync(list, get: ["#", keys["o_*"] + "->name"]));
        Assert.Equal(new string?[] { "three", null }, await redis.SortRoAsync(list, start: 0, num: 2, get: [keys["o_*"] + "->name"], desc: true));
        Assert.Equal(new string?[] { "1", "2", "3" }, await redis.SortRoAsync(list));
        Assert.Empty(await redis.SortAsync(keys["missing"]));
        await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.SortAsync(keys["words"]));

        Assert.Equal(3, await redis.SortStoreAsync(list, keys["sorted"], desc: true));
        Assert.Equal(["3", "2", "1"], await redis.LRangeAsync(keys["sorted"], 0, -1));
        Assert.Equal(2, await redis.SortStoreAsync(keys["words"], keys["sorted"], start: 0, num: 2, alpha: true));
        Assert.Equal(["apple", "fig"], await redis.LRangeAsync(keys["sorted"], 0, -1));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Touch_and_expiry_times(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        await redis.SetAsync(keys["a"], "1");
        await redis.SetAsync(keys["b"], "2");

        Assert.Equal(2, await redis.TouchAsync(keys["a"], keys["b"], keys["missing"]));
        Assert.Equal(1, await redis.TouchAsync([keys["a"]], CancellationToken.None));
        Assert.NotNull(await redis.RandomKeyAsync());

        Assert.Null(await redis.ExpireTimeAsync(keys["a"]));
        Assert.Null(await redis.PExpireTimeAsync(keys["a"]));
        Assert.Null(await redis.ExpireTimeAsync(keys["missing"]));
        Assert.Null(await redis.PExpireTimeAsync(keys["missing"]));

        var at = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeMilliseconds());
        Assert.True(await redis.PExpireAtAsync(keys["a"], at));
        Assert.Equal(at, await redis.PExpireTimeAsync(keys["a"]));
        // Redis rounds the expiry to the nearest second.
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds((at.ToUnixTimeMilliseconds() + 500) / 1000), await redis.ExpireTimeAsync(keys["a"]));
        Assert.Equal(TimeSpan.Zero, (await redis.ExpireTimeAsync(keys["a"]))!.Value.Offset);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Wait_counts_replicas_and_may_outlast_the_socket_timeout(int protocol)
    {
        await using var redis = server.CreateClient(protocol, new RedisOptions { SocketTimeout = TimeSpan.FromMilliseconds(600) });
        var keys = server.Keys();

        Assert.Equal(0, await redis.WaitAsync(0, TimeSpan.FromSeconds(1)));
        Assert.Equal(0, await redis.WaitAsync(0, TimeSpan.Zero));

        // No replica will ever answer: WAIT holds its reply for the whole timeout, longer than the socket timeout.
        var watch = Stopwatch.StartNew();
        Assert.Equal(0, await redis.WaitAsync(1, TimeSpan.FromMilliseconds(1600)));
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(1500), $"WAIT returned after {watch.Elapsed}.");

        await using (var bound = redis.Client())
        {
            await bound.SetAsync(keys["k"], "v");
            Assert.Equal(0, await bound.WaitAsync(0, TimeSpan.FromMilliseconds(100)));
            Assert.Equal(0, await bound.WaitAsync(1, TimeSpan.FromMilliseconds(300)));
            Assert.Equal("v", await bound.GetAsync(keys["k"]));
        }

        // A wait without end is ended by cancelling it, and the client carries on.
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await redis.WaitAsync(1, TimeSpan.Zero, cancel.Token));
        Assert.Equal("v", await redis.GetAsync(keys["k"]));
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public async Task Generic_key_commands_queue_in_a_pipeline(int protocol, bool transaction)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        await redis.RPushAsync(keys["l"], "2", "1");
        var payload = (await redis.DumpAsync(keys["l"]))!;
        var at = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeMilliseconds());

        await using var pipe = redis.Pipeline(transaction);
        var results = await pipe
            .Copy(keys["l"], keys["c"])
            .Dump(keys["missing"])
            .Restore(keys["r"], TimeSpan.Zero, payload)
            .Restore(keys["r"], at, payload, replace: true)
            .ObjectEncoding(keys["missing"])
            .ObjectRefCount(keys["l"])
            .ObjectIdleTime(keys["l"])
            .Sort(keys["l"])
            .SortRo(keys["l"], desc: true)
            .SortStore(keys["l"], keys["s"])
            .Touch(keys["l"], keys["missing"])
            .RandomKey()
            .ExpireTime(keys["l"])
            .PExpireTime(keys["r"])
            .Move(keys["missing"], 1)
            .Dump(keys["l"])
            .ExecuteAsync();

        Assert.Equal(16, results.Count);
        Assert.True(results.Get<bool>(0));
        Assert.Null(results[1]);
        Assert.True(results.Get<bool>(2));
        Assert.True(results.Get<bool>(3));
        Assert.Null(results[4]);
        Assert.True(results.Get<long?>(5) >= 1);
        Assert.NotNull(results.Get<TimeSpan?>(6));
        Assert.Equal(new string?[] { "1", "2" }, results.Get<string?[]>(7));
        Assert.Equal(new string?[] { "2", "1" }, results.Get<string?[]>(8));
        Assert.Equal(2L, results.Get<long>(9));
        Assert.Equal(1L, results.Get<long>(10));
        Assert.NotNull(results.Get<string>(11));
        Assert.Null(results[12]);
        Assert.Equal(at, results.Get<DateTimeOffset?>(13));
        Assert.False(results.Get<bool>(14));
        Assert.Equal(payload, results.Get<byte[]>(15));
    }

    [Fact]
    public async Task Bad_arguments_fail_before_anything_is_sent_and_name_the_argument()
    {
        await using var redis = server.CreateClient(3);
        var key = server.Keys()["k"];
        byte[] payload = [1, 2, 3];

        Assert.Equal("destinationDb", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.CopyAsync(key, key, -1))).ParamName);
        Assert.Equal("destination", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await redis.CopyAsync(key, (string?)null))).ParamName);
        Assert.Equal("ttl", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.RestoreAsync(key, TimeSpan.FromSeconds(-1), payload))).ParamName);
        Assert.Equal("ttl", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.RestoreAsync(key, TimeSpan.FromTicks(1), payload))).ParamName);
        Assert.Equal("serializedValue", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.RestoreAsync(key, TimeSpan.Zero, (byte[]?)null))).ParamName);
        Assert.Equal("frequency", (await Assert.ThrowsAsync<ArgumentException>(async () =>
            await redis.RestoreAsync(key, TimeSpan.Zero, payload, idleTime: TimeSpan.FromSeconds(1), frequency: 1))).ParamName);
        Assert.Equal("frequency", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.RestoreAsync(key, TimeSpan.Zero, payload, frequency: 256))).ParamName);
        Assert.Equal("idleTime", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.RestoreAsync(key, TimeSpan.Zero, payload, idleTime: TimeSpan.FromMilliseconds(1500)))).ParamName);
        Assert.Equal("expireAt", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.RestoreAsync(key, DateTimeOffset.UnixEpoch.AddDays(-1), payload))).ParamName);
        Assert.Equal("num", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.SortAsync(key, start: 0))).ParamName);
        Assert.Equal("start", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.SortRoAsync(key, num: 1))).ParamName);
        Assert.Equal("get", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.SortAsync(key, get: [""]))).ParamName);
        Assert.Equal("by", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.SortAsync(key, by: ""))).ParamName);
        Assert.Equal("keys", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.TouchAsync())).ParamName);
        Assert.Equal("db", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.MoveAsync(key, -1))).ParamName);
        Assert.Equal("numReplicas", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.WaitAsync(-1, TimeSpan.Zero))).ParamName);
        Assert.Equal("timeout", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.WaitAsync(0, TimeSpan.FromSeconds(-1)))).ParamName);

        // WAIT may block, so it cannot hold up a batch.
        await using var pipe = redis.Pipeline();
        Assert.Throws<InvalidOperationException>(() => pipe.ExecuteCommand("WAIT", 0, 0));
    }
}
