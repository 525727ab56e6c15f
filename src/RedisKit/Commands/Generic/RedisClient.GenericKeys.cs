using RedisKit.Commands;

namespace RedisKit;

public sealed partial class RedisClient
{
    /// <summary>
    /// COPY: copies the value of <paramref name="source"/> to <paramref name="destination"/>, in the same
    /// database or in <paramref name="destinationDb"/>; true when copied. An existing destination is left
    /// alone (false) unless <paramref name="replace"/> is set.
    /// </summary>
    public ValueTask<bool> CopyAsync(RedisKey source, RedisKey destination, int? destinationDb = null, bool replace = false,
        CancellationToken cancellationToken = default) =>
        RunAsync(GenericCommands.Copy(source, destination, destinationDb, replace), cancellationToken);

    /// <summary>
    /// DUMP: the key's value in Redis' serialization format, for <see cref="RestoreAsync(RedisKey, TimeSpan, ReadOnlyMemory{byte}, bool, TimeSpan?, long?, CancellationToken)"/>;
    /// always bytes, whatever <see cref="RedisOptions.DecodeResponses"/> says; null when the key does not exist.
    /// </summary>
    public ValueTask<byte[]?> DumpAsync(RedisKey key, CancellationToken cancellationToken = default) => RunAsync(GenericCommands.Dump(key), cancellationToken);

