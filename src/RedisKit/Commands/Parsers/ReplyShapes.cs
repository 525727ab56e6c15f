using System.Globalization;
using System.Text;
using RedisKit.Protocol;

namespace RedisKit.Commands.Parsers;

/// <summary>
/// Readers for the pieces the administrative replies are built from. Each accepts both protocols'
/// spelling of the same thing (a RESP3 map or set, a RESP2 flat array; a RESP3 double or a RESP2
/// string) so the parsers built on them give identical results under RESP2 and RESP3.
/// </summary>
internal static class ReplyShapes
{
    /// <summary>A string, with nil read as empty.</summary>
    public static string Text(ref RespReader reader, Encoding encoding) => reader.ReadString(encoding) ?? string.Empty;

    /// <summary>
    /// An array or set whose elements <paramref name="element"/> reads (a reader with state, such as
    /// a nesting depth, is passed in; a stateless one is <c>default</c>); nil gives an empty array.
    /// </summary>
    public static T[] Array<T, TElement>(ref RespReader reader, in ReplyContext context, TElement element = default)
        where TElement : struct, IElementReader<T>
    {
        var count = reader.ReadAggregateHeader(out _);
        if (count <= 0)
        {
            return [];
        }

        var result = new T[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = element.ReadElement(ref reader, context);
        }

        return result;
    }

    /// <summary>An array or set of strings; nil gives an empty array.</summary>
    public static string[] Strings(ref RespReader reader, Encoding encoding)
    {
        var count = reader.ReadAggregateHeader(out _);
        if (count <= 0)
        {
            return [];
        }

        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = Text(ref reader, encoding);
        }

        return result;
    }

    /// <summary>
    /// A string, or an array of strings joined with spaces: Redis 6 reports ACL key and channel
    /// patterns as arrays where Redis 7 sends one string of rules.
    /// </summary>
    public static string TextOrJoined(ref RespReader reader, Encoding encoding) =>
        reader.PeekType() is RespType.Array or RespType.Set && !reader.IsNull
            ? string.Join(' ', Strings(ref reader, encoding))
            : Text(ref reader, encoding);

    /// <summary>
    /// A map (or RESP2 flat array) whose values are scalars, each as invariant text; an aggregate
    /// value is skipped, since no caller of this has a use for one.
    /// </summary>
    public static Dictionary<string, string> ScalarMap(ref RespReader reader, Encoding encoding)
    {
        var fields = NamedFields.Open(ref reader);
        var result = new Dictionary<string, string>(fields.Count, StringComparer.Ordinal);
        while (fields.MoveNext(ref reader))
        {
            if (!IsAggregate(ref reader))
            {
                result[fields.NameText(encoding)] = Text(ref reader, encoding);
            }
        }

        return result;
    }

    /// <summary>True when the next value is a non-nil array, set or map.</summary>
    public static bool IsAggregate(ref RespReader reader) =>
        reader.PeekType() is RespType.Array or RespType.Set or RespType.Map && !reader.IsNull;

    /// <summary>Seconds since the Unix epoch as a point in time.</summary>
    public static DateTimeOffset UnixSeconds(long seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds);

    /// <summary>An integer given as text, as ROLE lists its replicas' ports and offsets.</summary>
    public static long ParseInt64(string text, string what) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new RedisProtocolException($"{what} is not an integer: '{text}'.");
}
