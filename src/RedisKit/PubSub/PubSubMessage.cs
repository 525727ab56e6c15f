namespace RedisKit;

/// <summary>
/// One message received by a <see cref="PubSub"/>, shaped as redis-py's message dictionary.
/// <see cref="Type"/> is <c>message</c>, <c>pmessage</c> or <c>smessage</c> for published data,
/// <c>subscribe</c>, <c>unsubscribe</c>, <c>psubscribe</c>, <c>punsubscribe</c>, <c>ssubscribe</c> or
/// <c>sunsubscribe</c> for confirmations (whose <see cref="Data"/> is the subscription count), or
/// <c>pong</c>.
/// </summary>
/// <param name="Type">The kind of message.</param>
/// <param name="Pattern">The pattern that matched, for <c>pmessage</c>; otherwise null.</param>
/// <param name="Channel">The channel (or pattern, for pattern confirmations); null when the server names none.</param>
/// <param name="Data">
/// The payload: a string when <see cref="RedisOptions.DecodeResponses"/> is true, a byte array when
/// false; a <see cref="long"/> count for confirmations.
/// </param>
public sealed record PubSubMessage(string Type, string? Pattern, string? Channel, object? Data)
{
    /// <summary>True for published data (<c>message</c>, <c>pmessage</c>, <c>smessage</c>).</summary>
    public bool IsData => Type is "message" or "pmessage" or "smessage";

    /// <summary>The payload as text, whichever form it arrived in (bytes are decoded as UTF-8).</summary>
    public string? DataAsString => Data switch
    {
        null => null,
        string text => text,
        byte[] bytes => System.Text.Encoding.UTF8.GetString(bytes),
        IFormattable number => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => Data.ToString(),
    };

    /// <summary>The payload as bytes, whichever form it arrived in (text is encoded as UTF-8).</summary>
    public byte[]? DataAsBytes => Data switch
    {
        null => null,
        byte[] bytes => bytes,
        _ => System.Text.Encoding.UTF8.GetBytes(DataAsString ?? string.Empty),
    };
}
