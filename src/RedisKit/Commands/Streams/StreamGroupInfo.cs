namespace RedisKit;

/// <summary>
/// One consumer group, as XINFO GROUPS describes it. RESP3 answers with maps and RESP2 with flat
/// arrays; both give this. Fields that older servers do not report are null.
/// </summary>
/// <param name="Name">The group's name.</param>
/// <param name="Consumers">The number of consumers in the group.</param>
/// <param name="Pending">How many entries were delivered to its consumers and not yet acknowledged.</param>
/// <param name="LastDeliveredId">The id of the last entry delivered to the group.</param>
/// <param name="EntriesRead">
/// The logical read counter of the group (how many entries it has read); null before Redis 7.0, or
/// when Redis cannot tell.
/// </param>
/// <param name="Lag">
/// How many entries are still waiting to be delivered to the group; null before Redis 7.0, or when
/// Redis cannot tell (after deletions, for instance).
/// </param>
public sealed record StreamGroupInfo(string Name, long Consumers, long Pending, string LastDeliveredId, long? EntriesRead, long? Lag);
