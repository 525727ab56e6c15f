using System.Diagnostics;
using OpenTelemetry;

namespace RedisKit.OpenTelemetry;

/// <summary>Applies the filter and the enrichment to RedisKit's spans, and to no one else's.</summary>
internal sealed class RedisKitActivityProcessor(RedisKitInstrumentationOptions options) : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        if (data.Source.Name != RedisTelemetry.SourceName)
        {
            return;
        }

        if (options.Filter is { } filter && !filter(data))
        {
            // Unset the recorded flag: exporters skip spans that are not recorded.
            data.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded;
            return;
        }

        options.Enrich?.Invoke(data);
    }
}
