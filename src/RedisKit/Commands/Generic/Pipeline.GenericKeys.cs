using RedisKit.Commands;

namespace RedisKit;

public sealed partial class Pipeline
{
    /// <summary>Queues COPY (result: bool).</summary>
    public Pipeline Copy(RedisKey source, RedisKey destination, int? destinationDb = null, bool replace = false) =>
        Queue(GenericCommands.Copy(source, destination, destinationDb, replace));

    /// <summary>Queues DUMP (result: byte[] or null).</summary>
    public Pipeline Dump(RedisKey key) => Queue(GenericCommands.Dump(key));

    /// <summary>Queues RESTORE with a time to live in whole milliseconds, zero for none (result: bool).</summary>
    public Pipeline Restore(RedisKey key, TimeSpan ttl, ReadOnlyMemory<byte> serializedValue, bool replace = false, TimeSpan? idleTime = null, long? frequency = null)
    {
        if (ttl < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ttl), ttl, "The time to live cannot be negative; use TimeSpan.Zero for no expiry.");
        }

        return Queue(GenericCommands.Restore(key, RedisClient.WholeUnits(ttl, TimeSpan.TicksPerMillisecond, nameof(ttl)), absTtl: false, serializedValue, replace,
            idleTime, frequency));
    }

    /// <summary>Queues RESTORE ... ABSTTL (result: bool).</summary>
    public Pipeline Restore(RedisKey key, DateTimeOffset expireAt, ReadOnlyMemory<byte> serializedValue, bool replace = false, TimeSpan? idleTime = null,
        long? frequency = null) =>
        Queue(GenericCommands.Restore(key, RedisClient.UnixMilliseconds(expireAt, nameof(expireAt)), absTtl: true, serializedValue, replace, idleTime, frequency));

    /// <summary>Queues OBJECT ENCODING (result: string or null).</summary>
    public Pipeline ObjectEncoding(RedisKey key) => Queue(GenericCommands.ObjectEncoding(key));

    /// <summary>Queues OBJECT FREQ (result: long or null).</summary>
    public Pipeline ObjectFreq(RedisKey key) => Queue(GenericCommands.ObjectFreq(key));

    /// <summary>Queues OBJECT IDLETIME (result: TimeSpan or null).</summary>
    public Pipeline ObjectIdleTime(RedisKey key) => Queue(GenericCommands.ObjectIdleTime(key));

    /// <summary>Queues OBJECT REFCOUNT (result: long or null).</summary>
    public Pipeline ObjectRefCount(RedisKey key) => Queue(GenericCommands.ObjectRefCount(key));

    /// <summary>Queues SORT (result: string?[]).</summary>
    public Pipeline Sort(RedisKey key, long? start = null, long? num = null, string? by = null, IReadOnlyCollection<string>? get = null, bool desc = false,
        bool alpha = false) =>
        Queue(GenericCommands.Sort(Cmd.Sort, key, start, num, by, get, desc, alpha));

    /// <summary>Queues SORT ... STORE (result: the stored list's length).</summary>
    public Pipeline SortStore(RedisKey key, RedisKey destination, long? start = null, long? num = null, string? by = null, IReadOnlyCollection<string>? get = null,
        bool desc = false, bool alpha = false) =>
        Queue(GenericCommands.SortStore(key, destination, start, num, by, get, desc, alpha));

    /// <summary>Queues SORT_RO (result: string?[]).</summary>
    public Pipeline SortRo(RedisKey key, long? start = null, long? num = null, string? by = null, IReadOnlyCollection<string>? get = null, bool desc = false,
        bool alpha = false) =>
        Queue(GenericCommands.Sort(Cmd.SortRo, key, start, num, by, get, desc, alpha));

    /// <summary>Queues TOUCH (result: how many exist).</summary>
    public Pipeline Touch(params RedisKey[] keys) => Queue(GenericCommands.Touch(keys));

    /// <summary>Queues RANDOMKEY (result: string or null).</summary>
    public Pipeline RandomKey() => Queue(GenericCommands.RandomKey());

    /// <summary>Queues EXPIRETIME (result: DateTimeOffset or null).</summary>
    public Pipeline ExpireTime(RedisKey key) => Queue(GenericCommands.ExpireTime(key));

    /// <summary>Queues PEXPIRETIME (result: DateTimeOffset or null).</summary>
    public Pipeline PExpireTime(RedisKey key) => Queue(GenericCommands.PExpireTime(key));

    /// <summary>Queues MOVE (result: bool).</summary>
    public Pipeline Move(RedisKey key, int db) => Queue(GenericCommands.Move(key, db));
}
