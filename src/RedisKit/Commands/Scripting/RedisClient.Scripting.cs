using RedisKit.Commands;
using RedisKit.Pipelines;

namespace RedisKit;

public sealed partial class RedisClient
{
    /// <summary>Registers a Lua script to run by SHA (see <see cref="Script"/>); no I/O happens here.</summary>
    public Script RegisterScript(string lua)
    {
        ArgumentException.ThrowIfNullOrEmpty(lua);
        return new Script(this, lua);
    }

    /// <summary>
    /// EVAL: runs the Lua <paramref name="script"/> with <paramref name="keys"/> (KEYS) and <paramref name="args"/>
    /// (ARGV). The reply is untyped, as <see cref="ExecuteCommandAsync(object[])"/> gives it. The whole source
    /// travels with every call: for a script run often, <see cref="RegisterScript"/> sends its SHA1 instead.
    /// </summary>
    /// <param name="script">The Lua source.</param>
    /// <param name="keys">The keys the script touches, which Redis (and a cluster router) must know; null for none.</param>
    /// <param name="args">The other arguments; null for none.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<object?> EvalAsync(string script, IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(ScriptingCommands.Run(Cmd.Eval, script, keys, args, nameof(script)), cancellationToken);

    /// <summary>
    /// EVALSHA: runs a script loaded before (<see cref="ScriptLoadAsync"/>) by its SHA1. A server that does not
    /// know it answers NOSCRIPT, thrown as <see cref="RedisNoScriptException"/>; a <see cref="Script"/> from
    /// <see cref="RegisterScript"/> loads itself and retries instead.
    /// </summary>
    /// <param name="sha">The SHA1 of the script, in hex.</param>
    /// <param name="keys">The keys the script touches; null for none.</param>
    /// <param name="args">The other arguments; null for none.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<object?> EvalShaAsync(string sha, IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(ScriptingCommands.Run(Cmd.EvalSha, sha, keys, args, nameof(sha)), cancellationToken);

    /// <summary>
    /// EVAL_RO: <see cref="EvalAsync"/> for a script that only reads; the server refuses any write it tries.
    /// Redis accepts it on read-only replicas, and it is resent after a connection failure.
    /// </summary>
    /// <param name="script">The Lua source.</param>
    /// <param name="keys">The keys the script reads; null for none.</param>
    /// <param name="args">The other arguments; null for none.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<object?> EvalRoAsync(string script, IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(ScriptingCommands.Run(Cmd.EvalRo, script, keys, args, nameof(script)), cancellationToken);

    /// <summary>EVALSHA_RO: <see cref="EvalShaAsync"/> for a script that only reads; NOSCRIPT is thrown as <see cref="RedisNoScriptException"/>.</summary>
    /// <param name="sha">The SHA1 of the script, in hex.</param>
    /// <param name="keys">The keys the script reads; null for none.</param>
    /// <param name="args">The other arguments; null for none.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<object?> EvalShaRoAsync(string sha, IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(ScriptingCommands.Run(Cmd.EvalShaRo, sha, keys, args, nameof(sha)), cancellationToken);

    /// <summary>SCRIPT LOAD: caches the script on the server without running it and returns its SHA1 (lower-case hex) for EVALSHA.</summary>
    public ValueTask<string> ScriptLoadAsync(string script, CancellationToken cancellationToken = default) =>
        RunAsync(ScriptingCommands.ScriptLoad(script), cancellationToken);

    /// <summary>SCRIPT EXISTS: for each SHA1, in order, whether the server has that script cached.</summary>
    public ValueTask<bool[]> ScriptExistsAsync(params string[] shas) => ScriptExistsAsync(shas, CancellationToken.None);

    /// <inheritdoc cref="ScriptExistsAsync(string[])"/>
    /// <param name="shas">The SHA1s to look for, at least one.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<bool[]> ScriptExistsAsync(IEnumerable<string> shas, CancellationToken cancellationToken = default) =>
        RunAsync(ScriptingCommands.ScriptExists(shas), cancellationToken);

    /// <summary>
    /// SCRIPT FLUSH: empties the server's script cache, for every client of the server (registered
    /// <see cref="Script"/>s reload themselves on their next call). SYNC unless <paramref name="asynchronous"/>.
    /// </summary>
    public ValueTask<bool> ScriptFlushAsync(bool asynchronous = false, CancellationToken cancellationToken = default) =>
        RunAsync(ScriptingCommands.ScriptFlush(asynchronous), cancellationToken);

    /// <summary>Loads the scripts a pipeline runs by SHA that the server does not have yet.</summary>
    private async ValueTask LoadScriptsAsync(IReadOnlyList<QueuedCommand> commands, CancellationToken cancellationToken)
    {
        List<Script>? scripts = null;
        foreach (var command in commands)
        {
            if (command.Script is { } script && (scripts is null || !scripts.Exists(s => s.Sha == script.Sha)))
            {
                (scripts ??= []).Add(script);
            }
        }

        if (scripts is null)
        {
            return;
        }

        var shas = new string[scripts.Count];
        for (var i = 0; i < shas.Length; i++)
        {
            shas[i] = scripts[i].Sha;
        }

        var exists = await RunAsync(ScriptingCommands.ScriptExists(shas), cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < scripts.Count; i++)
        {
            if (i >= exists.Length || !exists[i])
            {
                await scripts[i].LoadAsync(this, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
