using System.Text;
using RedisKit.Commands;
using RedisKit.Commands.Parsers;
using RedisKit.Connections;
using RedisKit.Protocol;

namespace RedisKit.Cluster;

/// <summary>
/// ASKING followed by the redirected command, written back to back under the connection's write
/// lock: ASKING only lets the very next command on its connection reach the slot being imported,
/// so no other caller's command may come between them.
/// </summary>
internal sealed class AskingBatch<TArgs, T, TParser> : OutgoingBatch
    where TArgs : struct, ICommandArgs
    where TParser : struct, IReplyParser<T>
{
    private readonly Command<TArgs, T, TParser> _command;
    private readonly PendingReply<bool, BooleanParser> _asking;
    private readonly PendingReply<T, TParser> _reply;

    public AskingBatch(in Command<TArgs, T, TParser> command, CancellationToken cancellationToken)
    {
        _command = command;
        _asking = PendingReply<bool, BooleanParser>.Rent(default, Cmd.Asking, cancellationToken);
        _reply = PendingReply<T, TParser>.Rent(command.Parser, command.Info, cancellationToken);
        _reply.ExtraTimeoutMilliseconds = command.ExtraTimeoutMilliseconds;
    }

    public override int Count => 2;

    public override void WriteCommand(int index, ref RespWriter writer, Encoding encoding)
    {
        if (index == 0)
        {
            writer.WriteArrayHeader(1);
            writer.WriteRaw(Cmd.Asking.Preformatted);
        }
        else
        {
            _command.WriteTo(ref writer, encoding);
        }
    }

    public override PendingReply GetReply(int index) => index == 0 ? _asking : _reply;

    /// <summary>Sends both, or returns false (nothing sent, both replies given back) when the connection is closed.</summary>
    public bool TrySend(RedisConnection connection)
    {
        bool sent;
        try
        {
            sent = connection.TrySendBatch(this);
        }
        catch
        {
            Discard();
            throw;
        }

        if (!sent)
        {
            Discard();
        }

        return sent;
    }

    /// <summary>The command's reply. ASKING's own answer is read and dropped: were it refused, the command's reply says why.</summary>
    public async ValueTask<T> ResultAsync()
    {
        try
        {
            await _asking.Task.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or OperationCanceledException)
        {
            // The command's own reply carries the outcome (and the same connection failure, if any).
        }

        return await _reply.Task.ConfigureAwait(false);
    }

    private void Discard()
    {
        _asking.Discard();
        _reply.Discard();
    }
}
