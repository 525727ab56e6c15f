namespace RedisKit;

/// <summary>One ACL LOG entry: a denied command or a failed authentication. The same under RESP2 and RESP3.</summary>
/// <param name="Count">How many times this same denial happened within the entry's time window.</param>
/// <param name="Reason">Why: <c>auth</c>, <c>command</c>, <c>key</c> or <c>channel</c>.</param>
/// <param name="Context">Where: <c>toplevel</c>, <c>multi</c>, <c>lua</c> or <c>module</c>.</param>
/// <param name="Target">What was denied: the command, key or channel (<c>AUTH</c> for a failed login).</param>
/// <param name="Username">The user the client was, or tried to authenticate as.</param>
/// <param name="Age">How long ago the entry was last updated.</param>
/// <param name="ClientInfo">The offending client, as CLIENT LIST describes it.</param>
/// <param name="EntryId">The entry's id (Redis 7.2+; null before).</param>
/// <param name="Created">When the entry was created (Redis 7.2+; null before).</param>
/// <param name="LastUpdated">When it was last updated (Redis 7.2+; null before).</param>
public sealed record AclLogEntry(
    long Count,
    string Reason,
    string Context,
    string Target,
    string Username,
    TimeSpan Age,
    ClientInfo ClientInfo,
    long? EntryId,
    DateTimeOffset? Created,
    DateTimeOffset? LastUpdated);
