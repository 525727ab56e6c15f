using RedisKit.Commands;
using RedisKit.Pipelines;

namespace RedisKit;

/// <summary>
/// Commands queued and sent in one write, as redis-py's pipeline: <c>pipe.Set("a", "1").Incr("b")</c>,
/// then <see cref="ExecuteAsync"/>. With <c>transaction: true</c> they are wrapped in MULTI..EXEC,
/// written contiguously, so even a shared connection runs them as one atomic block.
/// <para>
/// For check-and-set, <see cref="WatchAsync(RedisKey[])"/> leases a connection and switches to
/// immediate mode: read the watched values with <see cref="Immediate"/>, then call
/// <see cref="Multi"/> and queue the writes. Disposing resets the pipeline (UNWATCH, queue cleared).
/// A pipeline is not thread-safe: one caller builds and runs it.
/// </para>
/// </summary>
public sealed partial class Pipeline : IAsyncDisposable
{
    private readonly RedisClient _client;
    private readonly List<QueuedCommand> _queue = [];
    private RedisClient? _watching;
    private bool _ownsWatching;
    private bool _immediate;

    internal Pipeline(RedisClient client, bool transaction)
    {
        _client = client;
        IsTransaction = transaction;
    }

    /// <summary>True when execution wraps the commands in MULTI..EXEC.</summary>
    public bool IsTransaction { get; }

    /// <summary>The number of commands queued.</summary>
    public int Count => _queue.Count;

    /// <summary>True between <see cref="WatchAsync(RedisKey[])"/> and the reset that follows execution.</summary>
    public bool IsWatching => _watching is not null;

    /// <summary>
    /// The client bound to the watching connection, for commands that must run at once and return
    /// values between <see cref="WatchAsync(RedisKey[])"/> and <see cref="Multi"/> (redis-py's
    /// immediate mode): <c>var balance = await pipe.Immediate.GetAsync("balance")</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The pipeline is not watching any key.</exception>
    public RedisClient Immediate => _watching ?? throw new InvalidOperationException("Immediate mode starts with WatchAsync; this pipeline watches no key.");

    /// <summary>
    /// WATCH: leases a connection for this pipeline and watches <paramref name="keys"/> on it; EXEC
    /// then fails with <see cref="RedisWatchException"/> if any of them changes first.
    /// </summary>
    public ValueTask WatchAsync(params RedisKey[] keys) => WatchAsync(keys, CancellationToken.None);

