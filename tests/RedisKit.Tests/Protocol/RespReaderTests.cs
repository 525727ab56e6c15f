using System.Buffers;
using System.Text;
using RedisKit.Protocol;

namespace RedisKit.Tests.Protocol;

public sealed class RespReaderTests
{
    [Theory]
    [InlineData(":42\r\n", 42)]
    [InlineData("$2\r\n42\r\n", 42)]
    [InlineData("+42\r\n", 42)]
    [InlineData("#t\r\n", 1)]
    [InlineData(",7\r\n", 7)]
    [InlineData("|1\r\n+a\r\n+b\r\n:-9\r\n", -9)]
    public void Integers_are_read_from_every_numeric_form(string frame, long expected) =>
        Assert.Equal(expected, Reader(frame).ReadInt64());

    [Theory]
    [InlineData(",1.5\r\n", 1.5)]
    [InlineData("$3\r\n1.5\r\n", 1.5)]
    [InlineData(":3\r\n", 3.0)]
    [InlineData("$3\r\ninf\r\n", double.PositiveInfinity)]
    [InlineData("$4\r\n-inf\r\n", double.NegativeInfinity)]
    [InlineData("$4\r\n+inf\r\n", double.PositiveInfinity)]
    public void Doubles_are_read_from_every_numeric_form(string frame, double expected) =>
        Assert.Equal(expected, Reader(frame).ReadDouble());

    [Theory]
    [InlineData("#t\r\n", true)]
    [InlineData("#f\r\n", false)]
    [InlineData(":1\r\n", true)]
    [InlineData(":0\r\n", false)]
    [InlineData("+OK\r\n", true)]
    [InlineData("$-1\r\n", false)]
    [InlineData("_\r\n", false)]
    public void Booleans_are_read_from_every_form(string frame, bool expected) =>
        Assert.Equal(expected, Reader(frame).ReadBoolean());

    [Fact]
    public void Strings_bytes_and_copies_agree_across_segments()
    {
        var frame = Segments.Bytes("$11\r\nhéllo wrld\r\n");
        for (var split = 1; split < frame.Length; split++)
        {
            var sequence = Segments.SplitAt(frame, split);
            Assert.Equal("héllo wrld", new RespReader(sequence).ReadString(Encoding.UTF8));
            Assert.Equal(Segments.Bytes("héllo wrld"), new RespReader(sequence).ReadBytes());
            var copy = new ArrayBufferWriter<byte>();
            Assert.True(new RespReader(sequence).TryCopyTo(copy));
            Assert.Equal(Segments.Bytes("héllo wrld"), copy.WrittenSpan.ToArray());
        }

        Assert.Null(Reader("$-1\r\n").ReadString(Encoding.UTF8));
        Assert.Null(Reader("_\r\n").ReadBytes());
        Assert.False(Reader("*-1\r\n").TryCopyTo(new ArrayBufferWriter<byte>()));
        Assert.Equal("Some string", Reader("=15\r\ntxt:Some string\r\n").ReadString(Encoding.UTF8));
        Assert.Equal("Hello world", Reader("$?\r\n;4\r\nHell\r\n;7\r\no world\r\n;0\r\n").ReadString(Encoding.UTF8));
        Assert.Equal("12", Reader(":12\r\n").ReadString(Encoding.UTF8));
    }

    [Fact]
    public void Aggregate_headers_count_elements_or_pairs()
    {
        var array = Reader("*2\r\n:1\r\n:2\r\n");
        Assert.Equal(2, array.ReadAggregateHeader(out var kind));
        Assert.Equal(RespType.Array, kind);

        var map = Reader("%2\r\n+a\r\n:1\r\n+b\r\n:2\r\n");
        Assert.Equal(2, map.ReadAggregateHeader(out kind));
        Assert.Equal(RespType.Map, kind);
        Assert.Equal("a", map.ReadString(Encoding.UTF8));
        Assert.Equal(1, map.ReadInt64());
        map.Skip();
        map.Skip();
        Assert.True(map.End);

        var streamed = Reader("*?\r\n:1\r\n|1\r\n+x\r\n+y\r\n:2\r\n:3\r\n.\r\n");
        Assert.Equal(3, streamed.ReadAggregateHeader(out _));
        Assert.Equal(1, streamed.ReadInt64());
        Assert.Equal(2, streamed.ReadInt64());
        Assert.Equal(3, streamed.ReadInt64());
        Assert.Equal(RespType.None, streamed.PeekType());
        Assert.True(streamed.End);

        Assert.Equal(-1, Reader("*-1\r\n").ReadAggregateHeader(out _));
        Assert.Equal(-1, Reader("_\r\n").ReadAggregateHeader(out _));
    }

    [Fact]
    public void Errors_are_recognized_and_nested_errors_throw_typed_exceptions()
    {
        var simple = Reader("-WRONGTYPE Operation against a key\r\n");
        Assert.True(simple.IsError);
        Assert.Equal("WRONGTYPE Operation against a key", simple.ReadError());
        Assert.True(Reader("!3\r\nERR\r\n").IsError);
        Assert.Throws<RedisPermissionException>(() => Reader("-NOPERM no\r\n").ReadString(Encoding.UTF8));
        Assert.False(Reader("+OK\r\n").IsError);
    }

    [Fact]
    public void Shape_mismatches_are_protocol_exceptions()
    {
        Assert.Throws<RedisProtocolException>(() => Reader("*1\r\n:1\r\n").ReadString(Encoding.UTF8));
        Assert.Throws<RedisProtocolException>(() => Reader("+abc\r\n").ReadInt64());
        Assert.Throws<RedisProtocolException>(() => Reader(":1\r\n").ReadAggregateHeader(out _));
        Assert.Throws<RedisProtocolException>(() => Reader("+maybe\r\n").ReadBoolean());
        Assert.Throws<RedisProtocolException>(() =>
        {
            var reader = Reader(":1\r\n");
            reader.ReadInt64();
            reader.ReadInt64();
        });
    }

    [Fact]
    public void Untyped_maps_with_byte_keys_look_up_by_content()
    {
        var map = (Dictionary<object, object?>)Reader("%1\r\n$1\r\nk\r\n:5\r\n").ReadObject(false, Encoding.UTF8)!;
        Assert.Equal(5L, map["k"u8.ToArray()]);
        Assert.Equal(System.Numerics.BigInteger.Parse("-12345678901234567890123", System.Globalization.CultureInfo.InvariantCulture),
            Reader("(-12345678901234567890123\r\n").ReadObject(true, Encoding.UTF8));
    }

    private static RespReader Reader(string frame)
    {
        var sequence = new ReadOnlySequence<byte>(Segments.Bytes(frame));
        Assert.True(RespFrameScanner.TryScan(sequence, out _), "the sample must be a whole frame");
        return new RespReader(sequence);
    }
}
