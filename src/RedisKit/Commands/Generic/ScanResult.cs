namespace RedisKit;

/// <summary>One page of a SCAN-family command: the cursor to pass next (0 when the iteration is over) and the items.</summary>
/// <typeparam name="T">The item type: a key, a field-value pair...</typeparam>
/// <param name="Cursor">The cursor for the next call; 0 when the whole collection has been seen.</param>
/// <param name="Items">The items of this page; a page may be empty while the cursor is not 0.</param>
public readonly record struct ScanResult<T>(ulong Cursor, IReadOnlyList<T> Items);
