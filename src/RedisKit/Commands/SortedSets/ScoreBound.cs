using System.Globalization;

namespace RedisKit;

/// <summary>
/// One end of a score range (ZRANGE BYSCORE, ZRANGEBYSCORE, ZCOUNT, ZREMRANGEBYSCORE...): a score,
/// inclusive by default or exclusive, or an infinity. A <see cref="double"/> converts implicitly to
/// an inclusive bound, and infinities to <c>-inf</c>/<c>+inf</c>:
/// <c>ZCountAsync("board", ScoreBound.Exclusive(10), double.PositiveInfinity)</c>. Code ported
/// from redis-py, which writes bounds as strings such as <c>"(10"</c> or <c>"-inf"</c>, can use
/// <see cref="Parse(string)"/>.
/// </summary>
public readonly record struct ScoreBound
{
    private ScoreBound(double value, bool isExclusive)
    {
        Value = value;
        IsExclusive = isExclusive;
    }

    /// <summary>The score at this end of the range.</summary>
    public double Value { get; }

    /// <summary>True when <see cref="Value"/> itself is outside the range (Redis' <c>(</c> prefix).</summary>
    public bool IsExclusive { get; }

    /// <summary>No lower limit: <c>-inf</c>.</summary>
    public static ScoreBound NegativeInfinity => new(double.NegativeInfinity, false);

    /// <summary>No upper limit: <c>+inf</c>.</summary>
    public static ScoreBound PositiveInfinity => new(double.PositiveInfinity, false);

    /// <summary>A bound that includes <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN.</exception>
    public static ScoreBound Inclusive(double value) => new(NotNaN(value), false);

    /// <summary>A bound that excludes <paramref name="value"/> (Redis' <c>(value</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN.</exception>
    public static ScoreBound Exclusive(double value) => new(NotNaN(value), true);

    /// <summary>An inclusive bound at <paramref name="value"/>; infinities mean no limit.</summary>
    public static implicit operator ScoreBound(double value) => Inclusive(value);

    /// <summary>An inclusive bound at <paramref name="value"/> (the named form of the implicit conversion).</summary>
    public static ScoreBound FromDouble(double value) => Inclusive(value);

    /// <summary>
    /// Reads a bound in Redis' (and redis-py's) text form: a number (<c>1.5</c>), an exclusive
    /// number (<c>(1.5</c>), or <c>-inf</c>, <c>+inf</c>, <c>inf</c>.
    /// </summary>
    /// <exception cref="FormatException"><paramref name="text"/> is not a score bound.</exception>
    public static ScoreBound Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var exclusive = text.StartsWith('(');
        var number = exclusive ? text.AsSpan(1) : text.AsSpan();
        double value;
        if (number.Equals("-inf", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NegativeInfinity;
        }
        else if (number.Equals("+inf", StringComparison.OrdinalIgnoreCase) || number.Equals("inf", StringComparison.OrdinalIgnoreCase))
        {
            value = double.PositiveInfinity;
        }
        else if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || double.IsNaN(value))
        {
            throw new FormatException($"'{text}' is not a score bound; expected a number, '(' and a number, '-inf' or '+inf'.");
        }

        return new ScoreBound(value, exclusive);
    }

    /// <summary>The bound as Redis reads it: <c>1.5</c>, <c>(1.5</c>, <c>-inf</c>, <c>+inf</c>.</summary>
    public override string ToString() => (IsExclusive ? "(" : string.Empty) + Format(Value);

    /// <summary>The argument sent to Redis; an inclusive finite bound is sent as a plain number, with no string built.</summary>
    internal RedisValue ToValue()
    {
        if (double.IsInfinity(Value))
        {
            return IsExclusive ? ToString() : Value > 0 ? "+inf" : "-inf";
        }

        return IsExclusive ? ToString() : Value;
    }

    private static string Format(double value) =>
        double.IsPositiveInfinity(value) ? "+inf" : double.IsNegativeInfinity(value) ? "-inf" : value.ToString("R", CultureInfo.InvariantCulture);

    private static double NotNaN(double value) =>
        double.IsNaN(value) ? throw new ArgumentOutOfRangeException(nameof(value), "A score bound cannot be NaN.") : value;
}
