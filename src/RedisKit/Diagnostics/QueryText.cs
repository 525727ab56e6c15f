using System.Buffers;
using System.Text;
using RedisKit.Commands;
using RedisKit.Protocol;

namespace RedisKit.Diagnostics;

/// <summary>
/// The sanitized <c>db.query.text</c> of a command: its name and keys, every other argument as
/// <c>?</c>. Built from the encoded command itself, so it can never show what was not sent, and
/// only when query text capture is on.
/// </summary>
internal static class QueryText
{
    private const int MaxArguments = 32;

    public static string Sanitize<TArgs, T, TParser>(in Command<TArgs, T, TParser> command, Encoding encoding)
        where TArgs : struct, ICommandArgs
        where TParser : struct, IReplyParser<T>
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new RespWriter(buffer);
        command.WriteTo(ref writer, encoding);
        var reader = new RespReader(new ReadOnlySequence<byte>(buffer.WrittenMemory));
        var count = reader.ReadAggregateHeader(out _);
        var info = command.Info;
        var text = new StringBuilder(info.Name);
        var nameWords = info.WordCount;
        if (nameWords == 0)
        {
            // An untyped command carries its name as its first argument; its keys are unknown.
            reader.Skip();
            nameWords = 1;
        }
        else
        {
            for (var i = 0; i < nameWords; i++)
            {
                reader.Skip();
            }
        }

        var arguments = count - nameWords;
        var lastKey = info.LastKey < 0 ? arguments + 1 + info.LastKey : info.LastKey;
        for (var index = 1; index <= arguments; index++)
        {
            if (index == info.KeyCountIndex)
            {
                // The key count is not data: show it, and let it bound which arguments are keys.
                var keyCount = reader.ReadInt64();
                lastKey = info.FirstKey + (int)Math.Clamp(keyCount, 0, arguments) - 1;
                text.Append(' ').Append(keyCount);
                continue;
            }

            if (index > MaxArguments)
            {
                text.Append(" ...");
                break;
            }

            text.Append(' ');
            if (info.WordCount > 0 && IsKey(info, index, lastKey))
            {
                text.Append(reader.ReadString(encoding));
            }
            else
            {
                reader.Skip();
                text.Append('?');
            }
        }

        return text.ToString();
    }

    private static bool IsKey(CommandInfo info, int index, int lastKey) =>
        info.FirstKey > 0 && index >= info.FirstKey && index <= lastKey && (index - info.FirstKey) % info.KeyStep == 0;
}
