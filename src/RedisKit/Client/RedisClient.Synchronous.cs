using System.Diagnostics;
using RedisKit.Commands;
using RedisKit.Connections;
using RedisKit.Diagnostics;

namespace RedisKit;

public sealed partial class RedisClient
{
    /// <summary>
    /// Runs any command synchronously, for code that cannot await (a synchronous interface method,
    /// say); arguments and reply as <see cref="ExecuteCommandAsync(object[])"/> has them. The call
    /// blocks its thread but needs no other: it goes over the shared connection, whose reader thread
    /// wakes the caller, so many blocked request threads cannot starve the thread pool.
    /// Blocking commands and commands that change a connection's state are refused here.
    /// </summary>
    /// <param name="args">The command name and its arguments.</param>
    /// <returns>The untyped reply.</returns>
    public object? ExecuteCommand(params object?[] args) => Run(UntypedCommands.Create(args), CancellationToken.None);

    /// <summary>
    /// Runs a command on the shared connection and blocks until its reply, with the same
    /// spans, metrics, timeouts and retries as the asynchronous path.
    /// </summary>
    internal T Run<TArgs, T, TParser>(in Command<TArgs, T, TParser> command, CancellationToken cancellationToken)
        where TArgs : struct, ICommandArgs
        where TParser : struct, IReplyParser<T>
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        cancellationToken.ThrowIfCancellationRequested();
        if ((command.Info.Flags & (CommandFlags.Blocking | CommandFlags.ConnectionState)) != 0 || _bound is not null)
        {
            throw new InvalidOperationException(
                $"{command.Info.Name} cannot run synchronously: synchronous calls go over the shared connection, so blocking commands, commands that change a connection's state and clients bound to one connection need the asynchronous methods.");
        }

        if (!RedisInstrumentation.IsActive)
        {
            return RunSynchronously(command, cancellationToken);
        }

        var started = Stopwatch.GetTimestamp();
        var queryText = RedisTelemetry.CaptureQueryText && RedisInstrumentation.Source.HasListeners() ? QueryText.Sanitize(command, _options.Encoding) : null;
        using var activity = RedisInstrumentation.StartOperation(command.Info.Name, _pool.Telemetry, 0, queryText);
        try
        {
            var result = RunSynchronously(command, cancellationToken);
            RedisInstrumentation.StopOperation(activity, command.Info.Name, _pool.Telemetry, started, null);
            return result;
        }
        catch (Exception ex)
        {
            RedisInstrumentation.StopOperation(activity, command.Info.Name, _pool.Telemetry, started, ex);
            throw;
        }
    }

    private T RunSynchronously<TArgs, T, TParser>(in Command<TArgs, T, TParser> command, CancellationToken cancellationToken)
        where TArgs : struct, ICommandArgs
        where TParser : struct, IReplyParser<T>
    {
        var timeout = _options.SocketTimeout == Timeout.InfiniteTimeSpan || command.ExtraTimeoutMilliseconds < 0
            ? -1
            : (long)_options.SocketTimeout.TotalMilliseconds + command.ExtraTimeoutMilliseconds;
        if (_cluster is not null)
        {
            return _cluster.Run(command, timeout, cancellationToken);
        }

        var attempt = 0;
        while (true)
        {
            var sent = false;
            try
            {
                // Waiting for the open (or the health check) needs no pool thread either: the
                // connection's own thread connects, and replies resume their callers on it.
                var connection = _pool.TryGetShared() ?? _pool.GetSharedAsync(cancellationToken).AsTask().GetAwaiter().GetResult();
                var reply = PendingReply<T, TParser>.RentSynchronous(command.Parser, command.Info, cancellationToken);
                if (!connection.TrySendOrDiscard(command, reply))
                {
                    throw connection.NotOpenException();
                }

                sent = true;
                return reply.Wait(connection, timeout);
            }
            catch (RedisException ex) when (attempt < _options.RetryAttempts && IsRetryable(ex) && (!sent || command.Info.IsRetrySafe))
            {
                attempt++;
                LogRetry(command.Info.Name, attempt, ex);
                Thread.Sleep(RetryBackoff.Delay(attempt, _options));
            }
        }
    }
}
