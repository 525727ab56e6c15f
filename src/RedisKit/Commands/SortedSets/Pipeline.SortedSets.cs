using RedisKit.Commands;

namespace RedisKit;

// BZPOPMIN, BZPOPMAX and BZMPOP are absent on purpose: they would hold up every command queued
// after them, so they run only on the client.
public sealed partial class Pipeline
{
    /// <summary>Queues ZADD of a mapping (result: long, members added or, with <paramref name="ch"/>, changed).</summary>
    public Pipeline ZAdd(RedisKey key, IEnumerable<KeyValuePair<RedisValue, double>> mapping, bool nx = false, bool xx = false, bool ch = false, bool gt = false, bool lt = false) =>
        Queue(SortedSetCommands.ZAdd(key, mapping, nx, xx, ch, gt, lt));

    /// <summary>Queues ZADD of one member (result: long).</summary>
    public Pipeline ZAdd(RedisKey key, RedisValue member, double score, bool nx = false, bool xx = false, bool ch = false, bool gt = false, bool lt = false) =>
        Queue(SortedSetCommands.ZAdd(key, member, score, nx, xx, ch, gt, lt));

    /// <summary>Queues ZADD ... INCR (result: double?, null when a condition prevented the update).</summary>
    public Pipeline ZAddIncr(RedisKey key, RedisValue member, double increment, bool nx = false, bool xx = false, bool gt = false, bool lt = false) =>
        Queue(SortedSetCommands.ZAddIncr(key, member, increment, nx, xx, gt, lt));

    /// <summary>Queues ZRANGE by index (result: string[]).</summary>
    public Pipeline ZRange(RedisKey key, long start, long end, bool desc = false) => Queue(SortedSetCommands.ZRange(key, start, end, desc));

    /// <summary>Queues ZRANGE by index WITHSCORES (result: <see cref="ScoredMember"/>[]).</summary>
    public Pipeline ZRangeWithScores(RedisKey key, long start, long end, bool desc = false) => Queue(SortedSetCommands.ZRangeWithScores(key, start, end, desc));

    /// <summary>Queues ZRANGE BYSCORE (result: string[]).</summary>
    public Pipeline ZRange(RedisKey key, ScoreBound start, ScoreBound end, bool desc = false, long? offset = null, long? num = null) =>
        Queue(SortedSetCommands.ZRange(key, start, end, desc, offset, num));

    /// <summary>Queues ZRANGE BYSCORE WITHSCORES (result: <see cref="ScoredMember"/>[]).</summary>
    public Pipeline ZRangeWithScores(RedisKey key, ScoreBound start, ScoreBound end, bool desc = false, long? offset = null, long? num = null) =>
        Queue(SortedSetCommands.ZRangeWithScores(key, start, end, desc, offset, num));

    /// <summary>Queues ZRANGE BYLEX (result: string[]).</summary>
    public Pipeline ZRange(RedisKey key, LexBound start, LexBound end, bool desc = false, long? offset = null, long? num = null) =>
        Queue(SortedSetCommands.ZRange(key, start, end, desc, offset, num));

    /// <summary>Queues ZRANGESTORE by index (result: long).</summary>
    public Pipeline ZRangeStore(RedisKey destination, RedisKey source, long start, long end, bool desc = false) =>
        Queue(SortedSetCommands.ZRangeStore(destination, source, start, end, desc));

    /// <summary>Queues ZRANGESTORE BYSCORE (result: long).</summary>
    public Pipeline ZRangeStore(RedisKey destination, RedisKey source, ScoreBound start, ScoreBound end, bool desc = false, long? offset = null, long? num = null) =>
        Queue(SortedSetCommands.ZRangeStore(destination, source, start, end, desc, offset, num));

    /// <summary>Queues ZRANGESTORE BYLEX (result: long).</summary>
    public Pipeline ZRangeStore(RedisKey destination, RedisKey source, LexBound start, LexBound end, bool desc = false, long? offset = null, long? num = null) =>
        Queue(SortedSetCommands.ZRangeStore(destination, source, start, end, desc, offset, num));

    /// <summary>Queues ZRANGEBYSCORE (result: string[]).</summary>
    public Pipeline ZRangeByScore(RedisKey key, ScoreBound min, ScoreBound max, long? start = null, long? num = null) =>
        Queue(SortedSetCommands.ZRangeByScore(key, min, max, start, num));

    /// <summary>Queues ZRANGEBYSCORE WITHSCORES (result: <see cref="ScoredMember"/>[]).</summary>
    public Pipeline ZRangeByScoreWithScores(RedisKey key, ScoreBound min, ScoreBound max, long? start = null, long? num = null) =>
        Queue(SortedSetCommands.ZRangeByScoreWithScores(key, min, max, start, num));

