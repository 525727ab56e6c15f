namespace RedisKit;

/// <summary>One key of COMMAND GETKEYSANDFLAGS: the key and how the command uses it (RW, access, update...).</summary>
/// <param name="Key">The key.</param>
/// <param name="Flags">The key specification's flags, as the server names them.</param>
public sealed record CommandKeyFlags(string Key, IReadOnlyList<string> Flags);
