using RedisKit.Commands;
using RedisKit.Connections;

namespace RedisKit;

public sealed partial class PubSub
{
    /// <summary>What a health PING asks the server to echo; its answer is recognised by this text and never delivered to readers.</summary>
    internal const string HealthCheckMessage = "redis-kit-health-check";

    private Timer? _healthTimer;
    private long _framesReceived;
    private long _lastFrameAt = Environment.TickCount64;
    private long _healthPingAt;
    private long _framesAtHealthPing;
    private int _healthPongsOwed;

    // AUTH replies owed on the subscriber connection (RESP3 re-authentication); guarded by _lock.
    private int _authRepliesOwed;
    private int _checkingHealth;

    /// <summary>
    /// With <see cref="RedisOptions.HealthCheckInterval"/> set, a timer PINGs the subscriber
    /// connection when nothing arrived for that long, and retires it when nothing (not even the
    /// answer) arrives within the socket timeout after the PING; the PubSub then reconnects and
    /// restores its subscriptions as after any lost connection. Started with the first connection.
    /// </summary>
    private void StartHealthChecks()
    {
        lock (_lock)
        {
            _healthPongsOwed = 0;
            Volatile.Write(ref _healthPingAt, 0);
            Volatile.Write(ref _lastFrameAt, Environment.TickCount64);
            if (_options.HealthCheckInterval <= TimeSpan.Zero || _healthTimer is not null || _disposed)
            {
                return;
            }

            var shortest = Math.Min(IntervalMilliseconds, AnswerWithinMilliseconds);
            var period = Math.Clamp(shortest / 4, 10, 1000);
            // The timer holds the PubSub weakly: a running timer is rooted, and a strong reference
            // would keep a PubSub nobody disposed alive for ever, with its connection.
            _healthTimer = new Timer(
                static state =>
                {
                    if (((WeakReference<PubSub>)state!).TryGetTarget(out var pubsub))
                    {
                        pubsub.CheckHealth();
                    }
                },
                new WeakReference<PubSub>(this),
                period,
                period);
        }
    }

    private long IntervalMilliseconds => (long)_options.HealthCheckInterval.TotalMilliseconds;

    /// <summary>How long a health PING may go unanswered: the socket timeout, or the interval again when that is infinite.</summary>
    private long AnswerWithinMilliseconds => _options.SocketTimeout == Timeout.InfiniteTimeSpan
        ? IntervalMilliseconds
        : (long)_options.SocketTimeout.TotalMilliseconds;

    /// <summary>Called by the reader for every frame: any traffic proves the connection alive.</summary>
    private void NoteFrame()
    {
        Interlocked.Increment(ref _framesReceived);
        Volatile.Write(ref _lastFrameAt, Environment.TickCount64);
    }

    /// <summary>True when an echoed PING text answers a health PING, which is then consumed here.</summary>
    private bool TakeHealthPong(string? text)
    {
        if (!string.Equals(text, HealthCheckMessage, StringComparison.Ordinal))
        {
            return false;
        }

        lock (_lock)
        {
            // A user's PING of the same text gets the same answer, so counting is enough to keep both right.
            if (_healthPongsOwed == 0)
            {
                return false;
            }

            _healthPongsOwed--;
            return true;
        }
    }

    private void CheckHealth()
    {
        if (Interlocked.Exchange(ref _checkingHealth, 1) == 1)
        {
            return;
        }

        try
        {
            RedisConnection? connection;
            lock (_lock)
            {
                connection = _disposed ? null : _connection;
            }

            if (connection is not { IsOpen: true })
            {
                return;
            }

            var now = Environment.TickCount64;
            var pingAt = Volatile.Read(ref _healthPingAt);
            if (pingAt != 0)
            {
                if (Interlocked.Read(ref _framesReceived) != Interlocked.Read(ref _framesAtHealthPing))
                {
                    Volatile.Write(ref _healthPingAt, 0);
                }
                else if (now - pingAt > AnswerWithinMilliseconds)
                {
                    var silent = TimeSpan.FromMilliseconds(now - Volatile.Read(ref _lastFrameAt)).TotalSeconds;
                    connection.Retire(new RedisTimeoutException(
                        $"The subscriber connection to {connection.Endpoint} received nothing for {silent:0.###} s, not even the answer to a health PING "
                        + $"(health check interval {_options.HealthCheckInterval.TotalSeconds:0.###} s, answer expected within {AnswerWithinMilliseconds / 1000.0:0.###} s); "
                        + "it was closed and the subscriptions are restored on a new connection."));
                }

                return;
            }

            if (now - Volatile.Read(ref _lastFrameAt) < IntervalMilliseconds)
            {
                return;
            }

            lock (_lock)
            {
                _healthPongsOwed++;
            }

            Interlocked.Exchange(ref _framesAtHealthPing, Interlocked.Read(ref _framesReceived));
            Volatile.Write(ref _healthPingAt, now);
            if (!connection.TrySendUnmatched(PubSubCommands.Subscription(Cmd.Ping, [HealthCheckMessage])))
            {
                // Closed meanwhile: the reconnect resets the health state.
                Volatile.Write(ref _healthPingAt, 0);
            }
        }
        finally
        {
            Volatile.Write(ref _checkingHealth, 0);
        }
    }

    private void StopHealthChecks()
    {
        Timer? timer;
        lock (_lock)
        {
            timer = _healthTimer;
            _healthTimer = null;
        }

        timer?.Dispose();
    }
}
