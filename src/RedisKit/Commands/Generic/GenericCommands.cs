using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>Definitions of the keyspace commands beyond <see cref="KeyCommands"/>, and of WAIT.</summary>
internal static class GenericCommands
{
    public static Command<ArgList, bool, BooleanParser> Copy(RedisKey source, RedisKey destination, int? destinationDb, bool replace)
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

    public static Command<Args1, byte[]?, BytesParser> Dump(RedisKey key) => new(Cmd.Dump, new Args1(Check.Key(key)), default);

    /// <summary>
    /// RESTORE with <paramref name="ttl"/> in milliseconds (0: no expiry), or with a Unix time in
    /// milliseconds when <paramref name="absTtl"/> is set.
    /// </summary>
    public static Command<ArgList, bool, BooleanParser> Restore(RedisKey key, long ttl, bool absTtl, ReadOnlyMemory<byte> serializedValue, bool replace,
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
            args.Add(RedisClient.WholeUnits(idle, TimeSpan.TicksPerSecond, nameof(idleTime)));
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

    public static Command<Args1, string?, StringParser> ObjectEncoding(RedisKey key) => new(Cmd.ObjectEncoding, new Args1(Check.Key(key)), default);

    public static Command<Args1, long?, NullableInt64Parser> ObjectFreq(RedisKey key) => new(Cmd.ObjectFreq, new Args1(Check.Key(key)), default);

    public static Command<Args1, TimeSpan?, NullableDurationParser> ObjectIdleTime(RedisKey key) =>
        new(Cmd.ObjectIdleTime, new Args1(Check.Key(key)), new NullableDurationParser(TimeSpan.TicksPerSecond));

    public static Command<Args1, long?, NullableInt64Parser> ObjectRefCount(RedisKey key) => new(Cmd.ObjectRefCount, new Args1(Check.Key(key)), default);

    /// <summary>SORT or SORT_RO returning the sorted elements (or what the GET patterns fetched; nil where nothing was found).</summary>
    public static Command<ArgList, string?[], NullableStringArrayParser> Sort(CommandInfo command, RedisKey key, long? start, long? num, string? by,
        IEnumerable<string>? get, bool desc, bool alpha) =>
        new(command, SortArgs(key, start, num, by, get, desc, alpha, default), default);

    /// <summary>SORT ... STORE: stores the result as a list at <paramref name="destination"/> and returns its length.</summary>
    public static Command<ArgList, long, Int64Parser> SortStore(RedisKey key, RedisKey destination, long? start, long? num, string? by,
        IEnumerable<string>? get, bool desc, bool alpha) =>
        new(Cmd.SortStore, SortArgs(key, start, num, by, get, desc, alpha, Check.Key(destination, nameof(destination))), default);

    public static Command<ArgList, long, Int64Parser> Touch(IEnumerable<RedisKey> keys) => new(Cmd.Touch, Check.Keys(keys, nameof(keys)), default);

    public static Command<NoArgs, string?, StringParser> RandomKey() => new(Cmd.RandomKey, default, default);

    public static Command<Args1, DateTimeOffset?, UnixTimeParser> ExpireTime(RedisKey key) =>
        new(Cmd.ExpireTime, new Args1(Check.Key(key)), new UnixTimeParser(milliseconds: false));

    public static Command<Args1, DateTimeOffset?, UnixTimeParser> PExpireTime(RedisKey key) =>
        new(Cmd.PExpireTime, new Args1(Check.Key(key)), new UnixTimeParser(milliseconds: true));

    public static Command<Args2, bool, BooleanParser> Move(RedisKey key, int db)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(db);
        return new(Cmd.Move, new Args2(Check.Key(key), db), default);
    }

    /// <summary>
    /// WAIT: the server holds the reply until enough replicas acknowledge or the timeout passes, so
    /// the reply may come that much later than the socket timeout allows.
    /// </summary>
    public static Command<Args2, long, Int64Parser> Wait(int numReplicas, TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numReplicas);
        return new(Cmd.Wait, new Args2(numReplicas, BlockingTimeout.Milliseconds(timeout, nameof(timeout))), default)
        {
            ExtraTimeoutMilliseconds = BlockingTimeout.ExtraMilliseconds(timeout),
        };
    }

    /// <summary>SORT's options, in the order Redis documents them (and redis-py sends them).</summary>
    internal static ArgList SortArgs(RedisKey key, long? start, long? num, string? by, IEnumerable<string>? get, bool desc, bool alpha, RedisValue store)
    {
        if (start.HasValue != num.HasValue)
        {
            throw new ArgumentException("start and num go together: give both (LIMIT start num) or neither.", start.HasValue ? nameof(num) : nameof(start));
        }

        var args = new ArgListBuilder(8);
        args.Add(Check.Key(key));
        if (by is not null)
        {
            ArgumentException.ThrowIfNullOrEmpty(by);
            args.Add("BY");
            args.Add(by);
        }

        if (start is { } offset)
        {
            args.Add("LIMIT");
            args.Add(offset);
            args.Add(num!.Value);
        }

        if (get is not null)
        {
            foreach (var pattern in get)
            {
                if (string.IsNullOrEmpty(pattern))
                {
                    throw new ArgumentException("A GET pattern cannot be null or empty; use \"#\" for the element itself.", nameof(get));
                }

                args.Add("GET");
                args.Add(pattern);
            }
        }

        if (desc)
        {
            args.Add("DESC");
        }

        if (alpha)
        {
            args.Add("ALPHA");
        }

        if (!store.IsNull)
        {
            args.Add("STORE");
            args.Add(store);
        }

        return args.Build();
    }
}
