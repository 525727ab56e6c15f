using RedisKit.Commands;

namespace RedisKit;

public sealed partial class Pipeline
{
    /// <summary>Queues GEOADD (result: long).</summary>
    public Pipeline GeoAdd(RedisKey key, IEnumerable<GeoEntry> values, bool nx = false, bool xx = false, bool ch = false) =>
        Queue(GeoCommands.GeoAdd(key, values, nx, xx, ch));

    /// <summary>Queues GEOADD of one member (result: long).</summary>
    public Pipeline GeoAdd(RedisKey key, double longitude, double latitude, RedisValue member, bool nx = false, bool xx = false, bool ch = false) =>
        Queue(GeoCommands.GeoAdd(key, longitude, latitude, member, nx, xx, ch));

    /// <summary>Queues GEODIST (result: double?).</summary>
    public Pipeline GeoDist(RedisKey key, RedisValue member1, RedisValue member2, GeoUnit? unit = null) => Queue(GeoCommands.GeoDist(key, member1, member2, unit));

    /// <summary>Queues GEOHASH (result: string?[]).</summary>
    public Pipeline GeoHash(RedisKey key, params RedisValue[] members) => Queue(GeoCommands.GeoHash(key, members));

    /// <summary>Queues GEOPOS (result: <see cref="GeoPosition"/>?[]).</summary>
    public Pipeline GeoPos(RedisKey key, params RedisValue[] members) => Queue(GeoCommands.GeoPos(key, members));

    /// <summary>Queues GEOSEARCH (result: <see cref="GeoSearchResult"/>[]); parameters as in <see cref="RedisClient.GeoSearchAsync"/>.</summary>
    public Pipeline GeoSearch(RedisKey key, RedisValue member = default, double? longitude = null, double? latitude = null, GeoUnit unit = GeoUnit.Meters,
        double? radius = null, double? width = null, double? height = null, GeoSortOrder? sort = null, long? count = null, bool any = false,
        bool withCoord = false, bool withDist = false, bool withHash = false) =>
        Queue(GeoCommands.GeoSearch(key, member, longitude, latitude, unit, radius, width, height, sort, count, any, withCoord, withDist, withHash));

    /// <summary>Queues GEOSEARCHSTORE (result: long).</summary>
    public Pipeline GeoSearchStore(RedisKey destination, RedisKey source, RedisValue member = default, double? longitude = null, double? latitude = null,
        GeoUnit unit = GeoUnit.Meters, double? radius = null, double? width = null, double? height = null, GeoSortOrder? sort = null, long? count = null,
        bool any = false, bool storeDist = false) =>
        Queue(GeoCommands.GeoSearchStore(destination, source, member, longitude, latitude, unit, radius, width, height, sort, count, any, storeDist));
}