    /// <summary>RESTORE: creates <paramref name="key"/> from a <see cref="DumpAsync"/> payload; true when done.</summary>
    /// <param name="key">The key to create. If it exists, Redis answers BUSYKEY (a <see cref="RedisResponseException"/>) unless <paramref name="replace"/> is set.</param>
    /// <param name="ttl">The key's time to live, in whole milliseconds; <see cref="TimeSpan.Zero"/> for no expiry.</param>
    /// <param name="serializedValue">What DUMP returned.</param>
    /// <param name="replace">Replace an existing key (REPLACE).</param>
    /// <param name="idleTime">The key's idle time for LRU eviction, in whole seconds (IDLETIME); excludes <paramref name="frequency"/>.</param>
    /// <param name="frequency">The key's LFU access counter, 0 to 255 (FREQ); excludes <paramref name="idleTime"/>.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<bool> RestoreAsync(RedisKey key, TimeSpan ttl, ReadOnlyMemory<byte> serializedValue, bool replace = false, TimeSpan? idleTime = null,
        long? frequency = null, CancellationToken cancellationToken = default)
    {
        if (ttl < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ttl), ttl, "The time to live cannot be negative; use TimeSpan.Zero for no expiry.");
        }

        return RunAsync(GenericCommands.Restore(key, WholeUnits(ttl, TimeSpan.TicksPerMillisecond, nameof(ttl)), absTtl: false, serializedValue, replace,
            idleTime, frequency), cancellationToken);
    }

    /// <summary>RESTORE ... ABSTTL: creates <paramref name="key"/> from a <see cref="DumpAsync"/> payload, expiring at <paramref name="expireAt"/>; true when done.</summary>
    /// <param name="key">The key to create. If it exists, Redis answers BUSYKEY (a <see cref="RedisResponseException"/>) unless <paramref name="replace"/> is set.</param>
    /// <param name="expireAt">When the key expires, to the millisecond; a time already past creates no key.</param>
    /// <param name="serializedValue">What DUMP returned.</param>
    /// <param name="replace">Replace an existing key (REPLACE).</param>
    /// <param name="idleTime">The key's idle time for LRU eviction, in whole seconds (IDLETIME); excludes <paramref name="frequency"/>.</param>
    /// <param name="frequency">The key's LFU access counter, 0 to 255 (FREQ); excludes <paramref name="idleTime"/>.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<bool> RestoreAsync(RedisKey key, DateTimeOffset expireAt, ReadOnlyMemory<byte> serializedValue, bool replace = false,
        TimeSpan? idleTime = null, long? frequency = null, CancellationToken cancellationToken = default) =>
        RunAsync(GenericCommands.Restore(key, UnixMilliseconds(expireAt, nameof(expireAt)), absTtl: true, serializedValue, replace, idleTime, frequency),
            cancellationToken);

    /// <summary>OBJECT ENCODING: how Redis stores the value (<c>listpack</c>, <c>hashtable</c>, <c>int</c>, <c>embstr</c>...); null when the key does not exist.</summary>
    public ValueTask<string?> ObjectEncodingAsync(RedisKey key, CancellationToken cancellationToken = default) =>
        RunAsync(GenericCommands.ObjectEncoding(key), cancellationToken);

    /// <summary>
    /// OBJECT FREQ: the key's logarithmic access counter; null when the key does not exist. Only when the
    /// server's <c>maxmemory-policy</c> is an LFU one: otherwise Redis answers with an error (a <see cref="RedisResponseException"/>).
    /// </summary>
    public ValueTask<long?> ObjectFreqAsync(RedisKey key, CancellationToken cancellationToken = default) => RunAsync(GenericCommands.ObjectFreq(key), cancellationToken);

    /// <summary>
    /// OBJECT IDLETIME: how long since the key was last read or written, to the second; null when the key
    /// does not exist. Under an LFU <c>maxmemory-policy</c> Redis answers with an error instead (a <see cref="RedisResponseException"/>).
    /// </summary>
    public ValueTask<TimeSpan?> ObjectIdleTimeAsync(RedisKey key, CancellationToken cancellationToken = default) =>
        RunAsync(GenericCommands.ObjectIdleTime(key), cancellationToken);

    /// <summary>OBJECT REFCOUNT: how many references the server holds to the value; null when the key does not exist.</summary>
    public ValueTask<long?> ObjectRefCountAsync(RedisKey key, CancellationToken cancellationToken = default) =>
        RunAsync(GenericCommands.ObjectRefCount(key), cancellationToken);

    /// <summary>
    /// SORT: the elements of a list, set or sorted set, sorted as numbers (or as text with <paramref name="alpha"/>).
    /// With <paramref name="get"/> patterns the result holds, per element, one entry per pattern in order
    /// (redis-py's <c>groups=True</c> would split it into tuples of that size), null where nothing was found.
    /// To store the result instead, use <see cref="SortStoreAsync"/>.
    /// </summary>
    /// <param name="key">The list, set or sorted set.</param>
    /// <param name="start">How many sorted elements to skip (LIMIT); given with <paramref name="num"/> or not at all.</param>
    /// <param name="num">How many elements to return after <paramref name="start"/>; given with <paramref name="start"/> or not at all.</param>
    /// <param name="by">A pattern (<c>weight_*</c>, <c>h_*->field</c>) naming external keys to sort by, or <c>nosort</c> to skip sorting.</param>
    /// <param name="get">Patterns of external keys to return instead of the elements; <c>#</c> is the element itself.</param>
    /// <param name="desc">Sort from largest to smallest.</param>
    /// <param name="alpha">Compare as text rather than as numbers.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<string?[]> SortAsync(RedisKey key, long? start = null, long? num = null, string? by = null, IReadOnlyCollection<string>? get = null,
        bool desc = false, bool alpha = false, CancellationToken cancellationToken = default) =>
        RunAsync(GenericCommands.Sort(Cmd.Sort, key, start, num, by, get, desc, alpha), cancellationToken);

    /// <summary>
    /// SORT ... STORE (redis-py's <c>sort(..., store=destination)</c>): stores the sorted result as a list at
    /// <paramref name="destination"/>, replacing it, and returns the list's length. Options as in <see cref="SortAsync"/>.
    /// </summary>
    /// <param name="key">The list, set or sorted set.</param>
    /// <param name="destination">The list to create or replace.</param>
    /// <param name="start">How many sorted elements to skip (LIMIT); given with <paramref name="num"/> or not at all.</param>
    /// <param name="num">How many elements to keep after <paramref name="start"/>; given with <paramref name="start"/> or not at all.</param>
    /// <param name="by">A pattern naming external keys to sort by, or <c>nosort</c>.</param>
    /// <param name="get">Patterns of external keys to store instead of the elements; <c>#</c> is the element itself.</param>
    /// <param name="desc">Sort from largest to smallest.</param>
    /// <param name="alpha">Compare as text rather than as numbers.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<long> SortStoreAsync(RedisKey key, RedisKey destination, long? start = null, long? num = null, string? by = null,
        IReadOnlyCollection<string>? get = null, bool desc = false, bool alpha = false, CancellationToken cancellationToken = default) =>
        RunAsync(GenericCommands.SortStore(key, destination, start, num, by, get, desc, alpha), cancellationToken);

    /// <summary>SORT_RO: <see cref="SortAsync"/> as a read-only command, which Redis accepts on read-only replicas.</summary>
    /// <param name="key">The list, set or sorted set.</param>
    /// <param name="start">How many sorted elements to skip (LIMIT); given with <paramref name="num"/> or not at all.</param>
    /// <param name="num">How many elements to return after <paramref name="start"/>; given with <paramref name="start"/> or not at all.</param>
    /// <param name="by">A pattern naming external keys to sort by, or <c>nosort</c>.</param>
    /// <param name="get">Patterns of external keys to return instead of the elements; <c>#</c> is the element itself.</param>
    /// <param name="desc">Sort from largest to smallest.</param>
    /// <param name="alpha">Compare as text rather than as numbers.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<string?[]> SortRoAsync(RedisKey key, long? start = null, long? num = null, string? by = null, IReadOnlyCollection<string>? get = null,
        bool desc = false, bool alpha = false, CancellationToken cancellationToken = default) =>
        RunAsync(GenericCommands.Sort(Cmd.SortRo, key, start, num, by, get, desc, alpha), cancellationToken);

    /// <summary>TOUCH: updates the keys' last access time (for LRU/LFU eviction) and returns how many exist.</summary>
    public ValueTask<long> TouchAsync(params RedisKey[] keys) => TouchAsync(keys, CancellationToken.None);

    /// <inheritdoc cref="TouchAsync(RedisKey[])"/>
    /// <param name="keys">The keys to touch, at least one.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<long> TouchAsync(IEnumerable<RedisKey> keys, CancellationToken cancellationToken = default) => RunAsync(GenericCommands.Touch(keys), cancellationToken);

    /// <summary>RANDOMKEY: a key picked at random from the database; null when the database is empty.</summary>
    public ValueTask<string?> RandomKeyAsync(CancellationToken cancellationToken = default) => RunAsync(GenericCommands.RandomKey(), cancellationToken);

    /// <summary>
    /// EXPIRETIME: when the key expires, rounded by Redis to the nearest second. Null both when the key has no expiry and when it does
    /// not exist (Redis answers -1 and -2, which redis-py returns as they are); use <see cref="ExistsAsync(RedisKey[])"/>
    /// to tell them apart.
    /// </summary>
    public ValueTask<DateTimeOffset?> ExpireTimeAsync(RedisKey key, CancellationToken cancellationToken = default) =>
        RunAsync(GenericCommands.ExpireTime(key), cancellationToken);

    /// <summary>PEXPIRETIME: <see cref="ExpireTimeAsync"/> to the millisecond; null when the key has no expiry or does not exist.</summary>
    public ValueTask<DateTimeOffset?> PExpireTimeAsync(RedisKey key, CancellationToken cancellationToken = default) =>
        RunAsync(GenericCommands.PExpireTime(key), cancellationToken);

    /// <summary>
    /// MOVE: moves the key to database <paramref name="db"/>; true when moved, false when the key does not
    /// exist here or already exists there.
    /// </summary>
    public ValueTask<bool> MoveAsync(RedisKey key, int db, CancellationToken cancellationToken = default) => RunAsync(GenericCommands.Move(key, db), cancellationToken);

    internal static long UnixMilliseconds(DateTimeOffset when, string parameterName)
    {
        var milliseconds = when.ToUnixTimeMilliseconds();
        return milliseconds < 0 ? throw new ArgumentOutOfRangeException(parameterName, when, "The time is before the Unix epoch.") : milliseconds;
    }
}
