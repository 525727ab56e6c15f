namespace RedisKit;

/// <summary>One LATENCY HISTORY sample of an event.</summary>
/// <param name="Time">When the spike happened.</param>
/// <param name="Latency">How long it lasted (millisecond precision).</param>
public readonly record struct LatencySample(DateTimeOffset Time, TimeSpan Latency);
