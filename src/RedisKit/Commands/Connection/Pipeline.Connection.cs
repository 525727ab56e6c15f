using RedisKit.Commands;

namespace RedisKit;

public sealed partial class Pipeline
{
    /// <summary>Queues PING (result: true).</summary>
    public Pipeline Ping() => Queue(ConnectionCommands.Ping());

    /// <summary>Queues ECHO (result: string).</summary>
    public Pipeline Echo(RedisValue message) => Queue(ConnectionCommands.Echo(Check.Value(message, nameof(message))));
}
