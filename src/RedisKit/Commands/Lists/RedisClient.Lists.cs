using RedisKit.Commands;
using RedisKit.Commands.Parsers;

namespace RedisKit;

public sealed partial class RedisClient
{
    /// <summary>LPUSH: adds the values at the head, one after another (so the last one ends up first); returns the new length.</summary>
    public ValueTask<long> LPushAsync(RedisKey key, params RedisValue[] values) => LPushAsync(key, values, CancellationToken.None);

    /// <inheritdoc cref="LPushAsync(RedisKey, RedisValue[])"/>
    /// <param name="key">The list; created when missing.</param>
    /// <param name="values">The values to add, at least one.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<long> LPushAsync(RedisKey key, IEnumerable<RedisValue> values, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.Push(Cmd.LPush, key, values), cancellationToken);

    /// <summary>RPUSH: adds the values at the tail, in order; returns the new length.</summary>
    public ValueTask<long> RPushAsync(RedisKey key, params RedisValue[] values) => RPushAsync(key, values, CancellationToken.None);

    /// <inheritdoc cref="RPushAsync(RedisKey, RedisValue[])"/>
    /// <param name="key">The list; created when missing.</param>
    /// <param name="values">The values to add, at least one.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<long> RPushAsync(RedisKey key, IEnumerable<RedisValue> values, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.Push(Cmd.RPush, key, values), cancellationToken);

    /// <summary>LPUSHX: LPUSH only when the list exists; returns the new length, 0 when the key is missing.</summary>
    public ValueTask<long> LPushXAsync(RedisKey key, params RedisValue[] values) => LPushXAsync(key, values, CancellationToken.None);

    /// <inheritdoc cref="LPushXAsync(RedisKey, RedisValue[])"/>
    /// <param name="key">The list; never created.</param>
    /// <param name="values">The values to add, at least one.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<long> LPushXAsync(RedisKey key, IEnumerable<RedisValue> values, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.Push(Cmd.LPushX, key, values), cancellationToken);

    /// <summary>RPUSHX: RPUSH only when the list exists; returns the new length, 0 when the key is missing.</summary>
    public ValueTask<long> RPushXAsync(RedisKey key, params RedisValue[] values) => RPushXAsync(key, values, CancellationToken.None);

    /// <inheritdoc cref="RPushXAsync(RedisKey, RedisValue[])"/>
    /// <param name="key">The list; never created.</param>
    /// <param name="values">The values to add, at least one.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<long> RPushXAsync(RedisKey key, IEnumerable<RedisValue> values, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.Push(Cmd.RPushX, key, values), cancellationToken);

    /// <summary>LPOP: removes and returns the first value as text, or null when the list is empty or missing.</summary>
    public ValueTask<string?> LPopAsync(RedisKey key, CancellationToken cancellationToken = default) => RunAsync(ListCommands.Pop(Cmd.LPop, key), cancellationToken);

    /// <summary>LPOP: removes and returns the first value as bytes, or null when the list is empty or missing.</summary>
    public ValueTask<byte[]?> LPopBytesAsync(RedisKey key, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.PopBytes(Cmd.LPop, key), cancellationToken);

    /// <summary>
    /// LPOP with a count: removes and returns up to <paramref name="count"/> values from the head, or
    /// null (not an empty array) when the list is missing, as Redis answers.
    /// </summary>
    public ValueTask<string[]?> LPopAsync(RedisKey key, long count, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.Pop(Cmd.LPop, key, count), cancellationToken);

    /// <summary>RPOP: removes and returns the last value as text, or null when the list is empty or missing.</summary>
    public ValueTask<string?> RPopAsync(RedisKey key, CancellationToken cancellationToken = default) => RunAsync(ListCommands.Pop(Cmd.RPop, key), cancellationToken);

    /// <summary>RPOP: removes and returns the last value as bytes, or null when the list is empty or missing.</summary>
    public ValueTask<byte[]?> RPopBytesAsync(RedisKey key, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.PopBytes(Cmd.RPop, key), cancellationToken);

