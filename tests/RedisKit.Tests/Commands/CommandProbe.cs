using System.Buffers;
using System.Text;
using RedisKit.Commands;
using RedisKit.Diagnostics;
using RedisKit.Protocol;

namespace RedisKit.Tests.Commands;

/// <summary>Looks at commands and parsers from outside: the bytes a command writes, and what a parser makes of a frame.</summary>
internal static class CommandProbe
{
    /// <summary>The command as RESP, UTF-8 for strings.</summary>
    public static byte[] Encode<TArgs, T, TParser>(Command<TArgs, T, TParser> command)
        where TArgs : struct, ICommandArgs
        where TParser : struct, IReplyParser<T>
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new RespWriter(buffer);
        command.WriteTo(ref writer, Encoding.UTF8);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The command as RESP text.</summary>
    public static string EncodeText<TArgs, T, TParser>(Command<TArgs, T, TParser> command)
        where TArgs : struct, ICommandArgs
        where TParser : struct, IReplyParser<T> => Encoding.UTF8.GetString(Encode(command));

    /// <summary>The command's bulk strings joined by spaces, for readable expectations.</summary>
    public static string Words<TArgs, T, TParser>(Command<TArgs, T, TParser> command)
        where TArgs : struct, ICommandArgs
        where TParser : struct, IReplyParser<T>
    {
        var reader = new RespReader(new ReadOnlySequence<byte>(Encode(command)));
        var count = reader.ReadAggregateHeader(out _);
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = reader.ReadString(Encoding.UTF8) ?? string.Empty;
        }

        return string.Join(' ', words);
    }

    /// <summary>The command as telemetry's query text shows it.</summary>
    public static string Sanitized<TArgs, T, TParser>(Command<TArgs, T, TParser> command)
        where TArgs : struct, ICommandArgs
        where TParser : struct, IReplyParser<T> => QueryText.Sanitize(command, Encoding.UTF8);

    /// <summary>Parses one whole frame (decoded text, RESP3 unless told) and checks nothing was left unread.</summary>
    public static T Parse<T, TParser>(string frame, TParser parser = default, int protocol = 3)
        where TParser : struct, IReplyParser<T>
    {
        var reader = new RespReader(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(frame)));
        var result = parser.Parse(ref reader, new ReplyContext(Encoding.UTF8, true, protocol));
        Assert.True(reader.End, "The parser left part of the frame unread.");
        return result;
    }

    /// <summary>Bytes of a Latin-1 string, for binary expectations written as text.</summary>
    public static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);
}
