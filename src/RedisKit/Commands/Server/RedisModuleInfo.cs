namespace RedisKit;

/// <summary>A loaded module, as MODULE LIST describes it.</summary>
/// <param name="Name">The module's name.</param>
/// <param name="Version">The module's version.</param>
/// <param name="Path">The file it was loaded from (Redis 7+; empty before).</param>
/// <param name="Arguments">The arguments it was loaded with (Redis 7+; empty before).</param>
public sealed record RedisModuleInfo(string Name, long Version, string Path, IReadOnlyList<string> Arguments);
