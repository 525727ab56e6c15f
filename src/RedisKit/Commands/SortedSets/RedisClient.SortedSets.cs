using RedisKit.Commands;

namespace RedisKit;

// Sorted sets. Members come back as text (RedisOptions.Encoding) and scores as doubles, with the
// same shapes under RESP2 and RESP3. Score ranges take ScoreBound (a double converts to an
// inclusive bound), lexicographic ranges LexBound; see those types for the redis-py string forms.
// The blocking BZPOPMIN, BZPOPMAX and BZMPOP run on a leased connection, as BLPOP does.
public sealed partial class RedisClient
{
    /// <summary>
    /// ZADD with a mapping of members to scores (redis-py's <c>zadd(name, mapping, ...)</c>): adds the
    /// members or updates their scores. <paramref name="nx"/> only adds, <paramref name="xx"/> only
    /// updates, <paramref name="gt"/>/<paramref name="lt"/> only update when the new score is greater/less.
    /// Returns how many members were added, or with <paramref name="ch"/> how many were added or changed.
    /// </summary>
    /// <exception cref="ArgumentException">The mapping is empty, or the conditions contradict each other (nx with xx, gt or lt; gt with lt).</exception>
    public ValueTask<long> ZAddAsync(RedisKey key, IEnumerable<KeyValuePair<RedisValue, double>> mapping, bool nx = false, bool xx = false, bool ch = false,
        bool gt = false, bool lt = false, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZAdd(key, mapping, nx, xx, ch, gt, lt), cancellationToken);

    /// <summary>ZADD of one member with its score; the options are those of the mapping form. Returns 1 when added (or changed, with <paramref name="ch"/>), else 0.</summary>
    /// <exception cref="ArgumentException">The conditions contradict each other (nx with xx, gt or lt; gt with lt).</exception>
    public ValueTask<long> ZAddAsync(RedisKey key, RedisValue member, double score, bool nx = false, bool xx = false, bool ch = false,
        bool gt = false, bool lt = false, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZAdd(key, member, score, nx, xx, ch, gt, lt), cancellationToken);

    /// <summary>
    /// ZADD ... INCR (redis-py's <c>zadd(..., incr=True)</c>): adds <paramref name="increment"/> to the
    /// member's score, like ZINCRBY but subject to the conditions, and returns the new score; null
    /// when a condition (<paramref name="nx"/>, <paramref name="xx"/>, <paramref name="gt"/>, <paramref name="lt"/>) prevented the update.
    /// </summary>
    /// <exception cref="ArgumentException">The conditions contradict each other (nx with xx, gt or lt; gt with lt).</exception>
    public ValueTask<double?> ZAddIncrAsync(RedisKey key, RedisValue member, double increment, bool nx = false, bool xx = false, bool gt = false, bool lt = false,
        CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZAddIncr(key, member, increment, nx, xx, gt, lt), cancellationToken);

    /// <summary>
    /// ZRANGE by index: the members from rank <paramref name="start"/> to <paramref name="end"/>
    /// inclusive (negative ranks count from the end: 0, -1 is everything), lowest score first, or
    /// highest first with <paramref name="desc"/> (REV).
    /// </summary>
    public ValueTask<string[]> ZRangeAsync(RedisKey key, long start, long end, bool desc = false, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZRange(key, start, end, desc), cancellationToken);

    /// <summary>ZRANGE by index WITHSCORES: as <see cref="ZRangeAsync(RedisKey, long, long, bool, CancellationToken)"/>, with each member's score.</summary>
    public ValueTask<ScoredMember[]> ZRangeWithScoresAsync(RedisKey key, long start, long end, bool desc = false, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZRangeWithScores(key, start, end, desc), cancellationToken);

    /// <summary>
    /// ZRANGE BYSCORE: the members whose scores lie between <paramref name="start"/> and
    /// <paramref name="end"/>. With <paramref name="desc"/> (REV) the order is reversed and, as in
    /// Redis and redis-py, <paramref name="start"/> is the higher bound. <paramref name="offset"/> and
    /// <paramref name="num"/> (LIMIT) go together.
    /// </summary>
    /// <exception cref="ArgumentException">Only one of <paramref name="offset"/> and <paramref name="num"/> is given.</exception>
    public ValueTask<string[]> ZRangeAsync(RedisKey key, ScoreBound start, ScoreBound end, bool desc = false, long? offset = null, long? num = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZRange(key, start, end, desc, offset, num), cancellationToken);

