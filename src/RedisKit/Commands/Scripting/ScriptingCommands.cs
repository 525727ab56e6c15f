using System.Buffers;
using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>
/// EVAL and its kin and the SCRIPT subcommands, which <see cref="Script"/> runs on too. Each definition
/// marked <see cref="RedisCommandAttribute"/> is the command's one hand-written place; the others are
/// the forms <see cref="Script"/> runs.
/// </summary>
internal static class ScriptingCommands
{
    /// <summary>
    /// EVAL: runs the Lua <paramref name="script"/> with <paramref name="keys"/> (KEYS) and <paramref name="args"/>
    /// (ARGV). The reply is untyped, as <see cref="RedisClient.ExecuteCommandAsync(object[])"/> gives it. The whole source
    /// travels with every call: for a script run often, <see cref="RedisClient.RegisterScript"/> sends its SHA1 instead.
    /// </summary>
    /// <param name="script">The Lua source.</param>
    /// <param name="keys">The keys the script touches, which Redis (and a cluster router) must know; null for none.</param>
    /// <param name="args">The other arguments; null for none.</param>
    [RedisCommand]
    public static Command<ArgList, object?, ObjectParser> Eval(string script, IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null) =>
        Run(Cmd.Eval, script, keys, args, nameof(script));

    /// <summary>
    /// EVALSHA: runs a script loaded before (<see cref="RedisClient.ScriptLoadAsync"/>) by its SHA1. A server that does not
    /// know it answers NOSCRIPT, thrown as <see cref="RedisNoScriptException"/>; a <see cref="Script"/> from
    /// <see cref="RedisClient.RegisterScript"/> loads itself and retries instead (in a pipeline too, with
    /// <see cref="Pipeline.Script(RedisKit.Script, IReadOnlyCollection{RedisKey}?, IReadOnlyCollection{RedisValue}?)"/>).
    /// </summary>
    /// <param name="sha">The SHA1 of the script, in hex.</param>
    /// <param name="keys">The keys the script touches; null for none.</param>
    /// <param name="args">The other arguments; null for none.</param>
    [RedisCommand]
    public static Command<ArgList, object?, ObjectParser> EvalSha(string sha, IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null) =>
        Run(Cmd.EvalSha, sha, keys, args, nameof(sha));

    /// <summary>
    /// EVAL_RO: <see cref="RedisClient.EvalAsync"/> for a script that only reads; the server refuses any write it tries.
    /// Redis accepts it on read-only replicas, and it is resent after a connection failure.
    /// </summary>
    /// <param name="script">The Lua source.</param>
    /// <param name="keys">The keys the script reads; null for none.</param>
    /// <param name="args">The other arguments; null for none.</param>
    [RedisCommand]
    public static Command<ArgList, object?, ObjectParser> EvalRo(string script, IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null) =>
        Run(Cmd.EvalRo, script, keys, args, nameof(script));

    /// <summary>EVALSHA_RO: <see cref="RedisClient.EvalShaAsync"/> for a script that only reads; NOSCRIPT is thrown as <see cref="RedisNoScriptException"/>.</summary>
    /// <param name="sha">The SHA1 of the script, in hex.</param>
    /// <param name="keys">The keys the script reads; null for none.</param>
    /// <param name="args">The other arguments; null for none.</param>
    [RedisCommand]
    public static Command<ArgList, object?, ObjectParser> EvalShaRo(string sha, IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null) =>
        Run(Cmd.EvalShaRo, sha, keys, args, nameof(sha));

    public static Command<ArgList, bool, CopyToParser> EvalShaInto(string sha, IReadOnlyCollection<RedisKey>? keys, IReadOnlyCollection<RedisValue>? args,
        IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return new(Cmd.EvalSha, ScriptArgs(sha, keys, args), new CopyToParser(destination));
    }

    public static Command<ArgList, byte[]?, BytesParser> EvalShaBytes(string sha, IReadOnlyCollection<RedisKey>? keys, IReadOnlyCollection<RedisValue>? args) =>
        new(Cmd.EvalSha, ScriptArgs(sha, keys, args), default);

    /// <summary>EVAL, EVALSHA, EVAL_RO or EVALSHA_RO: the script (or its SHA1), the key count, the keys, the arguments.</summary>
    public static Command<ArgList, object?, ObjectParser> Run(CommandInfo command, string scriptOrSha, IReadOnlyCollection<RedisKey>? keys,
        IReadOnlyCollection<RedisValue>? args, string parameterName) =>
        new(command, ScriptArgs(scriptOrSha, keys, args, parameterName), default);

    /// <summary>SCRIPT LOAD: caches the script on the server without running it and returns its SHA1 (lower-case hex) for EVALSHA.</summary>
    [RedisCommand]
    public static Command<Args1, string, RequiredStringParser> ScriptLoad(string script) => new(Cmd.ScriptLoad, new Args1(Check.Value(script, nameof(script))), default);

    /// <summary>SCRIPT EXISTS: for each SHA1, in order, whether the server has that script cached.</summary>
    /// <param name="shas">The SHA1s to look for, at least one.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, bool[], BooleanArrayParser> ScriptExists(IEnumerable<string> shas)
    {
        ArgumentNullException.ThrowIfNull(shas);
        var args = new ArgListBuilder((shas as ICollection<string>)?.Count ?? 4);
        foreach (var sha in shas)
        {
            args.Add(Check.Value(sha, nameof(shas)));
        }

        if (args.Count == 0)
        {
            throw new ArgumentException("At least one SHA1 is needed.", nameof(shas));
        }

        return new(Cmd.ScriptExists, args.Build(), default);
    }

    /// <summary>
    /// SCRIPT FLUSH: empties the server's script cache, for every client of the server (registered
    /// <see cref="Script"/>s reload themselves on their next call). SYNC unless <paramref name="asynchronous"/>.
    /// </summary>
    [RedisCommand]
    public static Command<ArgList, bool, BooleanParser> ScriptFlush(bool asynchronous = false) => new(Cmd.ScriptFlush, ServerCommands.Mode(asynchronous), default);

    /// <summary>The arguments of EVAL and its kin, and of FCALL: the script, SHA1 or function name, then numkeys, keys and arguments.</summary>
    internal static ArgList ScriptArgs(string scriptOrSha, IReadOnlyCollection<RedisKey>? keys, IReadOnlyCollection<RedisValue>? args, string parameterName = "script")
    {
        ArgumentNullException.ThrowIfNull(scriptOrSha, parameterName);
        var list = new ArgListBuilder(2 + (keys?.Count ?? 0) + (args?.Count ?? 0));
        list.Add(scriptOrSha);
        list.Add(keys?.Count ?? 0);
        if (keys is not null)
        {
            foreach (var key in keys)
            {
                list.Add(Check.Key(key, nameof(keys)));
            }
        }

        if (args is not null)
        {
            foreach (var arg in args)
            {
                list.Add(Check.Value(arg, nameof(args)));
            }
        }

        return list.Build();
    }
}
