using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace RedisKit.Diagnostics;

/// <summary>
/// The ActivitySource, the Meter and its instruments, named as the OpenTelemetry database
/// conventions say. <see cref="IsActive"/> is the only thing the hot path reads when nobody listens.
/// </summary>
internal static class RedisInstrumentation
{
    private static readonly string? Version = typeof(RedisInstrumentation).Assembly.GetName().Version?.ToString(3);

    public static readonly ActivitySource Source = new(RedisTelemetry.SourceName, Version);

    public static readonly Meter Meter = new(RedisTelemetry.SourceName, Version);

    private static readonly double[] DurationBuckets = [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10];

    public static readonly Histogram<double> OperationDuration = Meter.CreateHistogram(
        "db.client.operation.duration", "s", "Duration of database client operations.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });

    public static readonly Histogram<double> ConnectionCreateTime = Meter.CreateHistogram(
        "db.client.connection.create_time", "s", "The time it took to create a new connection, handshake included.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });

    public static readonly Histogram<double> ConnectionWaitTime = Meter.CreateHistogram(
        "db.client.connection.wait_time", "s", "The time it took to obtain an open connection from the pool.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });

    public static readonly Counter<long> ConnectionTimeouts = Meter.CreateCounter<long>(
        "db.client.connection.timeouts", "{timeout}", "The number of connection timeouts that have occurred trying to obtain a connection from the pool.");

    public static readonly Counter<long> UndisposedObjects = Meter.CreateCounter<long>(
        "redis.client.undisposed", "{object}", "Clients, pools, bound clients, PubSubs and MONITOR leases collected without being disposed; their connections were closed by a finalizer.");

    static RedisInstrumentation()
    {
        Meter.CreateObservableUpDownCounter("db.client.connection.count", PoolRegistry.ObserveCounts, "{connection}",
            "The number of connections that are currently in the state described by the state attribute.");
        Meter.CreateObservableUpDownCounter("db.client.connection.max", PoolRegistry.ObserveMax, "{connection}",
            "The maximum number of open connections allowed.");
        Meter.CreateObservableUpDownCounter("db.client.connection.pending_requests", PoolRegistry.ObservePending, "{request}",
            "The number of current pending requests for an open connection.");
    }

    /// <summary>True when a trace listener or the operation-duration histogram wants data.</summary>
    public static bool IsActive => Source.HasListeners() || OperationDuration.Enabled;

    /// <summary>Starts a client span for one operation, child of the ambient activity; null when not sampled.</summary>
    public static Activity? StartOperation(string name, PoolTelemetry pool, int batchSize, string? queryText)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var activity = Source.StartActivity(name, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("db.system.name", "redis");
            activity.SetTag("db.operation.name", name);
            activity.SetTag("db.namespace", pool.Namespace);
            activity.SetTag("server.address", pool.ServerAddress);
            activity.SetTag("server.port", pool.ServerPort);
            if (batchSize > 0)
            {
                activity.SetTag("db.operation.batch.size", batchSize);
            }

            if (queryText is not null)
            {
                activity.SetTag("db.query.text", queryText);
            }
        }

        return activity;
    }

    /// <summary>Ends an operation: span status and error attributes, and the duration histogram.</summary>
    public static void StopOperation(Activity? activity, string name, PoolTelemetry pool, long startTimestamp, Exception? error)
    {
        var errorType = error is null ? null : ErrorType(error);
        var statusCode = (error as RedisResponseException)?.Prefix;
        if (activity is not null)
        {
            if (error is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error, error.Message);
                activity.SetTag("error.type", errorType);
                if (statusCode is not null)
                {
                    activity.SetTag("db.response.status_code", statusCode);
                }
            }

            activity.Stop();
        }

        if (OperationDuration.Enabled)
        {
            var tags = pool.OperationTags(name);
            if (errorType is not null)
            {
                tags.Add("error.type", errorType);
            }

            if (statusCode is not null)
            {
                tags.Add("db.response.status_code", statusCode);
            }

            OperationDuration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds, tags);
        }
    }

    /// <summary>The error's prefix for server errors (<c>WRONGTYPE</c>), else the exception's type name.</summary>
    public static string ErrorType(Exception error) => error switch
    {
        RedisResponseException response => response.Prefix,
        OperationCanceledException => "cancelled",
        _ => error.GetType().FullName ?? error.GetType().Name,
    };
}
