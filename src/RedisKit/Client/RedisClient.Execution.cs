using System.Diagnostics;
using System.Runtime.CompilerServices;
using RedisKit.Commands;
using RedisKit.Connections;
using RedisKit.Diagnostics;

namespace RedisKit;

public sealed partial class RedisClient
{
    /// <summary>
    /// Runs a command. The common case (open shared connection, nothing to retry) sends at once
    /// and returns the pooled reply awaitable without allocating; everything else (connecting,
    /// leases, retries) takes the slow path.
    /// </summary>
    internal ValueTask<T> RunAsync<TArgs, T, TParser>(in Command<TArgs, T, TParser> command, CancellationToken cancellationToken)
        where TArgs : struct, ICommandArgs
        where TParser : struct, IReplyParser<T>
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<T>(cancellationToken);
        }

        return RedisInstrumentation.IsActive ? RunInstrumentedAsync(command, default, cancellationToken) : RunUninstrumented(command, cancellationToken);
    }

    /// <summary>The command inside a client span, with its duration recorded: only when someone listens.</summary>
    private async ValueTask<T> RunInstrumentedAsync<TArgs, T, TParser>(Command<TArgs, T, TParser> command, SessionChange change, CancellationToken cancellationToken)
        where TArgs : struct, ICommandArgs
        where TParser : struct, IReplyParser<T>
    {
        var started = Stopwatch.GetTimestamp();
        var queryText = RedisTelemetry.CaptureQueryText && RedisInstrumentation.Source.HasListeners() ? QueryText.Sanitize(command, _options.Encoding) : null;
        var activity = RedisInstrumentation.StartOperation(command.Info.Name, _pool.Telemetry, 0, queryText);
        try
        {
            var result = change.Kind == SessionChangeKind.None
                ? await RunUninstrumented(command, cancellationToken).ResumeInline()
                : await RunSlowAsync(command, 0, change, cancellationToken).ResumeInline();
            RedisInstrumentation.StopOperation(activity, command.Info.Name, _pool.Telemetry, started, null);
            return result;
        }
        catch (Exception ex)
        {
            RedisInstrumentation.StopOperation(activity, command.Info.Name, _pool.Telemetry, started, ex);
            throw;
        }
        finally
        {
            activity?.Dispose();
        }
    }

    private ValueTask<T> RunUninstrumented<TArgs, T, TParser>(in Command<TArgs, T, TParser> command, CancellationToken cancellationToken)
        where TArgs : struct, ICommandArgs
        where TParser : struct, IReplyParser<T>
    {
        if (_cluster is not null)
        {
            return _cluster.RunAsync(command, cancellationToken);
        }

        // Blocking commands take the slow path, which closes a bound connection when the wait is
        // cancelled, and so do connection-state commands, whose change is recorded once it succeeded.
        if ((command.Info.Flags & (CommandFlags.Blocking | CommandFlags.ConnectionState)) == 0)
        {
            var connection = _bound is null ? _pool.TryGetShared() : _bound.TryGet();
            if (connection is not null)
            {
                var reply = PendingReply<T, TParser>.Rent(command.Parser, command.Info, cancellationToken);
                if (connection.TrySendOrDiscard(command, reply))
                {
                    return command.Info.IsRetrySafe && _options.RetryAttempts > 0
                        ? AwaitOrRetryAsync(reply.Task, command, cancellationToken)
                        : reply.Task;
                }
            }
        }

        return RunSlowAsync(command, 0, default, cancellationToken);
    }

    /// <summary>
    /// Runs a command that changes its connection's state. On a bound client the change is
    /// recorded once the command succeeded, so a replacement connection is given it back (or, for
    /// state that cannot be restored, the next command fails loudly); a pooled client refuses it.
    /// </summary>
    /// <summary>Runs a command that changes its connection's state; see <see cref="StatefulCommand{TArgs, T, TParser}"/>.</summary>
    internal ValueTask<T> RunStatefulAsync<TArgs, T, TParser>(in StatefulCommand<TArgs, T, TParser> command, CancellationToken cancellationToken)
        where TArgs : struct, ICommandArgs
        where TParser : struct, IReplyParser<T> =>
        RunStatefulAsync(command.Command, command.Change, cancellationToken);

    internal ValueTask<T> RunStatefulAsync<TArgs, T, TParser>(in Command<TArgs, T, TParser> command, SessionChange change, CancellationToken cancellationToken)
        where TArgs : struct, ICommandArgs
        where TParser : struct, IReplyParser<T>
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<T>(cancellationToken);
        }

        return RedisInstrumentation.IsActive ? RunInstrumentedAsync(command, change, cancellationToken) : RunSlowAsync(command, 0, change, cancellationToken);
    }

    // Not the pooling builder: .AsTask() on its awaitable, registering just as the reply completes
    // it, is queued to the thread pool by .NET, which sync-over-async callers may have starved. A
    // Task-backed awaitable is safe (a blocking wait on a completed task never needs the pool).
    private async ValueTask<T> AwaitOrRetryAsync<TArgs, T, TParser>(ValueTask<T> pending, Command<TArgs, T, TParser> command, CancellationToken cancellationToken)
        where TArgs : struct, ICommandArgs
        where TParser : struct, IReplyParser<T>
    {
        try
        {
            return await pending.ConfigureAwait(false);
        }
        catch (RedisException ex) when (IsRetryable(ex))
        {
            LogRetry(command.Info.Name, 1, ex);
            return await RunSlowAsync(command, 1, default, cancellationToken).ResumeInline();
        }
    }

    private async ValueTask<T> RunSlowAsync<TArgs, T, TParser>(Command<TArgs, T, TParser> command, int attempt, SessionChange change, CancellationToken cancellationToken)
        where TArgs : struct, ICommandArgs
        where TParser : struct, IReplyParser<T>
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (_cluster is not null)
        {
            return await _cluster.RunAsync(command, cancellationToken).ConfigureAwait(false);
        }

        var exclusive = (command.Info.Flags & (CommandFlags.Blocking | CommandFlags.ConnectionState)) != 0;
        if (exclusive && _bound is null && (command.Info.Flags & CommandFlags.ConnectionState) != 0)
        {
            throw new InvalidOperationException(
                $"{command.Info.Name} changes the state of one connection, so it cannot run on a pooled client whose commands share connections. Use redis.Client() for a client bound to one connection.");
        }

        while (true)
        {
            if (attempt > 0)
            {
                // Not Task.Delay: the library's own timer thread resumes the retry, so callers
                // blocked on every thread-pool thread (sync over async) still get their answer.
                await RetryTimer.DelayAsync(RetryBackoff.Delay(attempt, _options), cancellationToken).ResumeInline();
            }

            var sent = false;
            RedisConnection? leased = null;
            RedisConnection? connection = null;
            try
            {
                if (_bound is not null)
                {
                    connection = await _bound.GetAsync(cancellationToken, change).ResumeInline();
                    if ((command.Info.Flags & CommandFlags.ConnectionState) != 0)
                    {
                        _bound.MarkDirty();
                    }
                }
                else if (exclusive)
                {
                    connection = leased = await _pool.LeaseAsync(cancellationToken).ResumeInline();
                }
                else
                {
                    connection = await _pool.GetSharedAsync(cancellationToken).ResumeInline();
                }

                var pending = connection.ExecuteAsync(command, cancellationToken);
                sent = true;
                T result;
                try
                {
                    result = await pending.ConfigureAwait(false);
                }
                catch (RedisResponseException) when (_bound is not null && change.Kind == SessionChangeKind.EndTransaction)
                {
                    // A refused EXEC (EXECABORT) still ends the transaction and its WATCH.
                    await _bound.RecordAsync(connection, change).ConfigureAwait(false);
                    throw;
                }

                if (_bound is not null && change.Kind != SessionChangeKind.None)
                {
                    await _bound.RecordAsync(connection, change).ConfigureAwait(false);
                }
                if (leased is not null)
                {
                    _pool.Release(leased, reusable: true);
                    leased = null;
                }

                return result;
            }
            catch (RedisException ex) when (attempt < _options.RetryAttempts && IsRetryable(ex) && (!sent || command.Info.IsRetrySafe))
            {
                attempt++;
                LogRetry(command.Info.Name, attempt, ex);
            }
            catch (OperationCanceledException) when (sent && leased is null && (command.Info.Flags & CommandFlags.Blocking) != 0)
            {
                // A bound client's connection: the server still owes the cancelled command its reply,
                // possibly much later, and every later command would queue behind it. Closing it
                // ends the wait on the server; the bound client leases a fresh one next time.
                connection?.CloseDeliberately(new RedisConnectionException($"{command.Info.Name} was cancelled while waiting, so its connection was closed."));
                throw;
            }
            finally
            {
                if (leased is not null)
                {
                    // A lease that failed or was cancelled mid-command may still owe a reply: it is
                    // closed rather than handed to the next caller.
                    _pool.Release(leased, reusable: false);
                }
            }
        }
    }

    // A lost bound-connection state is a connection error that is not transient: never retried.
    private bool IsRetryable(RedisException exception) =>
        exception.IsTransient && (exception is RedisConnectionException || (exception is RedisTimeoutException && _options.RetryOnTimeout));
}
