using System.Diagnostics;
using RedisKit.Cluster;
using RedisKit.Commands;
using RedisKit.Connections;
using RedisKit.Diagnostics;
using RedisKit.Pipelines;

namespace RedisKit;

public sealed partial class RedisClient
{
    /// <summary>
    /// A pipeline whose commands leave in one write; with <paramref name="transaction"/> (the default,
    /// as in redis-py) they run atomically inside MULTI..EXEC.
    /// </summary>
    public Pipeline Pipeline(bool transaction = true) => new(this, transaction);

    /// <summary>
    /// Check-and-set, as redis-py's <c>transaction</c>: watches <paramref name="watches"/>, runs
    /// <paramref name="body"/> (read with <see cref="RedisKit.Pipeline.Immediate"/>, then
    /// <see cref="RedisKit.Pipeline.Multi"/> and queue the writes) and executes. When a watched key
    /// changed meanwhile, it starts over, at most <paramref name="maxAttempts"/> times in all; the
    /// last <see cref="RedisWatchException"/> is then thrown rather than retrying forever.
    /// </summary>
    public async Task<PipelineResults> TransactionAsync(Func<Pipeline, Task> body, IEnumerable<RedisKey> watches, int maxAttempts = 100,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(watches);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        var keys = watches.ToArray();
        for (var attempt = 1; ; attempt++)
        {
            var pipe = Pipeline(transaction: true);
            await using var pipeScope = pipe.ConfigureAwait(false);
            await pipe.WatchAsync(keys, cancellationToken).ConfigureAwait(false);
            await body(pipe).ConfigureAwait(false);
            // A body that only read still ends with EXEC, which confirms nothing changed meanwhile.
            MultiIfImmediate(pipe);
            try
            {
                return await pipe.ExecuteAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (RedisWatchException) when (attempt < maxAttempts)
            {
                await Task.Delay(RetryBackoff.Delay(Math.Min(attempt, 4), _options), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static void MultiIfImmediate(Pipeline pipe)
    {
        try
        {
            pipe.Multi();
        }
        catch (InvalidOperationException)
        {
            // Multi() was already called by the body.
        }
    }

    /// <summary>Runs a pipeline's commands, inside one PIPELINE or MULTI span when someone listens.</summary>
    internal Task<PipelineBatch> RunPipelineAsync(IReadOnlyList<QueuedCommand> commands, bool transaction, CancellationToken cancellationToken) =>
        RedisInstrumentation.IsActive
            ? RunInstrumentedBatchAsync(commands, transaction, cancellationToken)
            : RunBatchAsync(commands, transaction, cancellationToken);

    private async Task<PipelineBatch> RunInstrumentedBatchAsync(IReadOnlyList<QueuedCommand> commands, bool transaction, CancellationToken cancellationToken)
    {
        var name = transaction ? "MULTI" : "PIPELINE";
        var started = Stopwatch.GetTimestamp();
        using var activity = RedisInstrumentation.StartOperation(name, _pool.Telemetry, commands.Count, null);
        try
        {
            var batch = await RunBatchAsync(commands, transaction, cancellationToken).ConfigureAwait(false);
            var failure = batch.ConnectionFailure ?? batch.TransactionError
                ?? (batch.WatchFailed ? new RedisWatchException() : null)
                ?? FirstFailure(batch.Results);
            RedisInstrumentation.StopOperation(activity, name, _pool.Telemetry, started, failure);
            return batch;
        }
        catch (Exception ex)
        {
            RedisInstrumentation.StopOperation(activity, name, _pool.Telemetry, started, ex);
            throw;
        }
    }

    private static Exception? FirstFailure(object?[] results)
    {
        foreach (var result in results)
        {
            if (result is Exception failure)
            {
                return failure;
            }
        }

        return null;
    }

    private async Task<PipelineBatch> RunBatchAsync(IReadOnlyList<QueuedCommand> commands, bool transaction, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (_cluster is not null)
        {
            throw ClusterSupport.NotYet(transaction ? "A transaction (MULTI/EXEC pipeline)" : "A pipeline", "Send its commands one by one; each goes to the node serving its keys.");
        }

        await LoadScriptsAsync(commands, cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; ; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(RetryBackoff.Delay(attempt, _options), cancellationToken).ConfigureAwait(false);
            }

            RedisConnection connection;
            try
            {
                connection = _bound is not null
                    ? await _bound.GetAsync(cancellationToken).ConfigureAwait(false)
                    : await _pool.GetSharedAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (RedisException ex) when (attempt < _options.RetryAttempts && IsRetryable(ex))
            {
                LogRetry(transaction ? "MULTI" : "PIPELINE", attempt + 1, ex);
                continue;
            }

            var batch = new PipelineBatch(commands, transaction);
            if (batch.Count == 0)
            {
                return batch;
            }

            if (!connection.TrySendBatch(batch))
            {
                if (attempt < _options.RetryAttempts)
                {
                    LogRetry(transaction ? "MULTI" : "PIPELINE", attempt + 1, connection.Failure);
                    continue;
                }

                throw connection.Failure as RedisException ?? new RedisConnectionException($"The connection to {connection.Endpoint} is closed.");
            }

            // A cancelled caller only stops waiting: the batch keeps its slots in the connection's
            // FIFO, so its replies are still read (and dropped) in order and nobody else is touched.
            await batch.Completion.WaitAsync(cancellationToken).ConfigureAwait(false);
            return batch;
        }
    }

    /// <summary>Records that EXEC ended the bound connection's WATCH, so its loss no longer matters.</summary>
    internal ValueTask EndTransactionAsync() =>
        _bound?.RecordAsync(null, new SessionChange(SessionChangeKind.EndTransaction)) ?? default;

    /// <summary>Records that the bound connection's WATCH no longer matters (its pipeline was reset).</summary>
    internal ValueTask ForgetWatchAsync() => _bound?.RecordAsync(null, SessionChange.Unwatch) ?? default;

    /// <summary>A WATCH ended by EXEC, DISCARD or UNWATCH leaves the bound connection reusable again.</summary>
    internal void MarkConnectionClean() => _bound?.MarkClean();
}
