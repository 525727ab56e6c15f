using System.Text;
using RedisKit.Protocol;

namespace RedisKit.Connections;

/// <summary>
/// Several commands that must leave together, back to back (a pipeline, a MULTI..EXEC block): the
/// connection encodes all of them, with their replies in the FIFO, under one lock.
/// </summary>
internal abstract class OutgoingBatch
{
    public abstract int Count { get; }

    public abstract void WriteCommand(int index, ref RespWriter writer, Encoding encoding);

    public abstract PendingReply GetReply(int index);
}
