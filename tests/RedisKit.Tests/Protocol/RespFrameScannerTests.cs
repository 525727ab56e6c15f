using System.Buffers;
using System.Globalization;
using System.Text;
using RedisKit.Protocol;

namespace RedisKit.Tests.Protocol;

public sealed class RespFrameScannerTests
{
    [Theory]
    [MemberData(nameof(FrameSamples.All), MemberType = typeof(FrameSamples))]
    public void Every_frame_type_is_scanned_whole_and_read_back(string frame, string expected)
    {
        var bytes = Segments.Bytes(frame);
        Assert.True(RespFrameScanner.TryScan(new ReadOnlySequence<byte>(bytes), out var end));
        Assert.Equal(bytes.Length, new ReadOnlySequence<byte>(bytes).Slice(0, end).Length);
        Assert.Equal(expected, Render(new ReadOnlySequence<byte>(bytes)));
    }

    [Theory]
    [MemberData(nameof(FrameSamples.All), MemberType = typeof(FrameSamples))]
    public void Every_strict_prefix_needs_more_data(string frame, string expected)
    {
        _ = expected;
        var bytes = Segments.Bytes(frame);
        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.False(RespFrameScanner.TryScan(new ReadOnlySequence<byte>(bytes, 0, length), out _), $"prefix of {length} bytes");
        }
    }

    [Theory]
    [MemberData(nameof(FrameSamples.All), MemberType = typeof(FrameSamples))]
    public void Every_split_point_gives_the_same_frame_and_value(string frame, string expected)
    {
        var bytes = Segments.Bytes(frame);
        for (var split = 1; split < bytes.Length; split++)
        {
            var sequence = Segments.SplitAt(bytes, split);
            Assert.True(RespFrameScanner.TryScan(sequence, out var end), $"split at {split}");
            Assert.Equal(bytes.Length, sequence.Slice(0, end).Length);
            Assert.Equal(expected, Render(sequence));
            for (var second = split + 1; second < bytes.Length; second += 3)
            {
                Assert.Equal(expected, Render(Segments.SplitAt(bytes, split, second)));
            }
        }

        var bytewise = Segments.OneByteEach(bytes);
        Assert.True(RespFrameScanner.TryScan(bytewise, out _));
        Assert.Equal(expected, Render(bytewise));
    }

    [Fact]
    public void Back_to_back_frames_end_between_them()
    {
        var bytes = Segments.Bytes("$3\r\nfoo\r\n:7\r\n");
        var buffer = new ReadOnlySequence<byte>(bytes);
        Assert.True(RespFrameScanner.TryScan(buffer, out var end));
        Assert.Equal(9, buffer.Slice(0, end).Length);
        var rest = buffer.Slice(end);
        Assert.True(RespFrameScanner.TryScan(rest, out var end2));
        Assert.Equal(4, rest.Slice(0, end2).Length);
        Assert.True(RespFrameScanner.IsPush(new ReadOnlySequence<byte>(Segments.Bytes(">1\r\n+x\r\n"))));
        Assert.False(RespFrameScanner.IsPush(buffer.Slice(0, end)));
    }

    [Theory]
    [InlineData("A\r\n", "0x41")]
    [InlineData("$abc\r\n", "not a valid RESP integer")]
    [InlineData("$-5\r\n", "invalid")]
    [InlineData("*-2\r\n", "invalid")]
    [InlineData("%-1\r\n", "invalid")]
    [InlineData("$3\r\nfoobar\r\n", "CRLF")]
    [InlineData("$3\r\nfoo\n\n", "CRLF")]
    [InlineData("+OK\n", "bare LF")]
    [InlineData(":12a\r\n", "not a valid RESP integer")]
    [InlineData(":\r\n", "not a valid RESP integer")]
    [InlineData("#x\r\n", "boolean")]
    [InlineData(",abc\r\n", "not a valid number")]
    [InlineData("_x\r\n", "null")]
    [InlineData("=2\r\nab\r\n", "verbatim")]
    [InlineData("$?\r\nabc\r\n", ";")]
    [InlineData("$99999999999\r\n", "invalid")]
    [InlineData(":123456789012345678901234567890\r\n", "integer")]
    [InlineData("*1\r\n\x01\r\n", "0x01")]
    public void Malformed_input_is_a_protocol_exception_naming_the_problem(string frame, string expected)
    {
        var error = Assert.Throws<RedisProtocolException>(() => RespFrameScanner.TryScan(new ReadOnlySequence<byte>(Encoding.Latin1.GetBytes(frame)), out _));
        Assert.Contains(expected, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_length_line_without_an_end_is_rejected_instead_of_waited_for()
    {
        var bytes = Segments.Bytes("$" + new string('1', 40));
        Assert.Throws<RedisProtocolException>(() => RespFrameScanner.TryScan(new ReadOnlySequence<byte>(bytes), out _));
    }

    [Fact]
    public void Deep_nesting_is_scanned_without_recursion()
    {
        const int Depth = 100_000;
        var builder = new StringBuilder(Depth * 4 + 8);
        for (var i = 0; i < Depth; i++)
        {
            builder.Append("*1\r\n");
        }

        var incomplete = Segments.Bytes(builder.ToString());
        Assert.False(RespFrameScanner.TryScan(new ReadOnlySequence<byte>(incomplete), out _));
        builder.Append(":1\r\n");
        var complete = Segments.Bytes(builder.ToString());
        Assert.True(RespFrameScanner.TryScan(new ReadOnlySequence<byte>(complete), out _));
        Assert.Throws<RedisProtocolException>(() => new RespReader(new ReadOnlySequence<byte>(complete)).ReadObject(true, Encoding.UTF8));
    }

    [Fact]
    public void Scanning_and_skipping_a_large_reply_allocates_nothing()
    {
        var builder = new StringBuilder("*1000\r\n");
        for (var i = 0; i < 1000; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"$5\r\nv{i % 10}abc\r\n");
        }

        var buffer = Segments.SplitAt(Segments.Bytes(builder.ToString()), 1000, 5000);
        ScanAndSkip(buffer);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10; i++)
        {
            ScanAndSkip(buffer);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static void ScanAndSkip(in ReadOnlySequence<byte> buffer)
    {
        Assert.True(RespFrameScanner.TryScan(buffer, out _));
        var reader = new RespReader(buffer);
        reader.Skip();
        Assert.True(reader.End);
    }

    internal static string Render(in ReadOnlySequence<byte> frame)
    {
        var reader = new RespReader(frame);
        var value = reader.ReadObject(true, Encoding.UTF8);
        Assert.True(reader.End, "the reader must consume the whole frame");
        return Render(value);
    }

    private static string Render(object? value) => value switch
    {
        null => "null",
        RedisResponseException error => $"RedisResponseException({error.Prefix})",
        object?[] items => "[" + string.Join(",", items.Select(Render)) + "]",
        Dictionary<object, object?> map => "{" + string.Join(",", map.Select(pair => Render(pair.Key) + "=" + Render(pair.Value))) + "}",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };
}
