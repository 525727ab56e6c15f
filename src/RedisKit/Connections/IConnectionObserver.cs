namespace RedisKit.Connections;

/// <summary>
/// Told when an open connection fails. Called from whichever thread retires the connection (often its
/// reader, with no lock held): an implementation only records and hands off, never runs user code or
/// blocks. A connection closed on purpose (disposal, giving back a dirty lease) is not reported.
/// </summary>
internal interface IConnectionObserver
{
    void ConnectionFailed(RedisConnection connection, Exception reason, int pendingCount);
}
