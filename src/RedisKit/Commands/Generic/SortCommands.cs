using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>SORT, SORT_RO and SORT ... STORE. Each definition is the command's one hand-written place.</summary>
internal static class SortCommands
{
    /// <summary>
    /// SORT: the elements of a list, set or sorted set, sorted as numbers (or as text with <paramref name="alpha"/>).
    /// With <paramref name="get"/> patterns the result holds, per element, one entry per pattern in order
    /// (redis-py's <c>groups=True</c> would split it into tuples of that size), null where nothing was found.
    /// To store the result instead, use <see cref="RedisClient.SortStoreAsync"/>.
    /// </summary>
    /// <param name="key">The list, set or sorted set.</param>
    /// <param name="start">How many sorted elements to skip (LIMIT); given with <paramref name="num"/> or not at all.</param>
    /// <param name="num">How many elements to return after <paramref name="start"/>; given with <paramref name="start"/> or not at all.</param>
    /// <param name="by">A pattern (<c>weight_*</c>, <c>h_*->field</c>) naming external keys to sort by, or <c>nosort</c> to skip sorting.</param>
    /// <param name="get">Patterns of external keys to return instead of the elements; <c>#</c> is the element itself.</param>
    /// <param name="desc">Sort from largest to smallest.</param>
    /// <param name="alpha">Compare as text rather than as numbers.</param>
    [RedisCommand]
    public static Command<ArgList, string?[], NullableStringArrayParser> Sort(RedisKey key, long? start = null, long? num = null, string? by = null,
        IReadOnlyCollection<string>? get = null, bool desc = false, bool alpha = false) =>
        Sort(Cmd.Sort, key, start, num, by, get, desc, alpha);

    /// <summary>
    /// SORT ... STORE (redis-py's <c>sort(..., store=destination)</c>): stores the sorted result as a list at
    /// <paramref name="destination"/>, replacing it, and returns the list's length. Options as in <see cref="RedisClient.SortAsync"/>.
    /// </summary>
    /// <param name="key">The list, set or sorted set.</param>
    /// <param name="destination">The list to create or replace.</param>
    /// <param name="start">How many sorted elements to skip (LIMIT); given with <paramref name="num"/> or not at all.</param>
    /// <param name="num">How many elements to keep after <paramref name="start"/>; given with <paramref name="start"/> or not at all.</param>
    /// <param name="by">A pattern naming external keys to sort by, or <c>nosort</c>.</param>
    /// <param name="get">Patterns of external keys to store instead of the elements; <c>#</c> is the element itself.</param>
    /// <param name="desc">Sort from largest to smallest.</param>
    /// <param name="alpha">Compare as text rather than as numbers.</param>
    [RedisCommand]
    public static Command<ArgList, long, Int64Parser> SortStore(RedisKey key, RedisKey destination, long? start = null, long? num = null, string? by = null,
        IReadOnlyCollection<string>? get = null, bool desc = false, bool alpha = false) =>
        new(Cmd.Sort, SortArgs(key, start, num, by, get, desc, alpha, Check.Key(destination, nameof(destination))), default);

    /// <summary>SORT_RO: <see cref="RedisClient.SortAsync"/> as a read-only command, which Redis accepts on read-only replicas.</summary>
    /// <param name="key">The list, set or sorted set.</param>
    /// <param name="start">How many sorted elements to skip (LIMIT); given with <paramref name="num"/> or not at all.</param>
    /// <param name="num">How many elements to return after <paramref name="start"/>; given with <paramref name="start"/> or not at all.</param>
    /// <param name="by">A pattern naming external keys to sort by, or <c>nosort</c>.</param>
    /// <param name="get">Patterns of external keys to return instead of the elements; <c>#</c> is the element itself.</param>
    /// <param name="desc">Sort from largest to smallest.</param>
    /// <param name="alpha">Compare as text rather than as numbers.</param>
    [RedisCommand]
    public static Command<ArgList, string?[], NullableStringArrayParser> SortRo(RedisKey key, long? start = null, long? num = null, string? by = null,
        IReadOnlyCollection<string>? get = null, bool desc = false, bool alpha = false) =>
        Sort(Cmd.SortRo, key, start, num, by, get, desc, alpha);

    /// <summary>SORT or SORT_RO returning the sorted elements (or what the GET patterns fetched; nil where nothing was found).</summary>
    internal static Command<ArgList, string?[], NullableStringArrayParser> Sort(CommandInfo command, RedisKey key, long? start, long? num, string? by,
        IEnumerable<string>? get, bool desc, bool alpha) =>
        new(command, SortArgs(key, start, num, by, get, desc, alpha, default), default);

    /// <summary>SORT's options, in the order Redis documents them (and redis-py sends them).</summary>
    private static ArgList SortArgs(RedisKey key, long? start, long? num, string? by, IEnumerable<string>? get, bool desc, bool alpha, RedisValue store)
    {
        if (start.HasValue != num.HasValue)
        {
            throw new ArgumentException("start and num go together: give both (LIMIT start num) or neither.", start.HasValue ? nameof(num) : nameof(start));
        }

        var args = new ArgListBuilder(8);
        args.Add(Check.Key(key));
        if (by is not null)
        {
            ArgumentException.ThrowIfNullOrEmpty(by);
            args.Add("BY");
            args.Add(by);
        }

        if (start is { } offset)
        {
            args.Add("LIMIT");
            args.Add(offset);
            args.Add(num!.Value);
        }

        if (get is not null)
        {
            foreach (var pattern in get)
            {
                if (string.IsNullOrEmpty(pattern))
                {
                    throw new ArgumentException("A GET pattern cannot be null or empty; use \"#\" for the element itself.", nameof(get));
                }

                args.Add("GET");
                args.Add(pattern);
            }
        }

        if (desc)
        {
            args.Add("DESC");
        }

        if (alpha)
        {
            args.Add("ALPHA");
        }

        if (!store.IsNull)
        {
            args.Add("STORE");
            args.Add(store);
        }

        return args.Build();
    }
}
