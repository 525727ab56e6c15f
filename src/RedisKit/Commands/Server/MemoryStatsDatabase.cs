namespace RedisKit;

/// <summary>The overhead of one database's hash tables, from MEMORY STATS (<c>db.N</c>).</summary>
/// <param name="MainHashtableOverhead">The key space's hash table, in bytes (<c>overhead.hashtable.main</c>).</param>
/// <param name="ExpiresHashtableOverhead">The expiry hash table, in bytes (<c>overhead.hashtable.expires</c>).</param>
public readonly record struct MemoryStatsDatabase(long MainHashtableOverhead, long ExpiresHashtableOverhead);
