namespace RedisKit;

/// <summary>
/// One command as COMMAND INFO describes it; the same under RESP2 and RESP3. Servers older than
/// Redis 7 leave <see cref="Tips"/>, <see cref="KeySpecifications"/> and <see cref="Subcommands"/>
/// empty (and Redis 5 <see cref="AclCategories"/> too).
/// </summary>
/// <param name="Name">The name in lower case; subcommands as <c>container|subcommand</c>.</param>
/// <param name="Arity">The argument count, name included; negative means at least that many.</param>
/// <param name="Flags">Command flags such as <c>readonly</c>, <c>write</c>, <c>fast</c>, <c>admin</c>.</param>
/// <param name="FirstKey">The position of the first key (0 for none).</param>
/// <param name="LastKey">The position of the last key; negative counts from the end.</param>
/// <param name="Step">The distance between keys.</param>
/// <param name="AclCategories">The ACL categories, such as <c>@read</c> or <c>@dangerous</c>.</param>
/// <param name="Tips">Hints for clients, such as <c>nondeterministic_output</c> or <c>request_policy:all_shards</c>.</param>
/// <param name="KeySpecifications">Where the keys are, in Redis 7's key specification form.</param>
/// <param name="Subcommands">The subcommands of a container command such as CLIENT.</param>
public sealed record RedisCommandInfo(
    string Name,
    int Arity,
    IReadOnlyList<string> Flags,
    int FirstKey,
    int LastKey,
    int Step,
    IReadOnlyList<string> AclCategories,
    IReadOnlyList<string> Tips,
    IReadOnlyList<CommandKeySpecification> KeySpecifications,
    IReadOnlyList<RedisCommandInfo> Subcommands);
