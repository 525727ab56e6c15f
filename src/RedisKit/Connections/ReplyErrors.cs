using RedisKit.Commands;

namespace RedisKit.Connections;

/// <summary>
/// What a caller gets when its reply, read whole, could not be parsed. Parsing runs on the
/// connection's reader thread, so every failure is turned into a value here and never escapes.
/// </summary>
internal static class ReplyErrors
{
    /// <summary>
    /// A <see cref="RedisException"/> as is (an error element inside a reply maps to its
    /// <see cref="RedisResponseException"/>); anything else wrapped in a <see cref="RedisProtocolException"/>
    /// naming <paramref name="command"/>.
    /// </summary>
    public static RedisException Contain(Exception exception, CommandInfo? command) => exception switch
    {
        RedisException redis => redis,
        _ => new RedisProtocolException(
            $"The reply to {command?.Name ?? "a command"} could not be read: {exception.GetType().Name}: {exception.Message}", exception),
    };
}
