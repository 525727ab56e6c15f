namespace RedisKit;

/// <summary>One LATENCY LATEST row: the latest and worst spike of a latency event.</summary>
/// <param name="Name">The event, such as <c>command</c>, <c>fast-command</c> or <c>fork</c>.</param>
/// <param name="Time">When the latest spike happened.</param>
/// <param name="Latest">The latest spike (millisecond precision).</param>
/// <param name="Max">The worst spike since the server started or the event was reset.</param>
public sealed record LatencyEvent(string Name, DateTimeOffset Time, TimeSpan Latest, TimeSpan Max);
