namespace RedisKit;

public sealed partial class RedisClient
{
    /// <summary>
    /// A lock on <paramref name="name"/>, as redis-py's <c>lock()</c>: it expires after
    /// <paramref name="timeout"/> (null: never), and acquiring it waits
    /// (<paramref name="blocking"/>) up to <paramref name="blockingTimeout"/>, polling every
    /// <paramref name="sleep"/> (default 100 ms). No I/O happens until <see cref="RedisLock.AcquireAsync"/>.
    /// </summary>
    public RedisLock Lock(RedisKey name, TimeSpan? timeout = null, TimeSpan? sleep = null, bool blocking = true, TimeSpan? blockingTimeout = null) =>
        new(this, name, timeout, sleep ?? TimeSpan.FromMilliseconds(100), blocking, blockingTimeout);
}
