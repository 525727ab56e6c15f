using RedisKit.Commands;

namespace RedisKit;

// Hand-written, not generated from the definitions: READONLY and READWRITE change one connection's
// state, so they run through RunStatefulAsync, which records the change on a bound client so that a
// replacement connection is given it back.
public sealed partial class RedisClient
{
    /// <summary>
    /// READONLY: lets this connection read from a cluster replica for the slots of its primary.
    /// Only on a client made by <see cref="Client"/>; the connection is not reused by others after
    /// the bound client is disposed.
    /// </summary>
    public ValueTask<bool> ReadOnlyAsync(CancellationToken cancellationToken = default) =>
        RunStatefulAsync(ClusterCommands.ReadOnly(), Connections.SessionChange.ReadOnly(true), cancellationToken);

    /// <summary>READWRITE: ends READONLY on this connection. Only on a client made by <see cref="Client"/>.</summary>
    public ValueTask<bool> ReadWriteAsync(CancellationToken cancellationToken = default) =>
        RunStatefulAsync(ClusterCommands.ReadWrite(), Connections.SessionChange.ReadOnly(false), cancellationToken);
}
