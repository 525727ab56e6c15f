using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>The hash commands: each definition is the command's one hand-written place.</summary>
internal static class HashCommands
{
    /// <summary>HSET: sets one field; returns 1 when the field is new, 0 when it was updated.</summary>
    [RedisCommand]
    public static Command<Args3, long, Int64Parser> HSet(RedisKey key, RedisValue field, RedisValue value) =>
        new(Cmd.HSet, new Args3(Check.Key(key), Check.Value(field, nameof(field)), Check.Value(value)), default);

    /// <summary>HSET with a mapping (redis-py's <c>hset(name, mapping=...)</c>): sets every field; returns how many were new.</summary>
    [RedisCommand]
    public static Command<ArgList, long, Int64Parser> HSet(RedisKey key, IEnumerable<KeyValuePair<RedisValue, RedisValue>> mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var args = new ArgListBuilder(1 + (((mapping as ICollection<KeyValuePair<RedisValue, RedisValue>>)?.Count ?? 4) * 2));
        args.Add(Check.Key(key));
        foreach (var pair in mapping)
        {
            args.Add(Check.Value(pair.Key, nameof(mapping)));
            args.Add(Check.Value(pair.Value, nameof(mapping)));
        }

        if (args.Count == 1)
        {
            throw new ArgumentException("The mapping is empty; give at least one field and value.", nameof(mapping));
        }

        return new(Cmd.HSet, args.Build(), default);
    }

    /// <summary>HGET: a field's value as text, or null when the field or key does not exist.</summary>
    [RedisCommand]
    public static Command<Args2, string?, StringParser> HGet(RedisKey key, RedisValue field) =>
        new(Cmd.HGet, new Args2(Check.Key(key), Check.Value(field, nameof(field))), default);

    /// <summary>HGET: a field's value as bytes, or null when the field or key does not exist.</summary>
    [RedisCommand]
    public static Command<Args2, byte[]?, BytesParser> HGetBytes(RedisKey key, RedisValue field) =>
        new(Cmd.HGet, new Args2(Check.Key(key), Check.Value(field, nameof(field))), default);

    /// <summary>HMGET: the values of the fields in order, null where a field does not exist.</summary>
    /// <param name="key">The hash.</param>
    /// <param name="fields">The fields to read.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, string?[], NullableStringArrayParser> HMGet(RedisKey key, IEnumerable<RedisValue> fields) =>
        new(Cmd.HMGet, KeyAndFields(key, fields), default);

    /// <summary>HGETALL: every field and value, as a dictionary under RESP2 and RESP3 alike; empty when the key does not exist.</summary>
    [RedisCommand]
    public static Command<Args1, Dictionary<string, string>, StringDictionaryParser> HGetAll(RedisKey key) => new(Cmd.HGetAll, new Args1(Check.Key(key)), default);

    /// <summary>HDEL: removes fields; returns how many existed.</summary>
    /// <param name="key">The hash.</param>
    /// <param name="fields">The fields to remove.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, long, Int64Parser> HDel(RedisKey key, IEnumerable<RedisValue> fields) => new(Cmd.HDel, KeyAndFields(key, fields), default);

    /// <summary>HEXISTS: whether the field exists.</summary>
    [RedisCommand]
    public static Command<Args2, bool, BooleanParser> HExists(RedisKey key, RedisValue field) =>
        new(Cmd.HExists, new Args2(Check.Key(key), Check.Value(field, nameof(field))), default);

    /// <summary>HLEN: the number of fields; 0 when the key does not exist.</summary>
    [RedisCommand]
    public static Command<Args1, long, Int64Parser> HLen(RedisKey key) => new(Cmd.HLen, new Args1(Check.Key(key)), default);

    /// <summary>HKEYS: every field name.</summary>
    [RedisCommand]
    public static Command<Args1, string[], StringArrayParser> HKeys(RedisKey key) => new(Cmd.HKeys, new Args1(Check.Key(key)), default);

