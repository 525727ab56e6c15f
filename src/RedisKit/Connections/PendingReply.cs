using System.Buffers;
using RedisKit.Commands;

namespace RedisKit.Connections;

/// <summary>
/// One reply a connection owes, in the FIFO its reader thread settles. The reader hands it the
/// reply's frame (<see cref="Read"/>, then <see cref="Signal"/> to resume the caller) or the
/// connection's failure (<see cref="Fail"/>), exactly once, even when the caller already gave up on it.
/// </summary>
internal abstract class PendingReply
{
    [ThreadStatic]
    private static ManualResetEventSlim? _signal;

    /// <summary>
    /// Extra milliseconds this reply may take beyond the socket timeout (a blocking command's own
    /// wait), or -1 for no limit at all.
    /// </summary>
    public long ExtraTimeoutMilliseconds { get; set; }

    /// <summary>The command's name, for messages.</summary>
    public CommandInfo? Command { get; set; }

    /// <summary>
    /// Reads the reply from its frame, which is not needed afterwards. True when a caller is still
    /// waiting for it and must be resumed with <see cref="Signal"/>.
    /// </summary>
    public abstract bool Read(in ReadOnlySequence<byte> frame, in ReplyContext context);

    /// <summary>
    /// Resumes the caller with what <see cref="Read"/> kept: on this thread when
    /// <paramref name="inline"/>, else through the thread pool.
    /// </summary>
    public virtual void Signal(bool inline)
    {
    }

    public abstract void Fail(Exception exception);

    /// <summary>
    /// Settles the reply with <paramref name="exception"/> like <see cref="Fail"/>, but leaves
    /// resuming the caller to <see cref="Signal"/>, as <see cref="Read"/> does: true when a caller
    /// must be resumed that way. By default it fails at once and returns false.
    /// </summary>
    public virtual bool FailLater(Exception exception)
    {
        Fail(exception);
        return false;
    }

    /// <summary>
    /// This thread's event for synchronous waits, reset. A thread waits on one reply at a time, and
    /// only once the reply set it, so no earlier reply can set it late.
    /// </summary>
    protected static ManualResetEventSlim RentSignal()
    {
        var signal = _signal ??= new ManualResetEventSlim(false, spinCount: 0);
        signal.Reset();
        return signal;
    }
}
