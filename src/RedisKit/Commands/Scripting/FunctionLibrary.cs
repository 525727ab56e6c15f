namespace RedisKit;

/// <summary>
/// One library as FUNCTION LIST describes it; the same under RESP2 and RESP3. Its collections are
/// compared by reference, as a record's members are.
/// </summary>
/// <param name="Name">The library's name, from the <c>#!lua name=...</c> line of its code.</param>
/// <param name="Engine">The engine that runs it, such as <c>LUA</c>.</param>
/// <param name="Functions">The functions the library registers.</param>
/// <param name="Code">The library's source; null unless asked for with <c>withCode</c>.</param>
public sealed record FunctionLibrary(string Name, string Engine, IReadOnlyList<LibraryFunction> Functions, string? Code);

/// <summary>One function of a <see cref="FunctionLibrary"/>.</summary>
/// <param name="Name">The name FCALL calls it by.</param>
/// <param name="Description">The description given at registration; null when none was.</param>
/// <param name="Flags">The flags given at registration, such as <c>no-writes</c> or <c>allow-oom</c>; empty when none were.</param>
public sealed record LibraryFunction(string Name, string? Description, IReadOnlyList<string> Flags);
