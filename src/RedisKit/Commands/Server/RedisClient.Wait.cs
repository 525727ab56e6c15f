using RedisKit.Commands;

namespace RedisKit;

// WAIT's definition (GenericCommands.Wait) belongs to the generic family; this method goes once
// that definition is marked [RedisCommand(NoPipeline = ...)].
public sealed partial class RedisClient
{
    /// <summary>
    /// WAIT: waits until <paramref name="numReplicas"/> replicas have acknowledged the writes made so far on
    /// the connection WAIT runs on, or until <paramref name="timeout"/> passes (zero: no limit); returns how
    /// many replicas acknowledged, which may be fewer. Like BLPOP it runs on a connection of its own and may
    /// wait longer than <see cref="RedisOptions.SocketTimeout"/>; cancelling closes that connection. That
    /// connection made none of a pooled client's writes, so to wait for your writes, make them and call WAIT
    /// on one client bound to a connection (<see cref="Client"/>).
    /// </summary>
    /// <param name="numReplicas">How many replicas must acknowledge; 0 returns at once.</param>
    /// <param name="timeout">How long to wait, to the millisecond (rounded up); zero waits without limit.</param>
    /// <param name="cancellationToken">Stops waiting (and closes the command's connection).</param>
    public ValueTask<long> WaitAsync(int numReplicas, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        RunAsync(GenericCommands.Wait(numReplicas, timeout), cancellationToken);
}
