namespace RedisKit;

/// <summary>One behaviour change in a command's COMMAND DOCS history.</summary>
/// <param name="Version">The Redis version that made the change.</param>
/// <param name="Description">What changed.</param>
public readonly record struct CommandHistoryEntry(string Version, string Description);
