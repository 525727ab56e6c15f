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
    /// <summary>
    /// Extra milliseconds this reply may take beyond the socket timeout (a blocking command's own
    /// wait), or -1 for no limit at all.
    /// </summary>
    public long ExtraTimeoutMilliseconds { get; set; }

    /// <summary>The command's name, for messages.</summary>
    public CommandInfo? Command { get; set; }

    public abstract void Complete(in ReadOnlySequence<byte> frame, in ReplyContext context);

    public abstract void Fail(Exception exception);
}
