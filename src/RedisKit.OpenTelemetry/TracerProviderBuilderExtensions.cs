using RedisKit;
using RedisKit.OpenTelemetry;

namespace OpenTelemetry.Trace;

/// <summary>Subscribes a tracer provider to RedisKit's spans.</summary>
public static class RedisKitTracerProviderBuilderExtensions
{
    /// <summary>
    /// Exports RedisKit's spans: one per command, one per pipeline (<c>PIPELINE</c>) or transaction
    /// (<c>MULTI</c>), one per new connection (<c>CONNECT</c>), as children of the ambient activity.
    /// Nothing is resolved from dependency injection while the provider is built.
    /// </summary>
    public static TracerProviderBuilder AddRedisKitInstrumentation(this TracerProviderBuilder builder, Action<RedisKitInstrumentationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new RedisKitInstrumentationOptions();
        configure?.Invoke(options);
        if (options.SetQueryText)
        {
            RedisTelemetry.CaptureQueryText = true;
        }

        builder.AddSource(RedisTelemetry.SourceName);
        if (options.Filter is not null || options.Enrich is not null)
        {
            builder.AddProcessor(new RedisKitActivityProcessor(options));
        }

        return builder;
    }
}
