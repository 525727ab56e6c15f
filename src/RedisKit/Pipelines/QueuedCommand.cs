using System.Text;
using RedisKit.Commands;
using RedisKit.Protocol;

namespace RedisKit.Pipelines;

/// <summary>A command waiting in a pipeline: its definition, kept whole until the batch is written.</summary>
internal abstract class QueuedCommand
{
    public abstract CommandInfo Info { get; }

    /// <summary>The script this command runs by SHA, which must be loaded before the batch leaves.</summary>
    public virtual Script? Script => null;

    public abstract void WriteTo(ref RespWriter writer, Encoding encoding);

    /// <summary>Parses this command's reply with its own parser; the result is boxed for the results list.</summary>
    public abstract object? Parse(ref RespReader reader, in ReplyContext context);
}

/// <summary>A queued command of one definition's types.</summary>
internal sealed class QueuedCommand<TArgs, T, TParser>(Command<TArgs, T, TParser> command, Script? script = null) : QueuedCommand
    where TArgs : struct, ICommandArgs
    where TParser : struct, IReplyParser<T>
{
    public override CommandInfo Info => command.Info;

    public override Script? Script => script;

    public override void WriteTo(ref RespWriter writer, Encoding encoding) => command.WriteTo(ref writer, encoding);

    public override object? Parse(ref RespReader reader, in ReplyContext context) => command.Parser.Parse(ref reader, context);
}
