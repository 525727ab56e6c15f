namespace RedisKit;

/// <summary>
/// ACL GETUSER: one user's rules as the server reports them; the same under RESP2 and RESP3.
/// Passwords are only ever known to the server as SHA-256 hashes, which is all this holds.
/// </summary>
/// <param name="Flags">User flags: <c>on</c> or <c>off</c>, and <c>nopass</c>, <c>skip-sanitize-payload</c>...</param>
/// <param name="Passwords">The SHA-256 hashes of the user's passwords, as 64 hexadecimal characters.</param>
/// <param name="Commands">The command rules, such as <c>+@all -debug</c>.</param>
/// <param name="Keys">The key pattern rules, such as <c>~app:* %R~shared:*</c> (empty when none).</param>
/// <param name="Channels">The channel pattern rules, such as <c>&amp;news.*</c> (empty when none).</param>
/// <param name="Selectors">The user's selectors (Redis 7): further command, key and channel rule sets.</param>
public sealed record AclUser(
    IReadOnlyList<string> Flags,
    IReadOnlyList<string> Passwords,
    string Commands,
    string Keys,
    string Channels,
    IReadOnlyList<AclSelector> Selectors)
{
    /// <summary>True when the user is enabled (the <c>on</c> flag).</summary>
    public bool Enabled
    {
        get
        {
            foreach (var flag in Flags)
            {
                if (flag == "on")
                {
                    return true;
                }
            }

            return false;
        }
    }
}
