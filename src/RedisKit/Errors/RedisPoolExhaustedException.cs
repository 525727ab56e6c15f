namespace RedisKit;

/// <summary>
/// Every connection of the pool (<see cref="RedisOptions.MaxConnections"/>) stayed in use for the
/// whole <see cref="RedisOptions.PoolTimeout"/>.
/// </summary>
public sealed class RedisPoolExhaustedException : RedisException
{
    /// <summary>Creates an exception with a message.</summary>
    public RedisPoolExhaustedException(string message) : base(message) { }

    /// <summary>Creates an exception with a message and the failure that caused it.</summary>
    public RedisPoolExhaustedException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates an exception with a generic message.</summary>
    public RedisPoolExhaustedException() : base("No Redis connection became free within the pool timeout.") { }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
