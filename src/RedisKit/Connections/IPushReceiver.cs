using System.Buffers;
using RedisKit.Commands;

namespace RedisKit.Connections;

/// <summary>Takes the frames of a connection that answer no command: RESP3 pushes, and everything a subscriber connection receives.</summary>
internal interface IPushReceiver
{
    void OnPush(in ReadOnlySequence<byte> frame, in ReplyContext context);

    void OnConnectionClosed(Exception reason);
}
