using RedisKit.Commands;

namespace RedisKit;

public sealed partial class RedisClient
{
    /// <summary>
    /// CLIENT UNBLOCK: wakes the client <paramref name="clientId"/> from a blocking command, as if
    /// it timed out or, with <paramref name="error"/>, with an UNBLOCKED error. True when it was blocked.
    /// </summary>
    public ValueTask<bool> ClientUnblockAsync(long clientId, bool error = false, CancellationToken cancellationToken = default) =>
        RunAsync(ServerAdminCommands.ClientUnblock(clientId, error), cancellationToken);

    /// <summary>
    /// CLIENT CACHING YES|NO: whether the next command's keys are tracked, under OPTIN or OPTOUT
    /// tracking. Only on a client made by <see cref="Client"/>, like SELECT.
    /// </summary>
    public ValueTask<bool> ClientCachingAsync(bool enabled, CancellationToken cancellationToken = default) =>
        RunAsync(ServerAdminCommands.ClientCaching(enabled), cancellationToken);

    /// <summary>
    /// CLIENT TRACKING: turns client-side caching invalidations on or off for this connection,
    /// sending them to <paramref name="redirect"/>'s connection (required under RESP2), for keys
    /// starting with <paramref name="prefixes"/> in <paramref name="bcast"/> mode, only for keys
    /// read after CLIENT CACHING YES (<paramref name="optIn"/>) or except after CLIENT CACHING NO
    /// (<paramref name="optOut"/>), and not for the connection's own writes (<paramref name="noLoop"/>).
    /// Only on a client made by <see cref="Client"/>, like SELECT: a pooled client throws
    /// <see cref="InvalidOperationException"/>. Tracking is not restored on a replacement connection
    /// (invalidations sent meanwhile are lost): if the connection is lost while tracking is on, the
    /// next command throws <see cref="RedisConnectionStateLostException"/>.
    /// </summary>
    public ValueTask<bool> ClientTrackingAsync(bool on, long? redirect = null, IEnumerable<string>? prefixes = null, bool bcast = false,
        bool optIn = false, bool optOut = false, bool noLoop = false, CancellationToken cancellationToken = default) =>
        RunStatefulAsync(ServerAdminCommands.ClientTracking(on, redirect, prefixes, bcast, optIn, optOut, noLoop), Connections.SessionChange.Tracking(on), cancellationToken);

    /// <summary>CLIENT GETREDIR: the client id invalidations are redirected to, 0 when tracking without redirection, -1 when tracking is off.</summary>
    public ValueTask<long> ClientGetRedirAsync(CancellationToken cancellationToken = default) =>
        RunAsync(ServerAdminCommands.ClientGetRedir(), cancellationToken);

    /// <summary>COMMAND GETKEYS: the keys of a full command line (name first), as the server finds them.</summary>
    public ValueTask<string[]> CommandGetKeysAsync(IEnumerable<RedisValue> command, CancellationToken cancellationToken = default) =>
        RunAsync(ServerAdminCommands.CommandGetKeys(command), cancellationToken);

    /// <summary>COMMAND GETKEYSANDFLAGS: the keys of a full command line with how the command uses each.</summary>
    public ValueTask<CommandKeyFlags[]> CommandGetKeysAndFlagsAsync(IEnumerable<RedisValue> command, CancellationToken cancellationToken = default) =>
        RunAsync(ServerAdminCommands.CommandGetKeysAndFlags(command), cancellationToken);

    /// <summary>LATENCY DOCTOR: the server's human-readable latency analysis.</summary>
    public ValueTask<string> LatencyDoctorAsync(CancellationToken cancellationToken = default) =>
        RunAsync(ServerAdminCommands.LatencyDoctor(), cancellationToken);

    /// <summary>LATENCY GRAPH: an ASCII-art graph of one event's latency spikes.</summary>
    public ValueTask<string> LatencyGraphAsync(string eventName, CancellationToken cancellationToken = default) =>
        RunAsync(ServerAdminCommands.LatencyGraph(eventName), cancellationToken);

    /// <summary>LATENCY HISTOGRAM: the latency distribution of the given commands (all that ran when none are given), by command name.</summary>
    public ValueTask<Dictionary<string, LatencyHistogram>> LatencyHistogramAsync(IEnumerable<string>? commands = null, CancellationToken cancellationToken = default) =>
        RunAsync(ServerAdminCommands.LatencyHistogram(commands), cancellationToken);

    /// <summary>MEMORY DOCTOR: the server's human-readable memory analysis.</summary>
    public ValueTask<string> MemoryDoctorAsync(CancellationToken cancellationToken = default) =>
        RunAsync(ServerAdminCommands.MemoryDoctor(), cancellationToken);

    /// <summary>MEMORY MALLOC-STATS: the allocator's internal statistics, as text.</summary>
    public ValueTask<string> MemoryMallocStatsAsync(CancellationToken cancellationToken = default) =>
        RunAsync(ServerAdminCommands.MemoryMallocStats(), cancellationToken);

    /// <summary>MEMORY PURGE: asks the allocator to release dirty pages.</summary>
    public ValueTask<bool> MemoryPurgeAsync(CancellationToken cancellationToken = default) =>
        RunAsync(ServerAdminCommands.MemoryPurge(), cancellationToken);

    /// <summary>SCRIPT KILL: stops the running read-only Lua script; a server with none running answers with an error.</summary>
    public ValueTask<bool> ScriptKillAsync(CancellationToken cancellationToken = default) =>
        RunAsync(ServerAdminCommands.ScriptKill(), cancellationToken);

