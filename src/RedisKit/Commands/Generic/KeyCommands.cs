using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>
/// The keyspace commands: existence, deletion, renaming, copying and moving keys, their type,
/// listing them (KEYS, SCAN, RANDOMKEY), their serialized form (DUMP, RESTORE) and how the server
/// stores them (OBJECT). Each definition is the command's one hand-written place.
/// </summary>
internal static class KeyCommands
{
    /// <summary>DEL (redis-py's <c>delete</c>): removes the keys and returns how many existed.</summary>
    /// <param name="keys">The keys to remove.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, long, Int64Parser> Delete(IEnumerable<RedisKey> keys) => new(Cmd.Del, Check.Keys(keys, nameof(keys)), default);

    /// <summary>UNLINK: removes the keys, reclaiming memory in the background; returns how many existed.</summary>
    /// <param name="keys">The keys to remove.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, long, Int64Parser> Unlink(IEnumerable<RedisKey> keys) => new(Cmd.Unlink, Check.Keys(keys, nameof(keys)), default);

    /// <summary>EXISTS: how many of the keys exist (a key named twice counts twice).</summary>
    /// <param name="keys">The keys to look for.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, long, Int64Parser> Exists(IEnumerable<RedisKey> keys) => new(Cmd.Exists, Check.Keys(keys, nameof(keys)), default);

    /// <summary>TOUCH: updates the keys' last access time (for LRU/LFU eviction) and returns how many exist.</summary>
    /// <param name="keys">The keys to touch, at least one.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, long, Int64Parser> Touch(IEnumerable<RedisKey> keys) => new(Cmd.Touch, Check.Keys(keys, nameof(keys)), default);

    /// <summary>TYPE: <c>string</c>, <c>list</c>, <c>set</c>, <c>zset</c>, <c>hash</c>, <c>stream</c>, or <c>none</c> when the key does not exist.</summary>
    [RedisCommand]
    public static Command<Args1, string, KeyTypeParser> Type(RedisKey key) => new(Cmd.Type, new Args1(Check.Key(key)), default);

    /// <summary>RENAME: renames <paramref name="source"/>, replacing <paramref name="destination"/>. A missing source is a <see cref="RedisResponseException"/>.</summary>
    [RedisCommand]
    public static Command<Args2, bool, BooleanParser> Rename(RedisKey source, RedisKey destination) =>
        new(Cmd.Rename, new Args2(Check.Key(source, nameof(source)), Check.Key(destination, nameof(destination))), default);

    /// <summary>RENAMENX: renames only if <paramref name="destination"/> does not exist; true when renamed.</summary>
    [RedisCommand]
    public static Command<Args2, bool, BooleanParser> RenameNx(RedisKey source, RedisKey destination) =>
        new(Cmd.RenameNx, new Args2(Check.Key(source, nameof(source)), Check.Key(destination, nameof(destination))), default);

    /// <summary>
    /// COPY: copies the value of <paramref name="source"/> to <paramref name="destination"/>, in the same
    /// database or in <paramref name="destinationDb"/>; true when copied. An existing destination is left
    /// alone (false) unless <paramref name="replace"/> is set.
    /// </summary>
    [RedisCommand]
    public static Command<ArgList, bool, BooleanParser> Copy(RedisKey source, RedisKey destination, int? destinationDb = null, bool replace = false)
    {
        var args = new ArgListBuilder(5);
        args.Add(Check.Key(source, nameof(source)));
        args.Add(Check.Key(destination, nameof(destination)));
        if (destinationDb is { } db)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(db, nameof(destinationDb));
            args.Add("DB");
            args.Add(db);
        }

        if (replace)
        {
            args.Add("REPLACE");
        }

