using System.Buffers;
using System.Numerics;
using System.Text;
using RedisKit.Protocol;

namespace RedisKit.Tests.Protocol;

/// <summary>Replies built to exhaust the stack or the reader's time: bounded, with a protocol error past the limits.</summary>
public sealed class NestingAndSizeLimitTests
{
    private const int Deep = 100_000;

    [Theory]
    [InlineData('*')]
    [InlineData('%')]
    [InlineData('~')]
    [InlineData('>')]
    [InlineData('|')]
    public void A_hundred_thousand_levels_scan_without_recursion_and_fail_untyped_reads_with_a_protocol_error(char kind)
    {
        var frame = Nested(kind, Deep);
        Assert.True(RespFrameScanner.TryScan(frame, out var end));
        Assert.Equal(frame.Length, frame.Slice(0, end).Length);
        Assert.False(RespFrameScanner.TryScan(frame.Slice(0, frame.Length - 1), out _));

        // PeekType skips attributes (themselves nested in attributes) iteratively; Skip passes the whole value.
        var skipper = new RespReader(frame);
        skipper.Skip();
        Assert.True(skipper.End);

        if (kind == '|')
        {
            // Attributes are not values: what they decorate is a plain integer.
            Assert.Equal(1, new RespReader(frame).ReadInt64());
            Assert.Equal(1L, new RespReader(frame).ReadObject(decodeStrings: true, Encoding.UTF8));
        }
        else
        {
            var error = Assert.Throws<RedisProtocolException>(() => new RespReader(frame).ReadObject(decodeStrings: true, Encoding.UTF8));
            Assert.Contains(RespReader.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read_whole()
    {
        var value = new RespReader(Nested('*', RespReader.MaxDepth)).ReadObject(decodeStrings: true, Encoding.UTF8);
        for (var level = 0; level < RespReader.MaxDepth; level++)
        {
            value = Assert.Single(Assert.IsType<object?[]>(value));
        }

        Assert.Equal(1L, value);
    }

    [Fact]
    public void Streamed_aggregates_nested_past_the_limit_fail_the_scan()
    {
        var frame = Nested('?', RespReader.MaxDepth + 1);
        Assert.Throws<RedisProtocolException>(() => RespFrameScanner.TryScan(frame, out _));
    }

    [Fact]
    public void Big_numbers_are_parsed_up_to_the_digit_cap_and_refused_past_it()
    {
        var atCap = "-" + new string('9', RespReader.MaxBigNumberDigits);
        var value = new RespReader(Frame("(" + atCap + "\r\n")).ReadObject(decodeStrings: true, Encoding.UTF8);
        Assert.Equal(BigInteger.Parse(atCap, System.Globalization.CultureInfo.InvariantCulture), value);

        var huge = Frame("(" + new string('7', 2_000_000) + "\r\n");
        Assert.True(RespFrameScanner.TryScan(huge, out _));
        var error = Assert.Throws<RedisProtocolException>(() => new RespReader(huge).ReadObject(decodeStrings: true, Encoding.UTF8));
        Assert.Contains("2000000", error.Message, StringComparison.Ordinal);

        // As text the digits cost a copy, nothing more.
        Assert.Equal(2_000_000, new RespReader(huge).ReadString(Encoding.UTF8)!.Length);
        Assert.Throws<RedisProtocolException>(() => new RespReader(Frame("(12a\r\n")).ReadObject(decodeStrings: true, Encoding.UTF8));
    }

    [Theory]
    [InlineData("*2\r\n:1\r\n-ERR upstream failure\r\n")]
    [InlineData("*2\r\n:1\r\n!20\r\nERR upstream failure\r\n")]
    public void A_typed_read_that_meets_an_error_element_throws_a_RedisResponseException(string frame)
    {
        var reader = new RespReader(Frame(frame));
        Assert.Equal(2, reader.ReadAggregateHeader(out _));
        Assert.Equal(1, reader.ReadInt64());
        RedisResponseException? error = null;
        try
        {
            reader.ReadString(Encoding.UTF8);
        }
        catch (RedisResponseException ex)
        {
            error = ex;
        }

        Assert.NotNull(error);
        Assert.Equal("ERR", error.Prefix);
        Assert.Contains("upstream failure", error.Message, StringComparison.Ordinal);
    }

    /// <summary><paramref name="depth"/> levels of one aggregate kind around <c>:1</c>; '?' is a streamed array.</summary>
    private static ReadOnlySequence<byte> Nested(char kind, int depth)
    {
        var header = kind switch
        {
            '%' => "%1\r\n+k\r\n",
            '|' => "|1\r\n+k\r\n",
            '?' => "*?\r\n",
            _ => kind + "1\r\n",
        };
        var trailer = kind switch
        {
            '?' => ".\r\n",
            '|' => ":1\r\n",
            _ => string.Empty,
        };
        var builder = new StringBuilder((header.Length + trailer.Length) * depth + 4);
        for (var i = 0; i < depth; i++)
        {
            builder.Append(header);
        }

        builder.Append(":1\r\n");
        for (var i = 0; i < depth; i++)
        {
            builder.Append(trailer);
        }

        return Frame(builder.ToString());
    }

    private static ReadOnlySequence<byte> Frame(string text) => new(Encoding.UTF8.GetBytes(text));
}
