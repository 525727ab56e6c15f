using System.Diagnostics;

namespace RedisKit.Connections;

/// <summary>
/// The delays between retries, kept by a thread of the library's own that resumes the waiting
/// callers on itself. <see cref="Task.Delay(TimeSpan, CancellationToken)"/> would need a
/// thread-pool thread to resume them, and a retry is exactly when callers blocked on the pool
/// (sync over async) wait for it. A caller that blocks on this thread gets it replaced by
/// <see cref="ReaderWatchdog"/>, as a reader thread is.
/// </summary>
internal static class RetryTimer
{
    private static readonly Lock Gate = new();
    private static readonly PriorityQueue<Waiter, long> Due = new();
    private static readonly AutoResetEvent Wake = new(false);
    private static bool _started;
    private static long _firingStartedAt;

    /// <summary>Stopwatch timestamp while the timer's thread resumes a caller, else 0.</summary>
    public static long FiringStartedAt => Volatile.Read(ref _firingStartedAt);

    /// <summary>
    /// A task that completes after <paramref name="delay"/>, its continuations running on the
    /// timer's thread, or is cancelled by <paramref name="cancellationToken"/>.
    /// </summary>
    public static Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        if (delay <= TimeSpan.Zero)
        {
            return Task.CompletedTask;
        }

        var waiter = new Waiter(cancellationToken);
        var due = Stopwatch.GetTimestamp() + (long)(delay.TotalSeconds * Stopwatch.Frequency);
        lock (Gate)
        {
            Due.Enqueue(waiter, due);
            if (!_started)
            {
                _started = true;
                StartThread();
            }
        }

        Wake.Set();
        return waiter.Task;
    }

    /// <summary>The watchdog's rescue of a timer thread held by a caller since <paramref name="started"/>: a new thread takes over.</summary>
    public static void ReplaceStuckThread(long started)
    {
        if (Interlocked.CompareExchange(ref _firingStartedAt, 0, started) == started)
        {
            StartThread();
        }
    }

    private static void StartThread() =>
        new Thread(static () => Loop()) { IsBackground = true, Name = "RedisKit retry timer" }.UnsafeStart();

    private static void Loop()
    {
        while (true)
        {
            Waiter? next = null;
            var wait = Timeout.Infinite;
            var now = Stopwatch.GetTimestamp();
            lock (Gate)
            {
                if (Due.TryPeek(out var waiter, out var due))
                {
                    if (due <= now)
                    {
                        next = Due.Dequeue();
                    }
                    else
                    {
                        wait = (int)Math.Clamp((due - now) * 1000 / Stopwatch.Frequency + 1, 1, int.MaxValue);
                    }
                }
            }

            if (next is null)
            {
                Wake.WaitOne(wait);
                continue;
            }

            Interlocked.Exchange(ref _firingStartedAt, now);
            ReaderWatchdog.EnsureTicking();
            next.Fire();
            if (Interlocked.CompareExchange(ref _firingStartedAt, 0, now) != now)
            {
                // Replaced while a caller held this thread: the new thread keeps the timer now.
                return;
            }
        }
    }

    /// <summary>One delay; its continuations run where it completes (the timer's thread, or the canceller's).</summary>
    private sealed class Waiter : TaskCompletionSource
    {
        private readonly CancellationTokenRegistration _registration;

        public Waiter(CancellationToken cancellationToken)
        {
            if (cancellationToken.CanBeCanceled)
            {
                _registration = cancellationToken.UnsafeRegister(
                    static (state, token) => ((Waiter)state!).TrySetCanceled(token), this);
            }
        }

        public void Fire()
        {
            _registration.Dispose();
            TrySetResult();
        }
    }
}
