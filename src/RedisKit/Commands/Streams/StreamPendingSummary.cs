namespace RedisKit;

/// <summary>
/// The summary form of XPENDING for a consumer group, like redis-py's
/// <c>{"pending", "min", "max", "consumers"}</c> dictionary.
/// </summary>
/// <param name="Pending">How many entries were delivered to the group's consumers and not yet acknowledged.</param>
/// <param name="Min">The smallest pending id; null when nothing is pending.</param>
/// <param name="Max">The largest pending id; null when nothing is pending.</param>
/// <param name="Consumers">Each consumer that has pending entries, with how many; empty when nothing is pending.</param>
public sealed record StreamPendingSummary(long Pending, string? Min, string? Max, IReadOnlyList<StreamPendingConsumer> Consumers);
