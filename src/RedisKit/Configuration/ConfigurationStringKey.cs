namespace RedisKit.Configuration;

/// <summary>
/// One key of the StackExchange.Redis configuration syntax: what it does in RedisKit (sets an
/// option, is accepted and ignored, or is refused as not supported) and how its value is read.
/// </summary>
internal sealed class ConfigurationStringKey
{
    private readonly Func<RedisOptions, string, bool> _tryApply;

    /// <summary>Creates a key.</summary>
    /// <param name="name">The key as StackExchange.Redis spells it, e.g. <c>connectTimeout</c>.</param>
    /// <param name="meaning">What it does here, for documentation and messages: <c>RedisOptions.SocketConnectTimeout</c> or why it is ignored.</param>
    /// <param name="expected">What a valid value looks like, for error messages.</param>
    /// <param name="isSecret">True when the value must never appear in a message (passwords).</param>
    /// <param name="tryApply">Sets the option from the text (or only checks it, for an ignored key); false when the text is not a valid value.</param>
    /// <param name="unsupported">Why the key is refused, or null when it is accepted.</param>
    public ConfigurationStringKey(string name, string meaning, string expected, bool isSecret, Func<RedisOptions, string, bool> tryApply, string? unsupported = null)
    {
        Name = name;
        Meaning = meaning;
        Expected = expected;
        IsSecret = isSecret;
        Unsupported = unsupported;
        _tryApply = tryApply;
    }

    /// <summary>The key as StackExchange.Redis spells it; matched case-insensitively.</summary>
    public string Name { get; }

    /// <summary>What the key does in RedisKit.</summary>
    public string Meaning { get; }

    /// <summary>What a valid value looks like, for error messages.</summary>
    public string Expected { get; }

    /// <summary>True when the value must never appear in a message (passwords).</summary>
    public bool IsSecret { get; }

    /// <summary>Why every value of this key is refused (a feature RedisKit does not have yet); null when accepted.</summary>
    public string? Unsupported { get; }

    /// <summary>Applies (or, for an ignored key, checks) <paramref name="value"/>; false, changing nothing, when it is invalid.</summary>
    public bool TryApply(RedisOptions options, string value) => _tryApply(options, value);

    /// <inheritdoc/>
    public override string ToString() => Name + " -> " + Meaning;
}
