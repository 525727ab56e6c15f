namespace RedisKit;

/// <summary>
/// What BLPOP or BRPOP took: the list it came from (the first non-empty one of the keys given)
/// and the value, like redis-py's <c>(key, value)</c> tuple.
/// </summary>
/// <typeparam name="T">The value's type: <see cref="string"/>, or <see cref="byte"/>[] for the <c>Bytes</c> methods.</typeparam>
/// <param name="Key">The list the value was popped from.</param>
/// <param name="Value">The popped value.</param>
public readonly record struct ListPopResult<T>(string Key, T Value);
