namespace RedisKit;

/// <summary>
/// What LMPOP or BLMPOP took: the list the values came from (the first non-empty one of the keys
/// given) and the values in pop order, like redis-py's <c>[key, [values]]</c>.
/// </summary>
/// <typeparam name="T">The values' type: <see cref="string"/>, or <see cref="byte"/>[] for the <c>Bytes</c> methods.</typeparam>
/// <param name="Key">The list the values were popped from.</param>
/// <param name="Values">The popped values, at least one; equality compares the array by reference.</param>
public readonly record struct ListMultiPopResult<T>(string Key, T[] Values);
