using RedisKit.Commands;

namespace RedisKit;

public sealed partial class RedisClient
{
    /// <summary>
    /// A <see cref="RedisKit.PubSub"/> over this client's pool, as redis-py's <c>pubsub()</c>. It leases
    /// its own connection at the first subscription. Subscription confirmations reach readers unless
    /// <paramref name="ignoreSubscribeMessages"/>; at most <paramref name="bufferCapacity"/> unread
    /// messages wait (see the class remarks for what happens past that).
    /// </summary>
    public PubSub PubSub(bool ignoreSubscribeMessages = false, int bufferCapacity = 10_000)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return new PubSub(_pool, _options, ignoreSubscribeMessages, bufferCapacity);
    }

    /// <summary>PUBLISH: sends <paramref name="message"/> to <paramref name="channel"/>; returns how many subscribers received it.</summary>
    public ValueTask<long> PublishAsync(string channel, RedisValue message, CancellationToken cancellationToken = default) =>
        RunAsync(PubSubCommands.Publish(channel, message), cancellationToken);

    /// <summary>SPUBLISH: sends <paramref name="message"/> to a sharded channel; returns how many subscribers received it.</summary>
    public ValueTask<long> SPublishAsync(string shardChannel, RedisValue message, CancellationToken cancellationToken = default) =>
        RunAsync(PubSubCommands.SPublish(shardChannel, message), cancellationToken);

    /// <summary>PUBSUB CHANNELS: channels with at least one subscriber, optionally matching a glob pattern.</summary>
    public ValueTask<string[]> PubSubChannelsAsync(string? pattern = null, CancellationToken cancellationToken = default) =>
        RunAsync(PubSubCommands.Channels(Cmd.PubSubChannels, pattern), cancellationToken);

    /// <summary>PUBSUB NUMSUB: the subscriber count of each channel.</summary>
    public ValueTask<Dictionary<string, long>> PubSubNumSubAsync(IEnumerable<string> channels, CancellationToken cancellationToken = default) =>
        RunAsync(PubSubCommands.NumSub(Cmd.PubSubNumSub, channels), cancellationToken);

    /// <summary>PUBSUB NUMPAT: the number of pattern subscriptions across all clients.</summary>
    public ValueTask<long> PubSubNumPatAsync(CancellationToken cancellationToken = default) => RunAsync(PubSubCommands.NumPat(), cancellationToken);

    /// <summary>PUBSUB SHARDCHANNELS: sharded channels with at least one subscriber, optionally matching a glob pattern.</summary>
    public ValueTask<string[]> PubSubShardChannelsAsync(string? pattern = null, CancellationToken cancellationToken = default) =>
        RunAsync(PubSubCommands.Channels(Cmd.PubSubShardChannels, pattern), cancellationToken);

    /// <summary>PUBSUB SHARDNUMSUB: the subscriber count of each sharded channel.</summary>
    public ValueTask<Dictionary<string, long>> PubSubShardNumSubAsync(IEnumerable<string> shardChannels, CancellationToken cancellationToken = default) =>
        RunAsync(PubSubCommands.NumSub(Cmd.PubSubShardNumSub, shardChannels), cancellationToken);
}
