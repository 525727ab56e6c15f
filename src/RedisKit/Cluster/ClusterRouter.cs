using System.Collections.Concurrent;
using RedisKit.Commands;
using RedisKit.Connections;

namespace RedisKit.Cluster;

/// <summary>
/// The router of a cluster client: a pool per node (today's <see cref="ConnectionPool"/>, with the
/// client's options and the node's address), a <see cref="SlotMap"/> read at first use and
/// refreshed on MOVED, CLUSTERDOWN, connection failures and every <see cref="RefreshPeriod"/>,
/// and the loop that sends a command to its slot's primary and follows MOVED and ASK.
/// </summary>
internal sealed class ClusterRouter : IAsyncDisposable
{
    /// <summary>How old the slot map may get before a command triggers a background refresh.</summary>
    public static readonly TimeSpan RefreshPeriod = TimeSpan.FromSeconds(30);

    // A slot migrating back and forth could bounce a command for ever: past this many redirections it fails.
    private const int MaxRedirects = 5;

    private readonly RedisOptions _options;
    private readonly ClusterEndpoint[] _seeds;
    private readonly ConcurrentDictionary<ClusterEndpoint, ConnectionPool> _pools = new();
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private SlotMap? _map;
    private long _refreshedAt;
    private int _refreshQueued;
    private int _nextKeyless;
    private int _disposed;

    public ClusterRouter(RedisOptions options, IReadOnlyList<ClusterEndpoint> seeds)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(seeds);
        if (seeds.Count == 0)
        {
            throw new ArgumentException("A cluster client needs at least one startup node.", nameof(seeds));
        }

        if (options.Database != 0)
        {
            throw new ArgumentException($"Redis Cluster has only database 0, but database {options.Database} was asked for.", nameof(options));
        }

        if (options.UnixSocketPath is not null)
        {
            throw new ArgumentException("A cluster client reaches its nodes over TCP at the addresses the cluster announces; a Unix socket path cannot be used.", nameof(options));
        }

