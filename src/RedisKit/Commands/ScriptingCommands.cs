using System.Buffers;
using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>Definitions of the script commands that <see cref="Script"/> runs on.</summary>
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

    public static Command<ArgList, object?, ObjectParser> Eval(string script, IReadOnlyCollection<RedisKey>? keys, IReadOnlyCollection<RedisValue>? args) =>
        new(Cmd.Eval, ScriptArgs(script, keys, args), default);

    public static Command<Args1, string?, StringParser> ScriptLoad(string script) => new(Cmd.ScriptLoad, new Args1(Check.Value(script, nameof(script))), default);

    public static Command<ArgList, bool[], BooleanArrayParser> ScriptExists(IReadOnlyCollection<string> shas)
    {
        var args = new ArgListBuilder(shas.Count);
        foreach (var sha in shas)
        {
            args.Add(Check.Value(sha, nameof(shas)));
        }

        return new(Cmd.ScriptExists, args.Build(), default);
    }

    private static ArgList ScriptArgs(string scriptOrSha, IReadOnlyCollection<RedisKey>? keys, IReadOnlyCollection<RedisValue>? args)
    {
        var list = new ArgListBuilder(2 + (keys?.Count ?? 0) + (args?.Count ?? 0));
        list.Add(Check.Value(scriptOrSha, "script"));
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
