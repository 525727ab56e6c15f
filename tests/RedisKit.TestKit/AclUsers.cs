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
}
