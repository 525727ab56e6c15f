using System.Buffers;
using System.Text;
using RedisKit.Commands;
using RedisKit.Commands.Parsers;
using RedisKit.Diagnostics;
using RedisKit.Protocol;

using static RedisKit.Tests.Commands.CommandProbe;

namespace RedisKit.Tests.Commands;

public sealed class ListAndSetEncodingTests
{
    [Fact]
    public void Blocking_timeouts_go_in_seconds_and_let_the_reply_wait_past_the_socket_timeout()
    {
        var command = ListCommands.BLPop(["a", "b"], TimeSpan.FromSeconds(1.5));
        Assert.Equal("BLPOP a b 1.5", Words(command));
        Assert.Equal(1500, command.ExtraTimeoutMilliseconds);
        Assert.Equal(CommandFlags.Blocking, command.Info.Flags);

        // Zero and infinite both wait forever: no limit on the reply at all.
        Assert.Equal("BRPOP a 0", Words(ListCommands.BRPop(["a"], TimeSpan.Zero)));
        Assert.Equal(-1, ListCommands.BRPop(["a"], TimeSpan.Zero).ExtraTimeoutMilliseconds);
        Assert.Equal(-1, ListCommands.BRPopLPush("a", "b", Timeout.InfiniteTimeSpan).ExtraTimeoutMilliseconds);
        Assert.Equal("BRPOPLPUSH a b 0", Words(ListCommands.BRPopLPush("a", "b", Timeout.InfiniteTimeSpan)));

        // A sub-millisecond wait is rounded up, never down to 0 (which would mean forever).
        var tiny = ListCommands.BLMove("a", "b", TimeSpan.FromTicks(10), ListDirection.Right, ListDirection.Left);
        Assert.Equal("BLMOVE a b RIGHT LEFT 0.001", Words(tiny));
        Assert.Equal(1, tiny.ExtraTimeoutMilliseconds);
        Assert.Equal("BLMOVE a b LEFT RIGHT 3", Words(ListCommands.BLMove("a", "b", TimeSpan.FromSeconds(3), ListDirection.Left, ListDirection.Right)));

        // Non-blocking commands never get extra time.
        Assert.Equal(0, ListCommands.LMove("a", "b", ListDirection.Left, ListDirection.Right).ExtraTimeoutMilliseconds);
    }

    [Fact]
    public void Key_counts_are_computed_from_the_keys()
    {
        Assert.Equal("LMPOP 2 a b RIGHT", Words(ListCommands.LMPop(["a", "b"], ListDirection.Right, null)));
        Assert.Equal("BLMPOP 2 1 a LEFT COUNT 3", Words(ListCommands.BLMPop(TimeSpan.FromSeconds(2), ["a"], ListDirection.Left, 3)));
        Assert.Equal("SINTERCARD 2 a b LIMIT 5", Words(SetCommands.SInterCard(["a", "b"], 5)));
        Assert.Equal("SINTERCARD 1 a", Words(SetCommands.SInterCard(["a"], 0)));
        Assert.Equal("LPOS l v RANK -1 COUNT 0 MAXLEN 10", Words(ListCommands.LPos("l", "v", 0, -1, 10)));
        Assert.Equal("LINSERT l AFTER p v", Words(ListCommands.LInsert("l", ListInsertPosition.After, "p", "v")));
        Assert.Equal("SSCAN s 0 MATCH m* COUNT 5", Words(SetCommands.SScan("s", 0, "m*", 5)));
    }

    [Fact]
    public void Query_text_shows_only_keys_wherever_the_command_puts_them()
    {
        Assert.Equal("BLPOP a b ?", QueryText.Sanitize(ListCommands.BLPop(["a", "b"], TimeSpan.FromSeconds(1)), Encoding.UTF8));
        Assert.Equal("BLMPOP ? 2 a b ?", QueryText.Sanitize(ListCommands.BLMPop(TimeSpan.FromSeconds(1), ["a", "b"], ListDirection.Left, null), Encoding.UTF8));
        Assert.Equal("LMPOP 1 a ? ? ?", QueryText.Sanitize(ListCommands.LMPop(["a"], ListDirection.Left, 2), Encoding.UTF8));
        Assert.Equal("SINTERCARD 2 a b ? ?", QueryText.Sanitize(SetCommands.SInterCard(["a", "b"], 5), Encoding.UTF8));
        Assert.Equal("LMOVE a b ? ?", QueryText.Sanitize(ListCommands.LMove("a", "b", ListDirection.Left, ListDirection.Right), Encoding.UTF8));
        Assert.Equal("SINTERSTORE d a b", QueryText.Sanitize(SetCommands.CombineStore(Cmd.SInterStore, "d", ["a", "b"]), Encoding.UTF8));
        Assert.Equal("LPUSH l ? ?", QueryText.Sanitize(ListCommands.LPush("l", ["x", "y"]), Encoding.UTF8));
    }

    [Theory]
    [InlineData("*-1\r\n")]
    [InlineData("_\r\n")]
    public void Pop_replies_read_a_nil_of_either_protocol_as_null(string nil)
    {
        Assert.Null(Parse<ListPopResult<string>?, ListPopParser<string, TextValue>>(nil));
        Assert.Null(Parse<ListMultiPopResult<string>?, ListMultiPopParser<string, TextValue>>(nil));
        Assert.Null(Parse<string[]?, StringArrayOrNullParser>(nil));
    }

    [Fact]
    public void Pop_replies_read_their_key_and_values()
    {
        Assert.Equal(new ListPopResult<string>("q", "v"), Parse<ListPopResult<string>?, ListPopParser<string, TextValue>>("*2\r\n$1\r\nq\r\n$1\r\nv\r\n"));
        var multi = Parse<ListMultiPopResult<byte[]>?, ListMultiPopParser<byte[], BytesValue>>("*2\r\n$1\r\nq\r\n*2\r\n$1\r\na\r\n$1\r\nb\r\n")!.Value;
        Assert.Equal("q", multi.Key);
        Assert.Equal(["a"u8.ToArray(), "b"u8.ToArray()], multi.Values);
        Assert.Equal(new long[] { 1, 5 }, Parse<long[], Int64ArrayParser>("*2\r\n:1\r\n:5\r\n"));
        Assert.Throws<RedisProtocolException>(() => Parse<ListPopResult<string>?, ListPopParser<string, TextValue>>("*1\r\n$1\r\nq\r\n"));
    }
}
