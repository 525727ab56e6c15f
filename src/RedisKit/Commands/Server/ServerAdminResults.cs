namespace RedisKit;

/// <summary>One key of COMMAND GETKEYSANDFLAGS: the key and how the command uses it (RW, access, update...).</summary>
/// <param name="Key">The key.</param>
/// <param name="Flags">The key specification's flags, as the server names them.</param>
public sealed record CommandKeyFlags(string Key, IReadOnlyList<string> Flags);

/// <summary>One command's entry of LATENCY HISTOGRAM.</summary>
/// <param name="Calls">How many times the command ran.</param>
/// <param name="HistogramMicroseconds">
/// The cumulative latency histogram: for each bucket's upper bound in microseconds (powers of two),
/// how many calls took at most that long.
/// </param>
public sealed record LatencyHistogram(long Calls, IReadOnlyDictionary<long, long> HistogramMicroseconds);

/// <summary>A loaded module, as MODULE LIST describes it.</summary>
/// <param name="Name">The module's name.</param>
/// <param name="Version">The module's version.</param>
/// <param name="Path">The file it was loaded from (Redis 7+; empty before).</param>
/// <param name="Arguments">The arguments it was loaded with (Redis 7+; empty before).</param>
public sealed record RedisModuleInfo(string Name, long Version, string Path, IReadOnlyList<string> Arguments);
