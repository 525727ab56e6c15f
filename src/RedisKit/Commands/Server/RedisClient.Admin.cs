using RedisKit.Commands;

namespace RedisKit;

public sealed partial class RedisClient
{
    /// <summary>
    /// CLIENT PAUSE: suspends every client's commands for <paramref name="timeout"/> (whole
    /// milliseconds); with <paramref name="all"/> false only writes wait (<c>WRITE</c>), reads go on.
    /// The pause is server-wide; end it early with <see cref="ClientUnpauseAsync"/>.
    /// </summary>
    public ValueTask<bool> ClientPauseAsync(TimeSpan timeout, bool all = true, CancellationToken cancellationToken = default) =>
        RunAsync(AdminCommands.ClientPause(timeout, all), cancellationToken);

    /// <summary>CLIENT UNPAUSE: ends a CLIENT PAUSE at once.</summary>
    public ValueTask<bool> ClientUnpauseAsync(CancellationToken cancellationToken = default) => RunAsync(AdminCommands.ClientUnpause(), cancellationToken);

    /// <summary>
    /// CLIENT NO-EVICT: exempts this client's connection from client eviction (<c>maxmemory-clients</c>),
    /// or stops exempting it. Only on a client made by <see cref="Client"/>, like SELECT: it changes one
    /// connection's state, so a pooled client throws <see cref="InvalidOperationException"/>. The
    /// connection is not reused by others after the bound client is disposed; a replacement
    /// connection is exempted again.
    /// </summary>
    public ValueTask<bool> ClientNoEvictAsync(bool enabled, CancellationToken cancellationToken = default) =>
        RunStatefulAsync(AdminCommands.ClientNoEvict(enabled), Connections.SessionChange.NoEvict(enabled), cancellationToken);

    /// <summary>
    /// CLIENT NO-TOUCH (Redis 7.2): while on, this connection's commands leave keys' LRU/LFU access
    /// time alone. Only on a client made by <see cref="Client"/>, like <see cref="ClientNoEvictAsync"/>.
    /// </summary>
    public ValueTask<bool> ClientNoTouchAsync(bool enabled, CancellationToken cancellationToken = default) =>
        RunStatefulAsync(AdminCommands.ClientNoTouch(enabled), Connections.SessionChange.NoTouch(enabled), cancellationToken);

    /// <summary>CLIENT TRACKINGINFO: the client-side caching state of the connection the command ran on.</summary>
    public ValueTask<ClientTrackingInfo> ClientTrackingInfoAsync(CancellationToken cancellationToken = default) =>
        RunAsync(AdminCommands.ClientTrackingInfo(), cancellationToken);

    /// <summary>CONFIG REWRITE: writes the running configuration back to the server's config file; a server started without one refuses.</summary>
    public ValueTask<bool> ConfigRewriteAsync(CancellationToken cancellationToken = default) => RunAsync(AdminCommands.ConfigRewrite(), cancellationToken);

    /// <summary>CONFIG RESETSTAT: zeroes the statistics INFO reports (commands processed, keyspace hits...).</summary>
    public ValueTask<bool> ConfigResetStatAsync(CancellationToken cancellationToken = default) => RunAsync(AdminCommands.ConfigResetStat(), cancellationToken);

    /// <summary>
    /// SLOWLOG GET: the latest slow commands, newest first; <paramref name="num"/> of them (the
    /// server's default is 10; -1 for all, on Redis 7).
    /// </summary>
    public ValueTask<SlowLogEntry[]> SlowLogGetAsync(int? num = null, CancellationToken cancellationToken = default) =>
        RunAsync(AdminCommands.SlowLogGet(num), cancellationToken);

    /// <summary>SLOWLOG LEN: how many entries the slow log holds.</summary>
    public ValueTask<long> SlowLogLenAsync(CancellationToken cancellationToken = default) => RunAsync(AdminCommands.SlowLogLen(), cancellationToken);

