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

    /// <summary>
    /// A connection to <paramref name="endpoint"/> could not authenticate again with fresh credentials
    /// before they expired (<paramref name="reason"/>, never a password); it was closed.
    /// </summary>
    [Event(40, Level = EventLevel.Warning, Message = "Authenticating again with {0} before the credentials expire failed: {1}. The connection was closed; the next one authenticates with fresh credentials.")]
    public void ReauthenticationFailed(string endpoint, string reason)
    {
        if (IsEnabled(EventLevel.Warning, EventKeywords.All))
        {
            WriteEvent(40, endpoint, reason);
        }
    }
}
