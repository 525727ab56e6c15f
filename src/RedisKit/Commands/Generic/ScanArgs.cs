namespace RedisKit.Commands;

/// <summary>The cursor and the MATCH and COUNT options shared by SCAN, HSCAN and their kin.</summary>
internal static class ScanArgs
{
    public static RedisValue Cursor(ulong cursor) => cursor <= long.MaxValue ? (long)cursor : cursor.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static void AddOptions(ref ArgListBuilder args, RedisValue match, long? count)
    {
        if (!match.IsNull)
        {
            args.Add("MATCH");
            args.Add(match);
        }

        if (count is { } n)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n, nameof(count));
            args.Add("COUNT");
            args.Add(n);
        }
    }
}
