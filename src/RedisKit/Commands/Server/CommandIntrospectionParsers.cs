using System.Collections.ObjectModel;
using System.Text;
using RedisKit.Protocol;

namespace RedisKit.Commands.Parsers;

/// <summary>
/// COMMAND INFO: an array with, per command asked, its description or nil for an unknown name.
/// The result is keyed by name and leaves the unknown ones out, as redis-py's dictionary does.
/// </summary>
internal readonly struct CommandInfoParser : IReplyParser<Dictionary<string, RedisCommandInfo>>
{
    public Dictionary<string, RedisCommandInfo> Parse(ref RespReader reader, in ReplyContext context)
    {
        var count = reader.ReadAggregateHeader(out _);
        var result = new Dictionary<string, RedisCommandInfo>(Math.Max(count, 0), StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < count; i++)
        {
            if (reader.TryReadNull())
            {
                continue;
            }

            var command = ReadCommand(ref reader, context, depth: 0);
            result[command.Name] = command;
        }

        return result;
    }

    /// <summary>
    /// One description: name, arity, flags, first key, last key, step, then (by server version)
    /// ACL categories, tips, key specifications and subcommands.
    /// </summary>
    private static RedisCommandInfo ReadCommand(ref RespReader reader, in ReplyContext context, int depth)
    {
        var encoding = context.Encoding;
        if (depth > 4)
        {
            throw new RedisProtocolException("COMMAND INFO nests subcommands deeper than any Redis command has them.");
        }

        var fields = reader.ReadAggregateHeader(out _);
        if (fields < 6)
        {
            throw new RedisProtocolException($"A COMMAND INFO entry needs at least 6 elements, not {fields}.");
        }

        var name = ReplyShapes.Text(ref reader, encoding);
        var arity = (int)reader.ReadInt64();
        var flags = ReplyShapes.Strings(ref reader, encoding);
        var firstKey = (int)reader.ReadInt64();
        var lastKey = (int)reader.ReadInt64();
        var step = (int)reader.ReadInt64();
        var categories = fields > 6 ? ReplyShapes.Strings(ref reader, encoding) : [];
        var tips = fields > 7 ? ReplyShapes.Strings(ref reader, encoding) : [];
        var specifications = fields > 8 ? ReadKeySpecifications(ref reader, context) : [];
        var subcommands = fields > 9 ? ReplyShapes.Array<RedisCommandInfo, SubcommandReader>(ref reader, context, new(depth + 1)) : [];

        for (var extra = 10; extra < fields; extra++)
        {
            reader.Skip();
        }

        return new RedisCommandInfo(name, arity, flags, firstKey, lastKey, step, categories, tips, specifications, subcommands);
    }

    private readonly struct SubcommandReader(int depth) : IElementReader<RedisCommandInfo>
    {
        public RedisCommandInfo ReadElement(ref RespReader reader, in ReplyContext context) => ReadCommand(ref reader, context, depth);
    }

    private static CommandKeySpecification[] ReadKeySpecifications(ref RespReader reader, in ReplyContext context) => ReplyShapes.Array<CommandKeySpecification, KeySpecificationReader>(ref reader, context);

    private readonly struct KeySpecificationReader : IElementReader<CommandKeySpecification>
    {
        public CommandKeySpecification ReadElement(ref RespReader reader, in ReplyContext context)
        {
            var encoding = context.Encoding;
            string[] flags = [];
            string? notes = null;
            var beginType = string.Empty;
            var findType = string.Empty;
            IReadOnlyDictionary<string, string> begin = ReadOnlyDictionary<string, string>.Empty;
            IReadOnlyDictionary<string, string> find = ReadOnlyDictionary<string, string>.Empty;
            var fields = NamedFields.Open(ref reader);
            while (fields.MoveNext(ref reader))
            {
                switch (fields.Name)
                {
                    case "flags":
                        flags = ReplyShapes.Strings(ref reader, encoding);
                        break;
                    case "notes":
                        notes = reader.ReadString(encoding);
                        break;
                    case "begin_search":
                        (beginType, begin) = ReadSearch(ref reader, encoding);
                        break;
                    case "find_keys":
                        (findType, find) = ReadSearch(ref reader, encoding);
                        break;
                }
            }

            return new CommandKeySpecification(flags, beginType, begin, findType, find, notes);
        }
    }

    /// <summary>A begin_search or find_keys map: its type and its spec's fields.</summary>
    private static (string Type, IReadOnlyDictionary<string, string> Spec) ReadSearch(ref RespReader reader, Encoding encoding)
    {
        var type = string.Empty;
        IReadOnlyDictionary<string, string> spec = ReadOnlyDictionary<string, string>.Empty;
        var fields = NamedFields.Open(ref reader);
        while (fields.MoveNext(ref reader))
        {
            switch (fields.Name)
            {
                case "type":
                    type = ReplyShapes.Text(ref reader, encoding);
                    break;
                case "spec":
                    spec = ReplyShapes.ScalarMap(ref reader, encoding);
                    break;
            }
        }

        return (type, spec);
    }
}

