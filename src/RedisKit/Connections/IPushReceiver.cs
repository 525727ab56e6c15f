using System.Buffers;
using RedisKit.Commands;

namespace RedisKit.Connections;

/// <summary>Takes the frames of a connection that answer no command: RESP3 pushes, and everything a subscriber connection receives.</summary>
internal interface IPushReceiver
{
    void OnPush(in ReadOnlySequence<byte> frame, in ReplyContext context);

    void OnConnectionClosed(Exception reason);

    /// <summary>
    /// The connection is about to send AUTH (a RESP3 subscriber authenticating again): true when the
    /// receiver will take its reply frame (OK, or an error it answers by retiring
    /// <paramref name="connection"/>); false, and nothing is sent, when it cannot.
    /// </summary>
    bool ExpectAuthReply(RedisConnection connection) => false;

    /// <summary>
    /// True when the receiver opens a new connection and restores itself after losing this one (a
    /// PubSub): credentials it cannot renew in place are renewed by replacing the connection.
    /// </summary>
    bool RestoresAfterLoss => false;
}
