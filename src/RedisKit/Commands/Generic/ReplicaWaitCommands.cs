using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>WAIT, which holds its reply until replicas acknowledge the connection's writes. The definition is the command's one hand-written place.</summary>
internal static class ReplicaWaitCommands
{
    /// <summary>
    /// WAIT: waits until <paramref name="numReplicas"/> replicas have acknowledged the writes made so far on
    /// the connection WAIT runs on, or until <paramref name="timeout"/> passes (zero: no limit); returns how
    /// many replicas acknowledged, which may be fewer. Like BLPOP it runs on a connection of its own and may
    /// wait longer than <see cref="RedisOptions.SocketTimeout"/>; cancelling closes that connection. That
    /// connection made none of a pooled client's writes, so to wait for your writes, make them and call WAIT
    /// on one client bound to a connection (<see cref="RedisClient.Client"/>).
    /// </summary>
    /// <param name="numReplicas">How many replicas must acknowledge; 0 returns at once.</param>
    /// <param name="timeout">How long to wait, to the millisecond (rounded up); zero waits without limit.</param>
    [RedisCommand(NoPipeline = "WAIT blocks: it runs on a connection of its own", CancellationDoc = "Stops waiting (and closes the command's connection).")]
    public static Command<Args2, long, Int64Parser> Wait(int numReplicas, TimeSpan timeout)
    {
        // The server holds the reply until enough replicas acknowledge or the timeout passes, so the
        // reply may come that much later than the socket timeout allows.
        ArgumentOutOfRangeException.ThrowIfNegative(numReplicas);
        return new(Cmd.Wait, new Args2(numReplicas, BlockingTimeout.Milliseconds(timeout, nameof(timeout))), default)
        {
            ExtraTimeoutMilliseconds = BlockingTimeout.ExtraMilliseconds(timeout),
        };
    }
}
