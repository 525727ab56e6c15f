using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>Definitions of the HyperLogLog commands.</summary>
internal static class HyperLogLogCommands
{
    /// <remarks>No element is allowed: PFADD then only creates the key.</remarks>
    public static Command<ArgList, bool, BooleanParser> PfAdd(RedisKey key, IEnumerable<RedisValue> values) =>
        new(Cmd.PfAdd, MemberArgs.KeyAndValues(key, values, nameof(values), allowEmpty: true), default);

    public static Command<ArgList, long, Int64Parser> PfCount(IEnumerable<RedisKey> keys) => new(Cmd.PfCount, Check.Keys(keys, nameof(keys)), default);

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