    /// <summary>ZRANGE BYSCORE WITHSCORES: as <see cref="ZRangeAsync(RedisKey, ScoreBound, ScoreBound, bool, long?, long?, CancellationToken)"/>, with each member's score.</summary>
    /// <exception cref="ArgumentException">Only one of <paramref name="offset"/> and <paramref name="num"/> is given.</exception>
    public ValueTask<ScoredMember[]> ZRangeWithScoresAsync(RedisKey key, ScoreBound start, ScoreBound end, bool desc = false, long? offset = null, long? num = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZRangeWithScores(key, start, end, desc, offset, num), cancellationToken);

    /// <summary>
    /// ZRANGE BYLEX: in a set whose members all have the same score, the members between
    /// <paramref name="start"/> and <paramref name="end"/> in byte order; with <paramref name="desc"/>
    /// (REV), <paramref name="start"/> is the higher bound. <paramref name="offset"/> and <paramref name="num"/> (LIMIT) go together.
    /// </summary>
    /// <exception cref="ArgumentException">Only one of <paramref name="offset"/> and <paramref name="num"/> is given.</exception>
    public ValueTask<string[]> ZRangeAsync(RedisKey key, LexBound start, LexBound end, bool desc = false, long? offset = null, long? num = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZRange(key, start, end, desc, offset, num), cancellationToken);

    /// <summary>ZRANGESTORE by index: stores the range of <paramref name="source"/> in <paramref name="destination"/>; returns its size.</summary>
    public ValueTask<long> ZRangeStoreAsync(RedisKey destination, RedisKey source, long start, long end, bool desc = false, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZRangeStore(destination, source, start, end, desc), cancellationToken);

    /// <summary>ZRANGESTORE BYSCORE: stores the members of <paramref name="source"/> within the score range in <paramref name="destination"/>; returns its size.</summary>
    /// <exception cref="ArgumentException">Only one of <paramref name="offset"/> and <paramref name="num"/> is given.</exception>
    public ValueTask<long> ZRangeStoreAsync(RedisKey destination, RedisKey source, ScoreBound start, ScoreBound end, bool desc = false, long? offset = null,
        long? num = null, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZRangeStore(destination, source, start, end, desc, offset, num), cancellationToken);

    /// <summary>ZRANGESTORE BYLEX: stores the members of <paramref name="source"/> within the lexicographic range in <paramref name="destination"/>; returns its size.</summary>
    /// <exception cref="ArgumentException">Only one of <paramref name="offset"/> and <paramref name="num"/> is given.</exception>
    public ValueTask<long> ZRangeStoreAsync(RedisKey destination, RedisKey source, LexBound start, LexBound end, bool desc = false, long? offset = null,
        long? num = null, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZRangeStore(destination, source, start, end, desc, offset, num), cancellationToken);

    /// <summary>ZRANGEBYSCORE: the members with scores from <paramref name="min"/> to <paramref name="max"/>, lowest first; <paramref name="start"/> and <paramref name="num"/> (LIMIT) go together.</summary>
    /// <exception cref="ArgumentException">Only one of <paramref name="start"/> and <paramref name="num"/> is given.</exception>
    public ValueTask<string[]> ZRangeByScoreAsync(RedisKey key, ScoreBound min, ScoreBound max, long? start = null, long? num = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZRangeByScore(key, min, max, start, num), cancellationToken);

    /// <summary>ZRANGEBYSCORE WITHSCORES: as <see cref="ZRangeByScoreAsync"/>, with each member's score.</summary>
    /// <exception cref="ArgumentException">Only one of <paramref name="start"/> and <paramref name="num"/> is given.</exception>
    public ValueTask<ScoredMember[]> ZRangeByScoreWithScoresAsync(RedisKey key, ScoreBound min, ScoreBound max, long? start = null, long? num = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZRangeByScoreWithScores(key, min, max, start, num), cancellationToken);

    /// <summary>ZREVRANGEBYSCORE: the members with scores from <paramref name="max"/> down to <paramref name="min"/>, highest first.</summary>
    /// <exception cref="ArgumentException">Only one of <paramref name="start"/> and <paramref name="num"/> is given.</exception>
    public ValueTask<string[]> ZRevRangeByScoreAsync(RedisKey key, ScoreBound max, ScoreBound min, long? start = null, long? num = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZRevRangeByScore(key, max, min, start, num), cancellationToken);

