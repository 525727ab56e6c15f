using System.Buffers;
using System.Text;
using RedisKit.Commands;
using RedisKit.Connections;
using RedisKit.Protocol;

namespace RedisKit.Pipelines;

/// <summary>
/// One execution of a pipeline: the commands as they go out (wrapped in MULTI..EXEC for a
/// transaction), a reply slot per frame the server owes, and one completion for the whole batch,
/// set when the last reply is read or the connection fails.
/// </summary>
internal sealed class PipelineBatch : OutgoingBatch
{
    private readonly IReadOnlyList<QueuedCommand> _commands;
    private readonly bool _transaction;
    private readonly SlotReply[] _replies;
    // Completed inline only from a reply run on the reader thread (see Finish); else through the pool.
    private readonly TaskCompletionSource _done = new();
    private int _remaining;

    public PipelineBatch(IReadOnlyList<QueuedCommand> commands, bool transaction)
    {
        _commands = commands;
        _transaction = transaction;
        Results = new object?[commands.Count];
        QueueErrors = transaction ? new Exception?[commands.Count] : [];
        _replies = new SlotReply[Count];
        for (var i = 0; i < _replies.Length; i++)
        {
            _replies[i] = new SlotReply(this, i);
        }

        _remaining = Count;
    }

    public override int Count => _transaction ? _commands.Count + 2 : _commands.Count;

    /// <summary>Each command's result, or the exception its error reply maps to.</summary>
    public object?[] Results { get; }

    /// <summary>Errors raised while commands were queued inside MULTI (transactions only).</summary>
    public Exception?[] QueueErrors { get; }

    /// <summary>An error reply to MULTI or EXEC itself (EXECABORT...).</summary>
    public Exception? TransactionError { get; private set; }

    /// <summary>True when EXEC answered nil: a watched key changed.</summary>
    public bool WatchFailed { get; private set; }

    public Exception? ConnectionFailure { get; private set; }

    public Task Completion => _done.Task;

    public override void WriteCommand(int index, ref RespWriter writer, Encoding encoding)
    {
        if (!_transaction)
        {
            _commands[index].WriteTo(ref writer, encoding);
            return;
        }

        if (index == 0)
        {
            writer.WriteArrayHeader(1);
            writer.WriteRaw(Cmd.Multi.Preformatted);
        }
        else if (index == Count - 1)
        {
            writer.WriteArrayHeader(1);
            writer.WriteRaw(Cmd.Exec.Preformatted);
        }
        else
        {
            _commands[index - 1].WriteTo(ref writer, encoding);
        }
    }

    public override PendingReply GetReply(int index) => _replies[index];

    /// <summary>Reads one slot's frame; true when it was the last one and the caller waits to be resumed.</summary>
    private bool OnReply(int slot, in ReadOnlySequence<byte> frame, in ReplyContext context)
    {
        var reader = new RespReader(frame);
        try
        {
            if (!_transaction)
            {
                Results[slot] = ReadResult(_commands[slot], ref reader, context);
            }
            else if (slot == 0)
            {
                if (reader.IsError)
                {
                    TransactionError = ErrorPrefix.ToException(reader.ReadError());
                }
            }
            else if (slot < Count - 1)
            {
                if (reader.IsError)
                {
                    QueueErrors[slot - 1] = ErrorPrefix.ToException(reader.ReadError(), _commands[slot - 1].Info);
                }
            }
            else
            {
                ReadExec(ref reader, context);
            }
        }
        catch (Exception ex)
        {
            // Nothing a parser throws may escape the reader thread; the frame was whole, so the
            // connection stays sound and only this batch learns that a reply was malformed.
            TransactionError ??= ReplyErrors.Contain(ex, null);
        }

        return Interlocked.Decrement(ref _remaining) == 0;
    }

    private void ReadExec(ref RespReader reader, in ReplyContext context)
    {
        if (reader.IsError)
        {
            TransactionError = ErrorPrefix.ToException(reader.ReadError());
            return;
        }

        var count = reader.ReadAggregateHeader(out _);
        if (count < 0)
        {
            WatchFailed = true;
            return;
        }

        if (count != _commands.Count)
        {
            throw new RedisProtocolException($"EXEC returned {count} results for {_commands.Count} queued commands.");
        }

        for (var i = 0; i < count; i++)
        {
            Results[i] = ReadResult(_commands[i], ref reader, context);
        }
    }

    private static object? ReadResult(QueuedCommand command, ref RespReader reader, in ReplyContext context)
    {
        if (reader.IsError)
        {
            return ErrorPrefix.ToException(reader.ReadError(), command.Info);
        }

        // Inside EXEC's array the next command's result follows this one, so a parser that stops
        // part-way (at an error element, say) must not leave the rest of its value behind for
        // the next command to read: the reader goes back and skips the value whole.
        var start = reader;
        try
        {
            return command.Parse(ref reader, context);
        }
        catch (Exception ex)
        {
            reader = start;
            reader.Skip();
            return ReplyErrors.Contain(ex, command.Info);
        }
    }

    private void OnFailure(Exception exception)
    {
        ConnectionFailure ??= exception;
        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            Finish(inline: false);
        }
    }

    // The connection's failure on its reader thread: true when this was the last reply owed,
    // and the reader then completes the batch inline (Signal).
    private bool OnFailureLater(Exception exception)
    {
        ConnectionFailure ??= exception;
        return Interlocked.Decrement(ref _remaining) == 0;
    }

    private void Finish(bool inline)
    {
        if (inline)
        {
            _done.TrySetResult();
        }
        else
        {
            ThreadPool.UnsafeQueueUserWorkItem(static batch => batch._done.TrySetResult(), this, preferLocal: false);
        }
    }

    /// <summary>The reply slot of one frame of the batch.</summary>
    private sealed class SlotReply(PipelineBatch batch, int slot) : PendingReply
    {
        public override bool Read(in ReadOnlySequence<byte> frame, in ReplyContext context) => batch.OnReply(slot, frame, context);

        public override void Signal(bool inline) => batch.Finish(inline);

        public override void Fail(Exception exception) => batch.OnFailure(exception);

        public override bool FailLater(Exception exception) => batch.OnFailureLater(exception);
    }
}
