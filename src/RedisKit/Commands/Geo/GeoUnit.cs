namespace RedisKit;

/// <summary>The distance unit of GEODIST, GEOSEARCH and GEOSEARCHSTORE (redis-py's <c>'m'</c>, <c>'km'</c>, <c>'mi'</c>, <c>'ft'</c>).</summary>
public enum GeoUnit
{
    /// <summary>Meters (<c>m</c>): Redis' default.</summary>
    Meters,

    /// <summary>Kilometers (<c>km</c>).</summary>
    Kilometers,

    /// <summary>Miles (<c>mi</c>).</summary>
    Miles,

    /// <summary>Feet (<c>ft</c>).</summary>
    Feet,
}
