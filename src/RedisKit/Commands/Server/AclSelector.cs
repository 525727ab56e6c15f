namespace RedisKit;

/// <summary>One selector of an ACL user (Redis 7): a set of rules that grants access on its own.</summary>
/// <param name="Commands">The selector's command rules.</param>
/// <param name="Keys">Its key pattern rules.</param>
/// <param name="Channels">Its channel pattern rules.</param>
public sealed record AclSelector(string Commands, string Keys, string Channels);