    /// <summary>FUNCTION KILL: stops the running read-only function; a server with none running answers with an error.</summary>
    public ValueTask<bool> FunctionKillAsync(CancellationToken cancellationToken = default) =>
        RunAsync(ServerAdminCommands.FunctionKill(), cancellationToken);

    /// <summary>LOLWUT: the server's version and a piece of generative art (of <paramref name="version"/>'s style when given).</summary>
    public ValueTask<string> LolwutAsync(int? version = null, CancellationToken cancellationToken = default) =>
        RunAsync(ServerAdminCommands.Lolwut(version), cancellationToken);

    /// <summary>MODULE LIST: the loaded modules.</summary>
    public ValueTask<RedisModuleInfo[]> ModuleListAsync(CancellationToken cancellationToken = default) =>
        RunAsync(ServerAdminCommands.ModuleList(), cancellationToken);

    /// <summary>MODULE LOAD: loads the module at <paramref name="path"/> (on the server's file system) with its arguments.</summary>
    public ValueTask<bool> ModuleLoadAsync(string path, IEnumerable<RedisValue>? arguments = null, CancellationToken cancellationToken = default) =>
        RunAsync(ServerAdminCommands.ModuleLoad(path, arguments), cancellationToken);

    /// <summary>MODULE LOADEX: loads the module at <paramref name="path"/> with configuration values and arguments (Redis 7).</summary>
    public ValueTask<bool> ModuleLoadExAsync(string path, IEnumerable<KeyValuePair<string, RedisValue>>? configs = null, IEnumerable<RedisValue>? arguments = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(ServerAdminCommands.ModuleLoadEx(path, configs, arguments), cancellationToken);

    /// <summary>MODULE UNLOAD: unloads the module named <paramref name="name"/>.</summary>
    public ValueTask<bool> ModuleUnloadAsync(string name, CancellationToken cancellationToken = default) =>
        RunAsync(ServerAdminCommands.ModuleUnload(name), cancellationToken);

    /// <summary>
    /// FAILOVER: starts a coordinated failover from this primary to one of its replicas
    /// (<paramref name="host"/> and <paramref name="port"/> pick it; <paramref name="force"/> promotes it
    /// even if it has not caught up within <paramref name="timeout"/>), or with <paramref name="abort"/>
    /// cancels one in progress. True when the server accepted; the failover itself runs in the background.
    /// </summary>
    public ValueTask<bool> FailoverAsync(string? host = null, int? port = null, bool force = false, TimeSpan? timeout = null, bool abort = false,
        CancellationToken cancellationToken = default) =>
        RunAsync(ServerAdminCommands.Failover(host, port, force, timeout, abort), cancellationToken);

    /// <summary>
    /// MIGRATE: moves <paramref name="keys"/> to database <paramref name="destinationDb"/> of the server
    /// at <paramref name="host"/>:<paramref name="port"/>, waiting at most <paramref name="timeout"/>
    /// for it; <paramref name="copy"/> keeps them here, <paramref name="replace"/> overwrites them there.
    /// <paramref name="authPassword"/> (and <paramref name="authUsername"/>, AUTH2) log in to the target;
    /// the password never appears in telemetry or error messages. False when none of the keys existed (NOKEY).
    /// </summary>
    public ValueTask<bool> MigrateAsync(string host, int port, IEnumerable<RedisKey> keys, int destinationDb, TimeSpan timeout, bool copy = false,
        bool replace = false, string? authUsername = null, string? authPassword = null, CancellationToken cancellationToken = default) =>
        RunAsync(ServerAdminCommands.Migrate(host, port, keys, destinationDb, timeout, copy, replace, authUsername, authPassword), cancellationToken);

    /// <summary>
    /// SHUTDOWN: stops the server, saving first unless <paramref name="save"/> is false (true forces a
    /// save), without waiting for lagging replicas (<paramref name="now"/>), even when saving fails
    /// (<paramref name="force"/>); or, with <paramref name="abort"/>, cancels a shutdown waiting for replicas.
    /// Completes when the server closes the connection (or accepts ABORT); a refusal, such as a failed
    /// save, throws <see cref="RedisResponseException"/>.
    /// </summary>
    public async ValueTask ShutdownAsync(bool? save = null, bool now = false, bool force = false, bool abort = false, CancellationToken cancellationToken = default)
    {
        var command = ServerAdminCommands.Shutdown(save, now, force, abort);

        // On a connection proven open first: then a connection closed after SHUTDOWN went out is
        // the server going down as asked, not a server that could not be reached at all.
        var connection = Client();
        await using (connection.ConfigureAwait(false))
        {
            await connection.PingAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await connection.RunAsync(command, cancellationToken).ConfigureAwait(false);
            }
            catch (RedisConnectionException) when (!abort)
            {
                // The server closed the connection: it is shutting down, which is what was asked.
            }
        }
    }

    /// <summary>
    /// HELP of a container command: <c>HelpAsync("CLIENT")</c> sends CLIENT HELP and returns its lines.
    /// Known containers: ACL, CLIENT, CLUSTER, COMMAND, CONFIG, FUNCTION, LATENCY, MEMORY, MODULE,
    /// OBJECT, PUBSUB, SCRIPT, SLOWLOG, XGROUP and XINFO; any other name throws <see cref="ArgumentException"/>.
    /// </summary>
    public ValueTask<string[]> HelpAsync(string command, CancellationToken cancellationToken = default) =>
        RunAsync(ServerAdminCommands.Help(command), cancellationToken);
}
