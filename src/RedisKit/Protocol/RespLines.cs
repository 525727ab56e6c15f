using System.Buffers;
using System.Buffers.Text;

namespace RedisKit.Protocol;

/// <summary>Reading the CRLF-terminated header lines of RESP frames, shared by the scanner and the reader.</summary>
internal static class RespLines
{
    /// <summary>The longest header line a length or integer may take: sign, 19 digits and some slack.</summary>
    public const int MaxNumberLength = 24;

    /// <summary>The largest bulk string accepted: Redis's own proto-max-bulk-len ceiling is far below it.</summary>
    public const long MaxBulkLength = int.MaxValue;

    /// <summary>Reads up to and past the next CRLF. False when no LF has arrived yet.</summary>
    public static bool TryReadLine(ref SequenceReader<byte> reader, out ReadOnlySequence<byte> line)
    {
        if (!reader.TryReadTo(out ReadOnlySequence<byte> withCr, (byte)'\n', advancePastDelimiter: true))
        {
            line = default;
            return false;
        }

        if (withCr.IsEmpty || LastByte(withCr) != (byte)'\r')
        {
            throw new RedisProtocolException("Expected CRLF at the end of a line but found a bare LF.");
        }

        line = withCr.Slice(0, withCr.Length - 1);
        return true;
    }

    /// <summary>Reads a header line holding one integer. False when the line is incomplete.</summary>
    public static bool TryReadNumberLine(ref SequenceReader<byte> reader, out long value, out bool streamed)
    {
        streamed = false;
        value = 0;
        if (!TryReadLine(ref reader, out var line))
        {
            if (reader.Remaining > MaxNumberLength)
            {
                throw new RedisProtocolException($"A length or integer line is longer than {MaxNumberLength} bytes without a line end.");
            }

            return false;
        }

        if (line.Length == 1 && line.FirstSpan[0] == (byte)'?')
        {
            streamed = true;
            return true;
        }

        value = ParseInteger(line);
        return true;
    }

    public static long ParseInteger(in ReadOnlySequence<byte> line)
    {
        if (line.IsEmpty || line.Length > MaxNumberLength)
        {
            throw new RedisProtocolException($"'{Describe(line)}' is not a valid RESP integer.");
        }

        Span<byte> copy = stackalloc byte[MaxNumberLength];
        line.CopyTo(copy);
        copy = copy[..(int)line.Length];
        if (copy[0] == (byte)'+')
        {
            copy = copy[1..];
        }

        if (!Utf8Parser.TryParse(copy, out long value, out var consumed) || consumed != copy.Length || copy.Length == 0)
        {
            throw new RedisProtocolException($"'{Describe(line)}' is not a valid RESP integer.");
        }

        return value;
    }

    /// <summary>Consumes a CRLF that must follow bulk data.</summary>
    public static void ExpectCrLf(ref SequenceReader<byte> reader)
    {
        if (!reader.TryRead(out var cr) || !reader.TryRead(out var lf) || cr != (byte)'\r' || lf != (byte)'\n')
        {
            throw new RedisProtocolException("Expected CRLF after bulk data; the declared length does not match the data.");
        }
    }

    /// <summary>Printable text of a short line for messages.</summary>
    public static string Describe(in ReadOnlySequence<byte> line)
    {
        var length = (int)Math.Min(line.Length, 40);
        Span<byte> bytes = stackalloc byte[40];
        line.Slice(0, length).CopyTo(bytes);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            var b = bytes[i];
            chars[i] = b is >= 0x20 and < 0x7f ? (char)b : '?';
        }

        return new string(chars) + (line.Length > 40 ? "..." : string.Empty);
    }

    private static byte LastByte(in ReadOnlySequence<byte> sequence)
    {
        if (sequence.IsSingleSegment)
        {
            return sequence.FirstSpan[^1];
        }

        var last = sequence.Slice(sequence.Length - 1);
        return last.FirstSpan[0];
    }
}
