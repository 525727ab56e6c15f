using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Logging;
using RedisKit.SignalR.Internal;

namespace RedisKit.SignalR;

// The Redis side: subscribing, publishing, and delivering what arrives.
public sealed partial class RedisKitHubLifetimeManager<THub>
{
    private enum HandlerKind
    {
        All,
        GroupManagement,
        Ack,
        ReturnResults,
        Connection,
        Store,
    }

    private async Task EnsureStartedAsync()
    {
        if (_started)
        {
            return;
        }

        await _startGate.WaitAsync(_stopping.Token).ConfigureAwait(false);
        try
        {
            if (_started)
            {
                return;
            }

            if (_subscriber is null)
            {
                _subscriber = (_ownedSubscriberClient ?? _client).PubSub(ignoreSubscribeMessages: true, bufferCapacity: _options.MessageBufferCapacity);
                _listening = Task.Run(ListenAsync);
            }

            // A failure leaves _started false: the next connection tries again.
            await SubscribeAsync(_channels.All, new ChannelHandler(HandlerKind.All, null, null)).ConfigureAwait(false);
            await SubscribeAsync(_channels.GroupManagement, new ChannelHandler(HandlerKind.GroupManagement, null, null)).ConfigureAwait(false);
            await SubscribeAsync(_channels.Ack, new ChannelHandler(HandlerKind.Ack, null, null)).ConfigureAwait(false);
            await SubscribeAsync(_channels.ReturnResults, new ChannelHandler(HandlerKind.ReturnResults, null, null)).ConfigureAwait(false);
            _started = true;
            Log.Started(_logger, typeof(THub).Name, _serverName);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.StartFailed(_logger, typeof(THub).Name, ex);
            throw;
        }
        finally
        {
            _startGate.Release();
        }
    }

    private async Task SubscribeAsync(string channel, ChannelHandler handler)
    {
        // The handler is in place before the server confirms, so nothing published after that is missed.
        _handlers[channel] = handler;
        await _subscriber!.SubscribeAsync([channel], _stopping.Token).ConfigureAwait(false);
    }

    private Task SubscribeStoreAsync(string channel, HubConnectionStore store) =>
        SubscribeAsync(channel, new ChannelHandler(HandlerKind.Store, null, store));

