namespace RedisKit;

/// <summary>
/// One consumer of a group, as XINFO CONSUMERS describes it. RESP3 answers with maps and RESP2 with
/// flat arrays; both give this.
/// </summary>
/// <param name="Name">The consumer's name.</param>
/// <param name="Pending">How many entries it has been delivered and not yet acknowledged.</param>
/// <param name="Idle">How long since it last tried to read or claim, to the millisecond.</param>
/// <param name="Inactive">
/// How long since it last read or claimed something successfully; null before Redis 7.2, or when it
/// never has.
/// </param>
public sealed record StreamConsumerInfo(string Name, long Pending, TimeSpan Idle, TimeSpan? Inactive);
