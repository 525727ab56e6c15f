using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using RedisKit.Diagnostics;

namespace RedisKit.Connections;

/// <summary>An object whose connections must be released if it is collected without being disposed.</summary>
internal interface IAbandonable
{
    /// <summary>What the warning calls the object: "pool", "bound client", "PubSub"...</summary>
    string AbandonedKind { get; }

    /// <summary>The endpoint, for the warning; never credentials.</summary>
    string AbandonedEndpoint { get; }

    /// <summary>
    /// Closes the object's connections from the finalizer thread: no waiting, no awaiting, nothing
    /// that can throw past the caller.
    /// </summary>
    void ReleaseAbandoned();
}

/// <summary>
/// The finalizable companion of a user-facing object (a pool, a <c>Client()</c>, a PubSub, a
/// MONITOR lease): only its owner refers to it and it refers only to its owner, so both become
/// unreachable together, and its finalizer then closes the owner's connections, as redis-py's
/// <c>__del__</c> does. Connections never point back up to their owners (their reader threads,
/// timers and the watchdog root them), which is what lets the owner become unreachable at all.
/// Disposal calls <see cref="Disarm"/>, so a disposed owner costs the finalizer nothing. The warning
/// goes to the event source and to <paramref name="logger"/> (the pool's; it refers to no owner).
/// </summary>
internal sealed class LeakGuard(IAbandonable owner, ILogger logger)
{
    private static long _released;
    private int _disarmed;

    /// <summary>Abandoned owners whose connections were closed by a finalizer, since the process started.</summary>
    public static long Released => Interlocked.Read(ref _released);

    /// <summary>The owner was disposed: nothing to do on collection.</summary>
    [SuppressMessage("Usage", "CA1816:Dispose methods should call SuppressFinalize", Justification = "Disarming is the guard's disposal; the owner's Dispose calls it.")]
    public void Disarm()
    {
        if (Interlocked.Exchange(ref _disarmed, 1) == 0)
        {
            GC.SuppressFinalize(this);
        }
    }

    ~LeakGuard()
    {
        if (Interlocked.Exchange(ref _disarmed, 1) != 0)
        {
            return;
        }

        try
        {
            owner.ReleaseAbandoned();
            Interlocked.Increment(ref _released);
            RedisInstrumentation.UndisposedObjects.Add(1);
            RedisEventSource.Log.Undisposed(owner.AbandonedKind, owner.AbandonedEndpoint);
            RedisLog.Undisposed(logger, owner.AbandonedKind, owner.AbandonedEndpoint);
        }
        catch (Exception)
        {
            // Nothing may escape a finalizer (it would end the process); the sockets close with their handles anyway.
        }
    }
}