    /// <summary>Queues ZREVRANGEBYSCORE (result: string[]).</summary>
    public Pipeline ZRevRangeByScore(RedisKey key, ScoreBound max, ScoreBound min, long? start = null, long? num = null) =>
        Queue(SortedSetCommands.ZRevRangeByScore(key, max, min, start, num));

    /// <summary>Queues ZREVRANGEBYSCORE WITHSCORES (result: <see cref="ScoredMember"/>[]).</summary>
    public Pipeline ZRevRangeByScoreWithScores(RedisKey key, ScoreBound max, ScoreBound min, long? start = null, long? num = null) =>
        Queue(SortedSetCommands.ZRevRangeByScoreWithScores(key, max, min, start, num));

    /// <summary>Queues ZRANGEBYLEX (result: string[]).</summary>
    public Pipeline ZRangeByLex(RedisKey key, LexBound min, LexBound max, long? start = null, long? num = null) =>
        Queue(SortedSetCommands.ZRangeByLex(key, min, max, start, num));

    /// <summary>Queues ZREVRANGEBYLEX (result: string[]).</summary>
    public Pipeline ZRevRangeByLex(RedisKey key, LexBound max, LexBound min, long? start = null, long? num = null) =>
        Queue(SortedSetCommands.ZRevRangeByLex(key, max, min, start, num));

    /// <summary>Queues ZREVRANGE (result: string[]).</summary>
    public Pipeline ZRevRange(RedisKey key, long start, long end) => Queue(SortedSetCommands.ZRevRange(key, start, end));

    /// <summary>Queues ZREVRANGE WITHSCORES (result: <see cref="ScoredMember"/>[]).</summary>
    public Pipeline ZRevRangeWithScores(RedisKey key, long start, long end) => Queue(SortedSetCommands.ZRevRangeWithScores(key, start, end));

    /// <summary>Queues ZRANK (result: long? rank).</summary>
    public Pipeline ZRank(RedisKey key, RedisValue member) => Queue(SortedSetCommands.ZRank(key, member));

    /// <summary>Queues ZREVRANK (result: long? rank).</summary>
    public Pipeline ZRevRank(RedisKey key, RedisValue member) => Queue(SortedSetCommands.ZRevRank(key, member));

    /// <summary>Queues ZSCORE (result: double?).</summary>
    public Pipeline ZScore(RedisKey key, RedisValue member) => Queue(SortedSetCommands.ZScore(key, member));

    /// <summary>Queues ZMSCORE (result: double?[]).</summary>
    public Pipeline ZMScore(RedisKey key, params RedisValue[] members) => Queue(SortedSetCommands.ZMScore(key, members));

    /// <summary>Queues ZINCRBY (result: double, the new score).</summary>
    public Pipeline ZIncrBy(RedisKey key, double amount, RedisValue member) => Queue(SortedSetCommands.ZIncrBy(key, amount, member));

    /// <summary>Queues ZCARD (result: long).</summary>
    public Pipeline ZCard(RedisKey key) => Queue(SortedSetCommands.ZCard(key));

    /// <summary>Queues ZCOUNT (result: long).</summary>
    public Pipeline ZCount(RedisKey key, ScoreBound min, ScoreBound max) => Queue(SortedSetCommands.ZCount(key, min, max));

    /// <summary>Queues ZLEXCOUNT (result: long).</summary>
    public Pipeline ZLexCount(RedisKey key, LexBound min, LexBound max) => Queue(SortedSetCommands.ZLexCount(key, min, max));

    /// <summary>Queues ZREM (result: long, how many existed).</summary>
    public Pipeline ZRem(RedisKey key, params RedisValue[] members) => Queue(SortedSetCommands.ZRem(key, members));

    /// <summary>Queues ZREMRANGEBYRANK (result: long).</summary>
    public Pipeline ZRemRangeByRank(RedisKey key, long start, long end) => Queue(SortedSetCommands.ZRemRangeByRank(key, start, end));

    /// <summary>Queues ZREMRANGEBYSCORE (result: long).</summary>
    public Pipeline ZRemRangeByScore(RedisKey key, ScoreBound min, ScoreBound max) => Queue(SortedSetCommands.ZRemRangeByScore(key, min, max));

    /// <summary>Queues ZREMRANGEBYLEX (result: long).</summary>
    public Pipeline ZRemRangeByLex(RedisKey key, LexBound min, LexBound max) => Queue(SortedSetCommands.ZRemRangeByLex(key, min, max));

