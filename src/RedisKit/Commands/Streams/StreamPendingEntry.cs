namespace RedisKit;

/// <summary>
/// One pending entry, as the extended form of XPENDING lists it: redis-py's
/// <c>{"message_id", "consumer", "time_since_delivered", "times_delivered"}</c>.
/// </summary>
/// <param name="MessageId">The entry's id.</param>
/// <param name="Consumer">The consumer that owns it (was last delivered it).</param>
/// <param name="TimeSinceDelivered">How long ago it was last delivered (its idle time), to the millisecond.</param>
/// <param name="TimesDelivered">How many times it has been delivered, claims included.</param>
public readonly record struct StreamPendingEntry(string MessageId, string Consumer, TimeSpan TimeSinceDelivered, long TimesDelivered);
