namespace RedisKit.Configuration;

/// <summary>One query key a Redis URL may carry, the option it sets and how its value is read.</summary>
internal sealed class RedisUrlQueryKey
{
    private readonly Func<RedisOptions, string, bool> _tryApply;

    /// <summary>Creates a key.</summary>
    /// <param name="name">The key as redis-py spells it, e.g. <c>socket_timeout</c>.</param>
    /// <param name="propertyName">The <see cref="RedisOptions"/> property the key sets.</param>
    /// <param name="expected">What a valid value looks like, for error messages.</param>
    /// <param name="isSecret">True when the value must never appear in a message (passwords).</param>
    /// <param name="tryApply">Sets the property from the text; returns false when the text is not a valid value.</param>
    public RedisUrlQueryKey(string name, string propertyName, string expected, bool isSecret, Func<RedisOptions, string, bool> tryApply)
    {
        Name = name;
        PropertyName = propertyName;
        Expected = expected;
        IsSecret = isSecret;
        _tryApply = tryApply;
    }

    /// <summary>The key as redis-py spells it, e.g. <c>socket_timeout</c>.</summary>
    public string Name { get; }

    /// <summary>The <see cref="RedisOptions"/> property the key sets.</summary>
    public string PropertyName { get; }

    /// <summary>What a valid value looks like, for error messages.</summary>
    public string Expected { get; }

    /// <summary>True when the value must never appear in a message (passwords).</summary>
    public bool IsSecret { get; }

    /// <summary>Sets the property on <paramref name="options"/>; returns false (changing nothing) when <paramref name="value"/> is invalid.</summary>
    public bool TryApply(RedisOptions options, string value) => _tryApply(options, value);

    /// <inheritdoc/>
    public override string ToString() => Name + " -> " + nameof(RedisOptions) + "." + PropertyName;
}
