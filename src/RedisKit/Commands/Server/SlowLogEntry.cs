namespace RedisKit;

/// <summary>One SLOWLOG GET entry, as redis-py's dictionary; the same under RESP2 and RESP3.</summary>
/// <param name="Id">The entry's unique, increasing id.</param>
/// <param name="Time">When the command started.</param>
/// <param name="Duration">How long the command ran on the server (microsecond precision), I/O excluded.</param>
/// <param name="Arguments">The command and its arguments, name first; Redis truncates long ones and redacts secrets.</param>
/// <param name="ClientAddress">The client's <c>ip:port</c> (empty on servers older than 4.0).</param>
/// <param name="ClientName">The client's name, empty when it has none.</param>
public sealed record SlowLogEntry(long Id, DateTimeOffset Time, TimeSpan Duration, IReadOnlyList<string> Arguments, string ClientAddress, string ClientName);
