using RedisKit.Commands;

namespace RedisKit;

// Connection-state commands (CLIENT NO-EVICT, NO-TOUCH), DEBUG SLEEP and MONITOR have no pipeline
// form: a batch may run on a shared connection, and a sleeping server would hold every reply of it.
public sealed partial class Pipeline
{
    /// <summary>Queues CLIENT PAUSE (result: bool).</summary>
    public Pipeline ClientPause(TimeSpan timeout, bool all = true) => Queue(AdminCommands.ClientPause(timeout, all));

    /// <summary>Queues CLIENT UNPAUSE (result: bool).</summary>
    public Pipeline ClientUnpause() => Queue(AdminCommands.ClientUnpause());

    /// <summary>Queues CLIENT TRACKINGINFO (result: ClientTrackingInfo).</summary>
    public Pipeline ClientTrackingInfo() => Queue(AdminCommands.ClientTrackingInfo());

    /// <summary>Queues CONFIG REWRITE (result: bool).</summary>
    public Pipeline ConfigRewrite() => Queue(AdminCommands.ConfigRewrite());

    /// <summary>Queues CONFIG RESETSTAT (result: bool).</summary>
    public Pipeline ConfigResetStat() => Queue(AdminCommands.ConfigResetStat());

    /// <summary>Queues SLOWLOG GET (result: SlowLogEntry[]).</summary>
    public Pipeline SlowLogGet(int? num = null) => Queue(AdminCommands.SlowLogGet(num));

    /// <summary>Queues SLOWLOG LEN (result: long).</summary>
    public Pipeline SlowLogLen() => Queue(AdminCommands.SlowLogLen());

    /// <summary>Queues SLOWLOG RESET (result: bool).</summary>
    public Pipeline SlowLogReset() => Queue(AdminCommands.SlowLogReset());

    /// <summary>Queues MEMORY USAGE (result: long, or null for a missing key).</summary>
    public Pipeline MemoryUsage(RedisKey key, int? samples = null) => Queue(AdminCommands.MemoryUsage(key, samples));

    /// <summary>Queues MEMORY STATS (result: MemoryStats).</summary>
    public Pipeline MemoryStats() => Queue(AdminCommands.MemoryStats());

    /// <summary>Queues LATENCY LATEST (result: LatencyEvent[]).</summary>
    public Pipeline LatencyLatest() => Queue(AdminCommands.LatencyLatest());

    /// <summary>Queues LATENCY HISTORY (result: LatencySample[]).</summary>
    public Pipeline LatencyHistory(string eventName) => Queue(AdminCommands.LatencyHistory(eventName));

    /// <summary>Queues LATENCY RESET (result: long).</summary>
    public Pipeline LatencyReset(IEnumerable<string>? eventNames = null) => Queue(AdminCommands.LatencyReset(eventNames));

    /// <summary>Queues COMMAND COUNT (result: long).</summary>
    public Pipeline CommandCount() => Queue(AdminCommands.CommandCount());

    /// <summary>Queues COMMAND DOCS (result: Dictionary&lt;string, RedisCommandDocs&gt;).</summary>
    public Pipeline CommandDocs(IEnumerable<string>? names = null) => Queue(AdminCommands.CommandDocs(names));

    /// <summary>Queues COMMAND INFO (result: Dictionary&lt;string, RedisCommandInfo&gt;).</summary>
    public Pipeline CommandInfo(IEnumerable<string>? names = null) => Queue(AdminCommands.CommandInfo(names));

    /// <summary>Queues COMMAND LIST with at most one filter (result: string[]).</summary>
    public Pipeline CommandList(string? module = null, string? category = null, string? pattern = null) =>
        Queue(AdminCommands.CommandList(module, category, pattern));

    /// <summary>Queues LASTSAVE (result: DateTimeOffset).</summary>
    public Pipeline LastSave() => Queue(AdminCommands.LastSave());

    /// <summary>Queues SAVE (result: bool).</summary>
    public Pipeline Save() => Queue(AdminCommands.Save());

    /// <summary>Queues BGSAVE (result: the server's status text).</summary>
    public Pipeline BgSave(bool schedule = true) => Queue(AdminCommands.BgSave(schedule));

    /// <summary>Queues BGREWRITEAOF (result: the server's status text).</summary>
    public Pipeline BgRewriteAof() => Queue(AdminCommands.BgRewriteAof());

    /// <summary>Queues ROLE (result: ServerRole).</summary>
    public Pipeline Role() => Queue(AdminCommands.Role());

    /// <summary>Queues SWAPDB (result: bool).</summary>
    public Pipeline SwapDb(int first, int second) => Queue(AdminCommands.SwapDb(first, second));

    /// <summary>Queues DEBUG OBJECT (result: DebugObjectInfo).</summary>
    public Pipeline DebugObject(RedisKey key) => Queue(AdminCommands.DebugObject(key));
}
