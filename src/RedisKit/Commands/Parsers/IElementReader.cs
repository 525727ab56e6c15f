using RedisKit.Protocol;

namespace RedisKit.Commands.Parsers;

/// <summary>
/// Reads one element of an array reply for <see cref="ReplyShapes.Array{T, TElement}"/>. Implemented
/// by structs, so the array loop is compiled once per element reader, with no delegate or boxing.
/// </summary>
internal interface IElementReader<T>
{
    T ReadElement(ref RespReader reader, in ReplyContext context);
}