    /// <summary>
    /// RPOP with a count: removes and returns up to <paramref name="count"/> values from the tail (last
    /// first), or null (not an empty array) when the list is missing, as Redis answers.
    /// </summary>
    public ValueTask<string[]?> RPopAsync(RedisKey key, long count, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.Pop(Cmd.RPop, key, count), cancellationToken);

    /// <summary>LRANGE: the values from <paramref name="start"/> to <paramref name="end"/>, both included; negative indexes count from the tail (-1 is the last).</summary>
    public ValueTask<string[]> LRangeAsync(RedisKey key, long start, long end, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.LRange(key, start, end), cancellationToken);

    /// <summary>LLEN: the length of the list; 0 when the key does not exist.</summary>
    public ValueTask<long> LLenAsync(RedisKey key, CancellationToken cancellationToken = default) => RunAsync(ListCommands.LLen(key), cancellationToken);

    /// <summary>LINDEX: the value at <paramref name="index"/> (negative counts from the tail) as text, or null when out of range.</summary>
    public ValueTask<string?> LIndexAsync(RedisKey key, long index, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.LIndex(key, index), cancellationToken);

    /// <summary>LINDEX: the value at <paramref name="index"/> (negative counts from the tail) as bytes, or null when out of range.</summary>
    public ValueTask<byte[]?> LIndexBytesAsync(RedisKey key, long index, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.LIndexBytes(key, index), cancellationToken);

    /// <summary>LSET: replaces the value at <paramref name="index"/>; true when done. An index out of range or a missing key throws <see cref="RedisResponseException"/>.</summary>
    public ValueTask<bool> LSetAsync(RedisKey key, long index, RedisValue value, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.LSet(key, index, value), cancellationToken);

    /// <summary>
    /// LINSERT: inserts <paramref name="value"/> before or after the first occurrence of
    /// <paramref name="pivot"/>; returns the new length, -1 when the pivot is not found, 0 when the key is missing.
    /// </summary>
    public ValueTask<long> LInsertAsync(RedisKey key, ListInsertPosition where, RedisValue pivot, RedisValue value, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.LInsert(key, where, pivot, value), cancellationToken);

    /// <summary>
    /// LREM: removes occurrences of <paramref name="value"/>: the first <paramref name="count"/> from the
    /// head when positive, from the tail when negative, all when 0; returns how many were removed.
    /// </summary>
    public ValueTask<long> LRemAsync(RedisKey key, long count, RedisValue value, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.LRem(key, count, value), cancellationToken);

    /// <summary>LTRIM: keeps only the values from <paramref name="start"/> to <paramref name="end"/>, both included; true when done.</summary>
    public ValueTask<bool> LTrimAsync(RedisKey key, long start, long end, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.LTrim(key, start, end), cancellationToken);

    /// <summary>LPOS: the index of the first match of <paramref name="element"/>, or null when there is none.</summary>
    /// <param name="key">The list.</param>
    /// <param name="element">The value to look for.</param>
    /// <param name="rank">Which match to return: 2 for the second from the head, -1 for the first from the tail; null for the first.</param>
    /// <param name="maxLen">How many elements to compare at most; null or 0 for the whole list.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<long?> LPosAsync(RedisKey key, RedisValue element, long? rank = null, long? maxLen = null, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.LPos(key, element, rank, maxLen), cancellationToken);

    /// <summary>
    /// LPOS with COUNT: the indexes of up to <paramref name="count"/> matches (0 for all), empty when
    /// there is none. Give <paramref name="rank"/> and <paramref name="maxLen"/> by name: as a third
    /// positional argument a number is the count here, where redis-py takes the rank.
    /// </summary>
    /// <param name="key">The list.</param>
    /// <param name="element">The value to look for.</param>
    /// <param name="count">How many matches to return; 0 for every match.</param>
    /// <param name="rank">The match to start from: 2 skips the first match, -1 searches from the tail; null for the first.</param>
    /// <param name="maxLen">How many elements to compare at most; null or 0 for the whole list.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<long[]> LPosAsync(RedisKey key, RedisValue element, long count, long? rank = null, long? maxLen = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.LPos(key, element, count, rank, maxLen), cancellationToken);

