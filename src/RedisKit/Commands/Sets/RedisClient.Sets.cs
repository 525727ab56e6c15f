using RedisKit.Commands;

namespace RedisKit;

public sealed partial class RedisClient
{
    /// <summary>SADD: adds members to the set; returns how many were not there yet.</summary>
    public ValueTask<long> SAddAsync(RedisKey key, params RedisValue[] values) => SAddAsync(key, values, CancellationToken.None);

    /// <inheritdoc cref="SAddAsync(RedisKey, RedisValue[])"/>
    /// <param name="key">The set; created when missing.</param>
    /// <param name="values">The members to add, at least one.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<long> SAddAsync(RedisKey key, IEnumerable<RedisValue> values, CancellationToken cancellationToken = default) =>
        RunAsync(SetCommands.SAdd(key, values), cancellationToken);

    /// <summary>SREM: removes members from the set; returns how many were there.</summary>
    public ValueTask<long> SRemAsync(RedisKey key, params RedisValue[] values) => SRemAsync(key, values, CancellationToken.None);

    /// <inheritdoc cref="SRemAsync(RedisKey, RedisValue[])"/>
    /// <param name="key">The set.</param>
    /// <param name="values">The members to remove, at least one.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<long> SRemAsync(RedisKey key, IEnumerable<RedisValue> values, CancellationToken cancellationToken = default) =>
        RunAsync(SetCommands.SRem(key, values), cancellationToken);

    /// <summary>
    /// SMEMBERS: every member, in no particular order (an array under RESP2 and RESP3 alike, where
    /// redis-py gives a Python set); empty when the key does not exist. Use <see cref="SScanIterAsync"/> for big sets.
    /// </summary>
    public ValueTask<string[]> SMembersAsync(RedisKey key, CancellationToken cancellationToken = default) => RunAsync(SetCommands.SMembers(key), cancellationToken);

    /// <summary>SISMEMBER: whether <paramref name="value"/> is a member.</summary>
    public ValueTask<bool> SIsMemberAsync(RedisKey key, RedisValue value, CancellationToken cancellationToken = default) =>
        RunAsync(SetCommands.SIsMember(key, value), cancellationToken);

    /// <summary>SMISMEMBER: for each value in order, whether it is a member.</summary>
    public ValueTask<bool[]> SMIsMemberAsync(RedisKey key, params RedisValue[] values) => SMIsMemberAsync(key, values, CancellationToken.None);

    /// <inheritdoc cref="SMIsMemberAsync(RedisKey, RedisValue[])"/>
    /// <param name="key">The set.</param>
    /// <param name="values">The values to test, at least one.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<bool[]> SMIsMemberAsync(RedisKey key, IEnumerable<RedisValue> values, CancellationToken cancellationToken = default) =>
        RunAsync(SetCommands.SMIsMember(key, values), cancellationToken);

    /// <summary>SCARD: the number of members; 0 when the key does not exist.</summary>
    public ValueTask<long> SCardAsync(RedisKey key, CancellationToken cancellationToken = default) => RunAsync(SetCommands.SCard(key), cancellationToken);

    /// <summary>SPOP: removes and returns a random member as text, or null when the set is empty or missing.</summary>
    public ValueTask<string?> SPopAsync(RedisKey key, CancellationToken cancellationToken = default) => RunAsync(SetCommands.SPop(key), cancellationToken);

    /// <summary>SPOP: removes and returns a random member as bytes, or null when the set is empty or missing.</summary>
    public ValueTask<byte[]?> SPopBytesAsync(RedisKey key, CancellationToken cancellationToken = default) => RunAsync(SetCommands.SPopBytes(key), cancellationToken);

    /// <summary>SPOP with a count: removes and returns up to <paramref name="count"/> random members; empty when the set is missing.</summary>
    public ValueTask<string[]> SPopAsync(RedisKey key, long count, CancellationToken cancellationToken = default) =>
        RunAsync(SetCommands.SPop(key, count), cancellationToken);

    /// <summary>SRANDMEMBER: a random member as text, left in the set; null when the set is empty or missing.</summary>
    public ValueTask<string?> SRandMemberAsync(RedisKey key, CancellationToken cancellationToken = default) =>
        RunAsync(SetCommands.SRandMember(key), cancellationToken);

    /// <summary>SRANDMEMBER: a random member as bytes, left in the set; null when the set is empty or missing.</summary>
    public ValueTask<byte[]?> SRandMemberBytesAsync(RedisKey key, CancellationToken cancellationToken = default) =>
        RunAsync(SetCommands.SRandMemberBytes(key), cancellationToken);

    /// <summary>
    /// SRANDMEMBER with a count: up to <paramref name="count"/> distinct random members when positive;
    /// exactly -<paramref name="count"/> members, possibly repeated, when negative; empty when the set is missing.
    /// </summary>
    public ValueTask<string[]> SRandMemberAsync(RedisKey key, long count, CancellationToken cancellationToken = default) =>
        RunAsync(SetCommands.SRandMember(key, count), cancellationToken);

    /// <summary>SMOVE: atomically moves <paramref name="value"/> from <paramref name="source"/> to <paramref name="destination"/>; false when it was not in the source.</summary>
    public ValueTask<bool> SMoveAsync(RedisKey source, RedisKey destination, RedisValue value, CancellationToken cancellationToken = default) =>
        RunAsync(SetCommands.SMove(source, destination, value), cancellationToken);

