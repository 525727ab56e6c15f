using System.Buffers;
using RedisKit.Commands;

namespace RedisKit.Connections;

/// <summary>
/// One reply a connection owes, in the FIFO of its read loop. The loop hands it the reply's frame
/// (<see cref="Complete"/>) or the connection's failure (<see cref="Fail"/>), exactly once each,
/// even when the caller already gave up on it.
/// </summary>
internal abstract class PendingReply
{
    [ThreadStatic]
    private static ManualResetEventSlim? t_signal;

    /// <summary>
    /// Extra milliseconds this reply may take beyond the socket timeout (a blocking command's own
    /// wait), or -1 for no limit at all.
    /// </summary>
    public long ExtraTimeoutMilliseconds { get; set; }

    /// <summary>The command's name, for messages.</summary>
    public CommandInfo? Command { get; set; }

    public abstract void Complete(in ReadOnlySequence<byte> frame, in ReplyContext context);

    public abstract void Fail(Exception exception);

    /// <summary>
    /// This thread's event for synchronous waits, reset. A thread waits on one reply at a time, and
    /// only once the reply set it, so no earlier reply can set it late.
    /// </summary>
    protected static ManualResetEventSlim RentSignal()
    {
        var signal = t_signal ??= new ManualResetEventSlim(false, spinCount: 0);
        signal.Reset();
        return signal;
    }
}
