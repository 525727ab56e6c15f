using RedisKit.Commands;

namespace RedisKit;

// Hand-written, not generated from the definitions: these commands change one connection's state,
// so they run through RunStatefulAsync, which records the change on a bound client so that a
// replacement connection is given it back (or fails loudly when it cannot be).
public sealed partial class RedisClient
{
    /// <summary>
    /// CLIENT NO-EVICT: exempts this client's connection from client eviction (<c>maxmemory-clients</c>),
    /// or stops exempting it. Only on a client made by <see cref="Client"/>, like SELECT: it changes one
    /// connection's state, so a pooled client throws <see cref="InvalidOperationException"/>. The
    /// connection is not reused by others after the bound client is disposed; a replacement
    /// connection is exempted again.
    /// </summary>
    public ValueTask<bool> ClientNoEvictAsync(bool enabled, CancellationToken cancellationToken = default) =>
        RunStatefulAsync(ClientControlCommands.ClientNoEvict(enabled), Connections.SessionChange.NoEvict(enabled), cancellationToken);

    /// <summary>
    /// CLIENT NO-TOUCH (Redis 7.2): while on, this connection's commands leave keys' LRU/LFU access
    /// time alone. Only on a client made by <see cref="Client"/>, like <see cref="ClientNoEvictAsync"/>.
    /// </summary>
    public ValueTask<bool> ClientNoTouchAsync(bool enabled, CancellationToken cancellationToken = default) =>
        RunStatefulAsync(ClientControlCommands.ClientNoTouch(enabled), Connections.SessionChange.NoTouch(enabled), cancellationToken);

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
        RunStatefulAsync(ClientControlCommands.ClientTracking(on, redirect, prefixes, bcast, optIn, optOut, noLoop), Connections.SessionChange.Tracking(on), cancellationToken);
}
