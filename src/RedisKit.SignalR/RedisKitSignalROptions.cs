namespace RedisKit.SignalR;

/// <summary>Options of the RedisKit SignalR backplane.</summary>
public sealed class RedisKitSignalROptions
{
    /// <summary>
    /// Put before every channel name (<c>{prefix}{hub type's full name}:all</c>...), to share one Redis
    /// between applications. Microsoft's backplane names the same channels when its
    /// <c>Configuration.ChannelPrefix</c> has the same value. Default none.
    /// </summary>
    public string? ChannelPrefix { get; set; }

    /// <summary>The key of the keyed <see cref="RedisClient"/> to use; null for the default client.</summary>
    public object? ServiceKey { get; set; }

    /// <summary>
    /// How many received backplane messages may wait for delivery to this server's connections before the
    /// oldest are dropped (so a stalled server cannot exhaust memory). Default 100,000.
    /// </summary>
    public int MessageBufferCapacity { get; set; } = 100_000;

    /// <summary>
    /// How long adding or removing a connection of another server to or from a group waits for that
    /// server's acknowledgement before failing. Default 30 seconds, as in Microsoft's backplane.
    /// </summary>
    public TimeSpan AckTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
