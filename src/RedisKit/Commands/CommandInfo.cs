using RedisKit.Protocol;

namespace RedisKit.Commands;

/// <summary>
/// A command's fixed part: its name (preformatted as RESP bulk strings), flags and key positions.
/// One instance per command or subcommand, in <see cref="Cmd"/>.
/// </summary>
internal sealed class CommandInfo
{
    public CommandInfo(string name, CommandFlags flags = CommandFlags.None, int firstKey = 1, int keyStep = 1, int lastKey = 1, int keyCountIndex = 0)
        : this(name, flags, firstKey, keyStep, lastKey, preformat: true)
    {
        KeyCountIndex = keyCountIndex;
    }

    private CommandInfo(string name, CommandFlags flags, int firstKey, int keyStep, int lastKey, bool preformat)
    {
        Name = name;
        Flags = flags;
        FirstKey = firstKey;
        KeyStep = keyStep;
        LastKey = lastKey;
        if (!preformat)
        {
            Preformatted = [];
            return;
        }

        var words = name.Split(' ');
        WordCount = words.Length;
        var bytes = new List<byte>();
        foreach (var word in words)
        {
            bytes.AddRange(RespWriter.FormatBulk(word));
        }

        Preformatted = [.. bytes];
    }

    /// <summary>
    /// The description of a command sent through <c>ExecuteCommandAsync</c>, whose name travels
    /// among its arguments: only its name (for messages) and flags are known.
    /// </summary>
    public static CommandInfo Untyped(string name, CommandFlags flags) => new(name, flags, 0, 1, 1, preformat: false);

    /// <summary>The command as Redis names it, with its subcommand if any: <c>GET</c>, <c>CLIENT SETNAME</c>.</summary>
    public string Name { get; }

    /// <summary>How many bulk strings the name takes (2 for a container subcommand).</summary>
    public int WordCount { get; }

    /// <summary>The name's bulk strings, ready to copy into the output.</summary>
    public byte[] Preformatted { get; }

    public CommandFlags Flags { get; }

    /// <summary>Argument index (after the name) of the first key, or 0 when the command has no key; used by routers.</summary>
    public int FirstKey { get; }

    /// <summary>Distance between keys (2 for MSET key value key value).</summary>
    public int KeyStep { get; }

    /// <summary>Index of the last key; negative counts from the end (-1: the last argument, -2: the one before it).</summary>
    public int LastKey { get; }

    /// <summary>
    /// Index of an argument that says how many keys follow <see cref="FirstKey"/> (EVAL's numkeys),
    /// or 0 when the key positions are fixed.
    /// </summary>
    public int KeyCountIndex { get; }

    /// <summary>True when resending after a connection failure cannot change the outcome.</summary>
    public bool IsRetrySafe => (Flags & (CommandFlags.ReadOnly | CommandFlags.Idempotent)) != 0;

    public override string ToString() => Name;
}