/// <summary>COMMAND DOCS: a map (RESP2: flat array) of command name to its documentation map.</summary>
internal readonly struct CommandDocsParser : IReplyParser<Dictionary<string, RedisCommandDocs>>
{
    // Redis nests subcommands one level and arguments a few; this bounds a hostile reply's recursion.
    private const int MaxDepth = 16;

    public Dictionary<string, RedisCommandDocs> Parse(ref RespReader reader, in ReplyContext context) => ReadDocsMap(ref reader, context, 0);

    private static Dictionary<string, RedisCommandDocs> ReadDocsMap(ref RespReader reader, in ReplyContext context, int depth)
    {
        CheckDepth(depth);
        var encoding = context.Encoding;
        var pairs = StringDictionaryParser.ReadPairCount(ref reader);
        var result = new Dictionary<string, RedisCommandDocs>(pairs, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < pairs; i++)
        {
            var name = ReplyShapes.Text(ref reader, encoding);
            result[name] = ReadDocs(ref reader, name, context, depth);
        }

        return result;
    }

    private static RedisCommandDocs ReadDocs(ref RespReader reader, string name, in ReplyContext context, int depth)
    {
        var encoding = context.Encoding;
        string? summary = null, since = null, group = null, complexity = null, deprecatedSince = null, replacedBy = null;
        string[] docFlags = [];
        CommandHistoryEntry[] history = [];
        CommandArgument[] arguments = [];
        IReadOnlyDictionary<string, RedisCommandDocs> subcommands = ReadOnlyDictionary<string, RedisCommandDocs>.Empty;
        var fields = NamedFields.Open(ref reader);
        while (fields.MoveNext(ref reader))
        {
            switch (fields.Name)
            {
                case "summary":
                    summary = reader.ReadString(encoding);
                    break;
                case "since":
                    since = reader.ReadString(encoding);
                    break;
                case "group":
                    group = reader.ReadString(encoding);
                    break;
                case "complexity":
                    complexity = reader.ReadString(encoding);
                    break;
                case "doc_flags":
                    docFlags = ReplyShapes.Strings(ref reader, encoding);
                    break;
                case "deprecated_since":
                    deprecatedSince = reader.ReadString(encoding);
                    break;
                case "replaced_by":
                    replacedBy = reader.ReadString(encoding);
                    break;
                case "history":
                    history = ReadHistory(ref reader, context);
                    break;
                case "arguments":
                    arguments = ReadArguments(ref reader, context, depth + 1);
                    break;
                case "subcommands":
                    subcommands = ReadDocsMap(ref reader, context, depth + 1);
                    break;
            }
        }

        return new RedisCommandDocs(name, summary, since, group, complexity, docFlags, deprecatedSince, replacedBy, history, arguments, subcommands);
    }

    private static CommandHistoryEntry[] ReadHistory(ref RespReader reader, in ReplyContext context) => ReplyShapes.Array<CommandHistoryEntry, HistoryReader>(ref reader, context);

    private readonly struct HistoryReader : IElementReader<CommandHistoryEntry>
    {
        public CommandHistoryEntry ReadElement(ref RespReader reader, in ReplyContext context)
        {
            var encoding = context.Encoding;
            var parts = reader.ReadAggregateHeader(out _);
            var version = parts > 0 ? ReplyShapes.Text(ref reader, encoding) : string.Empty;
            var description = parts > 1 ? ReplyShapes.Text(ref reader, encoding) : string.Empty;
            for (var extra = 2; extra < parts; extra++)
            {
                reader.Skip();
            }

            return new CommandHistoryEntry(version, description);
        }
    }

    private static CommandArgument[] ReadArguments(ref RespReader reader, in ReplyContext context, int depth)
    {
        CheckDepth(depth);
        return ReplyShapes.Array<CommandArgument, ArgumentReader>(ref reader, context, new(depth));
    }

    private readonly struct ArgumentReader(int depth) : IElementReader<CommandArgument>
    {
        public CommandArgument ReadElement(ref RespReader reader, in ReplyContext context)
        {
            var encoding = context.Encoding;
            string name = string.Empty, type = string.Empty;
            string? displayText = null, token = null, summary = null, since = null, deprecatedSince = null;
            int? keySpecIndex = null;
            string[] flags = [];
            CommandArgument[] nested = [];
            var fields = NamedFields.Open(ref reader);
            while (fields.MoveNext(ref reader))
            {
                switch (fields.Name)
                {
                    case "name":
                        name = ReplyShapes.Text(ref reader, encoding);
                        break;
                    case "type":
                        type = ReplyShapes.Text(ref reader, encoding);
                        break;
                    case "display_text":
                        displayText = reader.ReadString(encoding);
                        break;
                    case "key_spec_index":
                        keySpecIndex = (int)reader.ReadInt64();
                        break;
                    case "token":
                        token = reader.ReadString(encoding);
                        break;
                    case "summary":
                        summary = reader.ReadString(encoding);
                        break;
                    case "since":
                        since = reader.ReadString(encoding);
                        break;
                    case "deprecated_since":
                        deprecatedSince = reader.ReadString(encoding);
                        break;
                    case "flags":
                        flags = ReplyShapes.Strings(ref reader, encoding);
                        break;
                    case "arguments":
                        nested = ReadArguments(ref reader, context, depth + 1);
                        break;
                }
            }

            return new CommandArgument(name, type, displayText, keySpecIndex, token, summary, since, deprecatedSince, flags, nested);
        }
    }

    private static void CheckDepth(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new RedisProtocolException($"COMMAND DOCS nests deeper than {MaxDepth} levels.");
        }
    }
}
