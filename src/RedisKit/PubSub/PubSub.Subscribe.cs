using RedisKit.Commands;
using RedisKit.Connections;

namespace RedisKit;

public sealed partial class PubSub
{
    /// <summary>SUBSCRIBE: returns once the server confirmed every channel.</summary>
    public ValueTask SubscribeAsync(params string[] channels) => SubscribeCoreAsync(SubscriptionKind.Channel, channels, null, CancellationToken.None);

    /// <inheritdoc cref="SubscribeAsync(string[])"/>
    /// <param name="channels">The channels.</param>
    /// <param name="cancellationToken">Cancels the wait for the confirmation.</param>
    public ValueTask SubscribeAsync(IEnumerable<string> channels, CancellationToken cancellationToken = default) =>
        SubscribeCoreAsync(SubscriptionKind.Channel, channels, null, cancellationToken);

    /// <summary>SUBSCRIBE with an async handler that receives the channel's messages (readers do not).</summary>
    public ValueTask SubscribeAsync(string channel, Func<PubSubMessage, Task> handler, CancellationToken cancellationToken = default) =>
        SubscribeCoreAsync(SubscriptionKind.Channel, [channel], Handler.From(handler), cancellationToken);

    /// <summary>SUBSCRIBE with a handler that receives the channel's messages (readers do not).</summary>
    public ValueTask SubscribeAsync(string channel, Action<PubSubMessage> handler, CancellationToken cancellationToken = default) =>
        SubscribeCoreAsync(SubscriptionKind.Channel, [channel], Handler.From(handler), cancellationToken);

    /// <summary>PSUBSCRIBE: glob-style patterns such as <c>news.*</c>; returns once confirmed.</summary>
    public ValueTask PSubscribeAsync(params string[] patterns) => SubscribeCoreAsync(SubscriptionKind.Pattern, patterns, null, CancellationToken.None);

    /// <inheritdoc cref="PSubscribeAsync(string[])"/>
    /// <param name="patterns">The patterns.</param>
    /// <param name="cancellationToken">Cancels the wait for the confirmation.</param>
    public ValueTask PSubscribeAsync(IEnumerable<string> patterns, CancellationToken cancellationToken = default) =>
        SubscribeCoreAsync(SubscriptionKind.Pattern, patterns, null, cancellationToken);

    /// <summary>PSUBSCRIBE with an async handler for the pattern's messages.</summary>
    public ValueTask PSubscribeAsync(string pattern, Func<PubSubMessage, Task> handler, CancellationToken cancellationToken = default) =>
        SubscribeCoreAsync(SubscriptionKind.Pattern, [pattern], Handler.From(handler), cancellationToken);

    /// <summary>PSUBSCRIBE with a handler for the pattern's messages.</summary>
    public ValueTask PSubscribeAsync(string pattern, Action<PubSubMessage> handler, CancellationToken cancellationToken = default) =>
        SubscribeCoreAsync(SubscriptionKind.Pattern, [pattern], Handler.From(handler), cancellationToken);

    /// <summary>SSUBSCRIBE: sharded channels (Redis 7); returns once confirmed.</summary>
    public ValueTask SSubscribeAsync(params string[] shardChannels) => SubscribeCoreAsync(SubscriptionKind.Shard, shardChannels, null, CancellationToken.None);

    /// <inheritdoc cref="SSubscribeAsync(string[])"/>
    /// <param name="shardChannels">The sharded channels.</param>
    /// <param name="cancellationToken">Cancels the wait for the confirmation.</param>
    public ValueTask SSubscribeAsync(IEnumerable<string> shardChannels, CancellationToken cancellationToken = default) =>
        SubscribeCoreAsync(SubscriptionKind.Shard, shardChannels, null, cancellationToken);

    /// <summary>SSUBSCRIBE with an async handler for the sharded channel's messages.</summary>
    public ValueTask SSubscribeAsync(string shardChannel, Func<PubSubMessage, Task> handler, CancellationToken cancellationToken = default) =>
        SubscribeCoreAsync(SubscriptionKind.Shard, [shardChannel], Handler.From(handler), cancellationToken);

    /// <summary>SSUBSCRIBE with a handler for the sharded channel's messages.</summary>
    public ValueTask SSubscribeAsync(string shardChannel, Action<PubSubMessage> handler, CancellationToken cancellationToken = default) =>
        SubscribeCoreAsync(SubscriptionKind.Shard, [shardChannel], Handler.From(handler), cancellationToken);

