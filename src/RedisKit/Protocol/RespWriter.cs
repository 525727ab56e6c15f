using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace RedisKit.Protocol;

/// <summary>
/// Encodes commands (RESP arrays of bulk strings) straight into an <see cref="IBufferWriter{T}"/>:
/// text is encoded in place, numbers are formatted without strings, nothing is buffered here.
/// </summary>
internal ref struct RespWriter(IBufferWriter<byte> output)
{
    private const int SmallStringChars = 1024;
    private readonly IBufferWriter<byte> _output = output;

    /// <summary><c>*count CRLF</c>.</summary>
    public readonly void WriteArrayHeader(int count) => WriteHeader((byte)'*', count);

    /// <summary>One bulk string of raw bytes, copied in chunks as large as the output offers.</summary>
    public readonly void WriteBulkString(ReadOnlySpan<byte> value)
    {
        WriteHeader((byte)'$', value.Length);
        WriteChunked(value);
        WriteCrLf();
    }

    /// <summary>One bulk string of a possibly multi-segment value, segment by segment, never joined.</summary>
    public readonly void WriteBulkString(in ReadOnlySequence<byte> value)
    {
        WriteHeader((byte)'$', value.Length);
        foreach (var segment in value)
        {
            WriteChunked(segment.Span);
        }

        WriteCrLf();
    }

    /// <summary>One bulk string of text, encoded directly into the output.</summary>
    public readonly void WriteBulkString(string value, Encoding encoding)
    {
        var byteCount = encoding.GetByteCount(value);
        WriteHeader((byte)'$', byteCount);
        if (value.Length <= SmallStringChars)
        {
            var span = _output.GetSpan(byteCount);
            var written = encoding.GetBytes(value, span);
            _output.Advance(written);
        }
        else
        {
            encoding.GetBytes(value.AsSpan(), _output);
        }

        WriteCrLf();
    }

    /// <summary>One bulk string holding an integer's decimal text.</summary>
    public readonly void WriteBulkString(long value)
    {
        Span<byte> digits = stackalloc byte[20];
        Utf8Formatter.TryFormat(value, digits, out var length);
        WriteBulkString(digits[..length]);
    }

    /// <summary>One bulk string holding a number in round-trip invariant form; <c>inf</c>/<c>-inf</c> for infinities.</summary>
    public readonly void WriteBulkString(double value)
    {
        if (double.IsNaN(value))
        {
            throw new ArgumentException("NaN cannot be sent to Redis.", nameof(value));
        }

        if (double.IsInfinity(value))
        {
            WriteBulkString(value > 0 ? "inf"u8 : "-inf"u8);
            return;
        }

        Span<byte> text = stackalloc byte[32];
        if (!value.TryFormat(text, out var length, "R", CultureInfo.InvariantCulture))
        {
            throw new ArgumentException($"The number {value} could not be formatted.", nameof(value));
        }

        WriteBulkString(text[..length]);
    }

    /// <summary>Bytes already in RESP form, such as a preformatted command name.</summary>
    public readonly void WriteRaw(ReadOnlySpan<byte> preformatted) => WriteChunked(preformatted);

    /// <summary>The RESP bulk string form of an ASCII token, for command names and fixed options.</summary>
    public static byte[] FormatBulk(string ascii)
    {
        var writer = new ArrayBufferWriter<byte>(ascii.Length + 16);
        new RespWriter(writer).WriteBulkString(ascii, Encoding.ASCII);
        return writer.WrittenSpan.ToArray();
    }

    private readonly void WriteHeader(byte prefix, long length)
    {
        var span = _output.GetSpan(24);
        span[0] = prefix;
        Utf8Formatter.TryFormat(length, span[1..], out var digits);
        span[1 + digits] = (byte)'\r';
        span[2 + digits] = (byte)'\n';
        _output.Advance(3 + digits);
    }

    private readonly void WriteCrLf()
    {
        var span = _output.GetSpan(2);
        span[0] = (byte)'\r';
        span[1] = (byte)'\n';
        _output.Advance(2);
    }

    private readonly void WriteChunked(ReadOnlySpan<byte> value)
    {
        while (!value.IsEmpty)
        {
            var span = _output.GetSpan(Math.Min(value.Length, 65536));
            var count = Math.Min(span.Length, value.Length);
            value[..count].CopyTo(span);
            _output.Advance(count);
            value = value[count..];
        }
    }
}
