using System.Collections.Concurrent;
using System.Text;
using RedisKit.Commands;
using RedisKit.Protocol;

namespace RedisKit.Connections;

/// <summary>What one call into the connection's write path encodes, and the replies it queues. Structs, so nothing is boxed.</summary>
internal interface IOutgoingWrite
{
    int ReplyCount { get; }

    void Write(ref RespWriter writer, Encoding encoding);

    void EnqueueReplies(ConcurrentQueue<PendingReply> fifo);
}

/// <summary>One command, with its reply, or without one when the answer comes as a push.</summary>
internal readonly struct OutgoingCommand<TArgs, T, TParser>(Command<TArgs, T, TParser> command, PendingReply? reply) : IOutgoingWrite
    where TArgs : struct, ICommandArgs
    where TParser : struct, IReplyParser<T>
{
    public int ReplyCount => reply is null ? 0 : 1;

    public void Write(ref RespWriter writer, Encoding encoding) => command.WriteTo(ref writer, encoding);

    public void EnqueueReplies(ConcurrentQueue<PendingReply> fifo) => fifo.Enqueue(reply!);
}

/// <summary>A pipeline or transaction: every command, then every reply.</summary>
internal readonly struct OutgoingBatchWrite(OutgoingBatch batch) : IOutgoingWrite
{
    public int ReplyCount => batch.Count;

    public void Write(ref RespWriter writer, Encoding encoding)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            batch.WriteCommand(i, ref writer, encoding);
        }
    }

    public void EnqueueReplies(ConcurrentQueue<PendingReply> fifo)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            fifo.Enqueue(batch.GetReply(i));
        }
    }
}
