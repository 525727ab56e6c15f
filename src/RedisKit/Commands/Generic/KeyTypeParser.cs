using RedisKit.Protocol;

namespace RedisKit.Commands.Parsers;

/// <summary>TYPE's reply; a nil reply (which Redis does not send) reads as <c>none</c>, the type of a missing key.</summary>
internal readonly struct KeyTypeParser : IReplyParser<string>
{
    public string Parse(ref RespReader reader, in ReplyContext context) => reader.ReadString(context.Encoding) ?? "none";
}
