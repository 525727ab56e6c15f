namespace RedisKit.TestKit;

/// <summary>The users of eng/redis/acl.conf, which <see cref="RedisServerProcess.StartAclAsync"/> loads. Test fixtures only.</summary>
public static class AclUsers
{
    /// <summary>A user with every permission.</summary>
    public const string Admin = "admin";

    /// <summary>The admin user's password.</summary>
    public const string AdminPassword = "admin-Pa55-word";

    /// <summary>A read-only user: reads and connection commands only.</summary>
    public const string Reader = "reader";

    /// <summary>The reader's password (it contains characters that must be percent-encoded in a URL).</summary>
    public const string ReaderPassword = "r3ad:only@pass";

    /// <summary>
    /// A redis:// URL on which <paramref name="user"/> logs in to <paramref name="server"/>, the
    /// password percent-encoded, followed by <paramref name="pathAndQuery"/> (a /db, a ?query, both or neither).
    /// </summary>
    public static string Url(RedisServerProcess server, string user, string password, string pathAndQuery = "") =>
        $"redis://{user}:{Uri.EscapeDataString(password)}@{server.Host}:{server.Port}{pathAndQuery}";

    /// <summary>The <see cref="Url"/> of the <see cref="Admin"/> user.</summary>
    public static string AdminUrl(RedisServerProcess server, string pathAndQuery = "") => Url(server, Admin, AdminPassword, pathAndQuery);

    /// <summary>
    /// Creates a user that may run only <paramref name="commands"/> on keys matching
    /// <paramref name="keyPattern"/>: -@all comes first, so every command not listed (+client,
    /// +ping, +select...) is explicitly denied.
    /// </summary>
    public static async Task SetUserAsync(RedisClient admin, string user, string password, string keyPattern, params string[] commands)
    {
        ArgumentNullException.ThrowIfNull(admin);
        ArgumentNullException.ThrowIfNull(commands);
        await admin.ExecuteCommandAsync(["ACL", "SETUSER", user, "on", ">" + password, keyPattern, "-@all", .. commands]).ConfigureAwait(false);
    }
}
