namespace RedisKit;

/// <summary>
/// The base of every error RedisKit raises. <see cref="IsTransient"/> says whether trying again
/// later may succeed (a dropped connection, a server still loading, a timeout).
/// </summary>
/// <remarks>
/// The rule: an error is transient when sending the same command again, unchanged, through the
/// same client may succeed once time passes, with no change by the caller. Transient: lost or
/// refused connections (<see cref="RedisConnectionException"/>), timeouts (a write that timed out
/// may still have been applied, so retry only what is safe to repeat), an exhausted pool,
/// <see cref="RedisWatchException"/> (the whole transaction may be retried), and the server
/// states LOADING, BUSY, MASTERDOWN, NOREPLICAS, READONLY, TRYAGAIN and CLUSTERDOWN. Not transient:
/// MOVED and ASK (the command must go to another node), CROSSSLOT, syntax and type errors,
/// NOSCRIPT, NOPERM, authentication failures, EXECABORT, malformed replies
/// (<see cref="RedisProtocolException"/>), a lock no longer owned, and
/// <see cref="RedisConnectionStateLostException"/> (retrying would run without the state the
/// command relied on).
/// </remarks>
public class RedisException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    public RedisException(string message) : base(message) { }

    /// <summary>Creates an exception with a message and the failure that caused it.</summary>
    public RedisException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates an exception with a generic message.</summary>
    public RedisException() : base("A Redis operation failed.") { }

    /// <summary>True when the same operation may succeed if tried again later.</summary>
    public virtual bool IsTransient => false;
}
