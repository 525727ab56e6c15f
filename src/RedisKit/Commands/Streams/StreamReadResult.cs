namespace RedisKit;

/// <summary>
/// The entries XREAD or XREADGROUP returned for one stream, like an element of redis-py's
/// <c>[[stream, [(id, fields), ...]], ...]</c>. RESP3 answers with a map and RESP2 with an array of
/// pairs; both give these, in the order Redis sent them.
/// </summary>
/// <param name="Key">The stream's key.</param>
/// <param name="Entries">The entries read from it, oldest first.</param>
public readonly record struct StreamReadResult(string Key, IReadOnlyList<StreamEntry> Entries);
