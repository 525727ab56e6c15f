namespace RedisKit.Commands;

/// <summary>Argument checks shared by the command definitions; each names the offending parameter.</summary>
internal static class Check
{
    internal static RedisKey CheckKey(RedisKey key, string parameterName = "key") =>
        key.IsNull ? throw new ArgumentNullException(parameterName, "The key is null.") : key;

    internal static RedisValue Key(RedisKey key, string parameterName = "key") => CheckKey(key, parameterName).ToValue();

    internal static RedisValue Value(RedisValue value, string parameterName = "value") =>
        value.IsNull ? throw new ArgumentNullException(parameterName, "The value is null; Redis stores strings, bytes or numbers.") : value;

    internal static double Finite(double value, string parameterName) =>
        double.IsNaN(value) ? throw new ArgumentOutOfRangeException(parameterName, "NaN cannot be sent to Redis.") : value;

    internal static ArgList Keys(IEnumerable<RedisKey> keys, string parameterName, int extra = 0)
    {
        ArgumentNullException.ThrowIfNull(keys, parameterName);
        var args = new ArgListBuilder((keys as ICollection<RedisKey>)?.Count + extra ?? 8);
        foreach (var key in keys)
        {
            args.Add(Key(key, parameterName));
        }

        if (args.Count == 0)
        {
            throw new ArgumentException("At least one key is needed.", parameterName);
        }

        return args.Build();
    }

    /// <summary>A key followed by one or more values (LPUSH, SADD...): the values may not be empty or contain null.</summary>
    internal static ArgList KeyAndValues(RedisKey key, IEnumerable<RedisValue> values, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(values, parameterName);
        var args = new ArgListBuilder(1 + ((values as ICollection<RedisValue>)?.Count ?? 4));
        args.Add(Check.Key(key));
        foreach (var value in values)
        {
            args.Add(Check.Value(value, parameterName));
        }

        if (args.Count == 1)
        {
            throw new ArgumentException("At least one value is needed.", parameterName);
        }

        return args.Build();
    }
}