    /// <summary>Queues ZPOPMIN (result: <see cref="ScoredMember"/>[]).</summary>
    public Pipeline ZPopMin(RedisKey key, long? count = null) => Queue(SortedSetCommands.ZPopMin(key, count));

    /// <summary>Queues ZPOPMAX (result: <see cref="ScoredMember"/>[]).</summary>
    public Pipeline ZPopMax(RedisKey key, long? count = null) => Queue(SortedSetCommands.ZPopMax(key, count));

    /// <summary>Queues ZMPOP (result: <see cref="SortedSetPopResult"/> or null).</summary>
    public Pipeline ZMPop(IEnumerable<RedisKey> keys, bool min = false, bool max = false, long? count = null) => Queue(SortedSetCommands.ZMPop(keys, min, max, count));

    /// <summary>Queues ZUNION (result: string[]).</summary>
    public Pipeline ZUnion(IEnumerable<RedisKey> keys, IEnumerable<double>? weights = null, SortedSetAggregate? aggregate = null) =>
        Queue(SortedSetCommands.ZUnion(keys, weights, aggregate));

    /// <summary>Queues ZUNION WITHSCORES (result: <see cref="ScoredMember"/>[]).</summary>
    public Pipeline ZUnionWithScores(IEnumerable<RedisKey> keys, IEnumerable<double>? weights = null, SortedSetAggregate? aggregate = null) =>
        Queue(SortedSetCommands.ZUnionWithScores(keys, weights, aggregate));

    /// <summary>Queues ZINTER (result: string[]).</summary>
    public Pipeline ZInter(IEnumerable<RedisKey> keys, IEnumerable<double>? weights = null, SortedSetAggregate? aggregate = null) =>
        Queue(SortedSetCommands.ZInter(keys, weights, aggregate));

    /// <summary>Queues ZINTER WITHSCORES (result: <see cref="ScoredMember"/>[]).</summary>
    public Pipeline ZInterWithScores(IEnumerable<RedisKey> keys, IEnumerable<double>? weights = null, SortedSetAggregate? aggregate = null) =>
        Queue(SortedSetCommands.ZInterWithScores(keys, weights, aggregate));

    /// <summary>Queues ZDIFF (result: string[]).</summary>
    public Pipeline ZDiff(IEnumerable<RedisKey> keys) => Queue(SortedSetCommands.ZDiff(keys));

    /// <summary>Queues ZDIFF WITHSCORES (result: <see cref="ScoredMember"/>[]).</summary>
    public Pipeline ZDiffWithScores(IEnumerable<RedisKey> keys) => Queue(SortedSetCommands.ZDiffWithScores(keys));

    /// <summary>Queues ZUNIONSTORE (result: long).</summary>
    public Pipeline ZUnionStore(RedisKey destination, IEnumerable<RedisKey> keys, IEnumerable<double>? weights = null, SortedSetAggregate? aggregate = null) =>
        Queue(SortedSetCommands.ZUnionStore(destination, keys, weights, aggregate));

    /// <summary>Queues ZINTERSTORE (result: long).</summary>
    public Pipeline ZInterStore(RedisKey destination, IEnumerable<RedisKey> keys, IEnumerable<double>? weights = null, SortedSetAggregate? aggregate = null) =>
        Queue(SortedSetCommands.ZInterStore(destination, keys, weights, aggregate));

    /// <summary>Queues ZDIFFSTORE (result: long).</summary>
    public Pipeline ZDiffStore(RedisKey destination, IEnumerable<RedisKey> keys) => Queue(SortedSetCommands.ZDiffStore(destination, keys));

    /// <summary>Queues ZINTERCARD (result: long).</summary>
    public Pipeline ZInterCard(IEnumerable<RedisKey> keys, long limit = 0) => Queue(SortedSetCommands.ZInterCard(keys, limit));

    /// <summary>Queues ZRANDMEMBER of one member (result: string?).</summary>
    public Pipeline ZRandMember(RedisKey key) => Queue(SortedSetCommands.ZRandMember(key));

    /// <summary>Queues ZRANDMEMBER with a count (result: string[]).</summary>
    public Pipeline ZRandMember(RedisKey key, long count) => Queue(SortedSetCommands.ZRandMember(key, count));

    /// <summary>Queues ZRANDMEMBER WITHSCORES (result: <see cref="ScoredMember"/>[]).</summary>
    public Pipeline ZRandMemberWithScores(RedisKey key, long count) => Queue(SortedSetCommands.ZRandMemberWithScores(key, count));
}
