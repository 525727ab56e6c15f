using System.Diagnostics;

namespace RedisKit.Connections;

/// <summary>
/// Watches the reader threads while they resume callers. A reader still inside a caller
/// <see cref="StuckAfter"/> later is held by code that blocks (waiting synchronously for a reply
/// that only this reader could read, say) or computes for long: the connection gets a new reader
/// thread, and the stuck run's held-back commands and remaining callers are let go. One timer for
/// the process, ticking only while readers are busy.
/// </summary>
internal static class ReaderWatchdog
{
    /// <summary>How long a reader may stay inside the callers it resumes before it is replaced.</summary>
    public static readonly TimeSpan StuckAfter = TimeSpan.FromMilliseconds(2);

    private const int PeriodMilliseconds = 2;
    private const int IdleTicksBeforeStopping = 50;

    private static readonly Lock Gate = new();
    private static readonly List<RedisConnection> Connections = [];
    private static Timer? _timer;
    private static volatile bool _ticking;
    private static int _idleTicks;

    public static void Watch(RedisConnection connection)
    {
        lock (Gate)
        {
            Connections.Add(connection);
        }
    }

    public static void Forget(RedisConnection connection)
    {
        lock (Gate)
        {
            Connections.Remove(connection);
        }
    }

    /// <summary>
    /// Called by a reader after it published the start of a dispatch: the timer ticks from now on
    /// at the latest. (A tick that stops the timer checks the readers again afterwards, so one of
    /// the two always sees the other.)
    /// </summary>
    public static void EnsureTicking()
    {
        if (!_ticking)
        {
            Start();
        }
    }

    private static void Start()
    {
        lock (Gate)
        {
            _idleTicks = 0;
            if (_ticking)
            {
                return;
            }

            _ticking = true;
            _timer ??= new Timer(static _ => Tick(), null, Timeout.Infinite, Timeout.Infinite);
            _timer.Change(PeriodMilliseconds, PeriodMilliseconds);
        }
    }

    private static void Tick()
    {
        var now = Stopwatch.GetTimestamp();
        List<(RedisConnection Connection, long Started)>? stuck = null;
        lock (Gate)
        {
            var busy = false;
            foreach (var connection in Connections)
            {
                var started = connection.DispatchStartedAt;
                if (started == 0)
                {
                    continue;
                }

                busy = true;
                if (Stopwatch.GetElapsedTime(started, now) >= StuckAfter)
                {
                    (stuck ??= []).Add((connection, started));
                }
            }

            if (busy)
            {
                _idleTicks = 0;
            }
            else if (++_idleTicks >= IdleTicksBeforeStopping && _ticking)
            {
                _ticking = false;
                Interlocked.MemoryBarrier();
                if (AnyDispatching())
                {
                    _ticking = true;
                }
                else
                {
                    _timer!.Change(Timeout.Infinite, Timeout.Infinite);
                }
            }
        }

        if (stuck is not null)
        {
            foreach (var (connection, started) in stuck)
            {
                connection.ReplaceStuckReader(started);
            }
        }
    }

    private static bool AnyDispatching()
    {
        foreach (var connection in Connections)
        {
            if (connection.DispatchStartedAt != 0)
            {
                return true;
            }
        }

        return false;
    }
}
