using System.Globalization;
using static RedisKit.TestKit.Fuzzing.RespNode;

namespace RedisKit.TestKit.Fuzzing;

/// <summary>Valid replies, as Redis sends them in RESP2 or RESP3, for the commands the fuzzer drives.</summary>
public static class ReplyTemplates
{
    /// <summary>A valid reply to <paramref name="command"/>; unknown commands get a random value of any type.</summary>
    public static RespNode For(IReadOnlyList<string> command, bool resp3, Random random)
    {
        var withScores = command.Any(a => a.Equals("WITHSCORES", StringComparison.OrdinalIgnoreCase));
        return command[0] switch
        {
            "GET" => random.Next(4) == 0 ? (resp3 ? Null() : NullBulk()) : Bulk("bar"),
            "MGET" or "HMGET" => Array([.. Enumerable.Range(0, Math.Max(0, command.Count - (command[0] == "MGET" ? 1 : 2)))
                .Select(i => i % 2 == 1 ? (resp3 ? Null() : NullBulk()) : Bulk("v" + i.ToString(CultureInfo.InvariantCulture)))]),
            "INCR" or "INCRBY" or "EXISTS" or "DEL" or "HSET" => Num(random.Next(-5, 1000)),
            "SET" => Simple("OK"),
            "HGETALL" => resp3 ? Map(Bulk("f"), Bulk("v"), Bulk("g"), Bulk("w")) : Array(Bulk("f"), Bulk("v"), Bulk("g"), Bulk("w")),
            "ZRANGE" when withScores => resp3
                ? Array(Array(Bulk("a"), Dbl("1.5")), Array(Bulk("b"), Dbl("2")))
                : Array(Bulk("a"), Bulk("1.5"), Bulk("b"), Bulk("2")),
            "ZRANGE" or "LRANGE" => Array(Bulk("a"), Bulk("b"), Bulk("c")),
            "SMEMBERS" => resp3 ? Set(Bulk("a"), Bulk("b")) : Array(Bulk("a"), Bulk("b")),
            "ZSCORE" => resp3 ? Dbl("1.5") : Bulk("1.5"),
            "XRANGE" => Array(
                Array(Bulk("1-0"), Array(Bulk("f"), Bulk("v"))),
                Array(Bulk("2-0"), Array(Bulk("f"), Bulk("v"), Bulk("g"), Bulk("w")))),
            "GEOPOS" => Array(Array(Bulk("13.36138933897018433"), Bulk("38.11555639549629859")), resp3 ? Null() : NullArray()),
            "TIME" => Array(Bulk("1700000000"), Bulk("123456")),
            "SCAN" => Array(Bulk("0"), Array(Bulk("k1"), Bulk("k2"))),
            "INFO" => resp3 ? Verbatim("# Server\r\nredis_version:7.4.0\r\n") : Bulk("# Server\r\nredis_version:7.4.0\r\n"),
            "PING" => Simple("PONG"),
            _ => RandomValue(random, resp3, depth: 0),
        };
    }

    /// <summary>A random valid value of any type, a few levels deep.</summary>
    public static RespNode RandomValue(Random random, bool resp3, int depth)
    {
        var kinds = resp3 ? 14 : 6;
        var kind = depth >= 3 ? random.Next(Math.Min(kinds, 10)) : random.Next(kinds);
        return kind switch
        {
            0 => Simple("OK"),
            1 => Num(random.NextInt64(long.MinValue, long.MaxValue)),
            2 => Bulk("value" + random.Next(100).ToString(CultureInfo.InvariantCulture)),
            3 => NullBulk(),
            4 => Error("ERR something failed"),
            5 => Array([.. Enumerable.Range(0, random.Next(4)).Select(_ => RandomValue(random, resp3, depth + 1))]),
            6 => Dbl(random.Next(3) switch { 0 => "inf", 1 => "-1.25e10", _ => "3.5" }),
            7 => Boolean(random.Next(2) == 0),
            8 => BigNumber("-" + new string('7', random.Next(1, 60))),
            9 => Null(),
            10 => Verbatim("some text"),
            11 => Map([.. Enumerable.Range(0, random.Next(3) * 2).Select(_ => RandomValue(random, resp3, depth + 1))]),
            12 => Set([.. Enumerable.Range(0, random.Next(4)).Select(_ => RandomValue(random, resp3, depth + 1))]),
            _ => BulkError("ERR bulk error"),
        };
    }
}
