using RedisKit;

namespace OpenTelemetry.Metrics;

/// <summary>Subscribes a meter provider to RedisKit's metrics.</summary>
public static class RedisKitMeterProviderBuilderExtensions
{
    /// <summary>
    /// Exports <c>db.client.operation.duration</c> and the <c>db.client.connection.*</c> instruments
    /// (count by state, max, pending requests, timeouts, create time, wait time), tagged with the
    /// pool name and the server's address and port.
    /// </summary>
    public static MeterProviderBuilder AddRedisKitInstrumentation(this MeterProviderBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddMeter(RedisTelemetry.SourceName);
    }
}
