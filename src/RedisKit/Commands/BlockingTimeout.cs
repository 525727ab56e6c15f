namespace RedisKit.Commands;

/// <summary>
/// The timeout of a blocking command (BLPOP, BLMOVE...): zero or <see cref="Timeout.InfiniteTimeSpan"/>
/// waits forever. Sent in seconds with millisecond precision, and given to the connection as the
/// time the reply may take beyond the socket timeout, so a long wait is not mistaken for a dead server.
/// </summary>
internal static class BlockingTimeout
{
    /// <summary>The timeout argument of a command that takes seconds: seconds, with up to three decimals.</summary>
    public static RedisValue Seconds(TimeSpan timeout, string parameterName)
    {
        var milliseconds = Milliseconds(timeout, parameterName);
        // Whole seconds go as integers, which every Redis version takes; fractions need Redis 6.
        return milliseconds % 1000 == 0 ? (RedisValue)(milliseconds / 1000) : (RedisValue)(milliseconds / 1000.0);
    }

    /// <summary>How long past the socket timeout the reply may come: the wait itself, or -1 (no limit) for a wait without end.</summary>
    public static long ExtraMilliseconds(TimeSpan timeout)
    {
        var milliseconds = Milliseconds(timeout, nameof(timeout));
        return milliseconds == 0 ? -1 : milliseconds;
    }

    /// <summary>
    /// A command of the form <c>NAME key [key ...] timeout</c> (BLPOP, BRPOP, BZPOPMIN, BZPOPMAX): at
    /// least one key, then the timeout in seconds, and the wait given to the connection as extra reply time.
    /// </summary>
    public static Command<ArgList, T, TParser> KeysThenSeconds<T, TParser>(CommandInfo command, IEnumerable<RedisKey> keys, TimeSpan timeout)
        where TParser : struct, IReplyParser<T>
    {
        ArgumentNullException.ThrowIfNull(keys);
        var args = new ArgListBuilder(((keys as ICollection<RedisKey>)?.Count ?? 4) + 1);
        foreach (var key in keys)
        {
            args.Add(Check.Key(key, nameof(keys)));
        }

        if (args.Count == 0)
        {
            throw new ArgumentException("At least one key is needed.", nameof(keys));
        }

        args.Add(Seconds(timeout, nameof(timeout)));
        return new(command, args.Build(), default) { ExtraTimeoutMilliseconds = ExtraMilliseconds(timeout) };
    }

    /// <summary>The timeout argument of a command that takes milliseconds (WAIT, XREAD BLOCK...); 0 waits forever.</summary>
    public static long Milliseconds(TimeSpan timeout, string parameterName)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return 0;
        }

        if (timeout < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(parameterName, timeout, "A blocking timeout cannot be negative; use TimeSpan.Zero to wait forever.");
        }

        // Rounded up: a sub-millisecond wait must not become 0, which Redis reads as "forever".
        return (timeout.Ticks + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond;
    }
}
