using System.Buffers;
using System.Globalization;
using System.Text;

namespace RedisKit.Commands.Parsers;

/// <summary>
/// One MONITOR line: <c>1339518083.107412 [0 127.0.0.1:60866] "set" "k" "v\x01"</c>. The address is
/// <c>ip:port</c>, <c>unix:/path</c> or <c>lua</c>; each argument is quoted the way Redis' sdscatrepr
/// does it (<c>\"</c>, <c>\\</c>, <c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\a</c>, <c>\b</c>, and <c>\xHH</c>
/// for every other byte outside printable ASCII), so arguments are unescaped to bytes and then
/// decoded, which gives back the original text whatever its encoding.
/// </summary>
internal static class MonitorLineParser
{
    public static MonitorEntry Parse(ReadOnlySpan<byte> line, Encoding encoding)
    {
        var space = line.IndexOf((byte)' ');
        if (space <= 0 || space + 1 >= line.Length || line[space + 1] != (byte)'[')
        {
            throw Malformed(line);
        }

        var time = ParseTime(line[..space], line);
        var rest = line[(space + 2)..];
        var firstQuote = rest.IndexOf((byte)'"');
        var bracketEnd = (firstQuote < 0 ? rest : rest[..firstQuote]).LastIndexOf((byte)']');
        var dbEnd = rest.IndexOf((byte)' ');
        if (bracketEnd < 0 || dbEnd <= 0 || dbEnd > bracketEnd
            || !int.TryParse(rest[..dbEnd], NumberStyles.None, CultureInfo.InvariantCulture, out var database))
        {
            throw Malformed(line);
        }

        var address = Encoding.UTF8.GetString(rest[(dbEnd + 1)..bracketEnd]);
        var arguments = new List<string>();
        var buffer = new ArrayBufferWriter<byte>(64);
        var position = bracketEnd + 1;
        while (position < rest.Length)
        {
            if (rest[position] == (byte)' ')
            {
                position++;
                continue;
            }

            if (rest[position] != (byte)'"')
            {
                throw Malformed(line);
            }

            buffer.ResetWrittenCount();
            position = Unquote(rest, position + 1, buffer, line);
            arguments.Add(encoding.GetString(buffer.WrittenSpan));
        }

        return new MonitorEntry(time, database, address, [.. arguments]);
    }

    /// <summary><c>seconds.microseconds</c>, read exactly rather than through a double.</summary>
    private static DateTimeOffset ParseTime(ReadOnlySpan<byte> text, ReadOnlySpan<byte> line)
    {
        var dot = text.IndexOf((byte)'.');
        var secondsText = dot < 0 ? text : text[..dot];
        if (!long.TryParse(secondsText, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            throw Malformed(line);
        }

        long microseconds = 0;
        if (dot >= 0)
        {
            var fraction = text[(dot + 1)..];
            if (fraction.Length is 0 or > 6 || !long.TryParse(fraction, NumberStyles.None, CultureInfo.InvariantCulture, out microseconds))
            {
                throw Malformed(line);
            }

            for (var digits = fraction.Length; digits < 6; digits++)
            {
                microseconds *= 10;
            }
        }

        return DateTimeOffset.FromUnixTimeSeconds(seconds).AddTicks(microseconds * 10);
    }

    /// <summary>Copies one quoted argument's bytes, unescaped, and returns the position after its closing quote.</summary>
    private static int Unquote(ReadOnlySpan<byte> rest, int position, ArrayBufferWriter<byte> output, ReadOnlySpan<byte> line)
    {
        while (position < rest.Length)
        {
            var b = rest[position++];
            if (b == (byte)'"')
            {
                return position;
            }

            if (b != (byte)'\\')
            {
                Write(output, b);
                continue;
            }

            if (position >= rest.Length)
            {
                break;
            }

            var escape = rest[position++];
            switch (escape)
            {
                case (byte)'n':
                    Write(output, (byte)'\n');
                    break;
                case (byte)'r':
                    Write(output, (byte)'\r');
                    break;
                case (byte)'t':
                    Write(output, (byte)'\t');
                    break;
                case (byte)'a':
                    Write(output, 7);
                    break;
                case (byte)'b':
                    Write(output, 8);
                    break;
                case (byte)'x' when position + 2 <= rest.Length
                    && byte.TryParse(rest.Slice(position, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value):
                    Write(output, value);
                    position += 2;
                    break;
                default:
                    // \" and \\, and any escape a newer server might add: the character itself.
                    Write(output, escape);
                    break;
            }
        }

        throw Malformed(line);
    }

    private static void Write(ArrayBufferWriter<byte> output, byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }

    private static RedisProtocolException Malformed(ReadOnlySpan<byte> line) =>
        new($"MONITOR sent a line that is not '<time> [<db> <client>] \"<arg>\"...': '{Encoding.UTF8.GetString(line[..Math.Min(line.Length, 200)])}'.");
}
