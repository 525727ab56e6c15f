namespace RedisKit;

// The pub/sub factory; PUBLISH and the PUBSUB commands are generated from Commands/PubSub/PubSubCommands.cs.
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
        if (_cluster is not null)
        {
            throw Cluster.ClusterSupport.NotYet("Pub/sub (SUBSCRIBE, SSUBSCRIBE)", "PUBLISH works; subscribe through a client of one node (RedisClient.FromUrl with its address).");
        }

        return new PubSub(_pool, _options, ignoreSubscribeMessages, bufferCapacity);
    }
}
