using System.Buffers;
using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>Definitions of EVAL and its kin and of the SCRIPT subcommands, which <see cref="Script"/> runs on too.</summary>
internal static class ScriptingCommands
{
    public static Command<ArgList, object?, ObjectParser> EvalSha(string sha, IReadOnlyCollection<RedisKey>? keys, IReadOnlyCollection<RedisValue>? args) =>
        new(Cmd.EvalSha, ScriptArgs(sha, keys, args), default);

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

    public static Command<Args1, string, RequiredStringParser> ScriptLoad(string script) => new(Cmd.ScriptLoad, new Args1(Check.Value(script, nameof(script))), default);

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

    public static Command<ArgList, bool, BooleanParser> ScriptFlush(bool asynchronous) => new(Cmd.ScriptFlush, ServerCommands.Mode(asynchronous), default);

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
