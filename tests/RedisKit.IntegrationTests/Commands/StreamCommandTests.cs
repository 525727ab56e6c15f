using System.Diagnostics;

namespace RedisKit.IntegrationTests.Commands;

public sealed class StreamCommandTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Stream_reply_shapes_are_the_same_under_both_protocols(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var keys = server.Keys();
        var (s, other, missing) = (keys["s"], keys["o"], keys["missing"]);

        Assert.Null(await redis.XAddAsync(missing, [new("f", "v")], noMkStream: true));
        Assert.Equal(0, await redis.XLenAsync(missing));
        Assert.Equal("1-1", await redis.XAddAsync(s, [new("name", "ada"), new("lang", "en")], "1-1"));
        Assert.Equal("1-2", await redis.XAddAsync(s, [new("name", "bob")], "1-*"));
        Assert.Equal("2-0", await redis.XAddAsync(s, [new("n", 2), new("bin", new byte[] { 0x41 })], "2-0"));
        var generated = await redis.XAddAsync(s, [new("name", "cy")]);
        Assert.NotNull(generated);
        Assert.Matches("^[0-9]+-[0-9]+$", generated);
        Assert.Equal(4, await redis.XLenAsync(s));

        var all = await redis.XRangeAsync(s);
        Assert.Equal(["1-1", "1-2", "2-0", generated], Ids(all));
        var (firstId, firstFields) = all[0];
        Assert.Equal("1-1", firstId);
        Assert.Equal(new Dictionary<string, string> { ["name"] = "ada", ["lang"] = "en" }, firstFields);
        Assert.Equal("2", all[2].Fields["n"]);
        Assert.Equal("A", all[2].Fields["bin"]);
        Assert.False(all[0].IsDeleted);
        Assert.Equal(["1-2", "2-0"], Ids(await redis.XRangeAsync(s, "(1-1", "2-0")));
        Assert.Equal(["1-1", "1-2"], Ids(await redis.XRangeAsync(s, count: 2)));
        Assert.Equal([generated, "2-0"], Ids(await redis.XRevRangeAsync(s, count: 2)));
        Assert.Equal(["2-0", "1-2"], Ids(await redis.XRevRangeAsync(s, "2-0", "1-2")));
        Assert.Empty(await redis.XRangeAsync(missing));

        // XREAD of several streams: only those with newer entries answer, in the order asked.
        await redis.XAddAsync(other, [new("k", "v")], "5-0");
        var read = await redis.XReadAsync([new(s, "1-2"), new(missing, "0"), new(other, "0")]);
        Assert.Equal(2, read.Length);
        Assert.Equal(s, read[0].Key);
        Assert.Equal(["2-0", generated], Ids(read[0].Entries));
        Assert.Equal(other, read[1].Key);
        Assert.Equal("v", Assert.Single(read[1].Entries).Fields["k"]);
        var limited = await redis.XReadAsync([new(s, "0")], count: 1);
        Assert.Equal(["1-1"], Ids(Assert.Single(limited).Entries));
        Assert.Empty(await redis.XReadAsync([new(s, "$")]));
        Assert.Empty(await redis.XReadAsync([new(missing, "0")]));

        var info = await redis.XInfoStreamAsync(s);
        Assert.Equal(4, info.Length);
        Assert.Equal(0, info.Groups);
        Assert.Equal(generated, info.LastGeneratedId);
        Assert.Equal("1-1", info.FirstEntry!.Value.Id);
        Assert.Equal("ada", info.FirstEntry.Value.Fields["name"]);
        Assert.Equal(generated, info.LastEntry!.Value.Id);
        Assert.True(info.RadixTreeKeys > 0);
        Assert.True(info.RadixTreeNodes > 0);
        Assert.Equal(4, info.EntriesAdded);
        Assert.Equal("0-0", info.MaxDeletedEntryId);
        Assert.Equal("1-1", info.RecordedFirstEntryId);
        await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.XInfoStreamAsync(missing));

        Assert.Equal(1, await redis.XDelAsync(s, "1-2", "9-9"));
        Assert.Equal(0, await redis.XDelAsync(s, ["1-2"]));
        Assert.Equal(1, await redis.XTrimAsync(s, maxLen: 2, approximate: false));
        Assert.Equal(["2-0", generated], Ids(await redis.XRangeAsync(s)));
        Assert.Equal(1, await redis.XTrimAsync(s, minId: generated, approximate: false));
        Assert.Equal(0, await redis.XTrimAsync(s, maxLen: 5, limit: 10));
        Assert.Equal(1, await redis.XLenAsync(s));

        // XADD trims in the same step: exactly, or approximately (whole nodes, so nothing here).
        await redis.XAddAsync(s, [new("f", "1")], maxLen: 1, approximate: false);
        Assert.Equal(1, await redis.XLenAsync(s));
        var kept = await redis.XAddAsync(s, [new("f", "2")], maxLen: 1, limit: 10);
        Assert.Equal(2, await redis.XLenAsync(s));
        var newest = await redis.XAddAsync(s, [new("f", "3")], minId: kept, approximate: false);
        Assert.Equal([kept!, newest!], Ids(await redis.XRangeAsync(s)));

        Assert.Equal(1, await redis.XDelAsync(other, "5-0"));
        var emptied = await redis.XInfoStreamAsync(other);
        Assert.Equal(0, emptied.Length);
        Assert.Null(emptied.FirstEntry);
        Assert.Null(emptied.LastEntry);
        Assert.Equal("5-0", emptied.MaxDeletedEntryId);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_consumer_group_reads_claims_and_acknowledges(int protocol)
    {
        await using var redis = server.CreateClient(protocol);
        var s = server.Keys()["s"];

        Assert.True(await redis.XGroupCreateAsync(s, "g", "0", mkStream: true));
        var busy = await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.XGroupCreateAsync(s, "g"));
        Assert.Equal("BUSYGROUP", busy.Prefix);
        var ids = new string[4];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = (await redis.XAddAsync(s, [new("n", i)]))!;
        }

        Assert.True(await redis.XGroupCreateConsumerAsync(s, "g", "alice"));
        Assert.False(await redis.XGroupCreateConsumerAsync(s, "g", "alice"));

        // Each consumer gets entries never delivered to the group; then there are none left.
        var alice = Assert.Single(await redis.XReadGroupAsync("g", "alice", [new(s, ">")], count: 2));
        Assert.Equal(s, alice.Key);
        Assert.Equal(ids[..2], Ids(alice.Entries));
        Assert.Equal("0", alice.Entries[0].Fields["n"]);
        var bob = Assert.Single(await redis.XReadGroupAsync("g", "bob", [new(s, ">")]));
        Assert.Equal(ids[2..], Ids(bob.Entries));
        Assert.Empty(await redis.XReadGroupAsync("g", "bob", [new(s, ">")]));

        var summary = await redis.XPendingAsync(s, "g");
        Assert.Equal(4, summary.Pending);
        Assert.Equal(ids[0], summary.Min);
        Assert.Equal(ids[3], summary.Max);
        Assert.Equal([new StreamPendingConsumer("alice", 2), new StreamPendingConsumer("bob", 2)], summary.Consumers);

        var pending = await redis.XPendingRangeAsync(s, "g", "-", "+", 10);
        Assert.Equal(ids, pending.Select(p => p.MessageId));
        Assert.Equal(["alice", "alice", "bob", "bob"], pending.Select(p => p.Consumer));
        Assert.All(pending, p => Assert.Equal(1, p.TimesDelivered));
        Assert.All(pending, p => Assert.InRange(p.TimeSinceDelivered, TimeSpan.Zero, TimeSpan.FromMinutes(1)));
        Assert.Equal(ids[2..], (await redis.XPendingRangeAsync(s, "g", "-", "+", 10, consumerName: "bob")).Select(p => p.MessageId));
        Assert.Equal(ids[1..2], (await redis.XPendingRangeAsync(s, "g", ids[1], "+", 1)).Select(p => p.MessageId));
        Assert.Empty(await redis.XPendingRangeAsync(s, "g", "-", "+", 10, idle: TimeSpan.FromHours(1)));

        // Claims: a whole entry (counted as a delivery), an id alone (not counted), nothing idle long enough.
        var claimed = Assert.Single(await redis.XClaimAsync(s, "g", "alice", TimeSpan.Zero, [ids[2]]));
        Assert.Equal(ids[2], claimed.Id);
        Assert.Equal("2", claimed.Fields["n"]);
        Assert.Equal([ids[3]], await redis.XClaimJustIdAsync(s, "g", "alice", TimeSpan.Zero, [ids[3]]));
        Assert.Empty(await redis.XClaimAsync(s, "g", "bob", TimeSpan.FromHours(1), [ids[0]]));
        var afterClaims = await redis.XPendingRangeAsync(s, "g", ids[2], ids[3], 10);
        Assert.Equal([("alice", 2L), ("alice", 1L)], afterClaims.Select(p => (p.Consumer, p.TimesDelivered)));

        // IDLE and RETRYCOUNT set what XPENDING then reports; FORCE claims an entry nobody was given.
        await redis.XClaimAsync(s, "g", "bob", TimeSpan.Zero, [ids[0]], idle: TimeSpan.FromMinutes(10), retryCount: 5);
        var first = Assert.Single(await redis.XPendingRangeAsync(s, "g", ids[0], ids[0], 1));
        Assert.Equal(("bob", 5L), (first.Consumer, first.TimesDelivered));
        Assert.True(first.TimeSinceDelivered >= TimeSpan.FromMinutes(10), $"idle {first.TimeSinceDelivered}");
        await redis.XClaimJustIdAsync(s, "g", "bob", TimeSpan.Zero, [ids[1]], time: DateTimeOffset.UtcNow.AddHours(-1));
        Assert.True(Assert.Single(await redis.XPendingRangeAsync(s, "g", ids[1], ids[1], 1)).TimeSinceDelivered >= TimeSpan.FromMinutes(59));
        var fifth = (await redis.XAddAsync(s, [new("n", 4)]))!;
        Assert.Equal([fifth], await redis.XClaimJustIdAsync(s, "g", "bob", TimeSpan.Zero, [fifth], force: true));

        // An entry deleted while pending: its owner's history lists its id with no fields...
        Assert.Equal(1, await redis.XDelAsync(s, ids[1]));
        var history = Assert.Single(await redis.XReadGroupAsync("g", "bob", [new(s, "0")]));
        Assert.Equal([ids[0], ids[1], fifth], Ids(history.Entries));
        Assert.True(history.Entries[1].IsDeleted);
        Assert.Empty(history.Entries[1].Fields);
        Assert.False(history.Entries[0].IsDeleted);

        // ...and XAUTOCLAIM reports it as deleted (within the page's count) while claiming the others.
        var page = await redis.XAutoClaimAsync(s, "g", "carol", TimeSpan.Zero, count: 2);
        Assert.Equal([ids[0]], Ids(page.Claimed));
        Assert.Equal([ids[1]], page.DeletedIds);
        Assert.Equal(ids[2], page.NextStartId);
        var rest = await redis.XAutoClaimJustIdAsync(s, "g", "carol", TimeSpan.Zero, page.NextStartId);
        Assert.Equal([ids[2], ids[3], fifth], rest.Claimed);
        Assert.Empty(rest.DeletedIds);
        Assert.Equal("0-0", rest.NextStartId);
        Assert.Empty((await redis.XAutoClaimAsync(s, "g", "carol", TimeSpan.FromHours(1))).Claimed);

        Assert.Equal(4, await redis.XAckAsync(s, "g", ids[0], ids[2], ids[3], fifth, "9999-0"));
        Assert.Equal(0, await redis.XAckAsync(s, "g", [ids[0]]));
        var done = await redis.XPendingAsync(s, "g");
        Assert.Equal(new StreamPendingSummary(0, null, null, done.Consumers), done);
        Assert.Empty(done.Consumers);
        Assert.Empty(await redis.XPendingRangeAsync(s, "g", "-", "+", 10));

        var group = Assert.Single(await redis.XInfoGroupsAsync(s));
        Assert.Equal(("g", 3L, 0L, ids[3]), (group.Name, group.Consumers, group.Pending, group.LastDeliveredId));
        var consumers = await redis.XInfoConsumersAsync(s, "g");
        Assert.Equal(["alice", "bob", "carol"], consumers.Select(c => c.Name));
        Assert.All(consumers, c => Assert.Equal(0, c.Pending));
        Assert.All(consumers, c => Assert.InRange(c.Idle, TimeSpan.Zero, TimeSpan.FromMinutes(1)));

        Assert.True(await redis.XGroupSetIdAsync(s, "g", "$"));
        Assert.Equal(fifth, Assert.Single(await redis.XInfoGroupsAsync(s)).LastDeliveredId);
        Assert.True(await redis.XGroupSetIdAsync(s, "g", ids[0], entriesRead: 1));
        var moved = Assert.Single(await redis.XInfoGroupsAsync(s));
        Assert.Equal((ids[0], 1L), (moved.LastDeliveredId, moved.EntriesRead));
        Assert.Equal(0, await redis.XGroupDelConsumerAsync(s, "g", "bob"));
        Assert.Equal(2, (await redis.XInfoConsumersAsync(s, "g")).Length);
        Assert.True(await redis.XGroupCreateAsync(s, "late", "$", entriesRead: 5));
        var late = Assert.Single(await redis.XInfoGroupsAsync(s), g => g.Name == "late");
        Assert.Equal((5L, 0L), (late.EntriesRead, late.Lag));
        Assert.True(await redis.XGroupDestroyAsync(s, "g"));
        Assert.False(await redis.XGroupDestroyAsync(s, "g"));
        Assert.Equal(1, (await redis.XInfoStreamAsync(s)).Groups);
        await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.XGroupCreateAsync(server.Keys()["none"], "g"));
        await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.XReadGroupAsync("nope", "c", [new(s, ">")]));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_blocked_read_is_served_by_an_add_from_another_client(int protocol)
    {
        var name = "xrd-" + Guid.NewGuid().ToString("N")[..8];
        await using var waiter = server.CreateClient(protocol, new RedisOptions { ClientName = name });
        await using var adder = server.CreateClient(protocol);
        var keys = server.Keys();
        var (s, idle) = (keys["s"], keys["idle"]);
        await adder.XAddAsync(s, [new("old", "1")]);

        var read = waiter.XReadAsync([new(idle, "$"), new(s, "$")], block: TimeSpan.FromSeconds(10)).AsTask();
        await ListCommandTests.WaitUntilBlockedAsync(adder, name);
        Assert.False(read.IsCompleted);
        var id = await adder.XAddAsync(s, [new("job", "42")]);
        var served = Assert.Single(await read.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(s, served.Key);
        var entry = Assert.Single(served.Entries);
        Assert.Equal((id, "42"), (entry.Id, entry.Fields["job"]));

        // XREADGROUP waits the same way, here without end (BLOCK 0).
        await adder.XGroupCreateAsync(s, "g", "$");
        var groupRead = waiter.XReadGroupAsync("g", "worker", [new(s, ">")], count: 10, block: TimeSpan.Zero).AsTask();
        await ListCommandTests.WaitUntilBlockedAsync(adder, name);
        var next = await adder.XAddAsync(s, [new("job", "43")]);
        Assert.Equal([next!], Ids(Assert.Single(await groupRead.WaitAsync(TimeSpan.FromSeconds(10))).Entries));
        Assert.Equal(1, (await adder.XPendingAsync(s, "g")).Pending);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_blocking_wait_longer_than_the_socket_timeout_ends_empty_not_with_a_timeout(int protocol)
    {
        await using var redis = server.CreateClient(protocol, new RedisOptions { SocketTimeout = TimeSpan.FromSeconds(1) });
        var keys = server.Keys();
        var (s, z) = (keys["s"], keys["z"]);
        await redis.XGroupCreateAsync(s, "g", "$", mkStream: true);
        var wait = TimeSpan.FromSeconds(2);

        // Four leased connections wait side by side, so the test takes one wait, not four.
        var started = Stopwatch.StartNew();
        var read = redis.XReadAsync([new(s, "$")], block: wait).AsTask();
        var groupRead = redis.XReadGroupAsync("g", "c", [new(s, ">")], block: wait).AsTask();
        var popMin = redis.BZPopMinAsync(z, wait).AsTask();
        var multiPop = redis.BZMPopAsync(wait, [z], max: true).AsTask();
        Assert.Empty(await read);
        Assert.Empty(await groupRead);
        Assert.Null(await popMin);
        Assert.Null(await multiPop);
        Assert.True(started.Elapsed >= TimeSpan.FromSeconds(1.9), $"returned after {started.Elapsed}");

        // The connections were handed back sound and the client goes on as usual.
        var id = await redis.XAddAsync(s, [new("f", "v")]);
        Assert.Equal([id!], Ids(Assert.Single(await redis.XReadAsync([new(s, "0")], block: wait)).Entries));
        Assert.True(await redis.PingAsync());
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public async Task Cancelling_a_blocked_read_ends_the_wait_and_the_client_goes_on(int protocol, bool bound)
    {
        var name = "xcn-" + Guid.NewGuid().ToString("N")[..8];
        await using var pooled = server.CreateClient(protocol, new RedisOptions { ClientName = name });
        await using var observer = server.CreateClient(protocol);
        await using var single = bound ? pooled.Client() : null;
        var redis = single ?? pooled;
        var s = server.Keys()["s"];
        Assert.True(await redis.PingAsync());

        using (var cts = new CancellationTokenSource())
        {
            var read = redis.XReadAsync([new(s, "$")], block: TimeSpan.Zero, cancellationToken: cts.Token).AsTask();
            await ListCommandTests.WaitUntilBlockedAsync(observer, name);
            await cts.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read.WaitAsync(TimeSpan.FromSeconds(10)));
        }

        await ListCommandTests.WaitUntilNotBlockedAsync(observer, name);
        var id = await redis.XAddAsync(s, [new("f", "v")]);
        Assert.Equal([id!], Ids(Assert.Single(await redis.XReadAsync([new(s, "0")], block: TimeSpan.FromSeconds(1))).Entries));
        Assert.Equal(1, await redis.XLenAsync(s));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Blocking_sorted_set_pops_answer_at_once_wait_for_a_member_and_give_null_on_timeout(int protocol)
    {
        var name = "bzp-" + Guid.NewGuid().ToString("N")[..8];
        await using var redis = server.CreateClient(protocol, new RedisOptions { ClientName = name });
        await using var adder = server.CreateClient(protocol);
        var keys = server.Keys();
        var (z, empty, other) = (keys["z"], keys["empty"], keys["other"]);
        await redis.ZAddAsync(z, [new("a", 1), new("b", 2), new("c", 3), new("d", 4), new("e", 5.5)]);

        Assert.Equal(new KeyedScoredMember(z, "a", 1), await redis.BZPopMinAsync([empty, z], TimeSpan.FromSeconds(1)));
        Assert.Equal(new KeyedScoredMember(z, "e", 5.5), await redis.BZPopMaxAsync([empty, z], TimeSpan.FromSeconds(1)));
        var (key, member, score) = (await redis.BZPopMinAsync(z))!.Value;
        Assert.Equal((z, "b", 2.0), (key, member, score));
        var multi = (await redis.BZMPopAsync(TimeSpan.FromSeconds(1), [empty, z], max: true, count: 5))!.Value;
        Assert.Equal(z, multi.Key);
        Assert.Equal([new ScoredMember("d", 4), new ScoredMember("c", 3)], multi.Members);

        var wait = TimeSpan.FromMilliseconds(100);
        Assert.Null(await redis.BZPopMinAsync(empty, wait));
        Assert.Null(await redis.BZPopMaxAsync([empty, z], wait));
        Assert.Null(await redis.BZMPopAsync(wait, [empty], min: true));

        var popMax = redis.BZPopMaxAsync([empty, other], TimeSpan.FromSeconds(10)).AsTask();
        await ListCommandTests.WaitUntilBlockedAsync(adder, name);
        await adder.ZAddAsync(other, [new("x", 7), new("y", 8)]);
        Assert.Equal(new KeyedScoredMember(other, "y", 8), await popMax.WaitAsync(TimeSpan.FromSeconds(10)));

        var popMulti = redis.BZMPopAsync(TimeSpan.Zero, [empty], min: true).AsTask();
        await ListCommandTests.WaitUntilBlockedAsync(adder, name);
        await adder.ZAddAsync(empty, "m", -1);
        var served = (await popMulti.WaitAsync(TimeSpan.FromSeconds(10)))!.Value;
        Assert.Equal((empty, new ScoredMember("m", -1)), (served.Key, Assert.Single(served.Members)));
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public async Task Stream_commands_queue_in_a_pipeline(int protocol, bool transaction)
    {
        await using var redis = server.CreateClient(protocol);
        var s = server.Keys()["s"];
        await using var pipe = redis.Pipeline(transaction);
        var results = await pipe
            .XAdd(s, [new("f", "1")], "1-0")
            .XAdd(s, [new("f", "2")], "2-0", maxLen: 10)
            .XLen(s)
            .XRange(s)
            .XRevRange(s, count: 1)
            .XRead([new(s, "1-0")], count: 5)
            .XGroupCreate(s, "g", "0")
            .XGroupCreateConsumer(s, "g", "c")
            .XReadGroup("g", "c", [new(s, ">")], count: 1)
            .XPending(s, "g")
            .XPendingRange(s, "g", "-", "+", 10)
            .XClaim(s, "g", "d", TimeSpan.Zero, ["1-0"])
            .XClaimJustId(s, "g", "c", TimeSpan.Zero, ["1-0"])
            .XAutoClaim(s, "g", "d", TimeSpan.Zero)
            .XAutoClaimJustId(s, "g", "c", TimeSpan.Zero)
            .XAck(s, "g", "1-0")
            .XInfoStream(s)
            .XInfoGroups(s)
            .XInfoConsumers(s, "g")
            .XGroupSetId(s, "g", "$")
            .XGroupDelConsumer(s, "g", "d")
            .XGroupDestroy(s, "g")
            .XDel(s, "1-0")
            .XTrim(s, maxLen: 0, approximate: false)
            .ExecuteAsync();

        Assert.Equal(24, results.Count);
        Assert.Equal("1-0", results.Get<string>(0));
        Assert.Equal("2-0", results.Get<string>(1));
        Assert.Equal(2L, results.Get<long>(2));
        Assert.Equal(["1-0", "2-0"], Ids(results.Get<StreamEntry[]>(3)));
        Assert.Equal(["2-0"], Ids(results.Get<StreamEntry[]>(4)));
        Assert.Equal(["2-0"], Ids(Assert.Single(results.Get<StreamReadResult[]>(5)).Entries));
        Assert.True(results.Get<bool>(6));
        Assert.True(results.Get<bool>(7));
        Assert.Equal(["1-0"], Ids(Assert.Single(results.Get<StreamReadResult[]>(8)).Entries));
        Assert.Equal(1, results.Get<StreamPendingSummary>(9).Pending);
        Assert.Equal("c", Assert.Single(results.Get<StreamPendingEntry[]>(10)).Consumer);
        Assert.Equal("1", Assert.Single(results.Get<StreamEntry[]>(11)).Fields["f"]);
        Assert.Equal(["1-0"], results.Get<string[]>(12));
        Assert.Equal(["1-0"], Ids(results.Get<StreamAutoClaimResult<StreamEntry>>(13).Claimed));
        Assert.Equal(["1-0"], results.Get<StreamAutoClaimResult<string>>(14).Claimed);
        Assert.Equal(1L, results.Get<long>(15));
        Assert.Equal(2, results.Get<StreamInfo>(16).Length);
        Assert.Equal("g", Assert.Single(results.Get<StreamGroupInfo[]>(17)).Name);
        Assert.Equal(2, results.Get<StreamConsumerInfo[]>(18).Length);
        Assert.True(results.Get<bool>(19));
        Assert.Equal(0L, results.Get<long>(20));
        Assert.True(results.Get<bool>(21));
        Assert.Equal(1L, results.Get<long>(22));
        Assert.Equal(1L, results.Get<long>(23));
    }

    [Fact]
    public async Task A_pipeline_refuses_a_waiting_read_and_keeps_the_reads_queued_before_it()
    {
        await using var redis = server.CreateClient(3);
        var s = server.Keys()["s"];
        await redis.XAddAsync(s, [new("f", "1")], "1-0");
        await using var pipe = redis.Pipeline(transaction: false);
        pipe.XRead([new(s, "0")], block: null);

        var read = Assert.Throws<InvalidOperationException>(() => pipe.XRead([new(s, "0")], block: TimeSpan.FromSeconds(1)));
        Assert.Contains("XREAD", read.Message, StringComparison.Ordinal);
        var group = Assert.Throws<InvalidOperationException>(() => pipe.XReadGroup("g", "c", [new(s, ">")], block: TimeSpan.Zero));
        Assert.Contains("XREADGROUP", group.Message, StringComparison.Ordinal);

        var results = await pipe.ExecuteAsync();
        Assert.Single(results);
        Assert.Equal(["1-0"], Ids(Assert.Single(results.Get<StreamReadResult[]>(0)).Entries));
    }

    [Fact]
    public async Task Bad_arguments_fail_before_anything_is_sent_and_name_the_argument()
    {
        await using var redis = server.CreateClient(3);
        var key = server.Keys()["k"];
        KeyValuePair<RedisValue, RedisValue>[] fields = [new("f", "v")];

        Assert.Equal("fields", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.XAddAsync(key, []))).ParamName);
        Assert.Equal("fields", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await redis.XAddAsync(key, [new("f", RedisValue.FromString(null))]))).ParamName);
        Assert.Equal("id", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.XAddAsync(key, fields, ""))).ParamName);
        Assert.Equal("minId", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.XAddAsync(key, fields, maxLen: 1, minId: "1"))).ParamName);
        Assert.Equal("limit", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.XAddAsync(key, fields, maxLen: 1, approximate: false, limit: 5))).ParamName);
        Assert.Equal("limit", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.XAddAsync(key, fields, limit: 5))).ParamName);
        Assert.Equal("maxLen", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.XTrimAsync(key, maxLen: -1))).ParamName);
        Assert.Equal("maxLen", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.XTrimAsync(key))).ParamName);
        Assert.Equal("min", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.XRangeAsync(key, min: ""))).ParamName);
        Assert.Equal("count", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.XRevRangeAsync(key, count: -1))).ParamName);
        Assert.Equal("ids", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.XDelAsync(key))).ParamName);
        Assert.Equal("streams", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.XReadAsync([]))).ParamName);
        Assert.Equal("streams", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.XReadAsync([new(key, "")]))).ParamName);
        Assert.Equal("streams", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await redis.XReadAsync([new((string?)null, "0")]))).ParamName);
        Assert.Equal("block", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.XReadAsync([new(key, "0")], block: TimeSpan.FromSeconds(-1)))).ParamName);
        Assert.Equal("groupName", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.XReadGroupAsync("", "c", [new(key, ">")]))).ParamName);
        Assert.Equal("consumerName", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await redis.XReadGroupAsync("g", null!, [new(key, ">")]))).ParamName);
        Assert.Equal("time", (await Assert.ThrowsAsync<ArgumentException>(async () =>
            await redis.XClaimAsync(key, "g", "c", TimeSpan.Zero, ["1-0"], idle: TimeSpan.FromSeconds(1), time: DateTimeOffset.UtcNow))).ParamName);
        Assert.Equal("minIdleTime", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () =>
            await redis.XClaimJustIdAsync(key, "g", "c", TimeSpan.FromSeconds(-1), ["1-0"]))).ParamName);
        Assert.Equal("messageIds", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.XClaimAsync(key, "g", "c", TimeSpan.Zero, []))).ParamName);
        Assert.Equal("count", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.XAutoClaimAsync(key, "g", "c", TimeSpan.Zero, count: 0))).ParamName);
        Assert.Equal("idle", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () =>
            await redis.XPendingRangeAsync(key, "g", "-", "+", 1, idle: TimeSpan.FromMilliseconds(-5)))).ParamName);
        Assert.Equal("keys", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.BZPopMinAsync(Array.Empty<RedisKey>()))).ParamName);
        Assert.Equal("timeout", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.BZPopMaxAsync(key, TimeSpan.FromSeconds(-1)))).ParamName);
        Assert.Equal("min", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.BZMPopAsync(TimeSpan.Zero, [key]))).ParamName);
        Assert.Equal("count", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.BZMPopAsync(TimeSpan.Zero, [key], min: true, count: 0))).ParamName);
        Assert.Equal(0, await redis.XLenAsync(key));
    }

    private static string[] Ids(IReadOnlyList<StreamEntry> entries)
    {
        var ids = new string[entries.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = entries[i].Id;
        }

        return ids;
    }
}
