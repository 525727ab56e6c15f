namespace RedisKit;

/// <summary>
/// One stream entry: its id and its fields, like redis-py's <c>(id, {field: value})</c> tuple, and
/// deconstructs the same way: <c>foreach (var (id, fields) in await redis.XRangeAsync("events"))</c>.
/// Fields and values are decoded with <see cref="RedisOptions.Encoding"/> and looked up by name
/// (ordinal comparison); a field given twice in one XADD keeps its last value, as in redis-py's
/// dictionary. The shape is the same under RESP2 and RESP3.
/// </summary>
/// <param name="Id">The entry id, <c>milliseconds-sequence</c> (<c>1700000000000-0</c>).</param>
/// <param name="Fields">
/// The entry's fields and values. Empty for an entry that was deleted from the stream while it was
/// pending: XREADGROUP reading a consumer's history answers such an entry with its id alone.
/// Equality of two entries compares this dictionary by reference.
/// </param>
public readonly record struct StreamEntry(string Id, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>True for a pending entry deleted from the stream: it has an id and no fields.</summary>
    public bool IsDeleted => Fields is not { Count: > 0 };
}