        _options = options;
        _seeds = [.. seeds];
        SeedPool = PoolFor(_seeds[0]);
    }

    /// <summary>The first startup node's pool: the client's <see cref="RedisClient.ConnectionPool"/>, its options and telemetry.</summary>
    public ConnectionPool SeedPool { get; }

    /// <summary>The current slot map, once read.</summary>
    public SlotMap? Map => Volatile.Read(ref _map);

    /// <summary>The startup nodes, for messages.</summary>
    public string Describe() => string.Join(",", _seeds.Select(seed => seed.ToString()));

    /// <summary>
    /// Runs a command on its slot's primary (a keyless one on any primary), following MOVED (the
    /// map is updated and the command resent to the owner) and ASK (ASKING and the command, once,
    /// on the target). TRYAGAIN and CLUSTERDOWN are retried with back-off: the command was not run.
    /// A connection failure is retried only when the command was not sent or is safe to repeat.
    /// </summary>
    public async ValueTask<T> RunAsync<TArgs, T, TParser>(Command<TArgs, T, TParser> command, CancellationToken cancellationToken)
        where TArgs : struct, ICommandArgs
        where TParser : struct, IReplyParser<T>
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var info = command.Info;
        if ((info.Flags & CommandFlags.ConnectionState) != 0)
        {
            throw new InvalidOperationException(
                $"{info.Name} changes the state of one connection, so it cannot run on a pooled client whose commands share connections; a cluster client has no single-connection client yet.");
        }

        var slot = CommandSlot.Of(info, command.Args, _options.Encoding);
        if (slot == CommandSlot.None)
        {
            ClusterSupport.CheckKeyless(info, command.Args);
        }

        var blocking = (info.Flags & CommandFlags.Blocking) != 0;
        ClusterEndpoint? ask = null;
        var redirects = 0;
        var attempt = 0;
        while (true)
        {
            var map = Volatile.Read(ref _map) ?? await RefreshAsync(null, cancellationToken).ConfigureAwait(false);
            if (Environment.TickCount64 - Volatile.Read(ref _refreshedAt) > (long)RefreshPeriod.TotalMilliseconds)
            {
                QueueRefresh();
            }

            var endpoint = ask ?? (slot >= 0 ? map[slot]?.Primary : AnyPrimary(map));
            if (endpoint is null)
            {
                // No node serves the slot (a cluster being set up or having lost a shard): like CLUSTERDOWN.
                if (attempt >= _options.RetryAttempts)
                {
                    throw new RedisClusterException("CLUSTERDOWN", $"{info.Name} was not sent: no node of the cluster serves hash slot {slot}.");
                }

                attempt++;
                await RetryTimer.DelayAsync(RetryBackoff.Delay(attempt, _options), cancellationToken).ResumeInline();
                await RefreshAsync(map, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var pool = PoolFor(endpoint);
            var sent = false;
            RedisConnection? leased = null;
            try
            {
                var connection = blocking
                    ? leased = await pool.LeaseAsync(cancellationToken).ResumeInline()
                    : await pool.GetSharedAsync(cancellationToken).ResumeInline();
                T result;
                if (ask is null)
                {
                    var pending = connection.ExecuteAsync(command, cancellationToken);
                    sent = true;
                    result = await pending.ConfigureAwait(false);
                }
                else
                {
                    var batch = new AskingBatch<TArgs, T, TParser>(command, cancellationToken);
                    if (!batch.TrySend(connection))
                    {
                        throw connection.NotOpenException();
                    }

                    sent = true;
                    result = await batch.ResultAsync().ConfigureAwait(false);
                }

                if (leased is not null)
                {
                    pool.Release(leased, reusable: true);
                    leased = null;
                }

                return result;
            }
            catch (RedisClusterException ex) when (redirects < MaxRedirects && ClusterRedirect.TryParse(ex.Message, endpoint.Host, out var redirect))
            {
                // The node did not run the command: resending it cannot run it twice.
                redirects++;
                if (redirect!.IsAsk)
                {
                    ask = redirect.Target;
                }
                else
                {
                    ask = null;
                    map.Move(redirect.Slot, redirect.Target);
                    QueueRefresh();
                }

                // A command whose keys the client could not see (ExecuteCommandAsync) learns its slot here.
                if (slot == CommandSlot.None)
                {
                    slot = redirect.Slot;
                }
            }
            catch (RedisClusterException ex) when (ex.IsTransient && attempt < _options.RetryAttempts)
            {
                // TRYAGAIN (keys of a migrating slot split between nodes) and CLUSTERDOWN: not run, wait and resend.
                attempt++;
                ask = null;
                if (ex.Prefix == "CLUSTERDOWN")
                {
                    QueueRefresh();
                }

                await RetryTimer.DelayAsync(RetryBackoff.Delay(attempt, _options), cancellationToken).ResumeInline();
            }
            catch (RedisException ex) when (attempt < _options.RetryAttempts && IsRetryable(ex) && (!sent || info.IsRetrySafe))
            {
                // The node may be gone (failover): read the map again before the next try.
                attempt++;
                ask = null;
                await RetryTimer.DelayAsync(RetryBackoff.Delay(attempt, _options), cancellationToken).ResumeInline();
                await TryRefreshAsync(map, cancellationToken).ConfigureAwait(false);
            }
            catch (RedisConnectionException)
            {
                QueueRefresh();
                throw;
            }
            finally
            {
                if (leased is not null)
                {
                    pool.Release(leased, reusable: false);
                }
            }
        }
    }

    /// <summary>
    /// The synchronous path: with the map read and the node's shared connection open, the command
    /// is sent and waited for on the calling thread as on a standalone client; anything else (no
    /// map yet, MOVED, ASK, TRYAGAIN, a connection to open or a failure worth retrying) blocks on
    /// <see cref="RunAsync"/>, whose waits complete on library threads.
    /// </summary>
    public T Run<TArgs, T, TParser>(in Command<TArgs, T, TParser> command, long timeoutMilliseconds, CancellationToken cancellationToken)
        where TArgs : struct, ICommandArgs
        where TParser : struct, IReplyParser<T>
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var info = command.Info;
        var slot = CommandSlot.Of(info, command.Args, _options.Encoding);
        if (slot == CommandSlot.None)
        {
            ClusterSupport.CheckKeyless(info, command.Args);
        }

        var map = Volatile.Read(ref _map);
        var endpoint = map is null ? null : slot >= 0 ? map[slot]?.Primary : AnyPrimary(map);
        if (endpoint is not null && PoolFor(endpoint).TryGetShared() is { } connection)
        {
            var reply = PendingReply<T, TParser>.RentSynchronous(command.Parser, command.Info, cancellationToken);
            if (connection.TrySendOrDiscard(command, reply))
            {
                try
                {
                    return reply.Wait(connection, timeoutMilliseconds);
                }
                catch (RedisClusterException ex) when (ex.IsTransient || ClusterRedirect.TryParse(ex.Message, endpoint.Host, out _))
                {
                    // Not run by the node: the asynchronous path follows it.
                }
                catch (RedisException ex) when (_options.RetryAttempts > 0 && IsRetryable(ex) && info.IsRetrySafe)
                {
                    // Safe to send again: the asynchronous path retries it with back-off.
                }
            }
        }

        return RunAsync(command, cancellationToken).AsTask().GetAwaiter().GetResult();
    }

    /// <summary>
    /// Reads the slot map from the first node that answers: the known primaries, then the startup
    /// nodes. Callers that waited while another refreshed take that map (unless it is
    /// <paramref name="stale"/>, the one they found wanting).
    /// </summary>
    public async Task<SlotMap> RefreshAsync(SlotMap? stale, CancellationToken cancellationToken)
    {
        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = Volatile.Read(ref _map);
            if (current is not null && !ReferenceEquals(current, stale))
            {
                return current;
            }

            var candidates = new List<ClusterEndpoint>();
            if (current is not null)
            {
                foreach (var shard in current.Shards)
                {
                    candidates.Add(shard.Primary);
                }
            }

            foreach (var seed in _seeds)
            {
                if (!candidates.Contains(seed))
                {
                    candidates.Add(seed);
                }
            }

            var failures = new List<string>();
            Exception? last = null;
            foreach (var candidate in candidates)
            {
                try
                {
                    var map = await ReadMapAsync(candidate, cancellationToken).ConfigureAwait(false);
                    Volatile.Write(ref _map, map);
                    Volatile.Write(ref _refreshedAt, Environment.TickCount64);
                    return map;
                }
                catch (RedisException ex)
                {
                    last = ex;
                    failures.Add($"{candidate}: {ex.Message}");
                }
            }

            throw new RedisConnectionException($"Could not read the cluster's slot map from any node ({string.Join("; ", failures)}).", last);
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        foreach (var pool in _pools.Values)
        {
            await pool.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<SlotMap> ReadMapAsync(ClusterEndpoint node, CancellationToken cancellationToken)
    {
        var connection = await PoolFor(node).GetSharedAsync(cancellationToken).ResumeInline();
        ClusterShard[] shards;
        try
        {
            shards = await connection.ExecuteAsync(ClusterCommands.Shards(), cancellationToken).ConfigureAwait(false);
        }
        catch (RedisResponseException ex) when (ex.Message.Contains("unknown subcommand", StringComparison.OrdinalIgnoreCase))
        {
            // Before Redis 7.0.
            shards = await connection.ExecuteAsync(ClusterCommands.Slots(), cancellationToken).ConfigureAwait(false);
        }
        catch (RedisResponseException ex) when (ex.Message.Contains("cluster support disabled", StringComparison.OrdinalIgnoreCase))
        {
            throw new RedisClusterException(ex.Prefix, $"{node} is not a cluster node (cluster support is disabled): connect to it with a standalone client, without the cluster option.");
        }

        var map = SlotMap.FromShards(shards, node.Host, _options.Ssl);
        if (map.Shards.Count == 0)
        {
            throw new RedisClusterException("CLUSTERDOWN", $"{node} reports no slot served by any node: the cluster is not set up yet.");
        }

        return map;
    }

    private async Task TryRefreshAsync(SlotMap stale, CancellationToken cancellationToken)
    {
        try
        {
            await RefreshAsync(stale, cancellationToken).ConfigureAwait(false);
        }
        catch (RedisException)
        {
            // The next attempt fails with the node's own error, or the map is read again then.
        }
    }

    // In the background, so the command that noticed does not wait; one at a time.
    private void QueueRefresh()
    {
        if (Volatile.Read(ref _disposed) != 0 || Interlocked.Exchange(ref _refreshQueued, 1) != 0)
        {
            return;
        }

        var stale = Volatile.Read(ref _map);
        _ = Task.Run(async () =>
        {
            try
            {
                await RefreshAsync(stale, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is RedisException or ObjectDisposedException)
            {
                // Commands keep the map they have; the next MOVED or failure asks again.
            }
            finally
            {
                Volatile.Write(ref _refreshQueued, 0);
            }
        });
    }

    private ClusterEndpoint AnyPrimary(SlotMap map)
    {
        var shards = map.Shards;
        return shards[(int)((uint)Interlocked.Increment(ref _nextKeyless) % (uint)shards.Count)].Primary;
    }

    private ConnectionPool PoolFor(ClusterEndpoint endpoint)
    {
        if (_pools.TryGetValue(endpoint, out var pool))
        {
            return pool;
        }

        var options = _options.Clone();
        options.Host = endpoint.Host;
        options.Port = endpoint.Port;
        var created = new ConnectionPool(options);
        var winner = _pools.GetOrAdd(endpoint, created);
        if (!ReferenceEquals(winner, created))
        {
            created.Dispose();
        }
        else if (Volatile.Read(ref _disposed) != 0)
        {
            created.Dispose();
            throw new ObjectDisposedException(nameof(RedisClient));
        }

        return winner;
    }

    private bool IsRetryable(RedisException exception) =>
        exception.IsTransient && (exception is RedisConnectionException || (exception is RedisTimeoutException && _options.RetryOnTimeout));
}