    /// <summary>SLOWLOG RESET: empties the slow log.</summary>
    public ValueTask<bool> SlowLogResetAsync(CancellationToken cancellationToken = default) => RunAsync(AdminCommands.SlowLogReset(), cancellationToken);

    /// <summary>
    /// MEMORY USAGE: the bytes <paramref name="key"/> and its value take, or null when the key does
    /// not exist. Nested values are estimated from <paramref name="samples"/> elements (0: all).
    /// </summary>
    public ValueTask<long?> MemoryUsageAsync(RedisKey key, int? samples = null, CancellationToken cancellationToken = default) =>
        RunAsync(AdminCommands.MemoryUsage(key, samples), cancellationToken);

    /// <summary>MEMORY STATS: the server's memory use in detail.</summary>
    public ValueTask<MemoryStats> MemoryStatsAsync(CancellationToken cancellationToken = default) => RunAsync(AdminCommands.MemoryStats(), cancellationToken);

    /// <summary>LATENCY LATEST: the latest and worst spike of each latency event (needs <c>latency-monitor-threshold</c> set).</summary>
    public ValueTask<LatencyEvent[]> LatencyLatestAsync(CancellationToken cancellationToken = default) => RunAsync(AdminCommands.LatencyLatest(), cancellationToken);

    /// <summary>LATENCY HISTORY: the recorded spikes of one event, such as <c>command</c>, oldest first.</summary>
    public ValueTask<LatencySample[]> LatencyHistoryAsync(string eventName, CancellationToken cancellationToken = default) =>
        RunAsync(AdminCommands.LatencyHistory(eventName), cancellationToken);

    /// <summary>LATENCY RESET: forgets the given events' spikes (all events when none are given); returns how many events were reset.</summary>
    public ValueTask<long> LatencyResetAsync(IEnumerable<string>? eventNames = null, CancellationToken cancellationToken = default) =>
        RunAsync(AdminCommands.LatencyReset(eventNames), cancellationToken);

    /// <summary>COMMAND COUNT: how many commands the server has.</summary>
    public ValueTask<long> CommandCountAsync(CancellationToken cancellationToken = default) => RunAsync(AdminCommands.CommandCount(), cancellationToken);

    /// <summary>COMMAND DOCS: the documentation of the named commands (of every command when none are named), by name.</summary>
    public ValueTask<Dictionary<string, RedisCommandDocs>> CommandDocsAsync(IEnumerable<string>? names = null, CancellationToken cancellationToken = default) =>
        RunAsync(AdminCommands.CommandDocs(names), cancellationToken);

    /// <summary>
    /// COMMAND INFO: the description of the named commands (of every command when none are named),
    /// by name; names the server does not know are left out.
    /// </summary>
    public ValueTask<Dictionary<string, RedisCommandInfo>> CommandInfoAsync(IEnumerable<string>? names = null, CancellationToken cancellationToken = default) =>
        RunAsync(AdminCommands.CommandInfo(names), cancellationToken);

    /// <summary>
    /// COMMAND LIST: the names of the server's commands, or of those of one <paramref name="module"/>,
    /// one ACL <paramref name="category"/> or matching a glob <paramref name="pattern"/> (one filter at most).
    /// </summary>
    /// <exception cref="ArgumentException">More than one filter is given.</exception>
    public ValueTask<string[]> CommandListAsync(string? module = null, string? category = null, string? pattern = null, CancellationToken cancellationToken = default) =>
        RunAsync(AdminCommands.CommandList(module, category, pattern), cancellationToken);

    /// <summary>LASTSAVE: when the last successful save to disk happened (whole seconds).</summary>
    public ValueTask<DateTimeOffset> LastSaveAsync(CancellationToken cancellationToken = default) => RunAsync(AdminCommands.LastSave(), cancellationToken);