    /// <summary>HVALS: every value.</summary>
    [RedisCommand]
    public static Command<Args1, string[], StringArrayParser> HVals(RedisKey key) => new(Cmd.HVals, new Args1(Check.Key(key)), default);

    /// <summary>HINCRBY: adds <paramref name="amount"/> to an integer field and returns the new value.</summary>
    [RedisCommand]
    public static Command<Args3, long, Int64Parser> HIncrBy(RedisKey key, RedisValue field, long amount = 1) =>
        new(Cmd.HIncrBy, new Args3(Check.Key(key), Check.Value(field, nameof(field)), amount), default);

    /// <summary>HINCRBYFLOAT: adds <paramref name="amount"/> to a numeric field and returns the new value.</summary>
    [RedisCommand]
    public static Command<Args3, double, DoubleParser> HIncrByFloat(RedisKey key, RedisValue field, double amount = 1.0) =>
        new(Cmd.HIncrByFloat, new Args3(Check.Key(key), Check.Value(field, nameof(field)), Check.Finite(amount, nameof(amount))), default);

    /// <summary>HSETNX: sets the field only if it does not exist; true when set.</summary>
    [RedisCommand]
    public static Command<Args3, bool, BooleanParser> HSetNx(RedisKey key, RedisValue field, RedisValue value) =>
        new(Cmd.HSetNx, new Args3(Check.Key(key), Check.Value(field, nameof(field)), Check.Value(value)), default);

    /// <summary>HSCAN: one page of field-value pairs from <paramref name="cursor"/> (start with 0).</summary>
    [RedisCommand]
    public static Command<ArgList, ScanResult<KeyValuePair<string, string>>, ScanParser<KeyValuePair<string, string>, PairScanItems>> HScan(
        RedisKey key, ulong cursor = 0, string? match = null, long? count = null)
    {
        var args = new ArgListBuilder(6);
        args.Add(Check.Key(key));
        args.Add(ScanArgs.Cursor(cursor));
        ScanArgs.AddOptions(ref args, match, count);
        return new(Cmd.HScan, args.Build(), default);
    }

    /// <summary>HRANDFIELD: one random field, or null when the key does not exist.</summary>
    [RedisCommand]
    public static Command<Args1, string?, StringParser> HRandField(RedisKey key) => new(Cmd.HRandField, new Args1(Check.Key(key)), default);

    /// <summary>HRANDFIELD with a count: up to <paramref name="count"/> distinct random fields, or exactly -<paramref name="count"/> fields, possibly repeated, when it is negative.</summary>
    [RedisCommand]
    public static Command<Args2, string[], StringArrayParser> HRandField(RedisKey key, long count) =>
        new(Cmd.HRandField, new Args2(Check.Key(key), count), default);

    /// <summary>HRANDFIELD ... WITHVALUES: as <see cref="RedisClient.HRandFieldAsync(RedisKey, long, CancellationToken)"/>, with each field's value.</summary>
    [RedisCommand]
    public static Command<Args3, KeyValuePair<string, string>[], StringPairArrayParser> HRandFieldWithValues(RedisKey key, long count) =>
        new(Cmd.HRandField, new Args3(Check.Key(key), count, "WITHVALUES"), default);

    /// <summary>HSTRLEN: the length of <paramref name="field"/>'s value, 0 when the field or key does not exist.</summary>
    [RedisCommand]
    public static Command<Args2, long, Int64Parser> HStrLen(RedisKey key, RedisValue field) =>
        new(Cmd.HStrLen, new Args2(Check.Key(key), Check.Value(field, nameof(field))), default);

    private static ArgList KeyAndFields(RedisKey key, IEnumerable<RedisValue> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var args = new ArgListBuilder(1 + ((fields as ICollection<RedisValue>)?.Count ?? 4));
        args.Add(Check.Key(key));
        foreach (var field in fields)
        {
            args.Add(Check.Value(field, nameof(fields)));
        }

        if (args.Count == 1)
        {
            throw new ArgumentException("At least one field is needed.", nameof(fields));
        }

        return args.Build();
    }
}
