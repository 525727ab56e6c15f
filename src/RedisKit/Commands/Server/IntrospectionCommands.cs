using System.Globalization;
using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>
/// The commands that look into the server: COMMAND (what the server knows), SLOWLOG, LATENCY and
/// MEMORY (how it performs), the safe DEBUG subcommands, the HELP of every container command and
/// MONITOR. Each definition is the command's one hand-written place.
/// </summary>
internal static class IntrospectionCommands
{
    /// <summary>COMMAND COUNT: how many commands the server has.</summary>
    [RedisCommand]
    public static Command<NoArgs, long, Int64Parser> CommandCount() => new(Cmd.CommandCount, default, default);

    /// <summary>COMMAND DOCS: the documentation of the named commands (of every command when none are named), by name.</summary>
    [RedisCommand]
    public static Command<ArgList, Dictionary<string, RedisCommandDocs>, CommandDocsParser> CommandDocs(IEnumerable<string>? names = null) =>
        new(Cmd.CommandDocs, Names(names, nameof(names)), default);

    /// <summary>
    /// COMMAND INFO: the description of the named commands (of every command when none are named),
    /// by name; names the server does not know are left out.
    /// </summary>
    [RedisCommand]
    public static Command<ArgList, Dictionary<string, RedisCommandInfo>, CommandInfoParser> CommandInfo(IEnumerable<string>? names = null) =>
        new(Cmd.CommandInfo, Names(names, nameof(names)), default);

    /// <summary>
    /// COMMAND LIST: the names of the server's commands, or of those of one <paramref name="module"/>,
    /// one ACL <paramref name="category"/> or matching a glob <paramref name="pattern"/> (one filter at most).
    /// </summary>
    /// <exception cref="ArgumentException">More than one filter is given.</exception>
    [RedisCommand]
    public static Command<ArgList, string[], StringArrayParser> CommandList(string? module = null, string? category = null, string? pattern = null)
    {
        var args = new ArgListBuilder(3);
        AddFilter(ref args, "MODULE", module, nameof(module));
        AddFilter(ref args, "ACLCAT", category, nameof(category));
        AddFilter(ref args, "PATTERN", pattern, nameof(pattern));
        return new(Cmd.CommandList, args.Build(), default);
    }

    /// <summary>COMMAND GETKEYS: the keys of a full command line (name first), as the server finds them.</summary>
    [RedisCommand]
    public static Command<ArgList, string[], StringArrayParser> CommandGetKeys(IEnumerable<RedisValue> command) =>
        new(Cmd.CommandGetKeys, Words(command), default);

    /// <summary>COMMAND GETKEYSANDFLAGS: the keys of a full command line with how the command uses each.</summary>
    [RedisCommand]
    public static Command<ArgList, CommandKeyFlags[], CommandKeyFlagsParser> CommandGetKeysAndFlags(IEnumerable<RedisValue> command) =>
        new(Cmd.CommandGetKeysAndFlags, Words(command), default);

    /// <summary>
    /// SLOWLOG GET: the latest slow commands, newest first; <paramref name="num"/> of them (the
    /// server's default is 10; -1 for all, on Redis 7).
    /// </summary>
    [RedisCommand]
    public static Command<ArgList, SlowLogEntry[], SlowLogParser> SlowLogGet(int? num = null)
    {
        var args = new ArgListBuilder(1);
        if (num is { } n)
        {
            // -1 asks for every entry (Redis 7); anything lower is refused by the server anyway.
            ArgumentOutOfRangeException.ThrowIfLessThan(n, -1, nameof(num));
            args.Add(n);
        }

        return new(Cmd.SlowLogGet, args.Build(), default);
    }

    /// <summary>SLOWLOG LEN: how many entries the slow log holds.</summary>
    [RedisCommand]
    public static Command<NoArgs, long, Int64Parser> SlowLogLen() => new(Cmd.SlowLogLen, default, default);

    /// <summary>SLOWLOG RESET: empties the slow log.</summary>
    [RedisCommand]
    public static Command<NoArgs, bool, BooleanParser> SlowLogReset() => new(Cmd.SlowLogReset, default, default);

    /// <summary>LATENCY LATEST: the latest and worst spike of each latency event (needs <c>latency-monitor-threshold</c> set).</summary>
    [RedisCommand]
    public static Command<NoArgs, LatencyEvent[], LatencyLatestParser> LatencyLatest() => new(Cmd.LatencyLatest, default, default);

