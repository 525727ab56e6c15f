using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using RedisKit.Connections;
using RedisKit.Diagnostics;

namespace RedisKit;

/// <summary>
/// A pool's account of its connections' lives: it logs connects, failures and restores, and raises
/// <see cref="ConnectionPool.ConnectionFailed"/> and <see cref="ConnectionPool.ConnectionRestored"/>.
/// Failures are reported from whichever thread retires a connection, often its reader, so they are
/// only queued there; one thread-pool work item at a time drains the queue, so logs and events keep
/// their order and no handler or logging provider ever runs on a reader thread or under a lock.
/// Connections refer to this object, so it holds its pool weakly (a connection must not keep its
/// pool reachable, or an undisposed pool could never be collected).
/// </summary>
internal sealed class ConnectionMonitor : IConnectionObserver, IThreadPoolWorkItem
{
    private readonly WeakReference<ConnectionPool> _pool;
    private readonly ConcurrentQueue<Notice> _notices = new();
    private readonly string _user;
    private int _scheduled;

    // Stopwatch timestamp of the first failure since a connection last opened; 0 when none.
    private long _lostSince;

    public ConnectionMonitor(ConnectionPool pool, ILogger logger, string endpoint, string? user)
    {
        _pool = new WeakReference<ConnectionPool>(pool);
        Logger = logger;
        Endpoint = endpoint;
        _user = user ?? "default";
    }

    public ILogger Logger { get; }

    /// <summary><c>host:port</c> or the socket path; never credentials.</summary>
    public string Endpoint { get; }

    public void ConnectionFailed(RedisConnection connection, Exception reason, int pendingCount)
    {
        Interlocked.CompareExchange(ref _lostSince, Stopwatch.GetTimestamp(), 0);
        Post(new Notice(NoticeKind.Lost, connection.Kind, reason, pendingCount, 0, DateTimeOffset.UtcNow));
    }

    /// <summary>An attempt to open a connection failed (refused, timed out, or the handshake was refused).</summary>
    public void ConnectFailed(RedisConnectionKind kind, Exception reason)
    {
        if (reason is OperationCanceledException or ObjectDisposedException)
        {
            // The caller gave up or the pool closed: nothing went wrong with the server.
            return;
        }

        Interlocked.CompareExchange(ref _lostSince, Stopwatch.GetTimestamp(), 0);
        Post(new Notice(NoticeKind.ConnectFailed, kind, reason, 0, 0, DateTimeOffset.UtcNow));
    }

    /// <summary>A connection opened; after a failure, this restores the pool.</summary>
    public void Connected(RedisConnection connection)
    {
        try
        {
            RedisLog.Connected(Logger, Endpoint, _user, connection.Protocol, connection.ServerId);
        }
        catch (Exception)
        {
            // A logging provider that throws must not cost the caller its connection.
        }

        var lostSince = Interlocked.Exchange(ref _lostSince, 0);
        if (lostSince != 0)
        {
            var downtime = (long)Stopwatch.GetElapsedTime(lostSince).TotalMilliseconds;
            Post(new Notice(NoticeKind.Restored, connection.Kind, null, 0, downtime, DateTimeOffset.UtcNow));
        }
    }

    private void Post(Notice notice)
    {
        _notices.Enqueue(notice);
        if (Interlocked.Exchange(ref _scheduled, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
    }

    /// <summary>Drains the queue on a thread-pool thread; one drain at a time.</summary>
    public void Execute()
    {
        while (true)
        {
            while (_notices.TryDequeue(out var notice))
            {
                Deliver(notice);
            }

            Volatile.Write(ref _scheduled, 0);
            if (_notices.IsEmpty || Interlocked.Exchange(ref _scheduled, 1) != 0)
            {
                return;
            }
        }
    }

    private void Deliver(in Notice notice)
    {
        try
        {
            Log(notice);
        }
        catch (Exception)
        {
            // A logging provider that throws must not end a thread-pool thread (and the process).
        }

        if (!_pool.TryGetTarget(out var pool))
        {
            return;
        }

        var handlers = notice.Kind == NoticeKind.Restored ? pool.RestoredHandlers : pool.FailedHandlers;
        if (handlers is null)
        {
            return;
        }

        var args = new RedisConnectionEventArgs(Endpoint, notice.ConnectionKind, notice.Exception, notice.Timestamp);
        foreach (var handler in Delegate.EnumerateInvocationList(handlers))
        {
            try
            {
                handler(pool, args);
            }
            catch (Exception ex)
            {
                try
                {
                    RedisLog.EventHandlerFailed(Logger, notice.Kind == NoticeKind.Restored ? nameof(ConnectionPool.ConnectionRestored) : nameof(ConnectionPool.ConnectionFailed), ex);
                }
                catch (Exception)
                {
                    // Neither the handler nor the logger may take the client down.
                }
            }
        }
    }

    private void Log(in Notice notice)
    {
        var reason = notice.Exception;
        switch (notice.Kind)
        {
            case NoticeKind.Restored:
                RedisLog.ConnectionRestored(Logger, Endpoint, notice.ConnectionKind, notice.DowntimeMs);
                break;
            case NoticeKind.ConnectFailed when reason is RedisResponseException:
                // The server answered and refused: wrong password, unknown user, no permission.
                RedisLog.HandshakeFailed(Logger, Endpoint, _user, reason!.Message, reason);
                break;
            case NoticeKind.ConnectFailed:
                RedisLog.ConnectFailed(Logger, Endpoint, reason!.Message, reason);
                break;
            case NoticeKind.Lost when reason is RedisTimeoutException:
                RedisLog.ConnectionTimedOut(Logger, notice.ConnectionKind, Endpoint, notice.PendingCount, reason.Message, reason);
                break;
            case NoticeKind.Lost when reason!.InnerException is RedisProtocolException:
                RedisLog.ProtocolError(Logger, notice.ConnectionKind, Endpoint, notice.PendingCount, reason.Message, reason);
                break;
            default:
                RedisLog.ConnectionFailed(Logger, notice.ConnectionKind, Endpoint, notice.PendingCount, reason!.Message, reason);
                break;
        }
    }

    private enum NoticeKind
    {
        Lost,
        ConnectFailed,
        Restored,
    }

    private readonly record struct Notice(NoticeKind Kind, RedisConnectionKind ConnectionKind, Exception? Exception, int PendingCount, long DowntimeMs, DateTimeOffset Timestamp);
}
