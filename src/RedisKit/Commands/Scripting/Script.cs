using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using RedisKit.Commands;

namespace RedisKit;

/// <summary>
/// A Lua script registered with <see cref="RedisClient.RegisterScript"/>, as redis-py's <c>Script</c>:
/// it runs by SHA1 with EVALSHA and, when the server does not know it (NOSCRIPT: after a restart or
/// SCRIPT FLUSH), loads it and tries once more. Inside a pipeline it is loaded before the batch leaves.
/// </summary>
public sealed class Script
{
    private readonly RedisClient _client;

    internal Script(RedisClient client, string lua)
    {
        _client = client;
        Lua = lua;
#pragma warning disable CA5350 // Redis names scripts by SHA1; this is an identifier, not a security measure.
        Sha = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(lua)));
#pragma warning restore CA5350
    }

    /// <summary>The script's source.</summary>
    public string Lua { get; }

    /// <summary>The SHA1 of the source, in lower-case hex, as EVALSHA and SCRIPT LOAD name it.</summary>
    public string Sha { get; }

    /// <summary>
    /// Runs the script with <paramref name="keys"/> (KEYS) and <paramref name="args"/> (ARGV) on the
    /// client that registered it, or on <paramref name="client"/> (a client bound to one connection,
    /// for instance). The reply is untyped, as <see cref="RedisClient.ExecuteCommandAsync(object[])"/> gives it.
    /// </summary>
    public ValueTask<object?> InvokeAsync(IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null,
        RedisClient? client = null, CancellationToken cancellationToken = default) =>
        RunAsync(client ?? _client, ScriptingCommands.EvalSha(Sha, keys, args), cancellationToken);

    /// <summary>
    /// Runs the script, whose reply must be a string or nil, and returns the reply's bytes whatever
    /// <see cref="RedisOptions.DecodeResponses"/> says; null for nil.
    /// </summary>
    public ValueTask<byte[]?> InvokeBytesAsync(IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null,
        RedisClient? client = null, CancellationToken cancellationToken = default) =>
        RunAsync(client ?? _client, ScriptingCommands.EvalShaBytes(Sha, keys, args), cancellationToken);

    /// <summary>
    /// Runs the script and copies its reply, which must be a string or nil, straight from the
    /// receive buffer into <paramref name="destination"/>: no intermediate array. False for nil.
    /// </summary>
    public ValueTask<bool> InvokeAsync(IBufferWriter<byte> destination, IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null,
        RedisClient? client = null, CancellationToken cancellationToken = default) =>
        RunAsync(client ?? _client, ScriptingCommands.EvalShaInto(Sha, keys, args, destination), cancellationToken);

    // EVALSHA, and on NOSCRIPT (a restart, SCRIPT FLUSH) SCRIPT LOAD and one more try.
    private async ValueTask<T> RunAsync<T, TParser>(RedisClient target, Command<ArgList, T, TParser> command, CancellationToken cancellationToken)
        where TParser : struct, IReplyParser<T>
    {
        try
        {
            return await target.RunAsync(command, cancellationToken).ConfigureAwait(false);
        }
        catch (RedisNoScriptException) when (target.IsCluster)
        {
            return await target.RunAsync(AsEval(command), cancellationToken).ConfigureAwait(false);
        }
        catch (RedisNoScriptException)
        {
            await LoadAsync(target, cancellationToken).ConfigureAwait(false);
            return await target.RunAsync(command, cancellationToken).ConfigureAwait(false);
        }
    }

    // On a cluster SCRIPT LOAD would reach one primary only: EVAL goes to the node of the keys and
    // caches the script there, so the next EVALSHA on that node finds it.
    private Command<ArgList, T, TParser> AsEval<T, TParser>(in Command<ArgList, T, TParser> evalSha)
        where TParser : struct, IReplyParser<T> =>
        new(evalSha.Info == Cmd.EvalShaRo ? Cmd.EvalRo : Cmd.Eval, evalSha.Args.WithFirst(Lua), evalSha.Parser);

    /// <summary>
    /// Runs the script synchronously; see <see cref="RedisClient.ExecuteCommand(object[])"/> for how a
    /// synchronous call waits without needing the thread pool. The reply as <see cref="InvokeAsync(IReadOnlyCollection{RedisKey}?, IReadOnlyCollection{RedisValue}?, RedisClient?, CancellationToken)"/> gives it.
    /// </summary>
    public object? Invoke(IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null,
        RedisClient? client = null, CancellationToken cancellationToken = default) =>
        Run(client ?? _client, ScriptingCommands.EvalSha(Sha, keys, args), cancellationToken);

    /// <summary>Synchronous <see cref="InvokeBytesAsync"/>.</summary>
    public byte[]? InvokeBytes(IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null,
        RedisClient? client = null, CancellationToken cancellationToken = default) =>
        Run(client ?? _client, ScriptingCommands.EvalShaBytes(Sha, keys, args), cancellationToken);

    /// <summary>Synchronous <see cref="InvokeAsync(IBufferWriter{byte}, IReadOnlyCollection{RedisKey}?, IReadOnlyCollection{RedisValue}?, RedisClient?, CancellationToken)"/>: the reply is copied straight into <paramref name="destination"/>.</summary>
    public bool Invoke(IBufferWriter<byte> destination, IReadOnlyCollection<RedisKey>? keys = null, IReadOnlyCollection<RedisValue>? args = null,
        RedisClient? client = null, CancellationToken cancellationToken = default) =>
        Run(client ?? _client, ScriptingCommands.EvalShaInto(Sha, keys, args, destination), cancellationToken);

    private T Run<T, TParser>(RedisClient target, in Command<ArgList, T, TParser> command, CancellationToken cancellationToken)
        where TParser : struct, IReplyParser<T>
    {
        try
        {
            return target.Run(command, cancellationToken);
        }
        catch (RedisNoScriptException) when (target.IsCluster)
        {
            return target.Run(AsEval(command), cancellationToken);
        }
        catch (RedisNoScriptException)
        {
            CheckLoaded(target.Run(ScriptingCommands.ScriptLoad(Lua), cancellationToken));
            return target.Run(command, cancellationToken);
        }
    }

    private void CheckLoaded(string? sha)
    {
        if (!string.Equals(sha, Sha, StringComparison.OrdinalIgnoreCase))
        {
            throw new RedisProtocolException($"SCRIPT LOAD answered SHA {sha}, but the script's SHA1 is {Sha}.");
        }
    }

    internal async ValueTask LoadAsync(RedisClient client, CancellationToken cancellationToken)
    {
        CheckLoaded(await client.RunAsync(ScriptingCommands.ScriptLoad(Lua), cancellationToken).ConfigureAwait(false));
    }
}
