using RedisKit.Protocol;

namespace RedisKit.Commands;

/// <summary>
/// Turns one reply frame (never an error: those are mapped before parsing) into a typed result.
/// Implemented by structs; a parser may carry state, such as the buffer a value is copied into.
/// </summary>
internal interface IReplyParser<T>
{
    T Parse(ref RespReader reader, in ReplyContext context);
}
