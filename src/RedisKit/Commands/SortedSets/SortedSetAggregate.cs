namespace RedisKit;

/// <summary>How ZUNION, ZINTER and their STORE forms combine the scores of a member found in several sets (AGGREGATE).</summary>
public enum SortedSetAggregate
{
    /// <summary>The sum of the (weighted) scores: Redis' default.</summary>
    Sum,

    /// <summary>The smallest (weighted) score.</summary>
    Min,

    /// <summary>The largest (weighted) score.</summary>
    Max,
}