    /// <summary>
    /// LMOVE: atomically takes a value from one end of <paramref name="source"/> and pushes it at one end of
    /// <paramref name="destination"/> (which may be the same list); returns it as text, or null when the source is empty.
    /// </summary>
    public ValueTask<string?> LMoveAsync(RedisKey source, RedisKey destination, ListDirection sourceSide = ListDirection.Left,
        ListDirection destinationSide = ListDirection.Right, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.LMove(source, destination, sourceSide, destinationSide), cancellationToken);

    /// <summary>LMOVE returning the moved value as bytes; null when the source is empty.</summary>
    public ValueTask<byte[]?> LMoveBytesAsync(RedisKey source, RedisKey destination, ListDirection sourceSide = ListDirection.Left,
        ListDirection destinationSide = ListDirection.Right, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.LMoveBytes(source, destination, sourceSide, destinationSide), cancellationToken);

    /// <summary>
    /// LMPOP: pops up to <paramref name="count"/> values (one when null) from the given end of the first
    /// non-empty list among <paramref name="keys"/>; null when all are empty.
    /// </summary>
    public ValueTask<ListMultiPopResult<string>?> LMPopAsync(IEnumerable<RedisKey> keys, ListDirection direction, long? count = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.LMPop<string, TextValue>(keys, direction, count), cancellationToken);

    /// <summary>LMPOP with the values as bytes; null when every list is empty.</summary>
    public ValueTask<ListMultiPopResult<byte[]>?> LMPopBytesAsync(IEnumerable<RedisKey> keys, ListDirection direction, long? count = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.LMPop<byte[], BytesValue>(keys, direction, count), cancellationToken);

    /// <summary>
    /// BLPOP: pops the first value of the first non-empty list among <paramref name="keys"/>, waiting up to
    /// <paramref name="timeout"/> (zero: forever) for one to get a value; null when the wait timed out.
    /// Runs on a leased connection (on a client from <see cref="Client"/>, on its one connection), and may
    /// wait longer than <see cref="RedisOptions.SocketTimeout"/>. Cancelling closes that connection, since
    /// the server would still answer it later.
    /// </summary>
    public ValueTask<ListPopResult<string>?> BLPopAsync(IEnumerable<RedisKey> keys, TimeSpan timeout = default, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.BPop<string, TextValue>(Cmd.BLPop, keys, timeout), cancellationToken);

    /// <inheritdoc cref="BLPopAsync(IEnumerable{RedisKey}, TimeSpan, CancellationToken)"/>
    /// <param name="key">The one list to wait on.</param>
    /// <param name="timeout">How long to wait for a value; zero waits forever.</param>
    /// <param name="cancellationToken">Stops waiting (and closes the command's connection).</param>
    public ValueTask<ListPopResult<string>?> BLPopAsync(RedisKey key, TimeSpan timeout = default, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.BPop<string, TextValue>(Cmd.BLPop, [key], timeout), cancellationToken);

    /// <summary>BLPOP with the value as bytes; null when the wait timed out.</summary>
    public ValueTask<ListPopResult<byte[]>?> BLPopBytesAsync(IEnumerable<RedisKey> keys, TimeSpan timeout = default, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.BPop<byte[], BytesValue>(Cmd.BLPop, keys, timeout), cancellationToken);

    /// <summary>
    /// BRPOP: pops the last value of the first non-empty list among <paramref name="keys"/>, waiting up to
    /// <paramref name="timeout"/> (zero: forever); null when the wait timed out. Runs on a connection of
    /// its own, may wait longer than the socket timeout, and cancelling closes that connection.
    /// </summary>
    public ValueTask<ListPopResult<string>?> BRPopAsync(IEnumerable<RedisKey> keys, TimeSpan timeout = default, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.BPop<string, TextValue>(Cmd.BRPop, keys, timeout), cancellationToken);