    private async Task UnsubscribeAsync(string channel)
    {
        _handlers.TryRemove(channel, out _);
        if (_subscriber is { } subscriber && Volatile.Read(ref _disposed) == 0)
        {
            try
            {
                await subscriber.UnsubscribeAsync([channel], _stopping.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is RedisException or OperationCanceledException or ObjectDisposedException)
            {
                // Without its handler the channel is already deaf; a reconnect drops the stale subscription.
                Log.UnsubscribeFailed(_logger, channel, ex);
            }
        }
    }

    private async Task PublishAsync(string channel, byte[] payload, CancellationToken cancellationToken) =>
        await PublishCountAsync(channel, payload, cancellationToken).ConfigureAwait(false);

    private async Task<long> PublishCountAsync(string channel, byte[] payload, CancellationToken cancellationToken)
    {
        await EnsureStartedAsync().ConfigureAwait(false);
        return await _client.PublishAsync(channel, payload, cancellationToken).ConfigureAwait(false);
    }

    private Task AddLocalGroupAsync(HubConnectionContext connection, string groupName)
    {
        if (connection.Features.Get<GroupsFeature>() is not { } groups || !groups.Add(groupName))
        {
            return Task.CompletedTask;
        }

        return _groups.AddAsync(_channels.Group(groupName), connection, SubscribeStoreAsync);
    }

    private async Task RemoveLocalGroupAsync(HubConnectionContext connection, string groupName)
    {
        await _groups.RemoveAsync(_channels.Group(groupName), connection, UnsubscribeAsync).ConfigureAwait(false);
        connection.Features.Get<GroupsFeature>()?.Remove(groupName);
    }

    private async Task SendGroupCommandAsync(string connectionId, string groupName, GroupAction action, CancellationToken cancellationToken)
    {
        var (id, acked) = _acks.Create();
        try
        {
            var command = new GroupCommand(id, _serverName, action, groupName, connectionId);
            await PublishAsync(_channels.GroupManagement, BackplaneProtocol.WriteGroupCommand(command), cancellationToken).ConfigureAwait(false);
            await acked.WaitAsync(_options.AckTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException(
                $"No server acknowledged {(action == GroupAction.Add ? "adding" : "removing")} connection '{connectionId}' {(action == GroupAction.Add ? "to" : "from")} group '{groupName}' within {_options.AckTimeout.TotalSeconds:0.###} s; the connection is probably gone.", ex);
        }
        finally
        {
            _acks.Forget(id);
        }
    }

    private async Task ListenAsync()
    {
        var subscriber = _subscriber!;
        try
        {
            await foreach (var message in subscriber.ListenAsync(_stopping.Token).ConfigureAwait(false))
            {
                if (!message.IsData || message.Channel is not { } channel || !_handlers.TryGetValue(channel, out var handler))
                {
                    continue;
                }

                try
                {
                    // One message at a time: what one connection receives keeps the order Redis sent it in.
                    await DispatchAsync(handler, message.DataAsBytes ?? []).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !_stopping.IsCancellationRequested)
                {
                    Log.DeliveryFailed(_logger, channel, ex);
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Disposal ends the loop.
        }
    }

    private Task DispatchAsync(ChannelHandler handler, byte[] payload)
    {
        switch (handler.Kind)
        {
            case HandlerKind.All:
                return WriteToAllAsync(_connections, BackplaneProtocol.ReadInvocation(payload));
            case HandlerKind.Store:
                return WriteToAllAsync(handler.Store!, BackplaneProtocol.ReadInvocation(payload));
            case HandlerKind.Connection:
                return WriteToConnectionAsync(handler.Connection!, BackplaneProtocol.ReadInvocation(payload));
            case HandlerKind.GroupManagement:
                return HandleGroupCommandAsync(BackplaneProtocol.ReadGroupCommand(payload));
            case HandlerKind.Ack:
                _acks.Acknowledge(BackplaneProtocol.ReadAck(payload));
                return Task.CompletedTask;
            default:
                HandleReturnedResult(BackplaneProtocol.ReadCompletion(payload));
                return Task.CompletedTask;
        }
    }

    private static Task WriteToAllAsync(HubConnectionStore connections, BackplaneInvocation invocation)
    {
        List<Task>? pending = null;
        foreach (var connection in connections)
        {
            if (invocation.Excludes(connection.ConnectionId))
            {
                continue;
            }

            var write = connection.WriteAsync(invocation.Message);
            if (!write.IsCompletedSuccessfully)
            {
                (pending ??= []).Add(write.AsTask());
            }
        }

        return pending is null ? Task.CompletedTask : Task.WhenAll(pending);
    }

    private Task WriteToConnectionAsync(HubConnectionContext connection, BackplaneInvocation invocation)
    {
        if (invocation.InvocationId is { } invocationId && invocation.ReturnChannel is { } returnChannel)
        {
            // A client result asked for by another server: the answer is forwarded to its return channel.
            _results.Add(invocationId, new ForwardedResult(connection, _channels.ReturnChannel(returnChannel), ForwardResultAsync));
            connection.ConnectionAborted.UnsafeRegister(
                static (state, _) =>
                {
                    var (results, id) = ((ClientResults, string))state!;
                    results.Remove(id)?.Complete(CompletionMessage.WithError(id, "Connection disconnected."));
                },
                (_results, invocationId));
        }

        return connection.WriteAsync(invocation.Message).AsTask();
    }

    private Task PublishAsync(string channel, byte[] payload) => PublishAsync(channel, payload, CancellationToken.None);

    /// <summary>Publishes a client result back to the asking server; nobody awaits this, so failures are logged here.</summary>
    private async Task ForwardResultAsync(string channel, byte[] payload)
    {
        try
        {
            await PublishAsync(channel, payload, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or OperationCanceledException or ObjectDisposedException)
        {
            Log.ForwardingResultFailed(_logger, channel, ex);
        }
    }

    private async Task HandleGroupCommandAsync(GroupCommand command)
    {
        if (_connections[command.ConnectionId] is not { } connection)
        {
            return;
        }

        if (command.Action == GroupAction.Add)
        {
            await AddLocalGroupAsync(connection, command.GroupName).ConfigureAwait(false);
        }
        else if (command.Action == GroupAction.Remove)
        {
            await RemoveLocalGroupAsync(connection, command.GroupName).ConfigureAwait(false);
        }

        await PublishAsync(_channels.AckOf(command.ServerName), BackplaneProtocol.WriteAck(command.Id)).ConfigureAwait(false);
    }

    private void HandleReturnedResult(ForwardedCompletion completion)
    {
        IHubProtocol? protocol = null;
        foreach (var candidate in _protocolResolver.AllProtocols)
        {
            if (string.Equals(candidate.Name, completion.ProtocolName, StringComparison.Ordinal))
            {
                protocol = candidate;
                break;
            }
        }

        if (protocol is null)
        {
            Log.UnknownProtocol(_logger, completion.ProtocolName);
            return;
        }

        var bytes = completion.CompletionMessage;
        HubMessage? message;
        string? typeError = null;
        try
        {
            protocol.TryParseMessage(ref bytes, _results, out message);
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or InvalidOperationException or System.Text.Json.JsonException or MessagePack.MessagePackSerializationException)
        {
            // The client answered with a value of the wrong type: read it raw to learn the invocation id.
            bytes = completion.CompletionMessage;
            protocol.TryParseMessage(ref bytes, RawResultBinder.Instance, out message);
            typeError = ex.Message;
        }

        if (message is not CompletionMessage result || result.InvocationId is not { } id || _results.Remove(id) is not { } pending)
        {
            return;
        }

        pending.Complete(typeError is null ? result : CompletionMessage.WithError(id, $"The client result could not be read as {pending.ReturnType.Name}: {typeError}"));
    }

    private sealed class ChannelHandler(HandlerKind kind, HubConnectionContext? connection, HubConnectionStore? store)
    {
        public HandlerKind Kind { get; } = kind;

        public HubConnectionContext? Connection { get; } = connection;

        public HubConnectionStore? Store { get; } = store;
    }

    /// <summary>The groups a local connection belongs to, so that disconnecting leaves them all.</summary>
    private sealed class GroupsFeature
    {
        private readonly HashSet<string> _groups = new(StringComparer.Ordinal);

        public bool Add(string group)
        {
            lock (_groups)
            {
                return _groups.Add(group);
            }
        }

        public void Remove(string group)
        {
            lock (_groups)
            {
                _groups.Remove(group);
            }
        }

        public string[] Snapshot()
        {
            lock (_groups)
            {
                return [.. _groups];
            }
        }
    }

    private sealed class RawResultBinder : IInvocationBinder
    {
        public static readonly RawResultBinder Instance = new();

        public Type GetReturnType(string invocationId) => typeof(RawResult);

        public IReadOnlyList<Type> GetParameterTypes(string methodName) => throw new NotSupportedException("The backplane only reads completions.");

        public Type GetStreamItemType(string streamId) => throw new NotSupportedException("The backplane only reads completions.");
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "SignalR backplane for hub {Hub} started as server {ServerName}.")]
        public static partial void Started(ILogger logger, string hub, string serverName);

        [LoggerMessage(2, LogLevel.Error, "SignalR backplane for hub {Hub} could not subscribe to its channels.")]
        public static partial void StartFailed(ILogger logger, string hub, Exception exception);

        [LoggerMessage(3, LogLevel.Warning, "SignalR backplane could not deliver a message received on channel {Channel}.")]
        public static partial void DeliveryFailed(ILogger logger, string channel, Exception exception);

        [LoggerMessage(4, LogLevel.Debug, "SignalR backplane could not unsubscribe from channel {Channel}.")]
        public static partial void UnsubscribeFailed(ILogger logger, string channel, Exception exception);

        [LoggerMessage(6, LogLevel.Warning, "SignalR backplane could not return a client result on channel {Channel}.")]
        public static partial void ForwardingResultFailed(ILogger logger, string channel, Exception exception);

        [LoggerMessage(5, LogLevel.Warning, "A client result arrived in hub protocol {Protocol}, which this server does not have.")]
        public static partial void UnknownProtocol(ILogger logger, string protocol);
    }
}