    /// <summary>ZREVRANGEBYSCORE WITHSCORES: as <see cref="ZRevRangeByScoreAsync"/>, with each member's score.</summary>
    /// <exception cref="ArgumentException">Only one of <paramref name="start"/> and <paramref name="num"/> is given.</exception>
    public ValueTask<ScoredMember[]> ZRevRangeByScoreWithScoresAsync(RedisKey key, ScoreBound max, ScoreBound min, long? start = null, long? num = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZRevRangeByScoreWithScores(key, max, min, start, num), cancellationToken);

    /// <summary>ZRANGEBYLEX: the members from <paramref name="min"/> to <paramref name="max"/> in byte order (for members of equal score).</summary>
    /// <exception cref="ArgumentException">Only one of <paramref name="start"/> and <paramref name="num"/> is given.</exception>
    public ValueTask<string[]> ZRangeByLexAsync(RedisKey key, LexBound min, LexBound max, long? start = null, long? num = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZRangeByLex(key, min, max, start, num), cancellationToken);

    /// <summary>ZREVRANGEBYLEX: the members from <paramref name="max"/> down to <paramref name="min"/> in reverse byte order.</summary>
    /// <exception cref="ArgumentException">Only one of <paramref name="start"/> and <paramref name="num"/> is given.</exception>
    public ValueTask<string[]> ZRevRangeByLexAsync(RedisKey key, LexBound max, LexBound min, long? start = null, long? num = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZRevRangeByLex(key, max, min, start, num), cancellationToken);

    /// <summary>ZREVRANGE: the members from rank <paramref name="start"/> to <paramref name="end"/> counted from the highest score.</summary>
    public ValueTask<string[]> ZRevRangeAsync(RedisKey key, long start, long end, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZRevRange(key, start, end), cancellationToken);

    /// <summary>ZREVRANGE WITHSCORES: as <see cref="ZRevRangeAsync"/>, with each member's score.</summary>
    public ValueTask<ScoredMember[]> ZRevRangeWithScoresAsync(RedisKey key, long start, long end, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZRevRangeWithScores(key, start, end), cancellationToken);

    /// <summary>ZRANK: the member's rank by ascending score (0 for the lowest), or null when the member or key does not exist.</summary>
    public ValueTask<long?> ZRankAsync(RedisKey key, RedisValue member, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZRank(key, member), cancellationToken);

    /// <summary>ZREVRANK: the member's rank by descending score (0 for the highest), or null when the member or key does not exist.</summary>
    public ValueTask<long?> ZRevRankAsync(RedisKey key, RedisValue member, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZRevRank(key, member), cancellationToken);

    /// <summary>ZSCORE: the member's score, or null when the member or key does not exist.</summary>
    public ValueTask<double?> ZScoreAsync(RedisKey key, RedisValue member, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZScore(key, member), cancellationToken);

    /// <summary>ZMSCORE: the scores of the members in order, null where a member does not exist.</summary>
    public ValueTask<double?[]> ZMScoreAsync(RedisKey key, params RedisValue[] members) => ZMScoreAsync(key, members, CancellationToken.None);

    /// <inheritdoc cref="ZMScoreAsync(RedisKey, RedisValue[])"/>
    /// <param name="key">The sorted set.</param>
    /// <param name="members">The members to look up.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<double?[]> ZMScoreAsync(RedisKey key, IEnumerable<RedisValue> members, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZMScore(key, members), cancellationToken);

    /// <summary>ZINCRBY (redis-py's <c>zincrby(name, amount, value)</c>): adds <paramref name="amount"/> to the member's score, adding the member if needed; returns the new score.</summary>
    public ValueTask<double> ZIncrByAsync(RedisKey key, double amount, RedisValue member, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZIncrBy(key, amount, member), cancellationToken);

    /// <summary>ZCARD: the number of members; 0 when the key does not exist.</summary>
    public ValueTask<long> ZCardAsync(RedisKey key, CancellationToken cancellationToken = default) => RunAsync(SortedSetCommands.ZCard(key), cancellationToken);

