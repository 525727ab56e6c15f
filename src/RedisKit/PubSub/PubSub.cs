using System.Runtime.CompilerServices;
using System.Threading.Channels;
using RedisKit.Commands;
using RedisKit.Connections;

namespace RedisKit;

/// <summary>
/// Subscriptions to channels, patterns and sharded channels on a connection of their own, as
/// redis-py's <c>PubSub</c>. The connection is leased at the first subscription and kept until
/// disposal. Messages are read with <see cref="GetMessageAsync"/>, <see cref="ListenAsync"/>, or
/// handed to per-subscription handlers by <see cref="RunAsync"/> (and by the readers: a message whose
/// subscription has a handler goes to the handler, not to the reader).
/// <para>
/// <b>Reconnects.</b> When the connection drops, a new one is leased (with back-off) and every
/// subscription is restored on it, once each; readers simply continue. Messages published between
/// the drop and the server's confirmation of the restored subscriptions are lost: Redis pub/sub
/// keeps no history.
/// </para>
/// <para>
/// <b>Health.</b> With <see cref="RedisOptions.HealthCheckInterval"/> set, the subscriber connection
/// is sent a PING whenever nothing arrived for that long (its answer never reaches readers), and a
/// connection that then receives nothing within the socket timeout is taken for dead and replaced
/// as above. Without it, TCP keepalive still notices a vanished peer within about 90 seconds.
/// </para>
/// <para>
/// <b>Slow readers.</b> Received messages wait in a buffer of <c>bufferCapacity</c> messages. When a
/// reader falls that far behind, the oldest waiting message is dropped for each new one and
/// <see cref="DroppedMessages"/> counts them, so a stalled reader can never exhaust memory or stall
/// the connection. Disposal never waits on the server.
/// </para>
/// </summary>
public sealed partial class PubSub : IAsyncDisposable, IAbandonable
{
    private readonly LeakGuard _leakGuard;
    private readonly ConnectionPool _pool;
    private readonly RedisOptions _options;
    private readonly bool _ignoreSubscribeMessages;
    private readonly int _capacity;
    private readonly Channel<PubSubMessage> _messages;
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _connectGate = new(1, 1);
    private readonly CancellationTokenSource _disposing = new();
    private readonly Receiver _receiver;
    private readonly Subscriptions _subscriptions = new();
    private readonly Dictionary<string, TaskCompletionSource> _confirmations = new(StringComparer.Ordinal);
    private readonly Queue<TaskCompletionSource<string?>> _pings = new();
    private RedisConnection? _connection;
    private long _dropped;
    private bool _disposed;

