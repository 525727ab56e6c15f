using System.Diagnostics;

namespace RedisKit.IntegrationTests.Commands;

public sealed class ListCommandTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task List_reply_shapes_are_the_same_under_both_protocols(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        var key = keys["l"];
        var missing = keys["missing"];

        Assert.Equal(0, await redis.LPushXAsync(key, "x"));
        Assert.Equal(0, await redis.RPushXAsync(key, "x"));
        Assert.Equal(3, await redis.RPushAsync(key, "b", "c", "d"));
        Assert.Equal(5, await redis.LPushAsync(key, new RedisValue[] { "a", "z" }));
        Assert.Equal(6, await redis.LPushXAsync(key, "y"));
        Assert.Equal(7, await redis.RPushXAsync(key, "e"));
        Assert.Equal(["y", "z", "a", "b", "c", "d", "e"], await redis.LRangeAsync(key, 0, -1));
        Assert.Equal(["d", "e"], await redis.LRangeAsync(key, -2, -1));
        Assert.Empty(await redis.LRangeAsync(missing, 0, -1));
        Assert.Equal(7, await redis.LLenAsync(key));
        Assert.Equal(0, await redis.LLenAsync(missing));

        Assert.Equal("y", await redis.LPopAsync(key));
        Assert.Equal("e", await redis.RPopAsync(key));
        Assert.Equal("z"u8.ToArray(), await redis.LPopBytesAsync(key));
        Assert.Equal("d"u8.ToArray(), await redis.RPopBytesAsync(key));
        Assert.Null(await redis.LPopAsync(missing));
        Assert.Null(await redis.RPopAsync(missing));
        Assert.Null(await redis.LPopBytesAsync(missing));

        // With a count: an array, and null (not an empty array) for a missing key.
        await redis.RPushAsync(key, "d", "e", "f");
        Assert.Equal(["a", "b"], (await redis.LPopAsync(key, 2))!);
        Assert.Equal(["f", "e"], (await redis.RPopAsync(key, 2))!);
        Assert.Null(await redis.LPopAsync(missing, 2));
        Assert.Null(await redis.RPopAsync(missing, 2));
        Assert.Equal(["c", "d"], (await redis.LPopAsync(key, 10))!);
        Assert.Equal(0, await redis.LLenAsync(key));

        await redis.RPushAsync(key, "a", "b", "c", "b", "a", "b");
        Assert.Equal("a", await redis.LIndexAsync(key, 0));
        Assert.Equal("b", await redis.LIndexAsync(key, -1));
        Assert.Equal("c"u8.ToArray(), await redis.LIndexBytesAsync(key, 2));
        Assert.Null(await redis.LIndexAsync(key, 100));
        Assert.Null(await redis.LIndexBytesAsync(missing, 0));

        Assert.True(await redis.LSetAsync(key, 2, "C"));
        Assert.Equal("C", await redis.LIndexAsync(key, 2));
        var outOfRange = await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.LSetAsync(key, 100, "x"));
        Assert.Equal("ERR", outOfRange.Prefix);
        await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.LSetAsync(missing, 0, "x"));

        Assert.Equal(7, await redis.LInsertAsync(key, ListInsertPosition.Before, "C", "B+"));
        Assert.Equal(8, await redis.LInsertAsync(key, ListInsertPosition.After, "C", "C+"));
        Assert.Equal(-1, await redis.LInsertAsync(key, ListInsertPosition.After, "nope", "x"));
        Assert.Equal(0, await redis.LInsertAsync(missing, ListInsertPosition.Before, "a", "x"));
        Assert.Equal(["a", "b", "B+", "C", "C+", "b", "a", "b"], await redis.LRangeAsync(key, 0, -1));

        // LPOS: first match, by rank, from the tail, bounded by MAXLEN, and every match with COUNT 0.
        Assert.Equal(1, await redis.LPosAsync(key, "b"));
        Assert.Equal(5, await redis.LPosAsync(key, "b", rank: 2));
        Assert.Equal(7, await redis.LPosAsync(key, "b", rank: -1));
        Assert.Null(await redis.LPosAsync(key, "b", rank: 4));
        Assert.Null(await redis.LPosAsync(key, "C+", maxLen: 3));
        Assert.Null(await redis.LPosAsync(key, "nope"));
        Assert.Null(await redis.LPosAsync(missing, "a"));
        Assert.Equal(new long[] { 1L, 5L, 7L }, await redis.LPosAsync(key, "b", count: 0));
        Assert.Equal(new long[] { 1L, 5L }, await redis.LPosAsync(key, "b", count: 2));
        Assert.Equal(new long[] { 7L, 5L }, await redis.LPosAsync(key, "b", count: 2, rank: -1));
        Assert.Equal(new long[] { 1L }, await redis.LPosAsync(key, "b", count: 0, maxLen: 4));
        Assert.Empty(await redis.LPosAsync(key, "nope", count: 0));
        Assert.Empty(await redis.LPosAsync(missing, "a", count: 0));

        Assert.Equal(3, await redis.LRemAsync(key, 0, "b"));
        Assert.Equal(1, await redis.LRemAsync(key, -1, "a"));
        Assert.Equal(0, await redis.LRemAsync(key, 1, "nope"));
        Assert.Equal(["a", "B+", "C", "C+"], await redis.LRangeAsync(key, 0, -1));
        Assert.True(await redis.LTrimAsync(key, 1, 2));
        Assert.Equal(["B+", "C"], await redis.LRangeAsync(key, 0, -1));
        Assert.True(await redis.LTrimAsync(missing, 0, 1));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Lmove_and_lmpop_take_from_the_requested_ends(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        var (source, destination, empty) = (keys["src"], keys["dst"], keys["empty"]);
        await redis.RPushAsync(source, "1", "2", "3", "4");

        Assert.Equal("1", await redis.LMoveAsync(source, destination));
        Assert.Equal("4", await redis.LMoveAsync(source, destination, ListDirection.Right, ListDirection.Left));
        Assert.Equal("3"u8.ToArray(), await redis.LMoveBytesAsync(source, destination, ListDirection.Right, ListDirection.Right));
        Assert.Equal(["4", "1", "3"], await redis.LRangeAsync(destination, 0, -1));
        Assert.Equal("2", await redis.LMoveAsync(source, source, ListDirection.Left, ListDirection.Right));
        Assert.Null(await redis.LMoveAsync(empty, destination));
        Assert.Null(await redis.LMoveBytesAsync(empty, destination));

        // LMPOP takes from the first non-empty list, one value unless a count is given.
        var one = await redis.LMPopAsync([empty, destination, source], ListDirection.Left);
        Assert.NotNull(one);
        Assert.Equal(destination, one.Value.Key);
        Assert.Equal(["4"], one.Value.Values);
        var (key, values) = (await redis.LMPopAsync([empty, destination], ListDirection.Right, count: 5))!.Value;
        Assert.Equal(destination, key);
        Assert.Equal(["3", "1"], values);
        var bytes = await redis.LMPopBytesAsync([empty, source], ListDirection.Left, count: 1);
        Assert.Equal(source, bytes!.Value.Key);
        Assert.Equal("2"u8.ToArray(), Assert.Single(bytes.Value.Values));
        Assert.Null(await redis.LMPopAsync([empty, source, destination], ListDirection.Left));
        Assert.Null(await redis.LMPopBytesAsync([empty], ListDirection.Right, 3));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Blocking_commands_answer_at_once_when_a_value_is_there_and_null_when_the_wait_ends(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        var (a, b, empty, moved) = (keys["a"], keys["b"], keys["empty"], keys["moved"]);
        await redis.RPushAsync(b, "b1", "b2", "b3", "b4", "b5", "b6", "b7");

        Assert.Equal(new ListPopResult<string>(b, "b1"), await redis.BLPopAsync([a, empty, b], TimeSpan.FromSeconds(1)));
        Assert.Equal(new ListPopResult<string>(b, "b7"), await redis.BRPopAsync([empty, b], TimeSpan.FromSeconds(1)));
        Assert.Equal(new ListPopResult<string>(b, "b2"), await redis.BLPopAsync(b));
        Assert.Equal(new ListPopResult<string>(b, "b6"), await redis.BRPopAsync(b, TimeSpan.FromSeconds(2)));
        var popped = await redis.BLPopBytesAsync([b], TimeSpan.FromSeconds(1));
        Assert.Equal(b, popped!.Value.Key);
        Assert.Equal("b3"u8.ToArray(), popped.Value.Value);
        Assert.Equal("b5"u8.ToArray(), (await redis.BRPopBytesAsync([b], TimeSpan.FromSeconds(1)))!.Value.Value);

        Assert.Equal("b4", await redis.BLMoveAsync(b, moved, TimeSpan.FromSeconds(1), ListDirection.Left, ListDirection.Left));
        Assert.Equal("b4", await redis.BRPopLPushAsync(moved, b, TimeSpan.FromSeconds(1)));
        Assert.Equal("b4"u8.ToArray(), await redis.BLMoveBytesAsync(b, moved, TimeSpan.FromSeconds(1), ListDirection.Right, ListDirection.Right));
        Assert.Equal("b4"u8.ToArray(), await redis.BRPopLPushBytesAsync(moved, b));

        await redis.RPushAsync(a, "a1", "a2", "a3");
        var multi = await redis.BLMPopAsync(TimeSpan.FromSeconds(1), [empty, a, b], ListDirection.Right, count: 2);
        Assert.Equal(a, multi!.Value.Key);
        Assert.Equal(["a3", "a2"], multi.Value.Values);
        var multiBytes = await redis.BLMPopBytesAsync(TimeSpan.Zero, [empty, a], ListDirection.Left);
        Assert.Equal("a1"u8.ToArray(), Assert.Single(multiBytes!.Value.Values));

        // Short waits on empty lists: every form answers null, with fractional seconds sent as such.
        var wait = TimeSpan.FromMilliseconds(100);
        Assert.Null(await redis.BLPopAsync([empty], wait));
        Assert.Null(await redis.BRPopAsync(empty, wait));
        Assert.Null(await redis.BLPopBytesAsync([empty], wait));
        Assert.Null(await redis.BLMoveAsync(empty, moved, wait));
        Assert.Null(await redis.BLMoveBytesAsync(empty, moved, wait));
        Assert.Null(await redis.BLMPopAsync(wait, [empty], ListDirection.Left));
        Assert.Null(await redis.BRPopLPushAsync(empty, moved, wait));
        Assert.Equal(0, await redis.LLenAsync(moved));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_blocked_pop_is_served_by_a_push_from_another_client(int protocol)
    {
        var name = "blk-" + Guid.NewGuid().ToString("N")[..8];
        await using var waiter = server.CreateClient(protocol, new RedisOptions { ClientName = name });
        await using var pusher = server.CreateClient(protocol);
        var keys = server.Keys();

        var pop = waiter.BLPopAsync([keys["q1"], keys["q2"]], TimeSpan.FromSeconds(10)).AsTask();
        await WaitUntilBlockedAsync(pusher, name);
        Assert.False(pop.IsCompleted);

        Assert.Equal(1, await pusher.RPushAsync(keys["q2"], "job"));
        Assert.Equal(new ListPopResult<string>(keys["q2"], "job"), await pop.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(0, await pusher.LLenAsync(keys["q2"]));

        var move = waiter.BLMoveAsync(keys["in"], keys["out"], TimeSpan.Zero).AsTask();
        await WaitUntilBlockedAsync(pusher, name);
        await pusher.LPushAsync(keys["in"], "task");
        Assert.Equal("task", await move.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(["task"], await pusher.LRangeAsync(keys["out"], 0, -1));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_blocking_wait_longer_than_the_socket_timeout_ends_with_null_not_a_timeout(int protocol)
    {
        await using var redis = server.CreateClient(protocol, new RedisOptions { SocketTimeout = TimeSpan.FromSeconds(1) });
        var keys = server.Keys();
        var wait = TimeSpan.FromSeconds(2);

        // Two leased connections wait side by side, so the test takes one wait, not two.
        var started = Stopwatch.StartNew();
        var pop = redis.BLPopAsync(keys["empty"], wait).AsTask();
        var multi = redis.BLMPopAsync(wait, [keys["empty2"]], ListDirection.Left).AsTask();
        Assert.Null(await pop);
        Assert.Null(await multi);
        Assert.True(started.Elapsed >= TimeSpan.FromSeconds(1.9), $"returned after {started.Elapsed}");

        // The connections were handed back sound and the client goes on as usual.
        await redis.RPushAsync(keys["q"], "v");
        Assert.Equal(new ListPopResult<string>(keys["q"], "v"), await redis.BLPopAsync(keys["q"], wait));
        Assert.True(await redis.PingAsync());
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public async Task Cancelling_a_blocking_pop_ends_the_wait_on_the_server_and_the_client_goes_on(int protocol, bool bound)
    {
        var name = "cnl-" + Guid.NewGuid().ToString("N")[..8];
        await using var pooled = server.CreateClient(protocol, new RedisOptions { ClientName = name });
        await using var observer = server.CreateClient(protocol);
        await using var single = bound ? pooled.Client() : null;
        var redis = single ?? pooled;
        var keys = server.Keys();
        Assert.True(await redis.PingAsync());

        using (var cts = new CancellationTokenSource())
        {
            var pop = redis.BLPopAsync(keys["q"], TimeSpan.Zero, cts.Token).AsTask();
            await WaitUntilBlockedAsync(observer, name);
            await cts.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pop.WaitAsync(TimeSpan.FromSeconds(10)));
        }

        // The waiting connection was closed, so nothing on the server can take the next value.
        await WaitUntilNotBlockedAsync(observer, name);
        Assert.Equal(1, await observer.RPushAsync(keys["q"], "kept"));
        await Task.Delay(100);
        Assert.Equal(["kept"], await observer.LRangeAsync(keys["q"], 0, -1));

        // The same client works as before, blocking commands included.
        Assert.True(await redis.PingAsync());
        Assert.Equal(2, await redis.RPushAsync(keys["q"], "next"));
        Assert.Equal(new ListPopResult<string>(keys["q"], "kept"), await redis.BLPopAsync(keys["q"], TimeSpan.FromSeconds(1)));
        Assert.Equal("next", await redis.LPopAsync(keys["q"]));
        Assert.Null(await redis.BLPopAsync(keys["q"], TimeSpan.FromMilliseconds(50)));

        // A cancellation before anything was sent leaves nothing behind either.
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await redis.BRPopAsync(keys["q"], TimeSpan.Zero, cancelled.Token));
        Assert.Equal(1, await redis.RPushAsync(keys["q"], "last"));
        Assert.Equal("last", await redis.RPopAsync(keys["q"]));
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public async Task List_commands_queue_in_a_pipeline(int protocol, bool transaction)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        var (key, other) = (keys["l"], keys["o"]);
        await using var pipe = redis.Pipeline(transaction);
        var results = await pipe
            .RPush(key, "a", "b", "c")
            .LPush(key, "z")
            .LPushX(keys["missing"], "x")
            .RPushX(key, "d")
            .LRange(key, 0, -1)
            .LLen(key)
            .LIndex(key, 1)
            .LSet(key, 0, "Z")
            .LInsert(key, ListInsertPosition.After, "Z", "y")
            .LPos(key, "b")
            .LPos(key, "b", count: 0)
            .LRem(key, 1, "y")
            .LMove(key, other)
            .LMPop([keys["missing"], key], ListDirection.Right, 2)
            .LPop(key)
            .RPop(other)
            .LPop(key, 5)
            .RPop(keys["missing"], 2)
            .LTrim(other, 0, 0)
            .ExecuteAsync();

        Assert.Equal(19, results.Count);
        Assert.Equal(3L, results.Get<long>(0));
        Assert.Equal(4L, results.Get<long>(1));
        Assert.Equal(0L, results.Get<long>(2));
        Assert.Equal(5L, results.Get<long>(3));
        Assert.Equal(["z", "a", "b", "c", "d"], results.Get<string[]>(4));
        Assert.Equal(5L, results.Get<long>(5));
        Assert.Equal("a", results.Get<string>(6));
        Assert.True(results.Get<bool>(7));
        Assert.Equal(6L, results.Get<long>(8));
        Assert.Equal(3L, results.Get<long?>(9));
        Assert.Equal([3L], results.Get<long[]>(10));
        Assert.Equal(1L, results.Get<long>(11));
        Assert.Equal("Z", results.Get<string>(12));
        var multi = results.Get<ListMultiPopResult<string>?>(13)!.Value;
        Assert.Equal(key, multi.Key);
        Assert.Equal(["d", "c"], multi.Values);
        Assert.Equal("a", results.Get<string>(14));
        Assert.Equal("Z", results.Get<string>(15));
        Assert.Equal(["b"], results.Get<string[]>(16));
        Assert.Null(results[17]);
        Assert.True(results.Get<bool>(18));
    }

    [Fact]
    public async Task Bad_arguments_fail_before_anything_is_sent_and_name_the_argument()
    {
        await using var redis = server.CreateClient(3);
        var key = server.Keys()["k"];

        Assert.Equal("values", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.LPushAsync(key, Array.Empty<RedisValue>()))).ParamName);
        Assert.Equal("values", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await redis.RPushAsync(key, "a", RedisValue.FromString(null)))).ParamName);
        Assert.Equal("key", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await redis.LLenAsync((string?)null))).ParamName);
        Assert.Equal("count", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.LPopAsync(key, -1))).ParamName);
        Assert.Equal("rank", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.LPosAsync(key, "a", rank: 0))).ParamName);
        Assert.Equal("maxLen", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.LPosAsync(key, "a", maxLen: -1))).ParamName);
        Assert.Equal("where", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.LInsertAsync(key, (ListInsertPosition)7, "a", "b"))).ParamName);
        Assert.Equal("sourceSide", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.LMoveAsync(key, key, (ListDirection)9))).ParamName);
        Assert.Equal("timeout", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.BLPopAsync(key, TimeSpan.FromSeconds(-2)))).ParamName);
        Assert.Equal("keys", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.BLPopAsync(Array.Empty<RedisKey>()))).ParamName);
        Assert.Equal("keys", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.LMPopAsync([], ListDirection.Left))).ParamName);
        Assert.Equal("count", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.BLMPopAsync(TimeSpan.Zero, [key], ListDirection.Left, 0))).ParamName);
        Assert.Equal("destination", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await redis.BRPopLPushAsync(key, (string?)null, TimeSpan.Zero))).ParamName);

        // Blocking commands cannot be queued: they would hold up the whole batch.
        await using var pipe = redis.Pipeline();
        Assert.Throws<InvalidOperationException>(() => pipe.ExecuteCommand("BLPOP", key, 0));
    }

    /// <summary>Waits until a connection named <paramref name="name"/> is blocked on the server.</summary>
    internal static async Task WaitUntilBlockedAsync(RedisClient observer, string name)
    {
        var deadline = Stopwatch.StartNew();
        while (!await IsBlockedAsync(observer, name))
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(10), $"No connection named {name} got blocked on the server.");
            await Task.Delay(20);
        }
    }

    /// <summary>Waits until no connection named <paramref name="name"/> is blocked on the server any more.</summary>
    internal static async Task WaitUntilNotBlockedAsync(RedisClient observer, string name)
    {
        var deadline = Stopwatch.StartNew();
        while (await IsBlockedAsync(observer, name))
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(10), $"A connection named {name} is still blocked on the server.");
            await Task.Delay(20);
        }
    }

    private static async Task<bool> IsBlockedAsync(RedisClient observer, string name)
    {
        foreach (var client in await observer.ClientListAsync())
        {
            if (client.Name == name && client.Flags.Contains('b', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
