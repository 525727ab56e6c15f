namespace RedisKit;

/// <summary>What ZMPOP popped: the first non-empty set among the keys given, and its popped members with their scores.</summary>
/// <param name="Key">The key the members were popped from.</param>
/// <param name="Members">The popped members, in the order they were popped.</param>
public readonly record struct SortedSetPopResult(string Key, IReadOnlyList<ScoredMember> Members);
