namespace RedisKit;

/// <summary>One command's entry of LATENCY HISTOGRAM.</summary>
/// <param name="Calls">How many times the command ran.</param>
/// <param name="HistogramMicroseconds">
/// The cumulative latency histogram: for each bucket's upper bound in microseconds (powers of two),
/// how many calls took at most that long.
/// </param>
public sealed record LatencyHistogram(long Calls, IReadOnlyDictionary<long, long> HistogramMicroseconds);
