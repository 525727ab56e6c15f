using System.Globalization;
using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>
/// Definitions of the administrative server and connection commands: CLIENT PAUSE and friends,
/// CONFIG REWRITE/RESETSTAT, SLOWLOG, MEMORY, LATENCY, COMMAND, persistence, replication, the safe
/// DEBUG subcommands and MONITOR.
/// </summary>
internal static class AdminCommands
{
    public static Command<ArgList, bool, BooleanParser> ClientPause(TimeSpan timeout, bool all)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.Zero);
        var args = new ArgListBuilder(2);
        args.Add((long)Math.Ceiling(timeout.TotalMilliseconds));
        args.Add(all ? "ALL" : "WRITE");
        return new(Cmd.ClientPause, args.Build(), default);
    }

    public static Command<NoArgs, bool, BooleanParser> ClientUnpause() => new(Cmd.ClientUnpause, default, default);

    public static Command<Args1, bool, BooleanParser> ClientNoEvict(bool enabled) => new(Cmd.ClientNoEvict, new Args1(OnOff(enabled)), default);

    public static Command<Args1, bool, BooleanParser> ClientNoTouch(bool enabled) => new(Cmd.ClientNoTouch, new Args1(OnOff(enabled)), default);

    public static Command<NoArgs, ClientTrackingInfo, ClientTrackingInfoParser> ClientTrackingInfo() => new(Cmd.ClientTrackingInfo, default, default);

    public static Command<NoArgs, bool, BooleanParser> ConfigRewrite() => new(Cmd.ConfigRewrite, default, default);

    public static Command<NoArgs, bool, BooleanParser> ConfigResetStat() => new(Cmd.ConfigResetStat, default, default);

    public static Command<ArgList, SlowLogEntry[], SlowLogParser> SlowLogGet(int? count)
    {
        var args = new ArgListBuilder(1);
        if (count is { } n)
        {
            // -1 asks for every entry (Redis 7); anything lower is refused by the server anyway.
            ArgumentOutOfRangeException.ThrowIfLessThan(n, -1, nameof(count));
            args.Add(n);
        }

        return new(Cmd.SlowLogGet, args.Build(), default);
    }

    public static Command<NoArgs, long, Int64Parser> SlowLogLen() => new(Cmd.SlowLogLen, default, default);

    public static Command<NoArgs, bool, BooleanParser> SlowLogReset() => new(Cmd.SlowLogReset, default, default);

    public static Command<ArgList, long?, NullableInt64Parser> MemoryUsage(RedisKey key, int? samples)
    {
        var args = new ArgListBuilder(3);
        args.Add(Check.Key(key));
        if (samples is { } n)
        {
            // SAMPLES 0 samples every element of a nested value; the server's default is 5.
            ArgumentOutOfRangeException.ThrowIfNegative(n, nameof(samples));
            args.Add("SAMPLES");
            args.Add(n);
        }

        return new(Cmd.MemoryUsage, args.Build(), default);
    }

    public static Command<NoArgs, MemoryStats, MemoryStatsParser> MemoryStats() => new(Cmd.MemoryStats, default, default);

    public static Command<NoArgs, LatencyEvent[], LatencyLatestParser> LatencyLatest() => new(Cmd.LatencyLatest, default, default);

    public static Command<Args1, LatencySample[], LatencyHistoryParser> LatencyHistory(string eventName)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        return new(Cmd.LatencyHistory, new Args1(eventName), default);
    }

    public static Command<ArgList, long, Int64Parser> LatencyReset(IEnumerable<string>? eventNames) =>
        new(Cmd.LatencyReset, Names(eventNames, nameof(eventNames)), default);

    public static Command<NoArgs, long, Int64Parser> CommandCount() => new(Cmd.CommandCount, default, default);

    public static Command<ArgList, Dictionary<string, RedisCommandDocs>, CommandDocsParser> CommandDocs(IEnumerable<string>? names) =>
        new(Cmd.CommandDocs, Names(names, nameof(names)), default);

    public static Command<ArgList, Dictionary<string, RedisCommandInfo>, CommandInfoParser> CommandInfo(IEnumerable<string>? names) =>
        new(Cmd.CommandInfo, Names(names, nameof(names)), default);

    /// <summary>COMMAND LIST with at most one FILTERBY: a module, an ACL category or a glob pattern.</summary>
    public static Command<ArgList, string[], StringArrayParser> CommandList(string? module, string? category, string? pattern)
    {
        var args = new ArgListBuilder(3);
        AddFilter(ref args, "MODULE", module, nameof(module));
        AddFilter(ref args, "ACLCAT", category, nameof(category));
        AddFilter(ref args, "PATTERN", pattern, nameof(pattern));
        return new(Cmd.CommandList, args.Build(), default);
    }

    public static Command<NoArgs, DateTimeOffset, UnixSecondsParser> LastSave() => new(Cmd.LastSave, default, default);

    public static Command<NoArgs, bool, BooleanParser> Save() => new(Cmd.Save, default, default);

    public static Command<ArgList, string, StatusParser> BgSave(bool schedule)
    {
        var args = new ArgListBuilder(1);
        if (schedule)
        {
            args.Add("SCHEDULE");
        }

        return new(Cmd.BgSave, args.Build(), default);
    }

    public static Command<NoArgs, string, StatusParser> BgRewriteAof() => new(Cmd.BgRewriteAof, default, default);

    public static Command<NoArgs, ServerRole, RoleParser> Role() => new(Cmd.Role, default, default);

    /// <summary>REPLICAOF host port. The reply is OK, or "OK Already connected to specified master": any status is success.</summary>
    public static Command<Args2, bool, NotNullParser> ReplicaOf(string host, int port)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        return new(Cmd.ReplicaOf, new Args2(host, port), default);
    }

    public static Command<Args2, bool, NotNullParser> ReplicaOfNoOne() => new(Cmd.ReplicaOf, new Args2("NO", "ONE"), default);

    public static Command<Args2, bool, BooleanParser> SwapDb(int first, int second)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfNegative(second);
        return new(Cmd.SwapDb, new Args2(first, second), default);
    }

    /// <summary>DEBUG SLEEP: the reply comes only after the sleep, which the socket timeout must allow for.</summary>
    public static Command<Args1, bool, BooleanParser> DebugSleep(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        var seconds = duration.TotalSeconds.ToString("0.######", CultureInfo.InvariantCulture);
        return new(Cmd.DebugSleep, new Args1(seconds), default)
        {
            ExtraTimeoutMilliseconds = (long)Math.Ceiling(duration.TotalMilliseconds),
        };
    }

    public static Command<Args1, DebugObjectInfo, DebugObjectParser> DebugObject(RedisKey key) => new(Cmd.DebugObject, new Args1(Check.Key(key)), default);

    public static Command<NoArgs, bool, BooleanParser> Monitor() => new(Cmd.Monitor, default, default);

    private static string OnOff(bool enabled) => enabled ? "ON" : "OFF";

    private static ArgList Names(IEnumerable<string>? names, string parameterName)
    {
        var args = new ArgListBuilder(4);
        if (names is not null)
        {
            foreach (var name in names)
            {
                if (string.IsNullOrEmpty(name))
                {
                    throw new ArgumentException("A name cannot be null or empty.", parameterName);
                }

                args.Add(name);
            }
        }

        return args.Build();
    }

    private static void AddFilter(ref ArgListBuilder args, string kind, string? value, string parameterName)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length == 0)
        {
            throw new ArgumentException("A COMMAND LIST filter cannot be empty.", parameterName);
        }

        if (args.Count > 0)
        {
            throw new ArgumentException("COMMAND LIST takes one filter: a module, a category or a pattern.", parameterName);
        }

        args.Add("FILTERBY");
        args.Add(kind);
        args.Add(value);
    }
}
