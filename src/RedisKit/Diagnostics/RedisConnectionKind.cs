namespace RedisKit;

/// <summary>What a connection was used for, as <see cref="RedisConnectionEventArgs"/> reports it.</summary>
public enum RedisConnectionKind
{
    /// <summary>The shared connection that ordinary commands of many callers pipeline over.</summary>
    Shared,

    /// <summary>
    /// A connection leased for exclusive use: a blocking command, a <see cref="RedisClient.Client"/>,
    /// a transaction with WATCH, MONITOR.
    /// </summary>
    Leased,

    /// <summary>The connection of a <see cref="PubSub"/>.</summary>
    PubSub,
}
