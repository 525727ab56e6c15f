namespace RedisKit;

/// <summary>One consumer's share of a group's pending entries, as the XPENDING summary lists it.</summary>
/// <param name="Name">The consumer's name.</param>
/// <param name="Pending">How many entries it has been delivered and not yet acknowledged.</param>
public readonly record struct StreamPendingConsumer(string Name, long Pending);
