namespace RedisKit;

/// <summary>
/// One key specification of COMMAND INFO: how to find where a command's keys begin and how many
/// follow. The search specifications' fields (<c>index</c>, <c>keyword</c>, <c>startfrom</c>,
/// <c>lastkey</c>, <c>keystep</c>, <c>limit</c>, <c>keynumidx</c>, <c>firstkey</c>...) are given as
/// invariant text, since their set depends on the type.
/// </summary>
/// <param name="Flags">Access flags such as <c>RW</c>, <c>RO</c>, <c>access</c>, <c>update</c>.</param>
/// <param name="BeginSearchType">How the first key is found: <c>index</c>, <c>keyword</c> or <c>unknown</c>.</param>
/// <param name="BeginSearch">The begin-search specification's fields.</param>
/// <param name="FindKeysType">How the keys are counted: <c>range</c>, <c>keynum</c> or <c>unknown</c>.</param>
/// <param name="FindKeys">The find-keys specification's fields.</param>
/// <param name="Notes">The specification's notes, when the server gives any.</param>
public sealed record CommandKeySpecification(
    IReadOnlyList<string> Flags,
    string BeginSearchType,
    IReadOnlyDictionary<string, string> BeginSearch,
    string FindKeysType,
    IReadOnlyDictionary<string, string> FindKeys,
    string? Notes);
