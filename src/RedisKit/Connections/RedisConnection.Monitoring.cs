namespace RedisKit.Connections;

internal sealed partial class RedisConnection
{
    /// <summary>What the pool uses the connection for: reported with its failure.</summary>
    public RedisConnectionKind Kind { get; set; } = RedisConnectionKind.Leased;

    /// <summary>
    /// Told if the open connection fails. The pool's monitor, which holds its pool only weakly: a
    /// connection must not keep its owners reachable (ARCHITECTURE.md, threading rules).
    /// </summary>
    public IConnectionObserver? Observer { get; set; }

    /// <summary>
    /// Closes the connection on purpose, failing what it still owes with <paramref name="reason"/>:
    /// a connection given up by its user (a cancelled blocking command, a replaced bound connection),
    /// which is no failure to log or report.
    /// </summary>
    public void CloseDeliberately(Exception reason) => Retire(reason, onReader: false, deliberate: true);
}
