using RedisKit.Commands;

namespace RedisKit;

public sealed partial class RedisClient
{
    /// <summary>PFADD: adds elements to a HyperLogLog; true when its estimate changed (or the key was created).</summary>
    public ValueTask<bool> PfAddAsync(RedisKey key, params RedisValue[] values) => PfAddAsync(key, values, CancellationToken.None);

    /// <inheritdoc cref="PfAddAsync(RedisKey, RedisValue[])"/>
    /// <param name="key">The HyperLogLog.</param>
    /// <param name="values">The elements to count; none only creates the key.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<bool> PfAddAsync(RedisKey key, IEnumerable<RedisValue> values, CancellationToken cancellationToken = default) =>
        RunAsync(HyperLogLogCommands.PfAdd(key, values), cancellationToken);

    /// <summary>PFCOUNT: the estimated number of distinct elements, of the union when several keys are given.</summary>
    public ValueTask<long> PfCountAsync(params RedisKey[] keys) => PfCountAsync(keys, CancellationToken.None);

    /// <inheritdoc cref="PfCountAsync(RedisKey[])"/>
    /// <param name="keys">The HyperLogLogs to count.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<long> PfCountAsync(IEnumerable<RedisKey> keys, CancellationToken cancellationToken = default) =>
        RunAsync(HyperLogLogCommands.PfCount(keys), cancellationToken);

    /// <summary>PFMERGE: merges the sources into <paramref name="destination"/> (keeping what it held). Always true.</summary>
    public ValueTask<bool> PfMergeAsync(RedisKey destination, params RedisKey[] sources) => PfMergeAsync(destination, sources, CancellationToken.None);

    /// <inheritdoc cref="PfMergeAsync(RedisKey, RedisKey[])"/>
    /// <param name="destination">The HyperLogLog to merge into.</param>
    /// <param name="sources">The HyperLogLogs to merge.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<bool> PfMergeAsync(RedisKey destination, IEnumerable<RedisKey> sources, CancellationToken cancellationToken = default) =>
        RunAsync(HyperLogLogCommands.PfMerge(destination, sources), cancellationToken);
}
