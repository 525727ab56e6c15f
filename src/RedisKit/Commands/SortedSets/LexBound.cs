namespace RedisKit;

/// <summary>
/// One end of a lexicographic range (ZRANGE BYLEX, ZRANGEBYLEX, ZLEXCOUNT, ZREMRANGEBYLEX): a
/// member, inclusive or exclusive, or the open ends <see cref="Min"/> (<c>-</c>) and
/// <see cref="Max"/> (<c>+</c>). Redis has no default inclusiveness here, so a bound is always made
/// explicitly: <c>ZRangeByLexAsync("names", LexBound.Inclusive("a"), LexBound.Exclusive("c"))</c>.
/// Code ported from redis-py, which writes <c>"[a"</c>, <c>"(c"</c>, <c>"-"</c> and <c>"+"</c>,
/// can use <see cref="Parse(string)"/>. Binary members stay binary.
/// </summary>
public readonly record struct LexBound
{
    private readonly RedisValue _value;

    private LexBound(RedisValue value)
    {
        _value = value;
    }

    /// <summary>Below every member: <c>-</c>.</summary>
    public static LexBound Min => new("-");

    /// <summary>Above every member: <c>+</c>.</summary>
    public static LexBound Max => new("+");

    /// <summary>A bound that includes <paramref name="member"/> (Redis' <c>[member</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="member"/> is null.</exception>
    public static LexBound Inclusive(RedisValue member) => new(NotNull(member).WithPrefix('['));

    /// <summary>A bound that excludes <paramref name="member"/> (Redis' <c>(member</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="member"/> is null.</exception>
    public static LexBound Exclusive(RedisValue member) => new(NotNull(member).WithPrefix('('));

    /// <summary>Reads a bound in Redis' (and redis-py's) text form: <c>[member</c>, <c>(member</c>, <c>-</c> or <c>+</c>.</summary>
    /// <exception cref="FormatException"><paramref name="text"/> does not start with <c>[</c> or <c>(</c> and is not <c>-</c> or <c>+</c>.</exception>
    public static LexBound Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text is "-" or "+" || (text.Length > 0 && text[0] is '[' or '('))
        {
            return new LexBound(text);
        }

        throw new FormatException($"'{text}' is not a lexicographic bound; expected '[' or '(' followed by a member, '-' or '+'.");
    }

    /// <summary>The bound as Redis reads it (bytes decoded as UTF-8).</summary>
    public override string ToString() => _value.ToString() ?? "-";

    /// <summary>The argument sent to Redis; a default instance means <see cref="Min"/>.</summary>
    internal RedisValue ToValue() => _value.IsNull ? "-" : _value;

    private static RedisValue NotNull(RedisValue member) =>
        member.IsNull ? throw new ArgumentNullException(nameof(member), "The member of a lexicographic bound is null.") : member;
}
