using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>
/// The geo commands: each definition is the command's one hand-written place. The deprecated
/// GEORADIUS family is left out: GEOSEARCH replaces it.
/// </summary>
internal static class GeoCommands
{
    /// <summary>
    /// GEOADD (redis-py's <c>geoadd(name, values, nx, xx, ch)</c>, with the flat longitude, latitude,
    /// member sequence as <see cref="GeoEntry"/> values): adds members at their positions or moves
    /// them. <paramref name="nx"/> only adds, <paramref name="xx"/> only updates; returns how many
    /// were added, or with <paramref name="ch"/> added or moved. Redis refuses positions out of range.
    /// </summary>
    /// <exception cref="ArgumentException">No value is given, or both <paramref name="nx"/> and <paramref name="xx"/> are set.</exception>
    [RedisCommand]
    public static Command<ArgList, long, Int64Parser> GeoAdd(RedisKey key, IEnumerable<GeoEntry> values, bool nx = false, bool xx = false, bool ch = false)
    {
        ArgumentNullException.ThrowIfNull(values);
        var args = new ArgListBuilder(3 + (((values as ICollection<GeoEntry>)?.Count ?? 2) * 3));
        args.Add(Check.Key(key));
        AddOptions(ref args, nx, xx, ch);
        var start = args.Count;
        foreach (var value in values)
        {
            args.Add(Check.Finite(value.Longitude, nameof(values)));
            args.Add(Check.Finite(value.Latitude, nameof(values)));
            args.Add(Check.Value(value.Member, nameof(values)));
        }

        if (args.Count == start)
        {
            throw new ArgumentException("At least one member with its position is needed.", nameof(values));
        }

        return new(Cmd.GeoAdd, args.Build(), default);
    }

    /// <summary>GEOADD of one member at (<paramref name="longitude"/>, <paramref name="latitude"/>); options as in the sequence form. Returns 1 when added (or moved, with <paramref name="ch"/>).</summary>
    /// <exception cref="ArgumentException">Both <paramref name="nx"/> and <paramref name="xx"/> are set.</exception>
    [RedisCommand]
    public static Command<ArgList, long, Int64Parser> GeoAdd(RedisKey key, double longitude, double latitude, RedisValue member, bool nx = false, bool xx = false,
        bool ch = false)
    {
        var args = new ArgListBuilder(7);
        args.Add(Check.Key(key));
        AddOptions(ref args, nx, xx, ch);
        args.Add(Check.Finite(longitude, nameof(longitude)));
        args.Add(Check.Finite(latitude, nameof(latitude)));
        args.Add(Check.Value(member, nameof(member)));
        return new(Cmd.GeoAdd, args.Build(), default);
    }

    /// <summary>GEODIST: the distance between two members in <paramref name="unit"/> (meters by default), or null when either is missing.</summary>
    [RedisCommand]
    public static Command<ArgList, double?, NullableDoubleParser> GeoDist(RedisKey key, RedisValue member1, RedisValue member2, GeoUnit? unit = null)
    {
        var args = new ArgListBuilder(4);
        args.Add(Check.Key(key));
        args.Add(Check.Value(member1, nameof(member1)));
        args.Add(Check.Value(member2, nameof(member2)));
        if (unit is { } u)
        {
            args.Add(UnitToken(u, nameof(unit)));
        }

        return new(Cmd.GeoDist, args.Build(), default);
    }

    /// <summary>GEOHASH: each member's 11-character geohash, null where a member is missing.</summary>
    /// <param name="key">The geo set.</param>
    /// <param name="members">The members to look up.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, string?[], NullableStringArrayParser> GeoHash(RedisKey key, IEnumerable<RedisValue> members) =>
        new(Cmd.GeoHash, MemberArgs.KeyAndValues(key, members, nameof(members), allowEmpty: false), default);

    /// <summary>GEOPOS: each member's position, null where a member is missing.</summary>
    /// <param name="key">The geo set.</param>
    /// <param name="members">The members to look up.</param>
    [RedisCommand(ParamsOverload = true)]
    public static Command<ArgList, GeoPosition?[], GeoPositionArrayParser> GeoPos(RedisKey key, IEnumerable<RedisValue> members) =>
        new(Cmd.GeoPos, MemberArgs.KeyAndValues(key, members, nameof(members), allowEmpty: false), default);

    /// <summary>
    /// GEOSEARCH, with redis-py's parameters: the members within a circle (<paramref name="radius"/>)
    /// or a box (<paramref name="width"/> by <paramref name="height"/>), in <paramref name="unit"/>,
    /// centered on a <paramref name="member"/> or at <paramref name="longitude"/>/<paramref name="latitude"/>.
    /// <paramref name="sort"/> orders by distance; <paramref name="count"/> caps the matches, and with
    /// <paramref name="any"/> Redis stops at the first ones found. Each result carries the member and,
    /// when asked, its distance (<paramref name="withDist"/>), geohash (<paramref name="withHash"/>)
    /// and position (<paramref name="withCoord"/>).
    /// </summary>
    /// <exception cref="ArgumentException">
    /// Not exactly one center (member, or longitude with latitude) or not exactly one shape (radius,
    /// or width with height), or <paramref name="any"/> without <paramref name="count"/>.
    /// </exception>
    [RedisCommand]
    public static Command<ArgList, GeoSearchResult[], GeoSearchParser> GeoSearch(RedisKey key, RedisValue member = default, double? longitude = null, double? latitude = null,
        GeoUnit unit = GeoUnit.Meters, double? radius = null, double? width = null, double? height = null, GeoSortOrder? sort = null, long? count = null,
        bool any = false, bool withCoord = false, bool withDist = false, bool withHash = false)
    {
        var args = new ArgListBuilder(16);
        args.Add(Check.Key(key));
        AddQuery(ref args, member, longitude, latitude, unit, radius, width, height, sort, count, any);
        if (withCoord)
        {
            args.Add("WITHCOORD");
        }

        if (withDist)
        {
            args.Add("WITHDIST");
        }

        if (withHash)
        {
            args.Add("WITHHASH");
        }

        return new(Cmd.GeoSearch, args.Build(), new GeoSearchParser(withCoord, withDist, withHash));
    }

