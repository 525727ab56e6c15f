using RedisKit.Protocol;

namespace RedisKit.Commands.Parsers;

/// <summary>INFO: <c># Section</c> headers followed by <c>field:value</c> lines.</summary>
internal readonly struct InfoParser : IReplyParser<RedisServerInfo>
{
    public RedisServerInfo Parse(ref RespReader reader, in ReplyContext context) =>
        RedisServerInfo.Parse(reader.ReadString(context.Encoding) ?? string.Empty);
}