    /// <summary>ZCOUNT: how many members have scores from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public ValueTask<long> ZCountAsync(RedisKey key, ScoreBound min, ScoreBound max, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZCount(key, min, max), cancellationToken);

    /// <summary>ZLEXCOUNT: how many members lie from <paramref name="min"/> to <paramref name="max"/> in byte order.</summary>
    public ValueTask<long> ZLexCountAsync(RedisKey key, LexBound min, LexBound max, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZLexCount(key, min, max), cancellationToken);

    /// <summary>ZREM: removes members; returns how many existed.</summary>
    public ValueTask<long> ZRemAsync(RedisKey key, params RedisValue[] members) => ZRemAsync(key, members, CancellationToken.None);

    /// <inheritdoc cref="ZRemAsync(RedisKey, RedisValue[])"/>
    /// <param name="key">The sorted set.</param>
    /// <param name="members">The members to remove.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<long> ZRemAsync(RedisKey key, IEnumerable<RedisValue> members, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZRem(key, members), cancellationToken);

    /// <summary>ZREMRANGEBYRANK: removes the members ranked <paramref name="start"/> to <paramref name="end"/> (negative ranks count from the end); returns how many.</summary>
    public ValueTask<long> ZRemRangeByRankAsync(RedisKey key, long start, long end, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZRemRangeByRank(key, start, end), cancellationToken);

    /// <summary>ZREMRANGEBYSCORE: removes the members with scores from <paramref name="min"/> to <paramref name="max"/>; returns how many.</summary>
    public ValueTask<long> ZRemRangeByScoreAsync(RedisKey key, ScoreBound min, ScoreBound max, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZRemRangeByScore(key, min, max), cancellationToken);

    /// <summary>ZREMRANGEBYLEX: removes the members from <paramref name="min"/> to <paramref name="max"/> in byte order; returns how many.</summary>
    public ValueTask<long> ZRemRangeByLexAsync(RedisKey key, LexBound min, LexBound max, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZRemRangeByLex(key, min, max), cancellationToken);

    /// <summary>ZPOPMIN: removes and returns the <paramref name="count"/> (default 1) members with the lowest scores; empty when the set is empty.</summary>
    public ValueTask<ScoredMember[]> ZPopMinAsync(RedisKey key, long? count = null, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZPopMin(key, count), cancellationToken);

    /// <summary>ZPOPMAX: removes and returns the <paramref name="count"/> (default 1) members with the highest scores; empty when the set is empty.</summary>
    public ValueTask<ScoredMember[]> ZPopMaxAsync(RedisKey key, long? count = null, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZPopMax(key, count), cancellationToken);

    /// <summary>
    /// ZMPOP (redis-py's <c>zmpop(num_keys, keys, min, max, count)</c>, the key count implied): pops
    /// up to <paramref name="count"/> (default 1) members with the lowest (<paramref name="min"/>) or
    /// highest (<paramref name="max"/>) scores from the first non-empty set; null when all are empty.
    /// </summary>
    /// <exception cref="ArgumentException">Neither or both of <paramref name="min"/> and <paramref name="max"/> is set, or no key is given.</exception>
    public ValueTask<SortedSetPopResult?> ZMPopAsync(IEnumerable<RedisKey> keys, bool min = false, bool max = false, long? count = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZMPop(keys, min, max, count), cancellationToken);

    /// <summary>
    /// BZPOPMIN: pops the member with the lowest score from the first non-empty set among
    /// <paramref name="keys"/>, waiting up to <paramref name="timeout"/> (zero: forever) for one to get
    /// a member; null when the wait timed out. Runs on a leased connection (on a client from
    /// <see cref="Client"/>, on its one connection) and may wait longer than
    /// <see cref="RedisOptions.SocketTimeout"/>. Cancelling closes that connection, since the server
    /// would still answer it later.
    /// </summary>
    /// <exception cref="ArgumentException">No key is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is negative.</exception>
    public ValueTask<KeyedScoredMember?> BZPopMinAsync(IEnumerable<RedisKey> keys, TimeSpan timeout = default, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.BZPop(Cmd.BZPopMin, keys, timeout), cancellationToken);

