using RedisKit.Protocol;

namespace RedisKit.Commands.Parsers;

/// <summary>
/// FUNCTION LIST: one entry per library, each a RESP3 map or a RESP2 flat array of field-value
/// pairs, with the functions nested the same way and their flags as a set or an array. Fields are
/// matched by name, so their order does not matter and fields newer than this library are skipped.
/// </summary>
internal readonly struct FunctionListParser : IReplyParser<FunctionLibrary[]>, IElementReader<FunctionLibrary>
{
    public FunctionLibrary[] Parse(ref RespReader reader, in ReplyContext context) => ReplyShapes.Array<FunctionLibrary, FunctionListParser>(ref reader, context);

    public FunctionLibrary ReadElement(ref RespReader reader, in ReplyContext context)
    {
        string? name = null;
        var engine = string.Empty;
        string? code = null;
        LibraryFunction[] functions = [];
        var fields = NamedFields.Open(ref reader);
        while (fields.MoveNext(ref reader))
        {
            switch (fields.Name)
            {
                case "library_name":
                    name = reader.ReadString(context.Encoding);
                    break;
                case "engine":
                    engine = reader.ReadString(context.Encoding) ?? string.Empty;
                    break;
                case "functions":
                    functions = ReadFunctions(ref reader, context);
                    break;
                case "library_code":
                    code = reader.ReadString(context.Encoding);
                    break;
            }
        }

        return new FunctionLibrary(name ?? throw FunctionReplies.Missing("FUNCTION LIST", "library_name"), engine, functions, code);
    }

    private static LibraryFunction[] ReadFunctions(ref RespReader reader, in ReplyContext context) => ReplyShapes.Array<LibraryFunction, FunctionReader>(ref reader, context);

    private readonly struct FunctionReader : IElementReader<LibraryFunction>
    {
        public LibraryFunction ReadElement(ref RespReader reader, in ReplyContext context)
        {
            string? name = null;
            string? description = null;
            string[] flags = [];
            var fields = NamedFields.Open(ref reader);
            while (fields.MoveNext(ref reader))
            {
                switch (fields.Name)
                {
                    case "name":
                        name = reader.ReadString(context.Encoding);
                        break;
                    case "description":
                        description = reader.ReadString(context.Encoding);
                        break;
                    case "flags":
                        flags = default(StringArrayParser).Parse(ref reader, context);
                        break;
                }
            }

            return new LibraryFunction(name ?? throw FunctionReplies.Missing("FUNCTION LIST", "name"), description, flags);
        }
    }
}

/// <summary>
/// FUNCTION STATS: <c>running_script</c> (nil, or the function's name, command and duration) and
/// <c>engines</c> (per engine, its library and function counts), as maps or flat pair arrays.
/// </summary>
internal readonly struct FunctionStatsParser : IReplyParser<FunctionStats>
{
    public FunctionStats Parse(ref RespReader reader, in ReplyContext context)
    {
        RunningFunction? running = null;
        var engines = new Dictionary<string, FunctionEngineStats>(StringComparer.Ordinal);
        var fields = NamedFields.Open(ref reader);
        while (fields.MoveNext(ref reader))
        {
            switch (fields.Name)
            {
                case "running_script":
                    running = reader.TryReadNull() ? null : ReadRunning(ref reader, context);
                    break;
                case "engines":
                    var count = StringDictionaryParser.ReadPairCount(ref reader);
                    for (var j = 0; j < count; j++)
                    {
                        var engine = reader.ReadString(context.Encoding) ?? string.Empty;
                        engines[engine] = ReadEngine(ref reader);
                    }

                    break;
            }
        }

        return new FunctionStats(running, engines);
    }

    private static RunningFunction ReadRunning(ref RespReader reader, in ReplyContext context)
    {
        string? name = null;
        string[] command = [];
        long milliseconds = 0;
        var fields = NamedFields.Open(ref reader);
        while (fields.MoveNext(ref reader))
        {
            switch (fields.Name)
            {
                case "name":
                    name = reader.ReadString(context.Encoding);
                    break;
                case "command":
                    command = default(StringArrayParser).Parse(ref reader, context);
                    break;
                case "duration_ms":
                    milliseconds = reader.ReadInt64();
                    break;
            }
        }

        return new RunningFunction(name ?? throw FunctionReplies.Missing("FUNCTION STATS", "name"), command, TimeSpan.FromMilliseconds(milliseconds));
    }

    private static FunctionEngineStats ReadEngine(ref RespReader reader)
    {
        long libraries = 0;
        long functions = 0;
        var fields = NamedFields.Open(ref reader);
        while (fields.MoveNext(ref reader))
        {
            switch (fields.Name)
            {
                case "libraries_count":
                    libraries = reader.ReadInt64();
                    break;
                case "functions_count":
                    functions = reader.ReadInt64();
                    break;
            }
        }

        return new FunctionEngineStats(libraries, functions);
    }
}

/// <summary>Helpers shared by the FUNCTION reply parsers.</summary>
internal static class FunctionReplies
{
    public static RedisProtocolException Missing(string command, string field) => new($"The {command} reply has no '{field}' field.");
}
