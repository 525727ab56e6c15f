using System.Buffers;
using System.Text;
using RedisKit.Commands;
using RedisKit.Commands.Parsers;
using RedisKit.Diagnostics;
using RedisKit.Protocol;

using static RedisKit.Tests.Commands.CommandProbe;

namespace RedisKit.Tests.Commands;

public sealed class StreamArgumentTests
{
    private static readonly KeyValuePair<RedisValue, RedisValue>[] Fields = [new("f", "v"), new("n", 2)];

    [Fact]
    public void Xadd_puts_its_options_before_the_id_and_trims_approximately_unless_told()
    {
        Assert.Equal("XADD s * f v n 2", Words(StreamCommands.XAdd("s", Fields, "*", null, true, false, null, null)));
        Assert.Equal("XADD s NOMKSTREAM MAXLEN ~ 100 LIMIT 10 * f v n 2", Words(StreamCommands.XAdd("s", Fields, "*", 100, true, true, null, 10)));
        Assert.Equal("XADD s MAXLEN 5 1-1 f v n 2", Words(StreamCommands.XAdd("s", Fields, "1-1", 5, false, false, null, null)));
        Assert.Equal("XADD s MINID ~ 3-0 LIMIT 0 7-* f v n 2", Words(StreamCommands.XAdd("s", Fields, "7-*", null, true, false, "3-0", 0)));
        Assert.Equal("XTRIM s MAXLEN 0", Words(StreamCommands.XTrim("s", 0, false, null, null)));
        Assert.Equal("XTRIM s MINID ~ 5 LIMIT 3", Words(StreamCommands.XTrim("s", null, true, "5", 3)));
        Assert.Equal(CommandFlags.None, StreamCommands.XAdd("s", Fields, "*", null, true, false, null, null).Info.Flags);
    }

    [Fact]
    public void Ranges_and_group_commands_encode_in_redis_order()
    {
        Assert.Equal("XRANGE s - + COUNT 10", Words(StreamCommands.XRange("s", "-", "+", 10)));
        Assert.Equal("XREVRANGE s + (1-0", Words(StreamCommands.XRevRange("s", "+", "(1-0", null)));
        Assert.Equal("XDEL s 1-0 2-0", Words(StreamCommands.XDel("s", ["1-0", "2-0"])));
        Assert.Equal("XGROUP CREATE s g $ MKSTREAM ENTRIESREAD 3", Words(StreamCommands.XGroupCreate("s", "g", "$", true, 3)));
        Assert.Equal("XGROUP CREATE s g 0", Words(StreamCommands.XGroupCreate("s", "g", "0", false, null)));
        Assert.Equal("XGROUP SETID s g 5-0 ENTRIESREAD 2", Words(StreamCommands.XGroupSetId("s", "g", "5-0", 2)));
        Assert.Equal("XGROUP DESTROY s g", Words(StreamCommands.XGroupDestroy("s", "g")));
        Assert.Equal("XGROUP CREATECONSUMER s g c", Words(StreamCommands.XGroupCreateConsumer("s", "g", "c")));
        Assert.Equal("XGROUP DELCONSUMER s g c", Words(StreamCommands.XGroupDelConsumer("s", "g", "c")));
        Assert.Equal("XACK s g 1-0 2-0", Words(StreamCommands.XAck("s", "g", ["1-0", "2-0"])));
        Assert.Equal("XPENDING s g", Words(StreamCommands.XPending("s", "g")));
        Assert.Equal("XPENDING s g IDLE 1500 - + 10 c", Words(StreamCommands.XPendingRange("s", "g", "-", "+", 10, "c", TimeSpan.FromSeconds(1.5))));
        Assert.Equal("XPENDING s g 1-0 2-0 5", Words(StreamCommands.XPendingRange("s", "g", "1-0", "2-0", 5, null, null)));
        Assert.Equal("XINFO STREAM s", Words(StreamCommands.XInfoStream("s")));
        Assert.Equal("XINFO GROUPS s", Words(StreamCommands.XInfoGroups("s")));
        Assert.Equal("XINFO CONSUMERS s g", Words(StreamCommands.XInfoConsumers("s", "g")));
    }