    /// <summary>SINTER: the members present in every one of the sets (a missing key is an empty set).</summary>
    public ValueTask<string[]> SInterAsync(params RedisKey[] keys) => SInterAsync(keys, CancellationToken.None);

    /// <inheritdoc cref="SInterAsync(RedisKey[])"/>
    /// <param name="keys">The sets, at least one.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<string[]> SInterAsync(IEnumerable<RedisKey> keys, CancellationToken cancellationToken = default) =>
        RunAsync(SetCommands.Combine(Cmd.SInter, keys), cancellationToken);

    /// <summary>SUNION: the members present in any of the sets.</summary>
    public ValueTask<string[]> SUnionAsync(params RedisKey[] keys) => SUnionAsync(keys, CancellationToken.None);

    /// <inheritdoc cref="SUnionAsync(RedisKey[])"/>
    /// <param name="keys">The sets, at least one.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<string[]> SUnionAsync(IEnumerable<RedisKey> keys, CancellationToken cancellationToken = default) =>
        RunAsync(SetCommands.Combine(Cmd.SUnion, keys), cancellationToken);

    /// <summary>SDIFF: the members of the first set that are in none of the others.</summary>
    public ValueTask<string[]> SDiffAsync(params RedisKey[] keys) => SDiffAsync(keys, CancellationToken.None);

    /// <inheritdoc cref="SDiffAsync(RedisKey[])"/>
    /// <param name="keys">The first set, then the sets to subtract from it.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<string[]> SDiffAsync(IEnumerable<RedisKey> keys, CancellationToken cancellationToken = default) =>
        RunAsync(SetCommands.Combine(Cmd.SDiff, keys), cancellationToken);

    /// <summary>SINTERSTORE: stores the intersection of the sets in <paramref name="destination"/> (replacing it); returns its size.</summary>
    public ValueTask<long> SInterStoreAsync(RedisKey destination, params RedisKey[] keys) => SInterStoreAsync(destination, keys, CancellationToken.None);

    /// <inheritdoc cref="SInterStoreAsync(RedisKey, RedisKey[])"/>
    /// <param name="destination">The key that receives the result; deleted when the result is empty.</param>
    /// <param name="keys">The sets, at least one.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<long> SInterStoreAsync(RedisKey destination, IEnumerable<RedisKey> keys, CancellationToken cancellationToken = default) =>
        RunAsync(SetCommands.CombineStore(Cmd.SInterStore, destination, keys), cancellationToken);

    /// <summary>SUNIONSTORE: stores the union of the sets in <paramref name="destination"/> (replacing it); returns its size.</summary>
    public ValueTask<long> SUnionStoreAsync(RedisKey destination, params RedisKey[] keys) => SUnionStoreAsync(destination, keys, CancellationToken.None);

    /// <inheritdoc cref="SUnionStoreAsync(RedisKey, RedisKey[])"/>
    /// <param name="destination">The key that receives the result; deleted when the result is empty.</param>
    /// <param name="keys">The sets, at least one.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<long> SUnionStoreAsync(RedisKey destination, IEnumerable<RedisKey> keys, CancellationToken cancellationToken = default) =>
        RunAsync(SetCommands.CombineStore(Cmd.SUnionStore, destination, keys), cancellationToken);

    /// <summary>SDIFFSTORE: stores the difference of the sets in <paramref name="destination"/> (replacing it); returns its size.</summary>
    public ValueTask<long> SDiffStoreAsync(RedisKey destination, params RedisKey[] keys) => SDiffStoreAsync(destination, keys, CancellationToken.None);

    /// <inheritdoc cref="SDiffStoreAsync(RedisKey, RedisKey[])"/>
    /// <param name="destination">The key that receives the result; deleted when the result is empty.</param>
    /// <param name="keys">The first set, then the sets to subtract from it.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<long> SDiffStoreAsync(RedisKey destination, IEnumerable<RedisKey> keys, CancellationToken cancellationToken = default) =>
        RunAsync(SetCommands.CombineStore(Cmd.SDiffStore, destination, keys), cancellationToken);

    /// <summary>
    /// SINTERCARD: the size of the intersection of the sets without building it; with a
    /// <paramref name="limit"/> above 0 the count stops there, which is cheaper on big sets.
    /// </summary>
    public ValueTask<long> SInterCardAsync(IEnumerable<RedisKey> keys, long limit = 0, CancellationToken cancellationToken = default) =>
        RunAsync(SetCommands.SInterCard(keys, limit), cancellationToken);

    /// <summary>SSCAN: one page of members from <paramref name="cursor"/> (start with 0).</summary>
    public ValueTask<ScanResult<string>> SScanAsync(RedisKey key, ulong cursor = 0, string? match = null, long? count = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(SetCommands.SScan(key, cursor, match, count), cancellationToken);

    /// <summary>
    /// SSCAN from start to end as an async stream of members, like redis-py's <c>sscan_iter</c>. A member
    /// added or removed during the walk may or may not be seen, and one may be seen twice, as SSCAN guarantees.
    /// </summary>
    public IAsyncEnumerable<string> SScanIterAsync(RedisKey key, string? match = null, long? count = null, CancellationToken cancellationToken = default) =>
        ScanAllAsync((cursor, token) => SScanAsync(key, cursor, match, count, token), cancellationToken);
}
