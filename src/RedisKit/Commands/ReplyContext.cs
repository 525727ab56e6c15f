using System.Text;

namespace RedisKit.Commands;

/// <summary>What a parser needs besides the frame: the text encoding, DecodeResponses and the connection's protocol.</summary>
internal readonly struct ReplyContext(Encoding encoding, bool decodeResponses, int protocol)
{
    public Encoding Encoding { get; } = encoding;

    public bool DecodeResponses { get; } = decodeResponses;

    public int Protocol { get; } = protocol;
}
