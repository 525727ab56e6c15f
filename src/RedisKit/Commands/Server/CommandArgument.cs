namespace RedisKit;

/// <summary>One argument of a command in COMMAND DOCS. Fields the server omits are null or empty.</summary>
/// <param name="Name">The argument's name.</param>
/// <param name="Type">Its type: <c>string</c>, <c>integer</c>, <c>double</c>, <c>key</c>, <c>pattern</c>, <c>unix-time</c>, <c>pure-token</c>, <c>oneof</c> or <c>block</c>.</param>
/// <param name="DisplayText">The name to show in syntax help, when it differs from <paramref name="Name"/>.</param>
/// <param name="KeySpecIndex">For a key, the index of its key specification in COMMAND INFO.</param>
/// <param name="Token">The literal token that precedes the argument (<c>EX</c>, <c>LIMIT</c>...).</param>
/// <param name="Summary">A short description.</param>
/// <param name="Since">The Redis version that added the argument.</param>
/// <param name="DeprecatedSince">The version that deprecated it.</param>
/// <param name="Flags">Argument flags: <c>optional</c>, <c>multiple</c>, <c>multiple_token</c>.</param>
/// <param name="Arguments">The nested arguments of a <c>oneof</c> or <c>block</c>.</param>
public sealed record CommandArgument(
    string Name,
    string Type,
    string? DisplayText,
    int? KeySpecIndex,
    string? Token,
    string? Summary,
    string? Since,
    string? DeprecatedSince,
    IReadOnlyList<string> Flags,
    IReadOnlyList<CommandArgument> Arguments);
