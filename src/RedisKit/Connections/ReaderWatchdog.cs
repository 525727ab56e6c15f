using System.Diagnostics;

namespace RedisKit.Connections;

/// <summary>
/// Watches the threads that resume callers: the connections' reader threads and the
/// <see cref="RetryTimer"/>. One still inside a caller <see cref="StuckAfter"/> later is held by
/// code that blocks (waiting synchronously for a reply that only this thread could read, say) or
/// computes for long: it is replaced by a new thread that takes over its remaining callers and
/// its duties. The same thread checks the connections' socket timeouts.
/// </summary>
/// <remarks>
/// It is a thread of its own, not a <see cref="Timer"/>: timer callbacks run on the thread pool,
/// and the rescue matters most when every pool thread is blocked waiting for a reply. It never
/// runs callers' code, so nothing can hold it up; it sleeps while no thread resumes callers and
/// no timeout check is due.
/// </remarks>
internal static class ReaderWatchdog
{
    /// <summary>How long a thread may stay inside the callers it resumes before it is replaced.</summary>
    public static readonly TimeSpan StuckAfter = TimeSpan.FromMilliseconds(2);

    private const int PeriodMilliseconds = 2;

    private static readonly Lock Gate = new();
    private static readonly List<RedisConnection> Connections = [];
    private static readonly AutoResetEvent Wake = new(false);
    private static Thread? _thread;
    private static int _ticking;

    public static void Watch(RedisConnection connection)
    {
        lock (Gate)
        {
            Connections.Add(connection);
            if (_thread is null)
            {
                _thread = new Thread(static () => Loop()) { IsBackground = true, Name = "RedisKit watchdog" };
                _thread.UnsafeStart();
            }
        }

        Wake.Set();
    }

    public static void Forget(RedisConnection connection)
    {
        lock (Gate)
        {
            Connections.Remove(connection);
        }
    }

    /// <summary>
    /// Called by a thread after it published the start of a dispatch: the watchdog checks every
    /// <see cref="PeriodMilliseconds"/> from now on, until nothing is dispatching any more.
    /// </summary>
    public static void EnsureTicking()
    {
        if (Volatile.Read(ref _ticking) == 0)
        {
            Volatile.Write(ref _ticking, 1);
            Wake.Set();
        }
    }

    private static void Loop()
    {
        while (true)
        {
            var wait = Tick();
            Wake.WaitOne(wait);
        }
    }

    /// <summary>One round of checks; returns how long to sleep before the next one.</summary>
    private static int Tick()
    {
        var now = Stopwatch.GetTimestamp();
        var nowMs = Environment.TickCount64;
        List<(RedisConnection Connection, long Started)>? stuck = null;
        List<RedisConnection>? timeoutDue = null;
        var busy = false;
        var nextCheck = long.MaxValue;
        lock (Gate)
        {
            // Cleared (with a full fence) before looking, so a dispatch that starts after this look
            // finds it cleared and wakes the watchdog again.
            Interlocked.Exchange(ref _ticking, 0);
            foreach (var connection in Connections)
            {
                var started = connection.DispatchStartedAt;
                if (started != 0)
                {
                    busy = true;
                    if (Stopwatch.GetElapsedTime(started, now) >= StuckAfter)
                    {
                        (stuck ??= []).Add((connection, started));
                    }
                }

                if (connection.NextTimeoutCheck <= nowMs)
                {
                    (timeoutDue ??= []).Add(connection);
                }
                else
                {
                    nextCheck = Math.Min(nextCheck, connection.NextTimeoutCheck);
                }
            }
        }

        var timerStarted = RetryTimer.FiringStartedAt;
        if (timerStarted != 0)
        {
            busy = true;
            if (Stopwatch.GetElapsedTime(timerStarted, now) >= StuckAfter)
            {
                RetryTimer.ReplaceStuckThread(timerStarted);
            }
        }

        if (stuck is not null)
        {
            foreach (var (connection, started) in stuck)
            {
                connection.ReplaceStuckReader(started);
            }
        }

        if (timeoutDue is not null)
        {
            foreach (var connection in timeoutDue)
            {
                nextCheck = Math.Min(nextCheck, connection.CheckTimeout(nowMs));
            }
        }

        if (busy || Volatile.Read(ref _ticking) != 0)
        {
            Volatile.Write(ref _ticking, 1);
            return PeriodMilliseconds;
        }

        return nextCheck == long.MaxValue ? Timeout.Infinite : (int)Math.Clamp(nextCheck - Environment.TickCount64, 1, int.MaxValue);
    }
}