    /// <summary>
    /// GEOSEARCHSTORE: stores the members <see cref="RedisClient.GeoSearchAsync"/> would find in
    /// <paramref name="destination"/>, as a geo set, or with <paramref name="storeDist"/> as a sorted
    /// set scored by distance; returns how many were stored.
    /// </summary>
    /// <exception cref="ArgumentException">The search is not well formed, as for <see cref="RedisClient.GeoSearchAsync"/>.</exception>
    [RedisCommand]
    public static Command<ArgList, long, Int64Parser> GeoSearchStore(RedisKey destination, RedisKey source, RedisValue member = default, double? longitude = null,
        double? latitude = null, GeoUnit unit = GeoUnit.Meters, double? radius = null, double? width = null, double? height = null, GeoSortOrder? sort = null,
        long? count = null, bool any = false, bool storeDist = false)
    {
        var args = new ArgListBuilder(16);
        args.Add(Check.Key(destination, nameof(destination)));
        args.Add(Check.Key(source, nameof(source)));
        AddQuery(ref args, member, longitude, latitude, unit, radius, width, height, sort, count, any);
        if (storeDist)
        {
            args.Add("STOREDIST");
        }

        return new(Cmd.GeoSearchStore, args.Build(), default);
    }

    /// <summary>
    /// The center (FROMMEMBER or FROMLONLAT), the shape (BYRADIUS or BYBOX), the order and the count,
    /// checked the way redis-py checks them: exactly one center, exactly one shape, ANY only with a count.
    /// </summary>
    internal static void AddQuery(ref ArgListBuilder args, RedisValue member, double? longitude, double? latitude, GeoUnit unit,
        double? radius, double? width, double? height, GeoSortOrder? sort, long? count, bool any)
    {
        if (longitude.HasValue != latitude.HasValue)
        {
            throw new ArgumentException("longitude and latitude go together: give both, or a member instead.", longitude.HasValue ? nameof(latitude) : nameof(longitude));
        }

        if (member.IsNull == !longitude.HasValue)
        {
            throw new ArgumentException("Give the center of the search either as a member or as longitude and latitude, not both and not neither.", nameof(member));
        }

        if (width.HasValue != height.HasValue)
        {
            throw new ArgumentException("width and height go together: give both for a box, or a radius instead.", width.HasValue ? nameof(height) : nameof(width));
        }

        if (radius.HasValue == width.HasValue)
        {
            throw new ArgumentException("Give the shape of the search either as a radius or as width and height, not both and not neither.", nameof(radius));
        }

        if (!member.IsNull)
        {
            args.Add("FROMMEMBER");
            args.Add(member);
        }
        else
        {
            args.Add("FROMLONLAT");
            args.Add(Check.Finite(longitude!.Value, nameof(longitude)));
            args.Add(Check.Finite(latitude!.Value, nameof(latitude)));
        }

        var token = UnitToken(unit, nameof(unit));
        if (radius is { } r)
        {
            args.Add("BYRADIUS");
            args.Add(NonNegative(r, nameof(radius)));
        }
        else
        {
            args.Add("BYBOX");
            args.Add(NonNegative(width!.Value, nameof(width)));
            args.Add(NonNegative(height!.Value, nameof(height)));
        }

        args.Add(token);
        if (sort is { } order)
        {
            args.Add(order switch
            {
                GeoSortOrder.Ascending => "ASC",
                GeoSortOrder.Descending => "DESC",
                _ => throw new ArgumentOutOfRangeException(nameof(sort), order, "Unknown sort order; use Ascending or Descending."),
            });
        }

        if (count is { } n)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n, nameof(count));
            args.Add("COUNT");
            args.Add(n);
            if (any)
            {
                args.Add("ANY");
            }
        }
        else if (any)
        {
            throw new ArgumentException("any needs a count: ANY stops at the first count matches found.", nameof(any));
        }
    }

    internal static string UnitToken(GeoUnit unit, string parameterName) => unit switch
    {
        GeoUnit.Meters => "m",
        GeoUnit.Kilometers => "km",
        GeoUnit.Miles => "mi",
        GeoUnit.Feet => "ft",
        _ => throw new ArgumentOutOfRangeException(parameterName, unit, "Unknown unit; use Meters, Kilometers, Miles or Feet."),
    };

    private static void AddOptions(ref ArgListBuilder args, bool nx, bool xx, bool ch)
    {
        if (nx && xx)
        {
            throw new ArgumentException("nx and xx cannot both be set: a member cannot be both absent and present.", nameof(nx));
        }

        if (nx)
        {
            args.Add("NX");
        }

        if (xx)
        {
            args.Add("XX");
        }

        if (ch)
        {
            args.Add("CH");
        }
    }

    private static double NonNegative(double value, string parameterName) =>
        double.IsNaN(value) || value < 0 ? throw new ArgumentOutOfRangeException(parameterName, value, $"{parameterName} must be a non-negative distance.") : value;
}
