using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>Definitions of FCALL, FCALL_RO and the FUNCTION subcommands.</summary>
internal static class FunctionCommands
{
    /// <summary>FCALL or FCALL_RO: the function, the key count, the keys, the arguments.</summary>
    public static Command<ArgList, object?, ObjectParser> FCall(CommandInfo command, string function, IReadOnlyCollection<RedisKey>? keys,
        IReadOnlyCollection<RedisValue>? args)
    {
        ArgumentException.ThrowIfNullOrEmpty(function);
        return new(command, ScriptingCommands.ScriptArgs(function, keys, args, nameof(function)), default);
    }

    public static Command<ArgList, string, RequiredStringParser> FunctionLoad(string code, bool replace)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        var args = new ArgListBuilder(2);
        if (replace)
        {
            args.Add("REPLACE");
        }

        args.Add(code);
        return new(replace ? Cmd.FunctionLoadReplace : Cmd.FunctionLoad, args.Build(), default);
    }

    public static Command<Args1, bool, BooleanParser> FunctionDelete(string library)
    {
        ArgumentException.ThrowIfNullOrEmpty(library);
        return new(Cmd.FunctionDelete, new Args1(library), default);
    }

    public static Command<ArgList, FunctionLibrary[], FunctionListParser> FunctionList(string? library, bool withCode)
    {
        var args = new ArgListBuilder(3);
        if (library is not null)
        {
            ArgumentException.ThrowIfNullOrEmpty(library);
            args.Add("LIBRARYNAME");
            args.Add(library);
        }

        if (withCode)
        {
            args.Add("WITHCODE");
        }

        return new(Cmd.FunctionList, args.Build(), default);
    }

    public static Command<ArgList, bool, BooleanParser> FunctionFlush(bool asynchronous) => new(Cmd.FunctionFlush, ServerCommands.Mode(asynchronous), default);

    public static Command<NoArgs, byte[], RequiredBytesParser> FunctionDump() => new(Cmd.FunctionDump, default, default);

    public static Command<Args2, bool, BooleanParser> FunctionRestore(ReadOnlyMemory<byte> payload, FunctionRestorePolicy policy)
    {
        if (payload.IsEmpty)
        {
            throw new ArgumentException("The payload is empty; pass what FUNCTION DUMP returned.", nameof(payload));
        }

        RedisValue mode = policy switch
        {
            FunctionRestorePolicy.Append => "APPEND",
            FunctionRestorePolicy.Replace => "REPLACE",
            FunctionRestorePolicy.Flush => "FLUSH",
            _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "Use FunctionRestorePolicy.Append, Replace or Flush."),
        };
        return new(Cmd.FunctionRestore, new Args2(payload, mode), default);
    }

    public static Command<NoArgs, FunctionStats, FunctionStatsParser> FunctionStats() => new(Cmd.FunctionStats, default, default);
}