        return new(Cmd.Copy, args.Build(), default);
    }

    /// <summary>
    /// MOVE: moves the key to database <paramref name="db"/>; true when moved, false when the key does not
    /// exist here or already exists there.
    /// </summary>
    [RedisCommand]
    public static Command<Args2, bool, BooleanParser> Move(RedisKey key, int db)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(db);
        return new(Cmd.Move, new Args2(Check.Key(key), db), default);
    }

    /// <summary>RANDOMKEY: a key picked at random from the database; null when the database is empty.</summary>
    [RedisCommand]
    public static Command<NoArgs, string?, StringParser> RandomKey() => new(Cmd.RandomKey, default, default);

    /// <summary>KEYS: every key matching <paramref name="pattern"/>. It blocks the server while it walks all keys: prefer <see cref="RedisClient.ScanIterAsync"/>.</summary>
    [RedisCommand]
    public static Command<Args1, string[], StringArrayParser> Keys(string pattern = "*") => new(Cmd.Keys, new Args1(Check.Value(pattern, nameof(pattern))), default);

    /// <summary>SCAN: one page of keys from <paramref name="cursor"/> (start with 0), optionally matching a glob pattern and of one type.</summary>
    [RedisCommand]
    public static Command<ArgList, ScanResult<string>, ScanParser<string, KeyScanItems>> Scan(ulong cursor = 0, string? match = null, long? count = null, string? type = null)
    {
        var args = new ArgListBuilder(7);
        args.Add(ScanArgs.Cursor(cursor));
        ScanArgs.AddOptions(ref args, match, count);
        if (type is not null)
        {
            args.Add("TYPE");
            args.Add(type);
        }

        return new(Cmd.Scan, args.Build(), default);
    }

    /// <summary>
    /// DUMP: the key's value in Redis' serialization format, for <see cref="RedisClient.RestoreAsync(RedisKey, TimeSpan, ReadOnlyMemory{byte}, bool, TimeSpan?, long?, CancellationToken)"/>;
    /// always bytes, whatever <see cref="RedisOptions.DecodeResponses"/> says; null when the key does not exist.
    /// </summary>
    [RedisCommand]
    public static Command<Args1, byte[]?, BytesParser> Dump(RedisKey key) => new(Cmd.Dump, new Args1(Check.Key(key)), default);

    /// <summary>RESTORE: creates <paramref name="key"/> from a <see cref="RedisClient.DumpAsync"/> payload; true when done.</summary>
    /// <param name="key">The key to create. If it exists, Redis answers BUSYKEY (a <see cref="RedisResponseException"/>) unless <paramref name="replace"/> is set.</param>
    /// <param name="ttl">The key's time to live, in whole milliseconds; <see cref="TimeSpan.Zero"/> for no expiry.</param>
    /// <param name="serializedValue">What DUMP returned.</param>
    /// <param name="replace">Replace an existing key (REPLACE).</param>
    /// <param name="idleTime">The key's idle time for LRU eviction, in whole seconds (IDLETIME); excludes <paramref name="frequency"/>.</param>
    /// <param name="frequency">The key's LFU access counter, 0 to 255 (FREQ); excludes <paramref name="idleTime"/>.</param>
    [RedisCommand]
    public static Command<ArgList, bool, BooleanParser> Restore(RedisKey key, TimeSpan ttl, ReadOnlyMemory<byte> serializedValue, bool replace = false,
        TimeSpan? idleTime = null, long? frequency = null)
    {
        if (ttl < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ttl), ttl, "The time to live cannot be negative; use TimeSpan.Zero for no expiry.");
        }

        return Restore(key, TimeArgs.WholeUnits(ttl, TimeSpan.TicksPerMillisecond, nameof(ttl)), absTtl: false, serializedValue, replace, idleTime, frequency);
    }

    /// <summary>RESTORE ... ABSTTL: creates <paramref name="key"/> from a <see cref="RedisClient.DumpAsync"/> payload, expiring at <paramref name="expireAt"/>; true when done.</summary>
    /// <param name="key">The key to create. If it exists, Redis answers BUSYKEY (a <see cref="RedisResponseException"/>) unless <paramref name="replace"/> is set.</param>
    /// <param name="expireAt">When the key expires, to the millisecond; a time already past creates no key.</param>
    /// <param name="serializedValue">What DUMP returned.</param>
    /// <param name="replace">Replace an existing key (REPLACE).</param>
    /// <param name="idleTime">The key's idle time for LRU eviction, in whole seconds (IDLETIME); excludes <paramref name="frequency"/>.</param>
    /// <param name="frequency">The key's LFU access counter, 0 to 255 (FREQ); excludes <paramref name="idleTime"/>.</param>
    [RedisCommand(Name = "Restore")]
    public static Command<ArgList, bool, BooleanParser> RestoreAt(RedisKey key, DateTimeOffset expireAt, ReadOnlyMemory<byte> serializedValue, bool replace = false,
        TimeSpan? idleTime = null, long? frequency = null) =>
        Restore(key, TimeArgs.UnixMilliseconds(expireAt, nameof(expireAt)), absTtl: true, serializedValue, replace, idleTime, frequency);

    /// <summary>
    /// RESTORE with <paramref name="ttl"/> in milliseconds (0: no expiry), or with a Unix time in
    /// milliseconds when <paramref name="absTtl"/> is set.
    /// </summary>
    internal static Command<ArgList, bool, BooleanParser> Restore(RedisKey key, long ttl, bool absTtl, ReadOnlyMemory<byte> serializedValue, bool replace,
        TimeSpan? idleTime, long? frequency)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ttl, nameof(ttl));
        if (serializedValue.IsEmpty)
        {
            throw new ArgumentException("The serialized value is empty; pass what DUMP returned (DUMP gives null for a missing key).", nameof(serializedValue));
        }

        if (idleTime is not null && frequency is not null)
        {
            throw new ArgumentException("IDLETIME and FREQ exclude each other: give idleTime or frequency, not both.", nameof(frequency));
        }

        var args = new ArgListBuilder(8);
        args.Add(Check.Key(key));
        args.Add(ttl);
        args.Add(serializedValue);
        if (replace)
        {
            args.Add("REPLACE");
        }

        if (absTtl)
        {
            args.Add("ABSTTL");
        }

        if (idleTime is { } idle)
        {
            if (idle < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(idleTime), idle, "The idle time cannot be negative.");
            }

            args.Add("IDLETIME");
            args.Add(TimeArgs.WholeUnits(idle, TimeSpan.TicksPerSecond, nameof(idleTime)));
        }

        if (frequency is { } freq)
        {
            // The LFU counter is one byte.
            ArgumentOutOfRangeException.ThrowIfNegative(freq, nameof(frequency));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(freq, 255, nameof(frequency));
            args.Add("FREQ");
            args.Add(freq);
        }

        return new(Cmd.Restore, args.Build(), default);
    }

    /// <summary>OBJECT ENCODING: how Redis stores the value (<c>listpack</c>, <c>hashtable</c>, <c>int</c>, <c>embstr</c>...); null when the key does not exist.</summary>
    [RedisCommand]
    public static Command<Args1, string?, StringParser> ObjectEncoding(RedisKey key) => new(Cmd.ObjectEncoding, new Args1(Check.Key(key)), default);

    /// <summary>
    /// OBJECT FREQ: the key's logarithmic access counter; null when the key does not exist. Only when the
    /// server's <c>maxmemory-policy</c> is an LFU one: otherwise Redis answers with an error (a <see cref="RedisResponseException"/>).
    /// </summary>
    [RedisCommand]
    public static Command<Args1, long?, NullableInt64Parser> ObjectFreq(RedisKey key) => new(Cmd.ObjectFreq, new Args1(Check.Key(key)), default);

    /// <summary>
    /// OBJECT IDLETIME: how long since the key was last read or written, to the second; null when the key
    /// does not exist. Under an LFU <c>maxmemory-policy</c> Redis answers with an error instead (a <see cref="RedisResponseException"/>).
    /// </summary>
    [RedisCommand]
    public static Command<Args1, TimeSpan?, NullableDurationParser> ObjectIdleTime(RedisKey key) =>
        new(Cmd.ObjectIdleTime, new Args1(Check.Key(key)), new NullableDurationParser(TimeSpan.TicksPerSecond));

    /// <summary>OBJECT REFCOUNT: how many references the server holds to the value; null when the key does not exist.</summary>
    [RedisCommand]
    public static Command<Args1, long?, NullableInt64Parser> ObjectRefCount(RedisKey key) => new(Cmd.ObjectRefCount, new Args1(Check.Key(key)), default);
}
