using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>Definitions of the HyperLogLog commands.</summary>
internal static class HyperLogLogCommands
{
    /// <summary>PFADD: adds elements to a HyperLogLog; true when its estimate changed (or the key was created).</summary>
    /// <param name="key">The HyperLogLog.</param>
    /// <param name="values">The elements to count; none only creates the key.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, bool, BooleanParser> PfAdd(RedisKey key, IEnumerable<RedisValue> values) =>
        new(Cmd.PfAdd, MemberArgs.KeyAndValues(key, values, nameof(values), allowEmpty: true), default);

    /// <summary>PFCOUNT: the estimated number of distinct elements, of the union when several keys are given.</summary>
    /// <param name="keys">The HyperLogLogs to count.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, long, Int64Parser> PfCount(IEnumerable<RedisKey> keys) => new(Cmd.PfCount, Check.Keys(keys, nameof(keys)), default);

    /// <summary>PFMERGE: merges the sources into <paramref name="destination"/> (keeping what it held). Always true.</summary>
    /// <param name="destination">The HyperLogLog to merge into.</param>
    /// <param name="sources">The HyperLogLogs to merge.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, bool, BooleanParser> PfMerge(RedisKey destination, IEnumerable<RedisKey> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var args = new ArgListBuilder(1 + ((sources as ICollection<RedisKey>)?.Count ?? 4));
        args.Add(Check.Key(destination, nameof(destination)));
        foreach (var source in sources)
        {
            args.Add(Check.Key(source, nameof(sources)));
        }

        return new(Cmd.PfMerge, args.Build(), default);
    }
}
