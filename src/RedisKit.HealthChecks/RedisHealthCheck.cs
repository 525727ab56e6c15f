using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RedisKit.HealthChecks;

/// <summary>
/// Sends PING through a <see cref="RedisClient"/>: Healthy when PONG comes back, Degraded when it comes
/// back slower than the degraded threshold, the registration's failure status when it fails or does
/// not come back within the check's timeout. The result's data carries <c>latency_ms</c> (the PING
/// round trip), <c>connect_ms</c> when the check had to open the first connection, and the
/// <c>server</c> (endpoint and database, never credentials).
/// </summary>
public sealed class RedisHealthCheck : IHealthCheck
{
    /// <summary>The deadline used when the registration sets no timeout.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);

    private readonly RedisClient _client;
    private readonly TimeSpan? _degradedThreshold;
    private readonly string _server;

    /// <summary>A check of <paramref name="client"/>.</summary>
    /// <param name="client">The client whose server is checked; the check does not dispose it.</param>
    /// <param name="degradedThreshold">A PING slower than this reports Degraded; null never does.</param>
    public RedisHealthCheck(RedisClient client, TimeSpan? degradedThreshold = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (degradedThreshold is { } threshold && threshold <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(degradedThreshold), threshold, "The degraded threshold must be greater than zero, or null for none.");
        }

        _client = client;
        _degradedThreshold = degradedThreshold;
        var options = client.Options;
        _server = (options.UnixSocketPath ?? options.Host + ":" + options.Port.ToString(CultureInfo.InvariantCulture))
            + "/" + options.Database.ToString(CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var timeout = context.Registration.Timeout > TimeSpan.Zero ? context.Registration.Timeout : DefaultTimeout;
        var data = new Dictionary<string, object> { ["server"] = _server };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        long started;
        try
        {
            // Latency is the PING round trip alone: with no connection open yet, a first PING
            // connects and its time is reported apart, so a cold start does not read as slowness.
            if (_client.ConnectionPool.TotalConnections == 0)
            {
                started = Stopwatch.GetTimestamp();
                await _client.PingAsync(deadline.Token).ConfigureAwait(false);
                data["connect_ms"] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            started = Stopwatch.GetTimestamp();
            await _client.PingAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            data["timeout_ms"] = timeout.TotalMilliseconds;
            return new HealthCheckResult(
                context.Registration.FailureStatus,
                $"Redis did not answer PING within {Format(timeout)}.",
                data: data);
        }
        catch (RedisException ex)
        {
            // RedisKit's messages never carry passwords, so the exception can go into the report.
            return new HealthCheckResult(context.Registration.FailureStatus, $"Redis PING failed: {ex.Message}", ex, data);
        }

        var latency = Stopwatch.GetElapsedTime(started);
        data["latency_ms"] = latency.TotalMilliseconds;
        if (_degradedThreshold is { } threshold && latency > threshold)
        {
            return HealthCheckResult.Degraded($"Redis answered PING in {Format(latency)}, slower than {Format(threshold)}.", data: data);
        }

        return HealthCheckResult.Healthy($"Redis answered PING in {Format(latency)}.", data);
    }

    private static string Format(TimeSpan value) => value.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture) + " ms";
}
