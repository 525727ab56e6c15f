using RedisKit.Protocol;

namespace RedisKit.Commands.Parsers;

/// <summary>TTL and PTTL: the time left, or null when the key is missing (-2) or has no expiry (-1).</summary>
internal readonly struct TtlParser(long ticksPerUnit) : IReplyParser<TimeSpan?>
{
    public TimeSpan? Parse(ref RespReader reader, in ReplyContext context)
    {
        var value = reader.ReadInt64();
        return value < 0 ? null : TimeSpan.FromTicks(value * ticksPerUnit);
    }
}

/// <summary>
/// EXPIRETIME and PEXPIRETIME: the Unix time at which the key expires, or null when the key is
/// missing (-2) or has no expiry (-1).
/// </summary>
internal readonly struct UnixTimeParser(bool milliseconds) : IReplyParser<DateTimeOffset?>
{
    public DateTimeOffset? Parse(ref RespReader reader, in ReplyContext context)
    {
        var value = reader.ReadInt64();
        if (value < 0)
        {
            return null;
        }

        return milliseconds ? DateTimeOffset.FromUnixTimeMilliseconds(value) : DateTimeOffset.FromUnixTimeSeconds(value);
    }
}

/// <summary>A duration counted in whole units (OBJECT IDLETIME's seconds), or null for nil (a missing key).</summary>
internal readonly struct NullableDurationParser(long ticksPerUnit) : IReplyParser<TimeSpan?>
{
    public TimeSpan? Parse(ref RespReader reader, in ReplyContext context) =>
        reader.TryReadNull() ? null : TimeSpan.FromTicks(reader.ReadInt64() * ticksPerUnit);
}

/// <summary>TIME: seconds and microseconds since the Unix epoch.</summary>
internal readonly struct TimeParser : IReplyParser<DateTimeOffset>
{
    public DateTimeOffset Parse(ref RespReader reader, in ReplyContext context)
    {
        if (reader.ReadAggregateHeader(out _) != 2)
        {
            throw new RedisProtocolException("TIME must answer with two numbers: seconds and microseconds.");
        }

        var seconds = reader.ReadInt64();
        var microseconds = reader.ReadInt64();
        return DateTimeOffset.FromUnixTimeSeconds(seconds).AddTicks(microseconds * 10);
    }
}
