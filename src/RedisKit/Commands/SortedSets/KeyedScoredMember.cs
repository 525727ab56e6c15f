namespace RedisKit;

/// <summary>
/// What BZPOPMIN or BZPOPMAX took: the sorted set it came from (the first non-empty one of the
/// keys given), the member and its score, like redis-py's <c>(key, member, score)</c> tuple, and
/// deconstructs the same way. The shape is the same under RESP2 and RESP3.
/// </summary>
/// <param name="Key">The sorted set the member was popped from.</param>
/// <param name="Member">The popped member, decoded with <see cref="RedisOptions.Encoding"/>.</param>
/// <param name="Score">The member's score.</param>
public readonly record struct KeyedScoredMember(string Key, string Member, double Score);
