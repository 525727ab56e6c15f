using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>Definitions of WATCH and UNWATCH; MULTI and EXEC are written by the pipeline batch itself.</summary>
internal static class TransactionCommands
{
    public static Command<ArgList, bool, BooleanParser> Watch(IEnumerable<RedisKey> keys) => new(Cmd.Watch, Check.Keys(keys, nameof(keys)), default);

    public static Command<NoArgs, bool, BooleanParser> Unwatch() => new(Cmd.Unwatch, default, default);
}
