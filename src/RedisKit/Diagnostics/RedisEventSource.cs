using System.Diagnostics.Tracing;

namespace RedisKit.Diagnostics;

/// <summary>
/// The <c>RedisKit</c> event source: warnings that have no caller to throw to, such as a client
/// that was never disposed (redis-py's <c>ResourceWarning</c>). Seen with <c>dotnet-trace</c>,
/// <c>dotnet-monitor</c> or an <see cref="EventListener"/> enabling <c>RedisKit</c> at warning level.
/// </summary>
[EventSource(Name = RedisTelemetry.SourceName)]
internal sealed class RedisEventSource : EventSource
{
    /// <summary>The one instance.</summary>
    public static readonly RedisEventSource Log = new();

    private RedisEventSource()
    {
    }

    /// <summary>
    /// A <paramref name="kind"/> (client, pool, bound client, PubSub, MONITOR) became unreachable
    /// without being disposed; its connections to <paramref name="endpoint"/> were closed.
    /// </summary>
    [Event(1, Level = EventLevel.Warning, Message = "An undisposed {0} for {1} was collected; its connections were closed. Dispose it (await using) to release connections deterministically.")]
    public void Undisposed(string kind, string endpoint)
    {
        if (IsEnabled(EventLevel.Warning, EventKeywords.All))
        {
            WriteEvent(1, kind, endpoint);
        }
    }
}
