using RedisKit.Protocol;

namespace RedisKit.Commands.Parsers;

/// <summary>CLIENT INFO: one line of <c>name=value</c> fields (a verbatim string under RESP3).</summary>
internal readonly struct ClientInfoParser : IReplyParser<ClientInfo>
{
    public ClientInfo Parse(ref RespReader reader, in ReplyContext context) =>
        ClientInfo.Parse((reader.ReadString(context.Encoding) ?? string.Empty).AsSpan().TrimEnd());
}

/// <summary>CLIENT LIST: one line per connection.</summary>
internal readonly struct ClientListParser : IReplyParser<ClientInfo[]>
{
    public ClientInfo[] Parse(ref RespReader reader, in ReplyContext context)
    {
        var text = reader.ReadString(context.Encoding) ?? string.Empty;
        var clients = new List<ClientInfo>();
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan()[range].Trim();
            if (!line.IsEmpty)
            {
                clients.Add(ClientInfo.Parse(line));
            }
        }

        return [.. clients];
    }
}
