using RedisKit.Commands;

namespace RedisKit;

public sealed partial class RedisClient
{
    /// <summary>
    /// ACL SETUSER: creates <paramref name="username"/> or changes it by applying <paramref name="rules"/>
    /// in order (a new user without rules exists but is off). Passwords in the rules never appear in
    /// exception messages, traces or <see cref="AclRules.ToString"/>: a server error quoting one is redacted.
    /// </summary>
    /// <exception cref="ArgumentException">The user name is empty or holds a space.</exception>
    /// <exception cref="RedisResponseException">The server refused a rule; the message names it unless it holds a password.</exception>
    public ValueTask<bool> AclSetUserAsync(string username, AclRules? rules = null, CancellationToken cancellationToken = default) =>
        RunAsync(AclCommands.SetUser(username, rules), cancellationToken);

    /// <summary>ACL GETUSER: the user's flags, password hashes, command, key and channel rules and selectors; null when there is no such user.</summary>
    public ValueTask<AclUser?> AclGetUserAsync(string username, CancellationToken cancellationToken = default) =>
        RunAsync(AclCommands.GetUser(username), cancellationToken);

    /// <summary>ACL DELUSER: deletes the users and closes their connections; returns how many existed.</summary>
    public ValueTask<long> AclDelUserAsync(IEnumerable<string> usernames, CancellationToken cancellationToken = default) =>
        RunAsync(AclCommands.DelUser(usernames), cancellationToken);

    /// <summary>ACL DELUSER for one user: true when it existed.</summary>
    public async ValueTask<bool> AclDelUserAsync(string username, CancellationToken cancellationToken = default) =>
        await RunAsync(AclCommands.DelUser([username]), cancellationToken).ConfigureAwait(false) > 0;

    /// <summary>ACL LIST: every user as a rule line of the ACL file (<c>user default on nopass ~* &amp;* +@all</c>).</summary>
    public ValueTask<string[]> AclListAsync(CancellationToken cancellationToken = default) => RunAsync(AclCommands.List(), cancellationToken);

    /// <summary>ACL USERS: the user names.</summary>
    public ValueTask<string[]> AclUsersAsync(CancellationToken cancellationToken = default) => RunAsync(AclCommands.Users(), cancellationToken);

    /// <summary>ACL CAT: the ACL categories, or with <paramref name="category"/> (<c>read</c> or <c>@read</c>) the commands in it.</summary>
    public ValueTask<string[]> AclCatAsync(string? category = null, CancellationToken cancellationToken = default) =>
        RunAsync(AclCommands.Cat(category), cancellationToken);

    /// <summary>ACL WHOAMI: the user the connection is authenticated as.</summary>
    public ValueTask<string> AclWhoAmIAsync(CancellationToken cancellationToken = default) => RunAsync(AclCommands.WhoAmI(), cancellationToken);

    /// <summary>ACL LOG: the latest denied commands and failed logins, newest first; <paramref name="count"/> of them (the server's default is 10).</summary>
    public ValueTask<AclLogEntry[]> AclLogAsync(int? count = null, CancellationToken cancellationToken = default) =>
        RunAsync(AclCommands.Log(count), cancellationToken);

    /// <summary>ACL LOG RESET: empties the ACL log.</summary>
    public ValueTask<bool> AclLogResetAsync(CancellationToken cancellationToken = default) => RunAsync(AclCommands.LogReset(), cancellationToken);

    /// <summary>
    /// ACL DRYRUN (Redis 7): whether <paramref name="username"/> may run <paramref name="command"/>
    /// with <paramref name="args"/>, without running it. Null when allowed; otherwise the server's
    /// reason, such as <c>This user has no permissions to access the 'k' key</c>.
    /// </summary>
    public ValueTask<string?> AclDryRunAsync(string username, string command, IReadOnlyCollection<RedisValue>? args = null, CancellationToken cancellationToken = default) =>
        RunAsync(AclCommands.DryRun(username, command, args), cancellationToken);

    /// <summary>ACL GENPASS: a random password from the server's CSPRNG, of <paramref name="bits"/> bits (256 by default) as hexadecimal.</summary>
    public ValueTask<string> AclGenPassAsync(int? bits = null, CancellationToken cancellationToken = default) =>
        RunAsync(AclCommands.GenPass(bits), cancellationToken);

    /// <summary>ACL LOAD: replaces every user with the server's ACL file; only for a server started with <c>aclfile</c>. All or nothing.</summary>
    public ValueTask<bool> AclLoadAsync(CancellationToken cancellationToken = default) => RunAsync(AclCommands.Load(), cancellationToken);

    /// <summary>ACL SAVE: writes every user to the server's ACL file; only for a server started with <c>aclfile</c>.</summary>
    public ValueTask<bool> AclSaveAsync(CancellationToken cancellationToken = default) => RunAsync(AclCommands.Save(), cancellationToken);
}
