using System.Text;
using RedisKit.Protocol;

namespace RedisKit.Commands.Parsers;

/// <summary>
/// ACL GETUSER: a map (RESP2: flat array) of flags, passwords, commands, keys, channels and
/// selectors; nil for an unknown user. Keys and channels are strings from Redis 7 and arrays of
/// patterns in Redis 6, read as one string either way.
/// </summary>
internal readonly struct AclUserParser : IReplyParser<AclUser?>
{
    public AclUser? Parse(ref RespReader reader, in ReplyContext context)
    {
        if (reader.TryReadNull())
        {
            return null;
        }

        string[] flags = [];
        string[] passwords = [];
        string commands = string.Empty, keys = string.Empty, channels = string.Empty;
        AclSelector[] selectors = [];
        var fields = NamedFields.Open(ref reader);
        while (fields.MoveNext(ref reader))
        {
            switch (fields.Name)
            {
                case "flags":
                    flags = ReplyShapes.Strings(ref reader, context.Encoding);
                    break;
                case "passwords":
                    passwords = ReplyShapes.Strings(ref reader, context.Encoding);
                    break;
                case "commands":
                    commands = ReplyShapes.TextOrJoined(ref reader, context.Encoding);
                    break;
                case "keys":
                    keys = ReplyShapes.TextOrJoined(ref reader, context.Encoding);
                    break;
                case "channels":
                    channels = ReplyShapes.TextOrJoined(ref reader, context.Encoding);
                    break;
                case "selectors":
                    selectors = ReadSelectors(ref reader, context);
                    break;
            }
        }

        return new AclUser(flags, passwords, commands, keys, channels, selectors);
    }

    private static AclSelector[] ReadSelectors(ref RespReader reader, in ReplyContext context) => ReplyShapes.Array<AclSelector, SelectorReader>(ref reader, context);

    private readonly struct SelectorReader : IElementReader<AclSelector>
    {
        public AclSelector ReadElement(ref RespReader reader, in ReplyContext context)
        {
            var encoding = context.Encoding;
            string commands = string.Empty, keys = string.Empty, channels = string.Empty;
            var fields = NamedFields.Open(ref reader);
            while (fields.MoveNext(ref reader))
            {
                switch (fields.Name)
                {
                    case "commands":
                        commands = ReplyShapes.TextOrJoined(ref reader, encoding);
                        break;
                    case "keys":
                        keys = ReplyShapes.TextOrJoined(ref reader, encoding);
                        break;
                    case "channels":
                        channels = ReplyShapes.TextOrJoined(ref reader, encoding);
                        break;
                }
            }

            return new AclSelector(commands, keys, channels);
        }
    }
}

/// <summary>
/// ACL LOG: an array of maps (RESP2: flat arrays). <c>age-seconds</c> is a RESP3 double or a RESP2
/// string; the entry id and timestamps exist from Redis 7.2.
/// </summary>
internal readonly struct AclLogParser : IReplyParser<AclLogEntry[]>, IElementReader<AclLogEntry>
{
    public AclLogEntry[] Parse(ref RespReader reader, in ReplyContext context) => ReplyShapes.Array<AclLogEntry, AclLogParser>(ref reader, context);

    public AclLogEntry ReadElement(ref RespReader reader, in ReplyContext context) => ReadEntry(ref reader, context.Encoding);

    private static AclLogEntry ReadEntry(ref RespReader reader, Encoding encoding)
    {
        long entryCount = 0;
        string reason = string.Empty, context = string.Empty, target = string.Empty, username = string.Empty, clientInfo = string.Empty;
        var age = TimeSpan.Zero;
        long? entryId = null;
        DateTimeOffset? created = null, updated = null;
        var fields = NamedFields.Open(ref reader);
        while (fields.MoveNext(ref reader))
        {
            switch (fields.Name)
            {
                case "count":
                    entryCount = reader.ReadInt64();
                    break;
                case "reason":
                    reason = ReplyShapes.Text(ref reader, encoding);
                    break;
                case "context":
                    context = ReplyShapes.Text(ref reader, encoding);
                    break;
                case "object":
                    target = ReplyShapes.Text(ref reader, encoding);
                    break;
                case "username":
                    username = ReplyShapes.Text(ref reader, encoding);
                    break;
                case "age-seconds":
                    age = TimeSpan.FromMilliseconds(Math.Round(reader.ReadDouble() * 1000));
                    break;
                case "client-info":
                    clientInfo = ReplyShapes.Text(ref reader, encoding);
                    break;
                case "entry-id":
                    entryId = reader.ReadInt64();
                    break;
                case "timestamp-created":
                    created = DateTimeOffset.FromUnixTimeMilliseconds(reader.ReadInt64());
                    break;
                case "timestamp-last-updated":
                    updated = DateTimeOffset.FromUnixTimeMilliseconds(reader.ReadInt64());
                    break;
            }
        }

        return new AclLogEntry(entryCount, reason, context, target, username, age, ClientInfo.Parse(clientInfo.AsSpan().Trim()), entryId, created, updated);
    }
}

/// <summary>ACL DRYRUN: OK when the user may run the command (null), else a bulk string saying why not.</summary>
internal readonly struct AclDryRunParser : IReplyParser<string?>
{
    public string? Parse(ref RespReader reader, in ReplyContext context)
    {
        var simple = reader.PeekType() == RespType.SimpleString;
        var text = reader.ReadString(context.Encoding);
        return simple && text == "OK" ? null : text;
    }
}
