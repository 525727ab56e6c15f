using RedisKit.Commands;

namespace RedisKit;

public sealed partial class RedisClient
{
    /// <summary>
    /// GEOADD (redis-py's <c>geoadd(name, values, nx, xx, ch)</c>, with the flat longitude, latitude,
    /// member sequence as <see cref="GeoEntry"/> values): adds members at their positions or moves
    /// them. <paramref name="nx"/> only adds, <paramref name="xx"/> only updates; returns how many
    /// were added, or with <paramref name="ch"/> added or moved. Redis refuses positions out of range.
    /// </summary>
    /// <exception cref="ArgumentException">No value is given, or both <paramref name="nx"/> and <paramref name="xx"/> are set.</exception>
    public ValueTask<long> GeoAddAsync(RedisKey key, IEnumerable<GeoEntry> values, bool nx = false, bool xx = false, bool ch = false,
        CancellationToken cancellationToken = default) =>
        RunAsync(GeoCommands.GeoAdd(key, values, nx, xx, ch), cancellationToken);

    /// <summary>GEOADD of one member at (<paramref name="longitude"/>, <paramref name="latitude"/>); options as in the sequence form. Returns 1 when added (or moved, with <paramref name="ch"/>).</summary>
    /// <exception cref="ArgumentException">Both <paramref name="nx"/> and <paramref name="xx"/> are set.</exception>
    public ValueTask<long> GeoAddAsync(RedisKey key, double longitude, double latitude, RedisValue member, bool nx = false, bool xx = false, bool ch = false,
        CancellationToken cancellationToken = default) =>
        RunAsync(GeoCommands.GeoAdd(key, longitude, latitude, member, nx, xx, ch), cancellationToken);

    /// <summary>GEODIST: the distance between two members in <paramref name="unit"/> (meters by default), or null when either is missing.</summary>
    public ValueTask<double?> GeoDistAsync(RedisKey key, RedisValue member1, RedisValue member2, GeoUnit? unit = null, CancellationToken cancellationToken = default) =>
        RunAsync(GeoCommands.GeoDist(key, member1, member2, unit), cancellationToken);

    /// <summary>GEOHASH: each member's 11-character geohash, null where a member is missing.</summary>
    public ValueTask<string?[]> GeoHashAsync(RedisKey key, params RedisValue[] members) => GeoHashAsync(key, members, CancellationToken.None);

    /// <inheritdoc cref="GeoHashAsync(RedisKey, RedisValue[])"/>
    /// <param name="key">The geo set.</param>
    /// <param name="members">The members to look up.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<string?[]> GeoHashAsync(RedisKey key, IEnumerable<RedisValue> members, CancellationToken cancellationToken = default) =>
        RunAsync(GeoCommands.GeoHash(key, members), cancellationToken);

    /// <summary>GEOPOS: each member's position, null where a member is missing.</summary>
    public ValueTask<GeoPosition?[]> GeoPosAsync(RedisKey key, params RedisValue[] members) => GeoPosAsync(key, members, CancellationToken.None);

    /// <inheritdoc cref="GeoPosAsync(RedisKey, RedisValue[])"/>
    /// <param name="key">The geo set.</param>
    /// <param name="members">The members to look up.</param>
    /// <param name="cancellationToken">Cancels the wait for the reply.</param>
    public ValueTask<GeoPosition?[]> GeoPosAsync(RedisKey key, IEnumerable<RedisValue> members, CancellationToken cancellationToken = default) =>
        RunAsync(GeoCommands.GeoPos(key, members), cancellationToken);

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
    public ValueTask<GeoSearchResult[]> GeoSearchAsync(RedisKey key, RedisValue member = default, double? longitude = null, double? latitude = null,
        GeoUnit unit = GeoUnit.Meters, double? radius = null, double? width = null, double? height = null, GeoSortOrder? sort = null, long? count = null,
        bool any = false, bool withCoord = false, bool withDist = false, bool withHash = false, CancellationToken cancellationToken = default) =>
        RunAsync(GeoCommands.GeoSearch(key, member, longitude, latitude, unit, radius, width, height, sort, count, any, withCoord, withDist, withHash), cancellationToken);

    /// <summary>
    /// GEOSEARCHSTORE: stores the members <see cref="GeoSearchAsync"/> would find in
    /// <paramref name="destination"/>, as a geo set, or with <paramref name="storeDist"/> as a sorted
    /// set scored by distance; returns how many were stored.
    /// </summary>
    /// <exception cref="ArgumentException">The search is not well formed, as for <see cref="GeoSearchAsync"/>.</exception>
    public ValueTask<long> GeoSearchStoreAsync(RedisKey destination, RedisKey source, RedisValue member = default, double? longitude = null, double? latitude = null,
        GeoUnit unit = GeoUnit.Meters, double? radius = null, double? width = null, double? height = null, GeoSortOrder? sort = null, long? count = null,
        bool any = false, bool storeDist = false, CancellationToken cancellationToken = default) =>
        RunAsync(GeoCommands.GeoSearchStore(destination, source, member, longitude, latitude, unit, radius, width, height, sort, count, any, storeDist), cancellationToken);
}
