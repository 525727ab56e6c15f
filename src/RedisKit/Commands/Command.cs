using System.Text;
using RedisKit.Protocol;

namespace RedisKit.Commands;

/// <summary>
/// One command ready to run: what it is, its arguments and how its reply is parsed. Built by the
/// definitions in the <c>*Commands</c> classes and run unchanged by the client and the pipeline.
/// </summary>
internal readonly struct Command<TArgs, T, TParser>(CommandInfo info, TArgs args, TParser parser)
    where TArgs : struct, ICommandArgs
    where TParser : struct, IReplyParser<T>
{
    public CommandInfo Info { get; } = info;

    public TArgs Args { get; } = args;

    public TParser Parser { get; } = parser;

    /// <summary>
    /// How much longer than the socket timeout the reply may take (a blocking command's own
    /// wait), in milliseconds; -1 for no limit.
    /// </summary>
    public long ExtraTimeoutMilliseconds { get; init; }

    /// <summary>Writes the whole command as a RESP array.</summary>
    public void WriteTo(ref RespWriter writer, Encoding encoding)
    {
        writer.WriteArrayHeader(Info.WordCount + Args.Count);
        writer.WriteRaw(Info.Preformatted);
        Args.WriteTo(ref writer, encoding);
    }
}
