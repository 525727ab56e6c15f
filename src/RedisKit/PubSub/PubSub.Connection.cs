using System.Buffers;
using System.Text;
using RedisKit.Commands;
using RedisKit.Connections;
using RedisKit.Diagnostics;
using RedisKit.Protocol;

namespace RedisKit;

public sealed partial class PubSub
{
    /// <summary>The subscriber connection, leased on first use.</summary>
    private async ValueTask<RedisConnection> EnsureConnectionAsync(CancellationToken cancellationToken)
    {
        await _connectGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            lock (_lock)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (_connection is { IsOpen: true } open)
                {
                    return open;
                }
            }

            return await ConnectAndRestoreAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _connectGate.Release();
        }
    }

    /// <summary>Leases a connection, makes it a subscriber and subscribes everything known again. Called under the gate.</summary>
    private async Task<RedisConnection> ConnectAndRestoreAsync(CancellationToken cancellationToken)
    {
        var connection = await _pool.LeaseAsync(cancellationToken, RedisConnectionKind.PubSub).ConfigureAwait(false);
        connection.BecomeSubscriber(_receiver);
        List<string>[] restore;
        lock (_lock)
        {
            if (_disposed)
            {
                connection.Close();
                _pool.Release(connection, reusable: false);
                throw new ObjectDisposedException(nameof(PubSub));
            }

            _connection = connection;
            StartHealthChecks();
            restore = [_subscriptions.Names(SubscriptionKind.Channel), _subscriptions.Names(SubscriptionKind.Pattern), _subscriptions.Names(SubscriptionKind.Shard)];

            // Unsubscriptions in flight when the old connection died are complete: nothing is restored for them.
            foreach (var key in _confirmations.Keys.ToList())
            {
                if (key.Contains("unsubscribe:", StringComparison.Ordinal) && _confirmations.Remove(key, out var done))
                {
                    done.TrySetResult();
                }
            }
        }

        for (var kind = 0; kind < restore.Length; kind++)
        {
            if (restore[kind].Count > 0)
            {
                connection.TrySendUnmatched(PubSubCommands.Subscription(Subscriptions.SubscribeCommand((SubscriptionKind)kind), restore[kind]));
            }
        }

        if (restore[0].Count + restore[1].Count + restore[2].Count > 0)
        {
            RedisLog.Resubscribed(_pool.Logger, connection.Endpoint, restore[0].Count, restore[1].Count, restore[2].Count);
        }

        return connection;
    }

    /// <summary>The subscriber connection died: lease another and restore every subscription, with back-off, until disposed.</summary>
    private async Task ReconnectAsync(RedisConnection dead)
    {
        List<TaskCompletionSource<string?>> pings;
        lock (_lock)
        {
            if (_disposed || !ReferenceEquals(_connection, dead))
            {
                return;
            }

            _connection = null;
            _authRepliesOwed = 0;
            pings = [.. _pings];
            _pings.Clear();
        }

        _pool.Release(dead, reusable: false);
        var lost = new RedisConnectionException($"The subscriber connection to {dead.Endpoint} was lost before PING was answered.", dead.Failure);
        foreach (var ping in pings)
        {
            ping.TrySetException(lost);
        }

        for (var attempt = 1; !_disposing.IsCancellationRequested; attempt++)
        {
            try
            {
                await _connectGate.WaitAsync(_disposing.Token).ConfigureAwait(false);
                try
                {
                    lock (_lock)
                    {
                        if (_connection is { IsOpen: true })
                        {
                            return;
                        }
                    }

                    await ConnectAndRestoreAsync(_disposing.Token).ConfigureAwait(false);
                    return;
                }
                finally
                {
                    _connectGate.Release();
                }
            }
            catch (Exception ex) when (ex is RedisException or OperationCanceledException or ObjectDisposedException)
            {
                if (_disposing.IsCancellationRequested)
                {
                    return;
                }

                try
                {
                    var delay = RetryBackoff.Delay(Math.Min(attempt, 8), _options);
                    RedisLog.SubscriberReconnecting(_pool.Logger, _pool.Endpoint, (long)delay.TotalMilliseconds, attempt, ex.Message);
                    await Task.Delay(delay, _disposing.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void OnFrame(in ReadOnlySequence<byte> frame, in ReplyContext context)
    {
        NoteFrame();
        var reader = new RespReader(frame);
        var type = reader.PeekType();
        if (type is not (RespType.Array or RespType.Push))
        {
            // A RESP3 subscriber's plain replies: PONG, a PING's echoed message, or an error.
            var error = reader.IsError ? ErrorPrefix.ToException(reader.ReadError()) : null;
            var text = error is null ? reader.ReadString(context.Encoding) : null;
            CompletePing(text, error);
            return;
        }

        var count = reader.ReadAggregateHeader(out _);
        if (count < 2)
        {
            return;
        }

        var kind = reader.ReadString(Encoding.ASCII);
        switch (kind)
        {
            case "message" or "smessage" when count >= 3:
                {
                    var channel = reader.ReadString(context.Encoding);
                    Deliver(new PubSubMessage(kind, null, channel, ReadData(ref reader, context)));
                    break;
                }

            case "pmessage" when count >= 4:
                {
                    var pattern = reader.ReadString(context.Encoding);
                    var channel = reader.ReadString(context.Encoding);
                    Deliver(new PubSubMessage(kind, pattern, channel, ReadData(ref reader, context)));
                    break;
                }

            case "subscribe" or "psubscribe" or "ssubscribe" or "unsubscribe" or "punsubscribe" or "sunsubscribe" when count >= 3:
                {
                    var channel = reader.ReadString(context.Encoding);
                    var subscriptions = reader.ReadInt64();
                    Confirm(kind, channel);
                    Deliver(new PubSubMessage(kind, null, channel, subscriptions));
                    break;
                }

            case "pong":
                CompletePing(reader.ReadString(context.Encoding), null);
                break;
        }
    }

    /// <summary>
    /// The reply to an AUTH the connection sent to authenticate again (RESP3): OK is taken; an
    /// authentication error retires the connection, which reconnects with fresh credentials.
    /// </summary>
    private bool TakeAuthReply(string? text, Exception? error)
    {
        RedisConnection? connection;
        lock (_lock)
        {
            if (_authRepliesOwed == 0 || (error is null ? !string.Equals(text, "OK", StringComparison.Ordinal) : error is not RedisResponseException))
            {
                return false;
            }

            _authRepliesOwed--;
            connection = _connection;
        }

        if (error is not null)
        {
            connection?.ReauthenticationFailed(error);
        }

        return true;
    }

    private static object? ReadData(ref RespReader reader, in ReplyContext context) =>
        context.DecodeResponses ? reader.ReadString(context.Encoding) : reader.ReadBytes();

    private void Deliver(PubSubMessage message)
    {
        if (_messages.Reader.Count >= _capacity)
        {
            Interlocked.Increment(ref _dropped);
        }

        _messages.Writer.TryWrite(message);
    }

    private void Confirm(string kind, string? channel)
    {
        TaskCompletionSource? pending;
        lock (_lock)
        {
            _confirmations.Remove(kind + ":" + channel, out pending);
        }

        pending?.TrySetResult();
    }

    private void CompletePing(string? text, Exception? error)
    {
        if (TakeAuthReply(text, error) || TakeHealthPong(text))
        {
            return;
        }

        TaskCompletionSource<string?>? ping;
        lock (_lock)
        {
            _pings.TryDequeue(out ping);
        }

        if (error is not null)
        {
            ping?.TrySetException(error);
        }
        else
        {
            ping?.TrySetResult(text);
        }
    }

    /// <summary>
    /// Feeds the subscriber connection's frames and its loss to the PubSub. The connection's reader
    /// thread roots the receiver, so it refers to the PubSub weakly (strongly only while a reader
    /// waits for messages): a PubSub nobody holds can be collected and its connection closed.
    /// </summary>
    private sealed class Receiver(PubSub owner) : IPushReceiver
    {
        private readonly WeakReference<PubSub> _owner = new(owner);
        private readonly Lock _pinLock = new();
        private PubSub? _pinned;
        private int _waiting;

        public void Pin(PubSub pubsub)
        {
            lock (_pinLock)
            {
                _waiting++;
                _pinned = pubsub;
            }
        }

        public void Unpin()
        {
            lock (_pinLock)
            {
                if (--_waiting == 0)
                {
                    _pinned = null;
                }
            }
        }

        public void OnPush(in ReadOnlySequence<byte> frame, in ReplyContext context)
        {
            if (!_owner.TryGetTarget(out var pubsub))
            {
                return;
            }

            try
            {
                pubsub.OnFrame(frame, context);
            }
            catch (Exception ex) when (ex is not RedisProtocolException)
            {
                // A message of a shape no subscriber expects (an error element, a wrong type) says
                // the stream cannot be trusted: the connection is retired and the subscriptions are
                // restored on a new one, instead of the exception ending the reader thread.
                throw new RedisProtocolException($"A subscriber received a message it could not read: {ex.GetType().Name}: {ex.Message}", ex);
            }
        }

        public bool RestoresAfterLoss => true;

        public bool ExpectAuthReply(RedisConnection connection)
        {
            if (!_owner.TryGetTarget(out var pubsub))
            {
                return false;
            }

            lock (pubsub._lock)
            {
                if (pubsub._disposed || !ReferenceEquals(pubsub._connection, connection))
                {
                    return false;
                }

                pubsub._authRepliesOwed++;
                return true;
            }
        }

        public void OnConnectionClosed(Exception reason)
        {
            if (!_owner.TryGetTarget(out var pubsub))
            {
                return;
            }

            RedisConnection? dead;
            lock (pubsub._lock)
            {
                dead = pubsub._disposed ? null : pubsub._connection;
            }

            if (dead is not null && !dead.IsOpen)
            {
                _ = pubsub.ReconnectAsync(dead);
            }
        }
    }
}
