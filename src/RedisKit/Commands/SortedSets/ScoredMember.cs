namespace RedisKit;

/// <summary>
/// A sorted set member with its score, as the WITHSCORES forms, ZPOPMIN/ZPOPMAX, ZMPOP and ZSCAN
/// return it: redis-py's <c>(member, score)</c> tuple. Deconstructs the same way:
/// <c>foreach (var (member, score) in await redis.ZRangeWithScoresAsync("board", 0, -1))</c>.
/// The shape is the same under RESP2 (a flat array, scores as text) and RESP3 (pairs, scores as doubles).
/// </summary>
/// <param name="Member">The member, decoded with <see cref="RedisOptions.Encoding"/>.</param>
/// <param name="Score">The score; <see cref="double.PositiveInfinity"/> and <see cref="double.NegativeInfinity"/> are valid scores.</param>
public readonly record struct ScoredMember(string Member, double Score);