    /// <inheritdoc cref="BRPopAsync(IEnumerable{RedisKey}, TimeSpan, CancellationToken)"/>
    /// <param name="key">The one list to wait on.</param>
    /// <param name="timeout">How long to wait for a value; zero waits forever.</param>
    /// <param name="cancellationToken">Stops waiting (and closes the command's connection).</param>
    public ValueTask<ListPopResult<string>?> BRPopAsync(RedisKey key, TimeSpan timeout = default, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.BPop<string, TextValue>(Cmd.BRPop, [key], timeout), cancellationToken);

    /// <summary>BRPOP with the value as bytes; null when the wait timed out.</summary>
    public ValueTask<ListPopResult<byte[]>?> BRPopBytesAsync(IEnumerable<RedisKey> keys, TimeSpan timeout = default, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.BPop<byte[], BytesValue>(Cmd.BRPop, keys, timeout), cancellationToken);

    /// <summary>
    /// BLMOVE: LMOVE that waits up to <paramref name="timeout"/> (zero: forever) for the source to get a
    /// value; returns the moved value, or null when the wait timed out. Runs on a connection of its own.
    /// </summary>
    public ValueTask<string?> BLMoveAsync(RedisKey source, RedisKey destination, TimeSpan timeout, ListDirection sourceSide = ListDirection.Left,
        ListDirection destinationSide = ListDirection.Right, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.BLMove(source, destination, timeout, sourceSide, destinationSide), cancellationToken);

    /// <summary>BLMOVE returning the moved value as bytes; null when the wait timed out.</summary>
    public ValueTask<byte[]?> BLMoveBytesAsync(RedisKey source, RedisKey destination, TimeSpan timeout, ListDirection sourceSide = ListDirection.Left,
        ListDirection destinationSide = ListDirection.Right, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.BLMoveBytes(source, destination, timeout, sourceSide, destinationSide), cancellationToken);

    /// <summary>
    /// BLMPOP: LMPOP that waits up to <paramref name="timeout"/> (zero: forever) for one of the lists to
    /// get a value; null when the wait timed out. Runs on a connection of its own.
    /// </summary>
    public ValueTask<ListMultiPopResult<string>?> BLMPopAsync(TimeSpan timeout, IEnumerable<RedisKey> keys, ListDirection direction, long? count = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.BLMPop<string, TextValue>(timeout, keys, direction, count), cancellationToken);

    /// <summary>BLMPOP with the values as bytes; null when the wait timed out.</summary>
    public ValueTask<ListMultiPopResult<byte[]>?> BLMPopBytesAsync(TimeSpan timeout, IEnumerable<RedisKey> keys, ListDirection direction, long? count = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.BLMPop<byte[], BytesValue>(timeout, keys, direction, count), cancellationToken);

    /// <summary>
    /// BRPOPLPUSH (deprecated by Redis in favour of BLMOVE): moves the last value of <paramref name="source"/>
    /// to the head of <paramref name="destination"/>, waiting up to <paramref name="timeout"/> (zero: forever);
    /// returns it, or null when the wait timed out. Runs on a connection of its own.
    /// </summary>
    public ValueTask<string?> BRPopLPushAsync(RedisKey source, RedisKey destination, TimeSpan timeout = default, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.BRPopLPush(source, destination, timeout), cancellationToken);

    /// <summary>BRPOPLPUSH returning the moved value as bytes; null when the wait timed out.</summary>
    public ValueTask<byte[]?> BRPopLPushBytesAsync(RedisKey source, RedisKey destination, TimeSpan timeout = default, CancellationToken cancellationToken = default) =>
        RunAsync(ListCommands.BRPopLPushBytes(source, destination, timeout), cancellationToken);
}