    /// <summary>LATENCY HISTORY: the recorded spikes of one event, such as <c>command</c>, oldest first.</summary>
    [RedisCommand]
    public static Command<Args1, LatencySample[], LatencyHistoryParser> LatencyHistory(string eventName)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        return new(Cmd.LatencyHistory, new Args1(eventName), default);
    }

    /// <summary>LATENCY RESET: forgets the given events' spikes (all events when none are given); returns how many events were reset.</summary>
    [RedisCommand]
    public static Command<ArgList, long, Int64Parser> LatencyReset(IEnumerable<string>? eventNames = null) =>
        new(Cmd.LatencyReset, Names(eventNames, nameof(eventNames)), default);

    /// <summary>LATENCY DOCTOR: the server's human-readable latency analysis.</summary>
    [RedisCommand]
    public static Command<NoArgs, string, StatusParser> LatencyDoctor() => new(Cmd.LatencyDoctor, default, default);

    /// <summary>LATENCY GRAPH: an ASCII-art graph of one event's latency spikes.</summary>
    [RedisCommand]
    public static Command<Args1, string, StatusParser> LatencyGraph(string eventName)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        return new(Cmd.LatencyGraph, new Args1(eventName), default);
    }

    /// <summary>LATENCY HISTOGRAM: the latency distribution of the given commands (all that ran when none are given), by command name.</summary>
    [RedisCommand]
    public static Command<ArgList, Dictionary<string, LatencyHistogram>, LatencyHistogramParser> LatencyHistogram(IEnumerable<string>? commands = null)
    {
        var args = new ArgListBuilder(4);
        foreach (var name in commands ?? [])
        {
            ArgumentException.ThrowIfNullOrEmpty(name, nameof(commands));
            args.Add(name);
        }

        return new(Cmd.LatencyHistogram, args.Build(), default);
    }

    /// <summary>
    /// MEMORY USAGE: the bytes <paramref name="key"/> and its value take, or null when the key does
    /// not exist. Nested values are estimated from <paramref name="samples"/> elements (0: all).
    /// </summary>
    [RedisCommand]
    public static Command<ArgList, long?, NullableInt64Parser> MemoryUsage(RedisKey key, int? samples = null)
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

    /// <summary>MEMORY STATS: the server's memory use in detail.</summary>
    [RedisCommand]
    public static Command<NoArgs, MemoryStats, MemoryStatsParser> MemoryStats() => new(Cmd.MemoryStats, default, default);

    /// <summary>MEMORY DOCTOR: the server's human-readable memory analysis.</summary>
    [RedisCommand]
    public static Command<NoArgs, string, StatusParser> MemoryDoctor() => new(Cmd.MemoryDoctor, default, default);

    /// <summary>MEMORY MALLOC-STATS: the allocator's internal statistics, as text.</summary>
    [RedisCommand]
    public static Command<NoArgs, string, StatusParser> MemoryMallocStats() => new(Cmd.MemoryMallocStats, default, default);

    /// <summary>MEMORY PURGE: asks the allocator to release dirty pages.</summary>
    [RedisCommand]
    public static Command<NoArgs, bool, BooleanParser> MemoryPurge() => new(Cmd.MemoryPurge, default, default);

    /// <summary>
    /// DEBUG SLEEP: makes the whole server sleep for <paramref name="duration"/>, as a slow command
    /// would (for testing timeouts and the slow log). The reply is awaited for the socket timeout
    /// plus the duration. Needs <c>enable-debug-command</c> on the server.
    /// <para>
    /// This and <see cref="RedisClient.DebugObjectAsync"/> are the only DEBUG subcommands offered: the others
    /// crash the server (SEGFAULT, PANIC, OOM), drop or corrupt data (RELOAD, FLUSHALL-like
    /// POPULATE, JMAP, SET-ACTIVE-EXPIRE, QUICKLIST-PACKED-THRESHOLD) or change internals no
    /// application should touch. They remain reachable through <see cref="RedisClient.ExecuteCommandAsync(object[])"/>.
    /// </para>
    /// </summary>
    [RedisCommand(NoPipeline = "a batch's replies are awaited for the socket timeout alone, which the sleep would exceed, and the sleeping server would hold every reply of the batch")]
    public static Command<Args1, bool, BooleanParser> DebugSleep(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        var seconds = duration.TotalSeconds.ToString("0.######", CultureInfo.InvariantCulture);
        return new(Cmd.DebugSleep, new Args1(seconds), default)
        {
            ExtraTimeoutMilliseconds = (long)Math.Ceiling(duration.TotalMilliseconds),
        };
    }

    /// <summary>
    /// DEBUG OBJECT: the server's low-level view of <paramref name="key"/>'s value (encoding,
    /// reference count, serialized length, idle time). A missing key is a
    /// <see cref="RedisResponseException"/> (<c>ERR no such key</c>), as in redis-py.
    /// </summary>
    [RedisCommand]
    public static Command<Args1, DebugObjectInfo, DebugObjectParser> DebugObject(RedisKey key) => new(Cmd.DebugObject, new Args1(Check.Key(key)), default);

    /// <summary>
    /// HELP of a container command: <c>HelpAsync("CLIENT")</c> sends CLIENT HELP and returns its lines.
    /// Known containers: ACL, CLIENT, CLUSTER, COMMAND, CONFIG, FUNCTION, LATENCY, MEMORY, MODULE,
    /// OBJECT, PUBSUB, SCRIPT, SLOWLOG, XGROUP and XINFO; any other name throws <see cref="ArgumentException"/>.
    /// </summary>
    [RedisCommand]
    public static Command<NoArgs, string[], StringArrayParser> Help(string command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!Cmd.Help.TryGetValue(command, out var info))
        {
            throw new ArgumentException(
                $"'{command}' has no HELP subcommand here; known containers: {string.Join(", ", Cmd.Help.Keys.Order(StringComparer.Ordinal))}.", nameof(command));
        }

        return new(info, default, default);
    }

    /// <summary>MONITOR: sent by RedisClient.MonitorAsync, which reads the stream of commands that follows on a connection of its own.</summary>
    public static Command<NoArgs, bool, BooleanParser> Monitor() => new(Cmd.Monitor, default, default);

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

    private static ArgList Words(IEnumerable<RedisValue> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var args = new ArgListBuilder(4);
        foreach (var word in command)
        {
            args.Add(word);
        }

        if (args.Count == 0)
        {
            throw new ArgumentException("Give the command to inspect, name first.", nameof(command));
        }

        return args.Build();
    }
}
