using RedisKit.Commands;

namespace RedisKit;

public sealed partial class Pipeline
{
    /// <summary>Queues ACL SETUSER (result: bool); a refused password rule's error is redacted.</summary>
    public Pipeline AclSetUser(string username, AclRules? rules = null) => Queue(AclCommands.SetUser(username, rules));

    /// <summary>Queues ACL GETUSER (result: AclUser, or null for an unknown user).</summary>
    public Pipeline AclGetUser(string username) => Queue(AclCommands.GetUser(username));

    /// <summary>Queues ACL DELUSER (result: long).</summary>
    public Pipeline AclDelUser(IEnumerable<string> usernames) => Queue(AclCommands.DelUser(usernames));

    /// <summary>Queues ACL LIST (result: string[]).</summary>
    public Pipeline AclList() => Queue(AclCommands.List());

    /// <summary>Queues ACL USERS (result: string[]).</summary>
    public Pipeline AclUsers() => Queue(AclCommands.Users());

    /// <summary>Queues ACL CAT (result: string[]).</summary>
    public Pipeline AclCat(string? category = null) => Queue(AclCommands.Cat(category));

    /// <summary>Queues ACL WHOAMI (result: string).</summary>
    public Pipeline AclWhoAmI() => Queue(AclCommands.WhoAmI());

    /// <summary>Queues ACL LOG (result: AclLogEntry[]).</summary>
    public Pipeline AclLog(int? count = null) => Queue(AclCommands.Log(count));

    /// <summary>Queues ACL LOG RESET (result: bool).</summary>
    public Pipeline AclLogReset() => Queue(AclCommands.LogReset());

    /// <summary>Queues ACL DRYRUN (result: null when allowed, else the reason).</summary>
    public Pipeline AclDryRun(string username, string command, IReadOnlyCollection<RedisValue>? args = null) => Queue(AclCommands.DryRun(username, command, args));

    /// <summary>Queues ACL GENPASS (result: string).</summary>
    public Pipeline AclGenPass(int? bits = null) => Queue(AclCommands.GenPass(bits));
}