    /// <inheritdoc cref="BZPopMinAsync(IEnumerable{RedisKey}, TimeSpan, CancellationToken)"/>
    /// <param name="key">The one sorted set to wait on.</param>
    /// <param name="timeout">How long to wait for a member; zero waits forever.</param>
    /// <param name="cancellationToken">Stops waiting (and closes the command's connection).</param>
    public ValueTask<KeyedScoredMember?> BZPopMinAsync(RedisKey key, TimeSpan timeout = default, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.BZPop(Cmd.BZPopMin, [key], timeout), cancellationToken);

    /// <summary>
    /// BZPOPMAX: pops the member with the highest score from the first non-empty set among
    /// <paramref name="keys"/>, waiting up to <paramref name="timeout"/> (zero: forever); null when the
    /// wait timed out. Runs on a connection of its own, may wait longer than the socket timeout, and
    /// cancelling closes that connection.
    /// </summary>
    /// <exception cref="ArgumentException">No key is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is negative.</exception>
    public ValueTask<KeyedScoredMember?> BZPopMaxAsync(IEnumerable<RedisKey> keys, TimeSpan timeout = default, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.BZPop(Cmd.BZPopMax, keys, timeout), cancellationToken);

    /// <inheritdoc cref="BZPopMaxAsync(IEnumerable{RedisKey}, TimeSpan, CancellationToken)"/>
    /// <param name="key">The one sorted set to wait on.</param>
    /// <param name="timeout">How long to wait for a member; zero waits forever.</param>
    /// <param name="cancellationToken">Stops waiting (and closes the command's connection).</param>
    public ValueTask<KeyedScoredMember?> BZPopMaxAsync(RedisKey key, TimeSpan timeout = default, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.BZPop(Cmd.BZPopMax, [key], timeout), cancellationToken);

    /// <summary>
    /// BZMPOP (redis-py's <c>bzmpop(timeout, numkeys, keys, min, max, count)</c>, the key count
    /// implied): ZMPOP that waits up to <paramref name="timeout"/> (zero: forever) for one of the sets
    /// to get a member; null when the wait timed out. Runs on a connection of its own.
    /// </summary>
    /// <exception cref="ArgumentException">Neither or both of <paramref name="min"/> and <paramref name="max"/> is set, or no key is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is negative, or <paramref name="count"/> is not positive.</exception>
    public ValueTask<SortedSetPopResult?> BZMPopAsync(TimeSpan timeout, IEnumerable<RedisKey> keys, bool min = false, bool max = false, long? count = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.BZMPop(timeout, keys, min, max, count), cancellationToken);

    /// <summary>
    /// ZUNION: the members of any of the sets, ordered by combined score. <paramref name="weights"/>
    /// (one per key) multiply each set's scores; <paramref name="aggregate"/> picks how scores combine (sum by default).
    /// </summary>
    /// <exception cref="ArgumentException">No key is given, or the number of weights differs from the number of keys.</exception>
    public ValueTask<string[]> ZUnionAsync(IEnumerable<RedisKey> keys, IEnumerable<double>? weights = null, SortedSetAggregate? aggregate = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZUnion(keys, weights, aggregate), cancellationToken);

    /// <summary>ZUNION WITHSCORES: as <see cref="ZUnionAsync"/>, with each member's combined score.</summary>
    /// <exception cref="ArgumentException">No key is given, or the number of weights differs from the number of keys.</exception>
    public ValueTask<ScoredMember[]> ZUnionWithScoresAsync(IEnumerable<RedisKey> keys, IEnumerable<double>? weights = null, SortedSetAggregate? aggregate = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZUnionWithScores(keys, weights, aggregate), cancellationToken);

    /// <summary>ZINTER: the members found in every set, ordered by combined score; weights and aggregate as for <see cref="ZUnionAsync"/>.</summary>
    /// <exception cref="ArgumentException">No key is given, or the number of weights differs from the number of keys.</exception>
    public ValueTask<string[]> ZInterAsync(IEnumerable<RedisKey> keys, IEnumerable<double>? weights = null, SortedSetAggregate? aggregate = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZInter(keys, weights, aggregate), cancellationToken);

    /// <summary>ZINTER WITHSCORES: as <see cref="ZInterAsync"/>, with each member's combined score.</summary>
    /// <exception cref="ArgumentException">No key is given, or the number of weights differs from the number of keys.</exception>
    public ValueTask<ScoredMember[]> ZInterWithScoresAsync(IEnumerable<RedisKey> keys, IEnumerable<double>? weights = null, SortedSetAggregate? aggregate = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZInterWithScores(keys, weights, aggregate), cancellationToken);