    internal PubSub(ConnectionPool pool, RedisOptions options, bool ignoreSubscribeMessages, int bufferCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferCapacity, 1);
        _pool = pool;
        _options = options;
        _ignoreSubscribeMessages = ignoreSubscribeMessages;
        _capacity = bufferCapacity;
        _messages = Channel.CreateBounded<PubSubMessage>(new BoundedChannelOptions(bufferCapacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleWriter = true,
        });
        _receiver = new Receiver(this);
        _leakGuard = new LeakGuard(this, pool.Logger);
    }

    /// <summary>True while at least one channel, pattern or sharded channel is subscribed.</summary>
    public bool IsSubscribed
    {
        get
        {
            lock (_lock)
            {
                return _subscriptions.Any;
            }
        }
    }

    /// <summary>The subscribed channels.</summary>
    public IReadOnlyCollection<string> Channels => Snapshot(SubscriptionKind.Channel);

    /// <summary>The subscribed patterns.</summary>
    public IReadOnlyCollection<string> Patterns => Snapshot(SubscriptionKind.Pattern);

    /// <summary>The subscribed sharded channels.</summary>
    public IReadOnlyCollection<string> ShardChannels => Snapshot(SubscriptionKind.Shard);

    /// <summary>Messages dropped because the buffer was full (see the class remarks).</summary>
    public long DroppedMessages => Interlocked.Read(ref _dropped);

    /// <summary>
    /// The next message, waiting at most <paramref name="timeout"/> (default zero: only what has
    /// already arrived; <see cref="Timeout.InfiniteTimeSpan"/> waits for ever); null when none came.
    /// Subscription confirmations are skipped when <paramref name="ignoreSubscribeMessages"/> (or the
    /// PubSub's setting) says so; messages of subscriptions with handlers go to their handlers.
    /// </summary>
    public async ValueTask<PubSubMessage?> GetMessageAsync(TimeSpan? timeout = null, bool? ignoreSubscribeMessages = null, CancellationToken cancellationToken = default)
    {
        var wait = timeout ?? TimeSpan.Zero;
        var ignore = ignoreSubscribeMessages ?? _ignoreSubscribeMessages;
        using var deadline = wait == Timeout.InfiniteTimeSpan ? null : new CancellationTokenSource(wait);
        using var linked = deadline is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var token = linked?.Token ?? cancellationToken;
        while (true)
        {
            while (_messages.Reader.TryRead(out var message))
            {
                if (await ShouldReturnAsync(message, ignore).ConfigureAwait(false))
                {
                    return message;
                }
            }

            try
            {
                if (!await WaitForMessagesAsync(token).ConfigureAwait(false))
                {
                    return null;
                }
            }
            catch (OperationCanceledException) when (deadline is { IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// Every message as it arrives, until <paramref name="cancellationToken"/> is cancelled or the
    /// PubSub is disposed (which ends the stream).
    /// </summary>
    public async IAsyncEnumerable<PubSubMessage> ListenAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (await WaitForMessagesAsync(cancellationToken).ConfigureAwait(false))
        {
            while (_messages.Reader.TryRead(out var message))
            {
                if (await ShouldReturnAsync(message, _ignoreSubscribeMessages).ConfigureAwait(false))
                {
                    yield return message;
                }
            }
        }
    }

    /// <summary>
    /// Hands every message to its subscription's handler until <paramref name="cancellationToken"/>
    /// is cancelled or the PubSub is disposed. Every subscription must have a handler.
    /// </summary>
    /// <exception cref="InvalidOperationException">A subscription has no handler; the message names it.</exception>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var missing = _subscriptions.WithoutHandler();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException($"RunAsync needs a handler for every subscription; these have none: {string.Join(", ", missing)}.");
            }
        }

        try
        {
            await foreach (var message in ListenAsync(cancellationToken).ConfigureAwait(false))
            {
                // Confirmations and pongs have no handler: nothing to do with them here.
                _ = message;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Cancellation is how RunAsync is asked to stop.
        }
    }

    /// <summary>PING on the subscriber connection: "PONG", or <paramref name="message"/> as the server echoes it.</summary>
    public async ValueTask<string?> PingAsync(string? message = null, CancellationToken cancellationToken = default)
    {
        var connection = await EnsureConnectionAsync(cancellationToken).ConfigureAwait(false);
        var pong = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _pings.Enqueue(pong);
        }

        var command = PubSubCommands.Subscription(Cmd.Ping, message is null ? [] : [message]);
        if (!connection.TrySendUnmatched(command))
        {
            throw new RedisConnectionException($"The subscriber connection to {connection.Endpoint} is closed.");
        }

        var echoed = await WaitAsync(pong.Task, cancellationToken).ConfigureAwait(false);

        // A RESP2 subscriber answers a bare PING with an empty payload, a RESP3 one with PONG.
        return message is null ? "PONG" : echoed;
    }

    private async ValueTask<bool> ShouldReturnAsync(PubSubMessage message, bool ignoreSubscribeMessages)
    {
        if (!message.IsData)
        {
            return !ignoreSubscribeMessages;
        }

        Handler? handler;
        lock (_lock)
        {
            handler = _subscriptions.HandlerFor(message);
        }

        if (handler is null)
        {
            return true;
        }

        await handler.InvokeAsync(message).ConfigureAwait(false);
        return false;
    }

    private List<string> Snapshot(SubscriptionKind kind)
    {
        lock (_lock)
        {
            return _subscriptions.Names(kind);
        }
    }

    private async Task<T> WaitAsync<T>(Task<T> task, CancellationToken cancellationToken)
    {
        await WaitAsync((Task)task, cancellationToken).ConfigureAwait(false);
        return await task.ConfigureAwait(false);
    }

    /// <summary>Waits for the server's answer for at most the socket timeout.</summary>
    private async Task WaitAsync(Task task, CancellationToken cancellationToken)
    {
        try
        {
            if (_options.SocketTimeout == Timeout.InfiniteTimeSpan)
            {
                await task.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await task.WaitAsync(_options.SocketTimeout, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (TimeoutException ex)
        {
            throw new RedisTimeoutException($"The server did not answer within the socket timeout of {_options.SocketTimeout.TotalSeconds:0.###} s.", ex);
        }
    }

    /// <summary>Closes the subscriber connection at once (no UNSUBSCRIBE round trip, so it never waits on the server) and ends every reader.</summary>
    public async ValueTask DisposeAsync()
    {
        RedisConnection? connection;
        List<TaskCompletionSource> confirmations;
        List<TaskCompletionSource<string?>> pings;
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _leakGuard.Disarm();
            connection = _connection;
            _connection = null;
            confirmations = [.. _confirmations.Values];
            _confirmations.Clear();
            pings = [.. _pings];
            _pings.Clear();
        }

        StopHealthChecks();
        await _disposing.CancelAsync().ConfigureAwait(false);
        _messages.Writer.TryComplete();
        var disposed = new ObjectDisposedException(nameof(PubSub));
        foreach (var confirmation in confirmations)
        {
            confirmation.TrySetException(disposed);
        }

        foreach (var ping in pings)
        {
            ping.TrySetException(disposed);
        }

        if (connection is not null)
        {
            connection.Close();
            _pool.Release(connection, reusable: false);
        }
    }

    /// <summary>The subscriber connection, when there is one.</summary>
    internal RedisConnection? ConnectionForTests
    {
        get
        {
            lock (_lock)
            {
                return _connection;
            }
        }
    }

    string IAbandonable.AbandonedKind => "PubSub";

    string IAbandonable.AbandonedEndpoint => RedisConnection.DescribeEndpoint(_options);

    void IAbandonable.ReleaseAbandoned()
    {
        RedisConnection? connection;
        lock (_lock)
        {
            _disposed = true;
            connection = _connection;
            _connection = null;
        }

        _disposing.Cancel();
        if (connection is not null)
        {
            connection.Close();
            _pool.Release(connection, reusable: false);
        }
    }

    /// <summary>
    /// Waits for messages. The subscriber connection refers to this PubSub only weakly, so that a
    /// forgotten PubSub can be collected; while someone waits here nothing else may refer to it
    /// (a listening loop nobody awaits), so the receiver holds it strongly for the wait.
    /// </summary>
    private async ValueTask<bool> WaitForMessagesAsync(CancellationToken cancellationToken)
    {
        _receiver.Pin(this);
        try
        {
            return await _messages.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _receiver.Unpin();
        }
    }
}
