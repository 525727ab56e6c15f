using RedisKit.Commands;

namespace RedisKit;

public sealed partial class Pipeline
{
    /// <summary>Queues a Lua script by SHA (result: untyped); it is loaded first if the server lacks it.</summary>
    public Pipeline Script(Script script, IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        return Queue(ScriptingCommands.EvalSha(script.Sha, keys, args), script);
    }

    /// <summary>Queues EVAL (result: untyped, as <see cref="RedisClient.EvalAsync"/> gives it).</summary>
    public Pipeline Eval(string script, IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null) =>
        Queue(ScriptingCommands.Run(Cmd.Eval, script, keys, args, nameof(script)));

    /// <summary>
    /// Queues EVALSHA (result: untyped). Unlike <see cref="Script(RedisKit.Script, IReadOnlyCollection{RedisKey}?, IReadOnlyCollection{RedisValue}?)"/>,
    /// nothing loads the script first: an unknown SHA1 gives a <see cref="RedisNoScriptException"/>.
    /// </summary>
    public Pipeline EvalSha(string sha, IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null) =>
        Queue(ScriptingCommands.Run(Cmd.EvalSha, sha, keys, args, nameof(sha)));

    /// <summary>Queues EVAL_RO (result: untyped).</summary>
    public Pipeline EvalRo(string script, IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null) =>
        Queue(ScriptingCommands.Run(Cmd.EvalRo, script, keys, args, nameof(script)));

    /// <summary>Queues EVALSHA_RO (result: untyped).</summary>
    public Pipeline EvalShaRo(string sha, IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null) =>
        Queue(ScriptingCommands.Run(Cmd.EvalShaRo, sha, keys, args, nameof(sha)));

    /// <summary>Queues SCRIPT LOAD (result: the SHA1 as a string).</summary>
    public Pipeline ScriptLoad(string script) => Queue(ScriptingCommands.ScriptLoad(script));

    /// <summary>Queues SCRIPT EXISTS (result: bool[]).</summary>
    public Pipeline ScriptExists(params string[] shas) => Queue(ScriptingCommands.ScriptExists(shas));

    /// <summary>Queues SCRIPT FLUSH (result: bool).</summary>
    public Pipeline ScriptFlush(bool asynchronous = false) => Queue(ScriptingCommands.ScriptFlush(asynchronous));
}
