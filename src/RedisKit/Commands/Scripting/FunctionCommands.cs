using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>FCALL, FCALL_RO and the FUNCTION subcommands: each definition marked <see cref="RedisCommandAttribute"/> is the command's one hand-written place.</summary>
internal static class FunctionCommands
{
    /// <summary>
    /// FCALL: calls the function <paramref name="function"/> of a loaded library (<see cref="RedisClient.FunctionLoadAsync"/>)
    /// with <paramref name="keys"/> and <paramref name="args"/>. The reply is untyped, as
    /// <see cref="RedisClient.ExecuteCommandAsync(object[])"/> gives it.
    /// </summary>
    /// <param name="function">The function's name.</param>
    /// <param name="keys">The keys the function touches, which Redis (and a cluster router) must know; null for none.</param>
    /// <param name="args">The other arguments; null for none.</param>
    [RedisCommand]
    public static Command<ArgList, object?, ObjectParser> FCall(string function, IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null) =>
        FCall(Cmd.FCall, function, keys, args);

    /// <summary>
    /// FCALL_RO: <see cref="RedisClient.FCallAsync"/> for a function registered with the <c>no-writes</c> flag (others are
    /// refused). Redis accepts it on read-only replicas, and it is resent after a connection failure.
    /// </summary>
    /// <param name="function">The function's name.</param>
    /// <param name="keys">The keys the function reads; null for none.</param>
    /// <param name="args">The other arguments; null for none.</param>
    [RedisCommand]
    public static Command<ArgList, object?, ObjectParser> FCallRo(string function, IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null) =>
        FCall(Cmd.FCallRo, function, keys, args);

    /// <summary>FCALL or FCALL_RO: the function, the key count, the keys, the arguments.</summary>
    public static Command<ArgList, object?, ObjectParser> FCall(CommandInfo command, string function, IReadOnlyCollection<RedisKey>? keys,
        IReadOnlyCollection<RedisValue>? args)
    {
        ArgumentException.ThrowIfNullOrEmpty(function);
        return new(command, ScriptingCommands.ScriptArgs(function, keys, args, nameof(function)), default);
    }

    /// <summary>
    /// FUNCTION LOAD: loads a library (its code starts with <c>#!lua name=...</c>) and returns the library's
    /// name. Loading a library whose name is taken fails unless <paramref name="replace"/> is set.
    /// </summary>
    [RedisCommand]
    public static Command<ArgList, string, RequiredStringParser> FunctionLoad(string code, bool replace = false)
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

    /// <summary>FUNCTION DELETE: deletes a library and its functions; true when done. An unknown library is a <see cref="RedisResponseException"/>.</summary>
    [RedisCommand]
    public static Command<Args1, bool, BooleanParser> FunctionDelete(string library)
    {
        ArgumentException.ThrowIfNullOrEmpty(library);
        return new(Cmd.FunctionDelete, new Args1(library), default);
    }

    /// <summary>FUNCTION LIST: the loaded libraries with their functions, optionally only those whose name matches a pattern, and their code.</summary>
    /// <param name="library">A glob pattern on library names (LIBRARYNAME); null for every library.</param>
    /// <param name="withCode">Also return each library's source (WITHCODE).</param>
    [RedisCommand]
    public static Command<ArgList, FunctionLibrary[], FunctionListParser> FunctionList(string? library = null, bool withCode = false)
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

    /// <summary>
    /// FUNCTION FLUSH: deletes every library on the server, for every client of the server. SYNC unless
    /// <paramref name="asynchronous"/>.
    /// </summary>
    [RedisCommand]
    public static Command<ArgList, bool, BooleanParser> FunctionFlush(bool asynchronous = false) => new(Cmd.FunctionFlush, ServerCommands.Mode(asynchronous), default);

    /// <summary>FUNCTION DUMP: every loaded library as an opaque binary payload for <see cref="RedisClient.FunctionRestoreAsync"/>.</summary>
    [RedisCommand]
    public static Command<NoArgs, byte[], RequiredBytesParser> FunctionDump() => new(Cmd.FunctionDump, default, default);

    /// <summary>FUNCTION RESTORE: loads the libraries of a <see cref="RedisClient.FunctionDumpAsync"/> payload; true when done.</summary>
    /// <param name="payload">What FUNCTION DUMP returned.</param>
    /// <param name="policy">What happens to the libraries already loaded; <see cref="FunctionRestorePolicy.Append"/> fails on a name clash.</param>
    [RedisCommand]
    public static Command<Args2, bool, BooleanParser> FunctionRestore(ReadOnlyMemory<byte> payload, FunctionRestorePolicy policy = FunctionRestorePolicy.Append)
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

    /// <summary>FUNCTION STATS: the function running now, if any, and how many libraries and functions each engine holds.</summary>
    [RedisCommand]
    public static Command<NoArgs, FunctionStats, FunctionStatsParser> FunctionStats() => new(Cmd.FunctionStats, default, default);
}
