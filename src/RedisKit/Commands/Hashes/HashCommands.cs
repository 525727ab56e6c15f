using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>Definitions of the hash commands.</summary>
internal static class HashCommands
{
    public static Command<Args3, long, Int64Parser> HSet(RedisKey key, RedisValue field, RedisValue value) =>
        new(Cmd.HSet, new Args3(Check.Key(key), Check.Value(field, nameof(field)), Check.Value(value)), default);

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

    public static Command<Args2, string?, StringParser> HGet(RedisKey key, RedisValue field) =>
        new(Cmd.HGet, new Args2(Check.Key(key), Check.Value(field, nameof(field))), default);

    public static Command<Args2, byte[]?, BytesParser> HGetBytes(RedisKey key, RedisValue field) =>
        new(Cmd.HGet, new Args2(Check.Key(key), Check.Value(field, nameof(field))), default);

    public static Command<ArgList, string?[], NullableStringArrayParser> HMGet(RedisKey key, IEnumerable<RedisValue> fields) =>
        new(Cmd.HMGet, KeyAndFields(key, fields), default);

    public static Command<Args1, Dictionary<string, string>, StringDictionaryParser> HGetAll(RedisKey key) => new(Cmd.HGetAll, new Args1(Check.Key(key)), default);

    public static Command<ArgList, long, Int64Parser> HDel(RedisKey key, IEnumerable<RedisValue> fields) => new(Cmd.HDel, KeyAndFields(key, fields), default);

    public static Command<Args2, bool, BooleanParser> HExists(RedisKey key, RedisValue field) =>
        new(Cmd.HExists, new Args2(Check.Key(key), Check.Value(field, nameof(field))), default);

    public static Command<Args1, long, Int64Parser> HLen(RedisKey key) => new(Cmd.HLen, new Args1(Check.Key(key)), default);

    public static Command<Args1, string[], StringArrayParser> HKeys(RedisKey key) => new(Cmd.HKeys, new Args1(Check.Key(key)), default);

    public static Command<Args1, string[], StringArrayParser> HVals(RedisKey key) => new(Cmd.HVals, new Args1(Check.Key(key)), default);

    public static Command<Args3, long, Int64Parser> HIncrBy(RedisKey key, RedisValue field, long amount) =>
        new(Cmd.HIncrBy, new Args3(Check.Key(key), Check.Value(field, nameof(field)), amount), default);

    public static Command<Args3, double, DoubleParser> HIncrByFloat(RedisKey key, RedisValue field, double amount) =>
        new(Cmd.HIncrByFloat, new Args3(Check.Key(key), Check.Value(field, nameof(field)), Check.Finite(amount, nameof(amount))), default);

    public static Command<Args3, bool, BooleanParser> HSetNx(RedisKey key, RedisValue field, RedisValue value) =>
        new(Cmd.HSetNx, new Args3(Check.Key(key), Check.Value(field, nameof(field)), Check.Value(value)), default);

    public static Command<ArgList, ScanResult<KeyValuePair<string, string>>, ScanParser<KeyValuePair<string, string>, PairScanItems>> HScan(
        RedisKey key, ulong cursor, RedisValue match, long? count)
    {
        var args = new ArgListBuilder(6);
        args.Add(Check.Key(key));
        args.Add(ScanArgs.Cursor(cursor));
        ScanArgs.AddOptions(ref args, match, count);
        return new(Cmd.HScan, args.Build(), default);
    }

    public static Command<Args1, string?, StringParser> HRandField(RedisKey key) => new(Cmd.HRandField, new Args1(Check.Key(key)), default);

    /// <remarks>A negative count lets fields repeat, as in Redis.</remarks>
    public static Command<Args2, string[], StringArrayParser> HRandField(RedisKey key, long count) =>
        new(Cmd.HRandField, new Args2(Check.Key(key), count), default);

    public static Command<Args3, KeyValuePair<string, string>[], StringPairArrayParser> HRandFieldWithValues(RedisKey key, long count) =>
        new(Cmd.HRandField, new Args3(Check.Key(key), count, "WITHVALUES"), default);

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
