using System.Globalization;
using System.Reflection;
using RedisKit.Commands;

namespace RedisKit.IntegrationTests.Commands;

/// <summary>One definition of <see cref="Cmd"/> and the name of the field (or array) that holds it.</summary>
internal sealed record CommandDefinition(string Field, CommandInfo Info);

/// <summary>
/// One way a definition disagrees with COMMAND INFO. <see cref="Key"/> (<c>field aspect</c>, e.g.
/// <c>Set write</c>) names it in the list of deliberate differences; <see cref="Detail"/> says what differs.
/// </summary>
internal sealed record CommandDisagreement(string Field, string Aspect, string Detail)
{
    public string Key => $"{Field} {Aspect}";

    public override string ToString() => $"{Key}: {Detail}";
}

/// <summary>
/// Compares command definitions with the server's COMMAND INFO, on the points that change what
/// the client does: <c>readonly</c> (retry and, later, replica routing), <c>write</c> (a write is
/// resent only if its definition says it is idempotent), <c>blocking</c>, and key positions (for
/// query text now and the cluster router later).
/// </summary>
internal static class CommandMetadataComparer
{
    public const string ReadOnlyAspect = "readonly";
    public const string WriteAspect = "write";
    public const string BlockingAspect = "blocking";
    public const string KeysAspect = "keys";
    public const string UnknownAspect = "unknown";