    /// <inheritdoc cref="WatchAsync(RedisKey[])"/>
    /// <param name="keys">The keys to watch.</param>
    /// <param name="cancellationToken">Cancels the wait; the leased connection is then closed.</param>
    public async ValueTask WatchAsync(IEnumerable<RedisKey> keys, CancellationToken cancellationToken = default)
    {
        var command = TransactionCommands.Watch(keys);
        if (_queue.Count > 0)
        {
            throw new InvalidOperationException("WATCH must come before any command is queued; call it first or reset the pipeline.");
        }

        if (_watching is null)
        {
            _ownsWatching = !_client.IsSingleConnection;
            _watching = _ownsWatching ? _client.Client() : _client;
        }

        _immediate = true;
        await _watching.RunStatefulAsync(command, SessionChange.Watch, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends immediate mode: commands are queued again, to run in the transaction.</summary>
    /// <exception cref="InvalidOperationException">Called twice, or after commands were queued.</exception>
    public void Multi()
    {
        if (!_immediate && _queue.Count > 0)
        {
            throw new InvalidOperationException("Multi() must be called before any command is queued.");
        }

        if (!_immediate && !IsWatching)
        {
            throw new InvalidOperationException("Multi() was already called; commands are being queued.");
        }

        _immediate = false;
    }

    /// <summary>
    /// Sends every queued command in one write and reads every reply. With
    /// <paramref name="raiseOnError"/> (the default), the first failing command is thrown once all
    /// replies are read, its message naming its position and command; otherwise failures come back
    /// in place in the results. A transaction whose queuing failed throws
    /// <see cref="RedisExecAbortException"/>; one whose watched keys changed throws
    /// <see cref="RedisWatchException"/>. Either way the pipeline is reset afterwards. Cancelling
    /// only stops the wait: commands already handed to the connection still run on the server, and
    /// their replies are read and discarded without disturbing other callers of the connection.
    /// </summary>
    public async Task<PipelineResults> ExecuteAsync(bool raiseOnError = true, CancellationToken cancellationToken = default)
    {
        if (_immediate)
        {
            throw new InvalidOperationException("The pipeline is in immediate mode after WatchAsync: call Multi() before queueing the transaction's commands.");
        }

        var commands = _queue.ToArray();
        try
        {
            var executor = _watching ?? _client;
            var batch = await executor.RunPipelineAsync(commands, IsTransaction, cancellationToken).ConfigureAwait(false);
            if (_watching is not null && IsTransaction && batch.ConnectionFailure is null)
            {
                // EXEC (or the failure of the transaction) ended the WATCH: the connection is clean.
                await _watching.EndTransactionAsync().ConfigureAwait(false);
                if (_ownsWatching)
                {
                    _watching.MarkConnectionClean();
                }
            }

            return Finish(batch, commands, raiseOnError);
        }
        finally
        {
            await ResetAsync().ConfigureAwait(false);
        }
    }

    private PipelineResults Finish(PipelineBatch batch, QueuedCommand[] commands, bool raiseOnError)
    {
        if (batch.ConnectionFailure is { } failure)
        {
            var message = $"The {(IsTransaction ? "transaction" : "pipeline")} of {commands.Length} commands lost its connection: {failure.Message}";
            throw failure is RedisTimeoutException ? new RedisTimeoutException(message, failure) : new RedisConnectionException(message, failure);
        }

        if (IsTransaction)
        {
            if (batch.TransactionError is RedisExecAbortException abort)
            {
                var first = FirstError(batch.QueueErrors, commands, out var index);
                throw first is null
                    ? abort
                    : new RedisExecAbortException(abort.Prefix, $"{abort.Message} Command #{index + 1} ({commands[index].Info.Name}) failed while queued: {first.Message}");
            }

            if (batch.TransactionError is { } error)
            {
                throw error;
            }

            if (batch.WatchFailed)
            {
                throw new RedisWatchException("A watched key changed before EXEC, so the transaction was discarded.");
            }
        }

        if (raiseOnError && FirstError(batch.Results, commands, out var failed) is { } commandError)
        {
            var message = $"Command #{failed + 1} ({commands[failed].Info.Name}) of the {(IsTransaction ? "transaction" : "pipeline")} failed: {commandError.Message}";
            throw commandError is RedisResponseException response ? ErrorPrefix.ToException(response.Prefix, message) : new RedisProtocolException(message, commandError);
        }

        var names = new string[commands.Length];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = commands[i].Info.Name;
        }

        return new PipelineResults(batch.Results, names);
    }

    private static Exception? FirstError(IReadOnlyList<object?> slots, QueuedCommand[] commands, out int index)
    {
        for (index = 0; index < slots.Count && index < commands.Length; index++)
        {
            if (slots[index] is Exception error)
            {
                return error;
            }
        }

        index = -1;
        return null;
    }

    /// <summary>
    /// Clears the queue and ends any WATCH (UNWATCH), giving the leased connection back. Called by
    /// <see cref="ExecuteAsync"/> and on disposal.
    /// </summary>
    public async ValueTask ResetAsync()
    {
        _queue.Clear();
        _immediate = false;
        var watching = _watching;
        var owned = _ownsWatching;
        _watching = null;
        _ownsWatching = false;
        if (watching is null)
        {
            return;
        }

        await UnwatchQuietlyAsync(watching, owned).ConfigureAwait(false);
        if (owned)
        {
            await watching.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async ValueTask UnwatchQuietlyAsync(RedisClient watching, bool owned)
    {
        try
        {
            await watching.RunStatefulAsync(TransactionCommands.Unwatch(), SessionChange.Unwatch, CancellationToken.None).ConfigureAwait(false);
            if (owned)
            {
                watching.MarkConnectionClean();
            }
        }
        catch (RedisException)
        {
            // The connection failed: it is closed rather than returned, which ends the WATCH too,
            // so a later command is not told of its loss.
            await watching.ForgetWatchAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Resets the pipeline (see <see cref="ResetAsync"/>).</summary>
    public ValueTask DisposeAsync() => ResetAsync();

    internal Pipeline Queue<TArgs, T, TParser>(Command<TArgs, T, TParser> command, Script? script = null)
        where TArgs : struct, ICommandArgs
        where TParser : struct, IReplyParser<T>
    {
        if (_immediate)
        {
            throw new InvalidOperationException(
                $"{command.Info.Name} cannot be queued in immediate mode: after WatchAsync, run reads with pipe.Immediate and call pipe.Multi() before queueing.");
        }

        if ((command.Info.Flags & CommandFlags.Blocking) != 0)
        {
            throw new InvalidOperationException($"{command.Info.Name} blocks the connection and cannot run inside a pipeline.");
        }

        _queue.Add(new QueuedCommand<TArgs, T, TParser>(command, script));
        return this;
    }
}
