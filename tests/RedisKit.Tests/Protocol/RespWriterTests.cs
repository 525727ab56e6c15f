using System.Buffers;
using System.Text;
using RedisKit.Protocol;

namespace RedisKit.Tests.Protocol;

public sealed class RespWriterTests
{
    [Fact]
    public void Commands_are_arrays_of_bulk_strings()
    {
        var output = new ArrayBufferWriter<byte>();
        var writer = new RespWriter(output);
        writer.WriteArrayHeader(5);
        writer.WriteRaw(RespWriter.FormatBulk("SET"));
        writer.WriteBulkString("ключ", Encoding.UTF8);
        writer.WriteBulkString(long.MinValue);
        writer.WriteBulkString(1e300);
        writer.WriteBulkString(ReadOnlySpan<byte>.Empty);
        Assert.Equal("*5\r\n$3\r\nSET\r\n$8\r\nключ\r\n$20\r\n-9223372036854775808\r\n$6\r\n1E+300\r\n$0\r\n\r\n", Encoding.UTF8.GetString(output.WrittenSpan));
    }

    [Fact]
    public void Doubles_round_trip_and_infinities_use_redis_spelling()
    {
        Assert.Equal("$3\r\n1.5\r\n", Write(w => w.WriteBulkString(1.5)));
        Assert.Equal("$19\r\n0.30000000000000004\r\n", Write(w => w.WriteBulkString(0.1 + 0.2)));
        Assert.Equal("$3\r\ninf\r\n", Write(w => w.WriteBulkString(double.PositiveInfinity)));
        Assert.Equal("$4\r\n-inf\r\n", Write(w => w.WriteBulkString(double.NegativeInfinity)));
        Assert.Throws<ArgumentException>(() => Write(w => w.WriteBulkString(double.NaN)));
    }

    [Fact]
    public void Large_strings_are_encoded_into_small_spans()
    {
        var text = string.Concat(Enumerable.Repeat("añ€", 40_000));
        var output = new SmallSpanWriter(97);
        new RespWriter(output).WriteBulkString(text, Encoding.UTF8);
        var expected = $"${Encoding.UTF8.GetByteCount(text)}\r\n{text}\r\n";
        Assert.Equal(expected, Encoding.UTF8.GetString(output.Written.ToArray()));
    }

    [Fact]
    public void Multi_segment_values_are_written_segment_by_segment()
    {
        var sequence = Segments.Of([1, 2], [], [3, 4, 5]);
        var output = new ArrayBufferWriter<byte>();
        new RespWriter(output).WriteBulkString(sequence);
        Assert.Equal(new byte[] { (byte)'$', (byte)'5', 13, 10, 1, 2, 3, 4, 5, 13, 10 }, output.WrittenSpan.ToArray());
    }

    [Fact]
    public void Written_commands_scan_and_read_back()
    {
        var output = new ArrayBufferWriter<byte>();
        var writer = new RespWriter(output);
        writer.WriteArrayHeader(3);
        writer.WriteBulkString("a", Encoding.UTF8);
        writer.WriteBulkString(42);
        writer.WriteBulkString(new byte[] { 0, 13, 10 });
        var sequence = new ReadOnlySequence<byte>(output.WrittenMemory);
        Assert.True(RespFrameScanner.TryScan(sequence, out _));
        var reader = new RespReader(sequence);
        Assert.Equal(3, reader.ReadAggregateHeader(out _));
        Assert.Equal("a", reader.ReadString(Encoding.UTF8));
        Assert.Equal(42, reader.ReadInt64());
        Assert.Equal(new byte[] { 0, 13, 10 }, reader.ReadBytes());
    }

    private delegate void WriteAction(RespWriter writer);

    private static string Write(WriteAction action)
    {
        var output = new ArrayBufferWriter<byte>();
        action(new RespWriter(output));
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    /// <summary>A buffer writer that never hands out more than a few bytes at a time.</summary>
    private sealed class SmallSpanWriter(int spanSize) : IBufferWriter<byte>
    {
        private readonly List<byte> _written = [];
        private byte[] _current = new byte[spanSize];

        public IReadOnlyList<byte> Written => _written;

        public void Advance(int count) => _written.AddRange(_current.AsSpan(0, count).ToArray());

        public Memory<byte> GetMemory(int sizeHint = 0) => _current = new byte[Math.Max(sizeHint, spanSize)];

        public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;
    }
}
