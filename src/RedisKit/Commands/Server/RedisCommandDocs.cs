namespace RedisKit;

/// <summary>One command's documentation from COMMAND DOCS; the same under RESP2 and RESP3. Fields the server omits are null or empty.</summary>
/// <param name="Name">The command's name in lower case (<c>container|subcommand</c> for subcommands).</param>
/// <param name="Summary">A short description.</param>
/// <param name="Since">The Redis version that added the command.</param>
/// <param name="Group">The command group, such as <c>string</c> or <c>server</c>.</param>
/// <param name="Complexity">The time complexity, as documented.</param>
/// <param name="DocFlags">Documentation flags: <c>deprecated</c>, <c>syscmd</c>.</param>
/// <param name="DeprecatedSince">The version that deprecated the command.</param>
/// <param name="ReplacedBy">What replaces a deprecated command.</param>
/// <param name="History">Behaviour changes, oldest first.</param>
/// <param name="Arguments">The arguments, nested for blocks and alternatives.</param>
/// <param name="Subcommands">The subcommands' documentation, by name.</param>
public sealed record RedisCommandDocs(
    string Name,
    string? Summary,
    string? Since,
    string? Group,
    string? Complexity,
    IReadOnlyList<string> DocFlags,
    string? DeprecatedSince,
    string? ReplacedBy,
    IReadOnlyList<CommandHistoryEntry> History,
    IReadOnlyList<CommandArgument> Arguments,
    IReadOnlyDictionary<string, RedisCommandDocs> Subcommands);