    /// <summary>SAVE: writes the dataset to disk synchronously, blocking every client meanwhile; prefer <see cref="BgSaveAsync"/>.</summary>
    public ValueTask<bool> SaveAsync(CancellationToken cancellationToken = default) => RunAsync(AdminCommands.Save(), cancellationToken);

    /// <summary>
    /// BGSAVE: saves the dataset in a forked child and returns the server's status
    /// (<c>Background saving started</c>). With <paramref name="schedule"/> (redis-py's default), a
    /// save asked for while an AOF rewrite runs is scheduled (<c>Background saving scheduled</c>)
    /// rather than refused. Check completion with <see cref="LastSaveAsync"/>.
    /// </summary>
    public ValueTask<string> BgSaveAsync(bool schedule = true, CancellationToken cancellationToken = default) =>
        RunAsync(AdminCommands.BgSave(schedule), cancellationToken);

    /// <summary>
    /// BGREWRITEAOF: rewrites the append-only file in the background and returns the server's
    /// status: started, or scheduled when a save is running.
    /// </summary>
    public ValueTask<string> BgRewriteAofAsync(CancellationToken cancellationToken = default) => RunAsync(AdminCommands.BgRewriteAof(), cancellationToken);

    /// <summary>ROLE: whether the server is a primary, a replica or a Sentinel, with its replication state.</summary>
    public ValueTask<ServerRole> RoleAsync(CancellationToken cancellationToken = default) => RunAsync(AdminCommands.Role(), cancellationToken);

    /// <summary>
    /// REPLICAOF host port: makes the server a replica of another, dropping its own dataset once
    /// the sync starts. True when accepted (also when it already replicates from there).
    /// </summary>
    public ValueTask<bool> ReplicaOfAsync(string host, int port, CancellationToken cancellationToken = default) =>
        RunAsync(AdminCommands.ReplicaOf(host, port), cancellationToken);

    /// <summary>REPLICAOF NO ONE: promotes a replica to a primary, keeping its dataset.</summary>
    public ValueTask<bool> ReplicaOfNoOneAsync(CancellationToken cancellationToken = default) => RunAsync(AdminCommands.ReplicaOfNoOne(), cancellationToken);

    /// <summary>SWAPDB: exchanges two databases' contents at once, for every client.</summary>
    public ValueTask<bool> SwapDbAsync(int first, int second, CancellationToken cancellationToken = default) =>
        RunAsync(AdminCommands.SwapDb(first, second), cancellationToken);

    /// <summary>
    /// DEBUG SLEEP: makes the whole server sleep for <paramref name="duration"/>, as a slow command
    /// would (for testing timeouts and the slow log). The reply is awaited for the socket timeout
    /// plus the duration. Needs <c>enable-debug-command</c> on the server.
    /// <para>
    /// This and <see cref="DebugObjectAsync"/> are the only DEBUG subcommands offered: the others
    /// crash the server (SEGFAULT, PANIC, OOM), drop or corrupt data (RELOAD, FLUSHALL-like
    /// POPULATE, JMAP, SET-ACTIVE-EXPIRE, QUICKLIST-PACKED-THRESHOLD) or change internals no
    /// application should touch. They remain reachable through <see cref="ExecuteCommandAsync(object[])"/>.
    /// </para>
    /// </summary>
    public ValueTask<bool> DebugSleepAsync(TimeSpan duration, CancellationToken cancellationToken = default) =>
        RunAsync(AdminCommands.DebugSleep(duration), cancellationToken);

    /// <summary>
    /// DEBUG OBJECT: the server's low-level view of <paramref name="key"/>'s value (encoding,
    /// reference count, serialized length, idle time). A missing key is a
    /// <see cref="RedisResponseException"/> (<c>ERR no such key</c>), as in redis-py.
    /// </summary>
    public ValueTask<DebugObjectInfo> DebugObjectAsync(RedisKey key, CancellationToken cancellationToken = default) =>
        RunAsync(AdminCommands.DebugObject(key), cancellationToken);
}
