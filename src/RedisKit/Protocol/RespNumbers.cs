using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace RedisKit.Protocol;

/// <summary>Number parsing of RESP text: doubles with Redis's spellings of infinity and NaN.</summary>
internal static class RespNumbers
{
    public static double ParseDouble(in ReadOnlySequence<byte> text)
    {
        if (text.Length is 0 or > 128)
        {
            throw new RedisProtocolException($"'{RespLines.Describe(text)}' is not a valid number.");
        }

        Span<byte> copy = stackalloc byte[128];
        text.CopyTo(copy);
        return ParseDouble(copy[..(int)text.Length]);
    }

    public static double ParseDouble(ReadOnlySpan<byte> text)
    {
        switch (text.Length)
        {
            case 3 when Ascii.EqualsIgnoreCase(text, "inf"u8):
            case 4 when Ascii.EqualsIgnoreCase(text, "+inf"u8):
                return double.PositiveInfinity;
            case 4 when Ascii.EqualsIgnoreCase(text, "-inf"u8):
                return double.NegativeInfinity;
            case 3 when Ascii.EqualsIgnoreCase(text, "nan"u8):
            case 4 when Ascii.EqualsIgnoreCase(text, "-nan"u8):
                return double.NaN;
        }

        if (Utf8Parser.TryParse(text, out double value, out var consumed) && consumed == text.Length)
        {
            return value;
        }

        throw new RedisProtocolException($"'{RespLines.Describe(new ReadOnlySequence<byte>(text.ToArray()))}' is not a valid number.");
    }
}
