using System.Buffers;
using System.Text;
using RedisKit.Commands;
using RedisKit.Protocol;

using static RedisKit.Tests.Commands.CommandProbe;

namespace RedisKit.Tests.Commands;

public sealed class CommandEncodingTests
{
    [Fact]
    public void Set_encodes_each_option_once()
    {
        Assert.Equal("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n", EncodeText(StringCommands.Set("k", "v")));
        Assert.Equal("*6\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n$2\r\nNX\r\n$2\r\nEX\r\n$2\r\n10\r\n",
            EncodeText(StringCommands.Set("k", "v", ex: TimeSpan.FromSeconds(10), nx: true)));
        Assert.Equal("*5\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n$3\r\nGET\r\n$7\r\nKEEPTTL\r\n",
            EncodeText(StringCommands.SetGet("k", "v", keepTtl: true)));
        Assert.Equal("*5\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n$4\r\nPXAT\r\n$13\r\n1700000000123\r\n",
            EncodeText(StringCommands.Set("k", "v", pxAt: DateTimeOffset.FromUnixTimeMilliseconds(1700000000123))));
    }

    [Fact]
    public void Subcommands_are_two_words_and_counts_match()
    {
        Assert.Equal("*3\r\n$6\r\nCLIENT\r\n$7\r\nSETNAME\r\n$1\r\nn\r\n", EncodeText(ConnectionCommands.ClientSetName("n")));
        Assert.Equal("*4\r\n$4\r\nHSET\r\n$1\r\nh\r\n$1\r\nf\r\n$1\r\nv\r\n", EncodeText(HashCommands.HSet("h", "f", "v")));
        Assert.Equal("*6\r\n$4\r\nSCAN\r\n$1\r\n0\r\n$5\r\nMATCH\r\n$2\r\na*\r\n$5\r\nCOUNT\r\n$2\r\n10\r\n",
            EncodeText(KeyCommands.Scan(0, "a*", 10, null)));
        Assert.Equal("*5\r\n$5\r\nHELLO\r\n$1\r\n3\r\n$4\r\nAUTH\r\n$7\r\ndefault\r\n$2\r\npw\r\n", EncodeText(ConnectionCommands.Hello(3, null, "pw", null)));
        Assert.Equal("*4\r\n$5\r\nHELLO\r\n$1\r\n3\r\n$7\r\nSETNAME\r\n$1\r\nn\r\n", EncodeText(ConnectionCommands.Hello(3, null, null, "n")));
    }

    [Fact]
    public void Invalid_options_name_the_parameter()
    {
        Assert.Equal("nx", Assert.Throws<ArgumentException>(() => StringCommands.Condition(true, true)).ParamName);
        Assert.Equal("ex", Assert.Throws<ArgumentOutOfRangeException>(() => Expiration.Create(TimeSpan.FromMilliseconds(10), null, null, null, false, false)).ParamName);
        Assert.Equal("px", Assert.Throws<ArgumentOutOfRangeException>(() => Expiration.Create(null, TimeSpan.Zero, null, null, false, false)).ParamName);
        Assert.Throws<ArgumentException>(() => Expiration.Create(TimeSpan.FromSeconds(1), null, null, null, true, false));
        Assert.Equal("keys", Assert.Throws<ArgumentException>(() => KeyCommands.Delete([])).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => StringCommands.Get((string?)null)).ParamName);
        Assert.Equal("mapping", Assert.Throws<ArgumentException>(() => HashCommands.HSet("h", new Dictionary<RedisValue, RedisValue>())).ParamName);
    }

    [Theory]
    [InlineData(new object[] { "BLPOP", "q", 0 }, "Blocking")]
    [InlineData(new object[] { "xread", "BLOCK", 100, "STREAMS", "s", "$" }, "Blocking")]
    [InlineData(new object[] { "XREAD", "STREAMS", "s", "0" }, "None")]
    [InlineData(new object[] { "select", 1 }, "ConnectionState")]
    [InlineData(new object[] { "CLIENT", "REPLY", "OFF" }, "ConnectionState")]
    [InlineData(new object[] { "GET", "k" }, "None")]
    public void Untyped_commands_are_classified_by_name(object[] args, string flags)
    {
        var expected = Enum.Parse<CommandFlags>(flags);
        var command = UntypedCommands.Create(args);
        Assert.Equal(expected, command.Info.Flags);
        Assert.Equal(((string)args[0]).ToUpperInvariant(), command.Info.Name);
        Assert.Equal(expected == CommandFlags.Blocking ? -1 : 0, command.ExtraTimeoutMilliseconds);
        Assert.StartsWith($"*{args.Length}\r\n", EncodeText(command), StringComparison.Ordinal);
    }
}