    /// <summary>Every definition in <see cref="Cmd"/>: its CommandInfo fields and the elements of its CommandInfo arrays.</summary>
    public static List<CommandDefinition> Definitions()
    {
        var definitions = new List<CommandDefinition>();
        foreach (var field in typeof(Cmd).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
        {
            switch (field.GetValue(null))
            {
                case CommandInfo info:
                    definitions.Add(new(field.Name, info));
                    break;
                case CommandInfo[] infos:
                    definitions.AddRange(infos.Select(info => new CommandDefinition(field.Name, info)));
                    break;
            }
        }

        return definitions;
    }

    /// <summary>All disagreements of <paramref name="definitions"/> with <paramref name="server"/> (COMMAND INFO by lower-case name).</summary>
    public static List<CommandDisagreement> Compare(IReadOnlyList<CommandDefinition> definitions, IReadOnlyDictionary<string, RedisCommandInfo> server)
    {
        var blockingNames = definitions.Where(d => (d.Info.Flags & CommandFlags.Blocking) != 0).Select(d => d.Info.Name).ToHashSet(StringComparer.Ordinal);
        var found = new List<CommandDisagreement>();
        foreach (var definition in definitions)
        {
            var entry = Find(server, definition.Info.Name);
            if (entry is null)
            {
                found.Add(new(definition.Field, UnknownAspect, $"{definition.Info.Name} is not in this server's COMMAND INFO"));
                continue;
            }

            CompareFlags(definition, entry, blockingNames, found);
            CompareKeys(definition, entry, found);
        }

        // One entry per key: a field that holds several definitions (an array) disagrees once per aspect and detail.
        return [.. found.Distinct()];
    }

    /// <summary>The COMMAND INFO entry of a definition's name: a container's subcommand entry where the server lists one.</summary>
    public static RedisCommandInfo? Find(IReadOnlyDictionary<string, RedisCommandInfo> server, string name)
    {
        var words = name.ToLowerInvariant().Split(' ');
        if (!server.TryGetValue(words[0], out var entry))
        {
            return null;
        }

        if (words.Length == 1 || entry.Subcommands.Count == 0)
        {
            // DEBUG is listed without subcommands: DEBUG OBJECT is described by DEBUG's entry.
            return entry;
        }

        var subName = words[0] + "|" + words[1];
        return entry.Subcommands.FirstOrDefault(s => s.Name == subName);
    }

    private static void CompareFlags(CommandDefinition definition, RedisCommandInfo entry, HashSet<string> blockingNames, List<CommandDisagreement> found)
    {
        var flags = definition.Info.Flags;
        var readOnly = (flags & CommandFlags.ReadOnly) != 0;
        var serverReadOnly = entry.Flags.Contains("readonly");
        if (readOnly != serverReadOnly)
        {
            found.Add(new(definition.Field, ReadOnlyAspect, readOnly
                ? $"{definition.Info.Name} is defined ReadOnly, the server does not flag it readonly ({Flags(entry)})"
                : $"{definition.Info.Name} is flagged readonly by the server, not ReadOnly in its definition"));
        }

        if (entry.Flags.Contains("write") && (flags & CommandFlags.Idempotent) != 0)
        {
            found.Add(new(definition.Field, WriteAspect, $"{definition.Info.Name} is a write for the server and defined Idempotent, so it is resent after a lost reply"));
        }

        var blocking = (flags & CommandFlags.Blocking) != 0;
        var serverBlocking = entry.Flags.Contains("blocking");
        if (blocking && !serverBlocking)
        {
            found.Add(new(definition.Field, BlockingAspect, $"{definition.Info.Name} is defined Blocking, the server does not flag it blocking ({Flags(entry)})"));
        }
        else if (serverBlocking && !blockingNames.Contains(definition.Info.Name))
        {
            // A command that blocks only with some arguments (XREAD BLOCK) has a Blocking definition beside the plain one.
            found.Add(new(definition.Field, BlockingAspect, $"{definition.Info.Name} is flagged blocking by the server and no definition of it is Blocking"));
        }
    }

    private static void CompareKeys(CommandDefinition definition, RedisCommandInfo entry, List<CommandDisagreement> found)
    {
        var defined = Describe(definition.Info);
        if (!entry.Flags.Contains("movablekeys"))
        {
            var legacy = entry.FirstKey == 0 ? "no keys" : Range(entry.FirstKey, entry.LastKey, entry.Step);
            if (defined != legacy)
            {
                found.Add(new(definition.Field, KeysAspect, $"{definition.Info.Name} is defined with {defined}, the server has {legacy}"));
            }

            return;
        }

        // Movable keys: the legacy fields cover at most part of them; the key specifications say
        // where each group of keys is. The definition must describe every one of them.
        var specs = entry.KeySpecifications.Select(Describe).ToList();
        if (specs.Count == 0 ? defined != "no keys" : specs.Any(spec => spec != defined))
        {
            var server = specs.Count == 0 ? "no keys" : string.Join("; ", specs);
            found.Add(new(definition.Field, KeysAspect, $"{definition.Info.Name} is defined with {defined}, the server's key specifications are {server}"));
        }
    }

    /// <summary>A definition's key positions as argv indexes (the command name is 0, its subcommand 1), as COMMAND INFO counts.</summary>
    public static string Describe(CommandInfo info)
    {
        var offset = info.WordCount - 1;
        if (info.KeyCountIndex != 0)
        {
            return KeyNum(info.KeyCountIndex + offset, info.FirstKey + offset, info.KeyStep);
        }

        return info.FirstKey == 0 ? "no keys" : Range(info.FirstKey + offset, info.LastKey < 0 ? info.LastKey : info.LastKey + offset, info.KeyStep);
    }

    /// <summary>A key specification in the terms of <see cref="Describe(CommandInfo)"/>; keyword searches and unknown ones have no fixed position.</summary>
    public static string Describe(CommandKeySpecification spec)
    {
        if (spec.BeginSearchType != "index")
        {
            return $"keys found by {spec.BeginSearchType} {string.Join(" ", spec.BeginSearch.Select(p => $"{p.Key}={p.Value}"))}";
        }

        var index = Number(spec.BeginSearch, "index");
        switch (spec.FindKeysType)
        {
            case "range":
                var last = Number(spec.FindKeys, "lastkey");
                var limit = spec.FindKeys.TryGetValue("limit", out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : 0;
                var range = Range(index, last < 0 ? last : index + last, Number(spec.FindKeys, "keystep"));
                return limit > 1 ? $"{range} limited to 1/{limit} of the rest" : range;
            case "keynum":
                return KeyNum(index + Number(spec.FindKeys, "keynumidx"), index + Number(spec.FindKeys, "firstkey"), Number(spec.FindKeys, "keystep"));
            default:
                return $"keys found by {spec.FindKeysType}";
        }
    }

    private static string Range(int first, int last, int step) => $"keys {first}..{last} step {step}";

    private static string KeyNum(int countIndex, int first, int step) => $"key count at {countIndex}, keys from {first} step {step}";

    private static int Number(IReadOnlyDictionary<string, string> fields, string name) => int.Parse(fields[name], CultureInfo.InvariantCulture);

    private static string Flags(RedisCommandInfo entry) => entry.Flags.Count == 0 ? "no flags" : string.Join(" ", entry.Flags);
}
