namespace RedisKit;

/// <summary>What FUNCTION STATS reports; the same under RESP2 and RESP3.</summary>
/// <param name="RunningScript">The function running at the time of the call, or null when none is.</param>
/// <param name="Engines">Per engine (such as <c>LUA</c>), how many libraries and functions are loaded.</param>
public sealed record FunctionStats(RunningFunction? RunningScript, IReadOnlyDictionary<string, FunctionEngineStats> Engines);

/// <summary>How many libraries and functions one engine holds, in <see cref="FunctionStats"/>.</summary>
/// <param name="Libraries">The number of libraries (<c>libraries_count</c>).</param>
/// <param name="Functions">The number of functions (<c>functions_count</c>).</param>
public readonly record struct FunctionEngineStats(long Libraries, long Functions);

/// <summary>The function running while FUNCTION STATS was answered.</summary>
/// <param name="Name">The function's name.</param>
/// <param name="Command">The FCALL or FCALL_RO command that runs it, with its arguments.</param>
/// <param name="Duration">How long it has run so far, to the millisecond.</param>
public sealed record RunningFunction(string Name, IReadOnlyList<string> Command, TimeSpan Duration);
