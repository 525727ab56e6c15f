using System.Buffers;
using MessagePack;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace RedisKit.SignalR.Internal;

/// <summary>
/// The backplane's payloads, in the MessagePack layout of Microsoft.AspNetCore.SignalR.StackExchangeRedis:
/// <list type="bullet">
/// <item>invocation: <c>[ [excluded ids...], { protocol name: bin, ... } (, invocation id, return channel) ]</c>;</item>
/// <item>group command: <c>[ id, server name, action, group, connection id ]</c>;</item>
/// <item>ack: <c>[ id ]</c>;</item>
/// <item>completion: <c>[ protocol name, bin ]</c>.</item>
/// </list>
/// Readers accept longer arrays and ignore the extra items, as Microsoft's do.
/// </summary>
internal sealed class BackplaneProtocol
{
    private readonly IHubProtocol[] _protocols;

    public BackplaneProtocol(IHubProtocolResolver resolver, IList<string>? globalProtocols, IList<string>? hubProtocols)
    {
        // The hub's own protocol list wins over the global one, as in SignalR's DefaultHubMessageSerializer.
        var names = hubProtocols ?? globalProtocols ?? [];
        var asList = names as IReadOnlyList<string> ?? [.. names];
        var protocols = new List<IHubProtocol>(asList.Count);
        foreach (var name in asList)
        {
            if (resolver.GetProtocol(name, asList) is { } protocol)
            {
                protocols.Add(protocol);
            }
        }

        _protocols = [.. protocols];
    }

    public byte[] WriteInvocation(string methodName, object?[] args, IReadOnlyList<string>? excludedConnectionIds = null, string? invocationId = null, string? returnChannel = null)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        var writer = new MessagePackWriter(buffer);
        var withReturn = !string.IsNullOrEmpty(returnChannel);
        writer.WriteArrayHeader(withReturn ? 4 : 2);
        if (excludedConnectionIds is { Count: > 0 })
        {
            writer.WriteArrayHeader(excludedConnectionIds.Count);
            for (var i = 0; i < excludedConnectionIds.Count; i++)
            {
                writer.Write(excludedConnectionIds[i]);
            }
        }
        else
        {
            writer.WriteArrayHeader(0);
        }

        var message = new InvocationMessage(invocationId, methodName, args);
        writer.WriteMapHeader(_protocols.Length);
        foreach (var protocol in _protocols)
        {
            writer.Write(protocol.Name);
            writer.Write(protocol.GetMessageBytes(message).Span);
        }

        // The result fields go last so that a server reading only two items still finds the message.
        if (withReturn)
        {
            writer.Write(invocationId);
            writer.Write(returnChannel);
        }

        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] WriteGroupCommand(in GroupCommand command)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        var writer = new MessagePackWriter(buffer);
        writer.WriteArrayHeader(5);
        writer.Write(command.Id);
        writer.Write(command.ServerName);
        writer.Write((byte)command.Action);
        writer.Write(command.GroupName);
        writer.Write(command.ConnectionId);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] WriteAck(int id)
    {
        var buffer = new ArrayBufferWriter<byte>(8);
        var writer = new MessagePackWriter(buffer);
        writer.WriteArrayHeader(1);
        writer.Write(id);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] WriteCompletion(string protocolName, ReadOnlySpan<byte> completionMessage)
    {
        var buffer = new ArrayBufferWriter<byte>(completionMessage.Length + 32);
        var writer = new MessagePackWriter(buffer);
        writer.WriteArrayHeader(2);
        writer.Write(protocolName);
        writer.Write(completionMessage);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    public static BackplaneInvocation ReadInvocation(ReadOnlyMemory<byte> data)
    {
        var reader = new MessagePackReader(data);
        var length = ReadArrayHeader(ref reader, 2, "invocation");
        string[]? excluded = null;
        var idCount = reader.ReadArrayHeader();
        if (idCount > 0)
        {
            excluded = new string[idCount];
            for (var i = 0; i < idCount; i++)
            {
                excluded[i] = reader.ReadString() ?? string.Empty;
            }
        }

        var count = reader.ReadMapHeader();
        var serializations = new SerializedMessage[count];
        for (var i = 0; i < count; i++)
        {
            var protocol = reader.ReadString() ?? string.Empty;
            var bytes = reader.ReadBytes() is { } sequence ? sequence.ToArray() : [];
            serializations[i] = new SerializedMessage(protocol, bytes);
        }

        string? invocationId = null;
        string? returnChannel = null;
        if (length > 3)
        {
            invocationId = reader.ReadString();
            returnChannel = reader.ReadString();
        }

        return new BackplaneInvocation(new SerializedHubMessage(serializations), excluded, invocationId, returnChannel);
    }

    public static GroupCommand ReadGroupCommand(ReadOnlyMemory<byte> data)
    {
        var reader = new MessagePackReader(data);
        ReadArrayHeader(ref reader, 5, "group command");
        var id = reader.ReadInt32();
        var serverName = reader.ReadString() ?? string.Empty;
        var action = (GroupAction)reader.ReadByte();
        var groupName = reader.ReadString() ?? string.Empty;
        var connectionId = reader.ReadString() ?? string.Empty;
        return new GroupCommand(id, serverName, action, groupName, connectionId);
    }

    public static int ReadAck(ReadOnlyMemory<byte> data)
    {
        var reader = new MessagePackReader(data);
        ReadArrayHeader(ref reader, 1, "ack");
        return reader.ReadInt32();
    }

    public static ForwardedCompletion ReadCompletion(ReadOnlyMemory<byte> data)
    {
        var reader = new MessagePackReader(data);
        ReadArrayHeader(ref reader, 2, "completion");
        var protocolName = reader.ReadString() ?? string.Empty;
        var message = reader.ReadBytes() ?? default;
        return new ForwardedCompletion(protocolName, message);
    }

    private static int ReadArrayHeader(ref MessagePackReader reader, int minimum, string kind)
    {
        var length = reader.ReadArrayHeader();
        if (length < minimum)
        {
            throw new InvalidDataException($"A backplane {kind} message has {length} items; at least {minimum} were expected.");
        }

        return length;
    }
}
