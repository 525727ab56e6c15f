using System.Buffers;
using Microsoft.AspNetCore.SignalR;

namespace RedisKit.SignalR.Internal;

/// <summary>An invocation read from an all, group, user or connection channel.</summary>
internal readonly record struct BackplaneInvocation(SerializedHubMessage Message, string[]? ExcludedConnectionIds, string? InvocationId, string? ReturnChannel)
{
    public bool Excludes(string connectionId) => ExcludedConnectionIds is { } ids && Array.IndexOf(ids, connectionId) >= 0;
}

/// <summary>Group membership change asked of whichever server holds the connection.</summary>
internal readonly record struct GroupCommand(int Id, string ServerName, GroupAction Action, string GroupName, string ConnectionId);

/// <summary>The action codes on the wire; Microsoft's backplane uses the same numbers.</summary>
internal enum GroupAction : byte
{
    Add = 1,
    Remove = 2,
}

/// <summary>A client result forwarded from the server holding the connection.</summary>
internal readonly record struct ForwardedCompletion(string ProtocolName, ReadOnlySequence<byte> CompletionMessage);
