using System.Buffers;
using RedisKit.Commands;

namespace RedisKit.Connections;

/// <summary>Takes the frames of a connection that answer no command: RESP3 pushes, and RESP2 pub/sub messages.</summary>
internal interface IPushReceiver
{
    /// <summary>True when frames that arrive with no command waiting belong to this receiver (a RESP2 subscriber).</summary>
    bool AcceptsUnsolicited { get; }

    void OnPush(in ReadOnlySequence<byte> frame, in ReplyContext context);

    void OnConnectionClosed(Exception reason);
}