    [Fact]
    public void Claims_encode_times_in_milliseconds_and_their_flags_last()
    {
        var time = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);
        Assert.Equal("XCLAIM s g c 1000 1-0 2-0 TIME 1700000000000 RETRYCOUNT 3 FORCE JUSTID",
            Words(StreamCommands.XClaimJustId("s", "g", "c", TimeSpan.FromSeconds(1), ["1-0", "2-0"], null, time, 3, true)));
        Assert.Equal("XCLAIM s g c 0 1-0 IDLE 250", Words(StreamCommands.XClaim("s", "g", "c", TimeSpan.FromTicks(9_999), ["1-0"], TimeSpan.FromMilliseconds(250), null, null, false)));
        Assert.Equal("XAUTOCLAIM s g c 60000 0-0 COUNT 5 JUSTID", Words(StreamCommands.XAutoClaimJustId("s", "g", "c", TimeSpan.FromMinutes(1), "0-0", 5)));
        Assert.Equal("XAUTOCLAIM s g c 0 3-0", Words(StreamCommands.XAutoClaim("s", "g", "c", TimeSpan.Zero, "3-0", null)));
    }

    [Fact]
    public void Xread_blocks_only_with_block_and_then_lets_the_reply_wait_past_the_socket_timeout()
    {
        var plain = StreamCommands.XRead([new("a", "0"), new("b", "$")], 2, null);
        Assert.Equal("XREAD COUNT 2 STREAMS a b 0 $", Words(plain));
        Assert.Equal(CommandFlags.ReadOnly, plain.Info.Flags);
        Assert.Equal(0, plain.ExtraTimeoutMilliseconds);

        var blocking = StreamCommands.XRead([new("a", "$")], null, TimeSpan.FromSeconds(1.5));
        Assert.Equal("XREAD BLOCK 1500 STREAMS a $", Words(blocking));
        Assert.Equal(CommandFlags.ReadOnly | CommandFlags.Blocking, blocking.Info.Flags);
        Assert.Equal(1500, blocking.ExtraTimeoutMilliseconds);

        // BLOCK 0 (zero or infinite) waits forever: no limit on the reply; a sub-millisecond wait is rounded up, never to 0.
        Assert.Equal(-1, StreamCommands.XRead([new("a", "$")], null, TimeSpan.Zero).ExtraTimeoutMilliseconds);
        Assert.Equal("XREAD BLOCK 0 STREAMS a $", Words(StreamCommands.XRead([new("a", "$")], null, Timeout.InfiniteTimeSpan)));
        Assert.Equal("XREAD BLOCK 1 STREAMS a $", Words(StreamCommands.XRead([new("a", "$")], null, TimeSpan.FromTicks(10))));

        var group = StreamCommands.XReadGroup("g", "c", [new("a", ">"), new("b", ">")], 1, TimeSpan.Zero, true);
        Assert.Equal("XREADGROUP GROUP g c COUNT 1 BLOCK 0 NOACK STREAMS a b > >", Words(group));
        Assert.Equal(CommandFlags.Blocking, group.Info.Flags);
        var nonBlockingGroup = StreamCommands.XReadGroup("g", "c", [new("a", "0")], null, null, false);
        Assert.Equal("XREADGROUP GROUP g c STREAMS a 0", Words(nonBlockingGroup));
        Assert.Equal(CommandFlags.None, nonBlockingGroup.Info.Flags);
        Assert.Equal(0, nonBlockingGroup.ExtraTimeoutMilliseconds);
    }

    [Fact]
    public void Read_key_positions_follow_the_options_and_the_stream_count()
    {
        Assert.Equal("XREAD ? ? ? a b ? ?", Sanitized(StreamCommands.XRead([new("a", "0"), new("b", "0")], 5, null)));
        Assert.Equal("XREAD ? ? ? ? ? k ?", Sanitized(StreamCommands.XRead([new("k", "0")], 5, TimeSpan.FromSeconds(1))));
        Assert.Equal("XREAD ? x y z ? ? ?", Sanitized(StreamCommands.XRead([new("x", "0"), new("y", "0"), new("z", "0")], null, null)));
        Assert.Equal("XREADGROUP ? ? ? ? s ?", Sanitized(StreamCommands.XReadGroup("g", "c", [new("s", ">")], null, null, false)));
        Assert.Equal("XREADGROUP ? ? ? ? ? ? ? ? ? a b ? ?",
            Sanitized(StreamCommands.XReadGroup("g", "c", [new("a", ">"), new("b", ">")], 3, TimeSpan.FromSeconds(1), true)));

        // The same shape gives the same info, so the cache does not grow per call.
        var first = StreamCommands.XRead([new("a", "0")], 1, null).Info;
        Assert.Same(first, StreamCommands.XRead([new("b", "5")], 9, null).Info);
        Assert.NotSame(first, StreamCommands.XRead([new("a", "0"), new("b", "0")], 1, null).Info);
        Assert.Equal((4, -2), (first.FirstKey, first.LastKey));

        // Beyond the cached shapes the positions are still exact.
        var many = new KeyValuePair<RedisKey, string>[70];
        for (var i = 0; i < many.Length; i++)
        {
            many[i] = new("k" + i, "0");
        }

        var wide = StreamCommands.XRead(many, null, null).Info;
        Assert.Equal((2, -71), (wide.FirstKey, wide.LastKey));
        Assert.Equal("XADD s ? ? ? ? ?", Sanitized(StreamCommands.XAdd("s", Fields, "*", null, true, false, null, null)));
        Assert.Equal("XGROUP CREATE s ? ?", Sanitized(StreamCommands.XGroupCreate("s", "g", "0", false, null)));
    }

    [Fact]
    public void Blocking_sorted_set_pops_send_the_timeout_in_seconds()
    {
        var popMin = SortedSetCommands.BZPop(Cmd.BZPopMin, ["a", "b"], TimeSpan.FromSeconds(1.5));
        Assert.Equal("BZPOPMIN a b 1.5", Words(popMin));
        Assert.Equal(1500, popMin.ExtraTimeoutMilliseconds);
        Assert.Equal(CommandFlags.Blocking, popMin.Info.Flags);
        Assert.Equal("BZPOPMAX a 0", Words(SortedSetCommands.BZPop(Cmd.BZPopMax, ["a"], TimeSpan.Zero)));
        Assert.Equal(-1, SortedSetCommands.BZPop(Cmd.BZPopMax, ["a"], TimeSpan.Zero).ExtraTimeoutMilliseconds);

        var multi = SortedSetCommands.BZMPop(TimeSpan.FromSeconds(2), ["a", "b"], true, false, 3);
        Assert.Equal("BZMPOP 2 2 a b MIN COUNT 3", Words(multi));
        Assert.Equal(2000, multi.ExtraTimeoutMilliseconds);
        Assert.Equal("BZMPOP 0.25 1 a MAX", Words(SortedSetCommands.BZMPop(TimeSpan.FromMilliseconds(250), ["a"], false, true, null)));
        Assert.Equal("ZMPOP 1 a MAX", Words(SortedSetCommands.ZMPop(["a"], false, true, null)));

        Assert.Equal("BZPOPMIN a b ?", Sanitized(popMin));
        Assert.Equal("BZMPOP ? 2 a b ? ? ?", Sanitized(multi));
    }

    [Fact]
    public void Bad_arguments_name_the_parameter()
    {
        Assert.Equal("fields", Assert.Throws<ArgumentException>(() => StreamCommands.XAdd("s", [], "*", null, true, false, null, null)).ParamName);
        Assert.Equal("minId", Assert.Throws<ArgumentException>(() => StreamCommands.XAdd("s", Fields, "*", 1, true, false, "1-0", null)).ParamName);
        Assert.Equal("limit", Assert.Throws<ArgumentException>(() => StreamCommands.XTrim("s", 1, false, null, 5)).ParamName);
        Assert.Equal("limit", Assert.Throws<ArgumentOutOfRangeException>(() => StreamCommands.XTrim("s", 1, true, null, -1)).ParamName);
        Assert.Equal("minId", Assert.Throws<ArgumentException>(() => StreamCommands.XTrim("s", null, true, "", null)).ParamName);
        Assert.Equal("streams", Assert.Throws<ArgumentException>(() => StreamCommands.XRead([], null, null)).ParamName);
        Assert.Equal("streams", Assert.Throws<ArgumentNullException>(() => StreamCommands.XRead([new("a", null!)], null, null)).ParamName);
        Assert.Equal("block", Assert.Throws<ArgumentOutOfRangeException>(() => StreamCommands.XReadGroup("g", "c", [new("a", ">")], null, TimeSpan.FromMilliseconds(-2), false)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => StreamCommands.XPendingRange("s", "g", "-", "+", -1, null, null)).ParamName);
        Assert.Equal("ids", Assert.Throws<ArgumentException>(() => StreamCommands.XAck("s", "g", [])).ParamName);
        Assert.Equal("retryCount", Assert.Throws<ArgumentOutOfRangeException>(() =>
            StreamCommands.XClaim("s", "g", "c", TimeSpan.Zero, ["1-0"], null, null, -1, false)).ParamName);
        Assert.Equal("startId", Assert.Throws<ArgumentException>(() => StreamCommands.XAutoClaim("s", "g", "c", TimeSpan.Zero, "", null)).ParamName);
        Assert.Equal("keys", Assert.Throws<ArgumentException>(() => SortedSetCommands.BZPop(Cmd.BZPopMin, [], TimeSpan.Zero)).ParamName);
        Assert.Equal("max", Assert.Throws<ArgumentNullException>(() => StreamCommands.XRange("s", "-", null!, null)).ParamName);
    }

    [Theory]
    [InlineData("*1\r\n*2\r\n$1\r\ns\r\n*2\r\n*2\r\n$3\r\n1-0\r\n*4\r\n$1\r\nf\r\n$1\r\nv\r\n$1\r\ng\r\n$1\r\nw\r\n*2\r\n$3\r\n2-0\r\n*2\r\n$1\r\nf\r\n$1\r\nx\r\n")]
    [InlineData("%1\r\n$1\r\ns\r\n*2\r\n*2\r\n$3\r\n1-0\r\n*4\r\n$1\r\nf\r\n$1\r\nv\r\n$1\r\ng\r\n$1\r\nw\r\n*2\r\n$3\r\n2-0\r\n*2\r\n$1\r\nf\r\n$1\r\nx\r\n")]
    public void Xread_replies_of_either_protocol_give_the_same_results(string frame)
    {
        var stream = Assert.Single(Parse<StreamReadResult[], StreamReadParser>(frame));
        Assert.Equal("s", stream.Key);
        Assert.Equal(2, stream.Entries.Count);
        var (id, fields) = stream.Entries[0];
        Assert.Equal("1-0", id);
        Assert.Equal(new Dictionary<string, string> { ["f"] = "v", ["g"] = "w" }, fields);
        Assert.Equal("x", stream.Entries[1].Fields["f"]);
    }

    [Theory]
    [InlineData("*-1\r\n")]
    [InlineData("_\r\n")]
    public void A_read_that_timed_out_gives_an_empty_array_and_a_pop_null(string nil)
    {
        Assert.Empty(Parse<StreamReadResult[], StreamReadParser>(nil));
        Assert.Empty(Parse<StreamEntry[], StreamEntryArrayParser>(nil));
        Assert.Null(Parse<KeyedScoredMember?, KeyedScoredMemberParser>(nil));
    }

    [Fact]
    public void Deleted_and_nil_entries_are_read_without_failing()
    {
        // XREADGROUP history: a deleted pending entry comes as its id with nil fields.
        var entries = Parse<StreamEntry[], StreamEntryArrayParser>("*2\r\n*2\r\n$3\r\n1-0\r\n*-1\r\n*2\r\n$3\r\n2-0\r\n*2\r\n$1\r\na\r\n$1\r\nb\r\n");
        Assert.Equal(new[] { "1-0", "2-0" }, new[] { entries[0].Id, entries[1].Id });
        Assert.True(entries[0].IsDeleted);
        Assert.Empty(entries[0].Fields);
        Assert.False(entries[1].IsDeleted);

        // Redis before 7.0 answered XCLAIM with nil in place of an entry that no longer existed.
        var claimed = Parse<StreamEntry[], StreamEntryArrayParser>("*2\r\n*-1\r\n*2\r\n$3\r\n2-0\r\n*2\r\n$1\r\na\r\n$1\r\nb\r\n");
        Assert.Equal("2-0", Assert.Single(claimed).Id);
        Assert.True(default(StreamEntry).IsDeleted);
        Assert.Throws<RedisProtocolException>(() => Parse<StreamEntry[], StreamEntryArrayParser>("*1\r\n*1\r\n$3\r\n1-0\r\n"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Xinfo_stream_reads_its_fields_by_name_from_a_map_or_a_flat_array(bool map)
    {
        var body = Pairs(
            ("length", ":2\r\n"),
            ("radix-tree-keys", ":1\r\n"),
            ("radix-tree-nodes", ":2\r\n"),
            ("last-generated-id", "$3\r\n2-0\r\n"),
            ("max-deleted-entry-id", "$3\r\n0-0\r\n"),
            ("entries-added", ":2\r\n"),
            ("recorded-first-entry-id", "$3\r\n1-0\r\n"),
            ("some-future-field", "*2\r\n:1\r\n:2\r\n"),
            ("groups", ":1\r\n"),
            ("first-entry", "*2\r\n$3\r\n1-0\r\n*2\r\n$1\r\nf\r\n$1\r\nv\r\n"),
            ("last-entry", map ? "_\r\n" : "*-1\r\n"));
        var info = Parse<StreamInfo, StreamInfoParser>((map ? "%11\r\n" : "*22\r\n") + body);
        Assert.Equal((2L, 1L, 2L, 1L, "2-0"), (info.Length, info.RadixTreeKeys, info.RadixTreeNodes, info.Groups, info.LastGeneratedId));
        Assert.Equal(("0-0", 2L, "1-0"), (info.MaxDeletedEntryId, info.EntriesAdded, info.RecordedFirstEntryId));
        Assert.Equal("v", info.FirstEntry!.Value.Fields["f"]);
        Assert.Null(info.LastEntry);

        // An older server leaves out the 7.0 fields.
        var old = Parse<StreamInfo, StreamInfoParser>("*4\r\n" + Pairs(("length", ":0\r\n"), ("last-generated-id", "$3\r\n0-0\r\n")));
        Assert.Equal(new StreamInfo(0, 0, 0, 0, "0-0", null, null, null, null, null), old);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Xinfo_groups_and_consumers_read_nil_and_never_as_null(bool map)
    {
        var nil = map ? "_\r\n" : "$-1\r\n";
        var header = map ? "%6\r\n" : "*12\r\n";
        var group = header + Pairs(("name", "$1\r\ng\r\n"), ("consumers", ":2\r\n"), ("pending", ":3\r\n"), ("last-delivered-id", "$3\r\n5-0\r\n"),
            ("entries-read", ":4\r\n"), ("lag", nil));
        Assert.Equal([new StreamGroupInfo("g", 2, 3, "5-0", 4, null)], Parse<StreamGroupInfo[], StreamGroupInfoArrayParser>("*1\r\n" + group));

        var consumerHeader = map ? "%4\r\n" : "*8\r\n";
        var never = consumerHeader + Pairs(("name", "$1\r\na\r\n"), ("pending", ":1\r\n"), ("idle", ":1500\r\n"), ("inactive", ":-1\r\n"));
        var recent = consumerHeader + Pairs(("name", "$1\r\nb\r\n"), ("pending", ":0\r\n"), ("idle", ":20\r\n"), ("inactive", ":250\r\n"));
        Assert.Equal(
            [new StreamConsumerInfo("a", 1, TimeSpan.FromSeconds(1.5), null), new StreamConsumerInfo("b", 0, TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(250))],
            Parse<StreamConsumerInfo[], StreamConsumerInfoArrayParser>("*2\r\n" + never + recent));
    }

    [Fact]
    public void Pending_and_autoclaim_replies_give_typed_records()
    {
        var summary = Parse<StreamPendingSummary, StreamPendingSummaryParser>(
            "*4\r\n:3\r\n$3\r\n1-0\r\n$3\r\n3-0\r\n*2\r\n*2\r\n$1\r\na\r\n$1\r\n2\r\n*2\r\n$1\r\nb\r\n$1\r\n1\r\n");
        Assert.Equal((3L, "1-0", "3-0"), (summary.Pending, summary.Min, summary.Max));
        Assert.Equal([new StreamPendingConsumer("a", 2), new StreamPendingConsumer("b", 1)], summary.Consumers);
        var none = Parse<StreamPendingSummary, StreamPendingSummaryParser>("*4\r\n:0\r\n_\r\n$-1\r\n*-1\r\n");
        Assert.Equal(0, none.Pending);
        Assert.Null(none.Min);
        Assert.Null(none.Max);
        Assert.Empty(none.Consumers);

        Assert.Equal([new StreamPendingEntry("1-0", "a", TimeSpan.FromMilliseconds(1500), 2)],
            Parse<StreamPendingEntry[], StreamPendingEntryArrayParser>("*1\r\n*4\r\n$3\r\n1-0\r\n$1\r\na\r\n:1500\r\n:2\r\n"));

        // Redis 7.0 adds the deleted ids; 6.2 answers with two elements.
        var withDeleted = Parse<StreamAutoClaimResult<string>, StreamAutoClaimParser<string, StreamIdItems>>(
            "*3\r\n$3\r\n0-0\r\n*1\r\n$3\r\n1-0\r\n*1\r\n$3\r\n2-0\r\n");
        Assert.Equal("0-0", withDeleted.NextStartId);
        Assert.Equal(["1-0"], withDeleted.Claimed);
        Assert.Equal(["2-0"], withDeleted.DeletedIds);
        var older = Parse<StreamAutoClaimResult<StreamEntry>, StreamAutoClaimParser<StreamEntry, StreamEntryItems>>(
            "*2\r\n$3\r\n4-0\r\n*1\r\n*2\r\n$3\r\n1-0\r\n*2\r\n$1\r\nf\r\n$1\r\nv\r\n");
        Assert.Equal("4-0", older.NextStartId);
        Assert.Equal("v", Assert.Single(older.Claimed).Fields["f"]);
        Assert.Empty(older.DeletedIds);
        Assert.Throws<RedisProtocolException>(() => Parse<StreamAutoClaimResult<string>, StreamAutoClaimParser<string, StreamIdItems>>("*1\r\n$3\r\n0-0\r\n"));
    }

    [Theory]
    [InlineData("*3\r\n$1\r\nz\r\n$1\r\na\r\n$3\r\n1.5\r\n")]
    [InlineData("*3\r\n$1\r\nz\r\n$1\r\na\r\n,1.5\r\n")]
    public void Blocking_pop_replies_read_text_and_double_scores_alike(string frame)
    {
        Assert.Equal(new KeyedScoredMember("z", "a", 1.5), Parse<KeyedScoredMember?, KeyedScoredMemberParser>(frame));
    }

    private static string Pairs(params (string Name, string Value)[] pairs)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in pairs)
        {
            text.Append('$').Append(name.Length).Append("\r\n").Append(name).Append("\r\n").Append(value);
        }

        return text.ToString();
    }
}