    /// <summary>UNSUBSCRIBE: the given channels, or with none every channel; returns once confirmed.</summary>
    public ValueTask UnsubscribeAsync(params string[] channels) => UnsubscribeCoreAsync(SubscriptionKind.Channel, channels, CancellationToken.None);

    /// <inheritdoc cref="UnsubscribeAsync(string[])"/>
    /// <param name="channels">The channels; empty for all.</param>
    /// <param name="cancellationToken">Cancels the wait for the confirmation.</param>
    public ValueTask UnsubscribeAsync(IEnumerable<string> channels, CancellationToken cancellationToken = default) =>
        UnsubscribeCoreAsync(SubscriptionKind.Channel, channels, cancellationToken);

    /// <summary>PUNSUBSCRIBE: the given patterns, or with none every pattern.</summary>
    public ValueTask PUnsubscribeAsync(params string[] patterns) => UnsubscribeCoreAsync(SubscriptionKind.Pattern, patterns, CancellationToken.None);

    /// <inheritdoc cref="PUnsubscribeAsync(string[])"/>
    /// <param name="patterns">The patterns; empty for all.</param>
    /// <param name="cancellationToken">Cancels the wait for the confirmation.</param>
    public ValueTask PUnsubscribeAsync(IEnumerable<string> patterns, CancellationToken cancellationToken = default) =>
        UnsubscribeCoreAsync(SubscriptionKind.Pattern, patterns, cancellationToken);

    /// <summary>SUNSUBSCRIBE: the given sharded channels, or with none every sharded channel.</summary>
    public ValueTask SUnsubscribeAsync(params string[] shardChannels) => UnsubscribeCoreAsync(SubscriptionKind.Shard, shardChannels, CancellationToken.None);

    /// <inheritdoc cref="SUnsubscribeAsync(string[])"/>
    /// <param name="shardChannels">The sharded channels; empty for all.</param>
    /// <param name="cancellationToken">Cancels the wait for the confirmation.</param>
    public ValueTask SUnsubscribeAsync(IEnumerable<string> shardChannels, CancellationToken cancellationToken = default) =>
        UnsubscribeCoreAsync(SubscriptionKind.Shard, shardChannels, cancellationToken);

    private async ValueTask SubscribeCoreAsync(SubscriptionKind kind, IEnumerable<string> names, Handler? handler, CancellationToken cancellationToken)
    {
        var list = Distinct(names, nameof(names));
        if (list.Count == 0)
        {
            throw new ArgumentException("Give at least one channel or pattern to subscribe to.", nameof(names));
        }

        var connection = await EnsureConnectionAsync(cancellationToken).ConfigureAwait(false);
        var waits = new List<Task>(list.Count);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            foreach (var name in list)
            {
                _subscriptions.Add(kind, name, handler);
                waits.Add(ExpectLocked(Subscriptions.Confirmation(kind, subscribe: true), name));
            }
        }

        // If the connection drops right now, the reconnect restores these subscriptions and its
        // confirmations complete the waits.
        connection.TrySendUnmatched(PubSubCommands.Subscription(Subscriptions.SubscribeCommand(kind), list));
        await WaitAsync(Task.WhenAll(waits), cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask UnsubscribeCoreAsync(SubscriptionKind kind, IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var list = Distinct(names, nameof(names));
        RedisConnection? connection;
        var waits = new List<Task>();
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (list.Count == 0)
            {
                list = [.. _subscriptions.Names(kind)];
            }

            connection = _connection;
            foreach (var name in list)
            {
                if (_subscriptions.Remove(kind, name) && connection is not null)
                {
                    waits.Add(ExpectLocked(Subscriptions.Confirmation(kind, subscribe: false), name));
                }
            }
        }

        if (waits.Count == 0 || connection is null)
        {
            return;
        }

        connection.TrySendUnmatched(PubSubCommands.Subscription(Subscriptions.UnsubscribeCommand(kind), list));
        await WaitAsync(Task.WhenAll(waits), cancellationToken).ConfigureAwait(false);
    }

    private Task ExpectLocked(string confirmation, string name)
    {
        var key = confirmation + ":" + name;
        if (!_confirmations.TryGetValue(key, out var pending))
        {
            pending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _confirmations[key] = pending;
        }

        return pending.Task;
    }

    private static List<string> Distinct(IEnumerable<string> names, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(names, parameterName);
        var list = new List<string>();
        foreach (var name in names)
        {
            if (name is null)
            {
                throw new ArgumentException("A channel or pattern name is null.", parameterName);
            }

            if (!list.Contains(name))
            {
                list.Add(name);
            }
        }

        return list;
    }
}