    /// <summary>ZDIFF: the members of the first set that are in none of the others.</summary>
    /// <exception cref="ArgumentException">No key is given.</exception>
    public ValueTask<string[]> ZDiffAsync(IEnumerable<RedisKey> keys, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZDiff(keys), cancellationToken);

    /// <summary>ZDIFF WITHSCORES: as <see cref="ZDiffAsync"/>, with each member's score in the first set.</summary>
    /// <exception cref="ArgumentException">No key is given.</exception>
    public ValueTask<ScoredMember[]> ZDiffWithScoresAsync(IEnumerable<RedisKey> keys, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZDiffWithScores(keys), cancellationToken);

    /// <summary>ZUNIONSTORE: stores the union (as <see cref="ZUnionAsync"/>) in <paramref name="destination"/>; returns its size.</summary>
    /// <exception cref="ArgumentException">No key is given, or the number of weights differs from the number of keys.</exception>
    public ValueTask<long> ZUnionStoreAsync(RedisKey destination, IEnumerable<RedisKey> keys, IEnumerable<double>? weights = null, SortedSetAggregate? aggregate = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZUnionStore(destination, keys, weights, aggregate), cancellationToken);

    /// <summary>ZINTERSTORE: stores the intersection (as <see cref="ZInterAsync"/>) in <paramref name="destination"/>; returns its size.</summary>
    /// <exception cref="ArgumentException">No key is given, or the number of weights differs from the number of keys.</exception>
    public ValueTask<long> ZInterStoreAsync(RedisKey destination, IEnumerable<RedisKey> keys, IEnumerable<double>? weights = null, SortedSetAggregate? aggregate = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZInterStore(destination, keys, weights, aggregate), cancellationToken);

    /// <summary>ZDIFFSTORE: stores the difference (as <see cref="ZDiffAsync"/>) in <paramref name="destination"/>; returns its size.</summary>
    /// <exception cref="ArgumentException">No key is given.</exception>
    public ValueTask<long> ZDiffStoreAsync(RedisKey destination, IEnumerable<RedisKey> keys, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZDiffStore(destination, keys), cancellationToken);

    /// <summary>ZINTERCARD: the size of the intersection, counting no further than <paramref name="limit"/> when it is positive (0: no limit).</summary>
    /// <exception cref="ArgumentException">No key is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is negative.</exception>
    public ValueTask<long> ZInterCardAsync(IEnumerable<RedisKey> keys, long limit = 0, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZInterCard(keys, limit), cancellationToken);

    /// <summary>ZRANDMEMBER: one random member, or null when the key does not exist.</summary>
    public ValueTask<string?> ZRandMemberAsync(RedisKey key, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZRandMember(key), cancellationToken);

    /// <summary>ZRANDMEMBER with a count: up to <paramref name="count"/> distinct random members, or exactly -<paramref name="count"/> members, possibly repeated, when it is negative.</summary>
    public ValueTask<string[]> ZRandMemberAsync(RedisKey key, long count, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZRandMember(key, count), cancellationToken);

    /// <summary>ZRANDMEMBER WITHSCORES: as <see cref="ZRandMemberAsync(RedisKey, long, CancellationToken)"/>, with each member's score.</summary>
    public ValueTask<ScoredMember[]> ZRandMemberWithScoresAsync(RedisKey key, long count, CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZRandMemberWithScores(key, count), cancellationToken);

    /// <summary>ZSCAN: one page of members with scores from <paramref name="cursor"/> (start with 0).</summary>
    public ValueTask<ScanResult<ScoredMember>> ZScanAsync(RedisKey key, ulong cursor = 0, string? match = null, long? count = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(SortedSetCommands.ZScan(key, cursor, match, count), cancellationToken);

    /// <summary>ZSCAN from start to end as an async stream of members with scores, like redis-py's <c>zscan_iter</c>.</summary>
    public IAsyncEnumerable<ScoredMember> ZScanIterAsync(RedisKey key, string? match = null, long? count = null, CancellationToken cancellationToken = default) =>
        ScanAllAsync((cursor, token) => ZScanAsync(key, cursor, match, count, token), cancellationToken);
}
