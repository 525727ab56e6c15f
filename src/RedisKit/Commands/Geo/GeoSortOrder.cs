namespace RedisKit;

/// <summary>How GEOSEARCH orders its results by distance from the center (redis-py's <c>sort='ASC'</c> or <c>'DESC'</c>).</summary>
public enum GeoSortOrder
{
    /// <summary>Nearest first (ASC).</summary>
    Ascending,

    /// <summary>Farthest first (DESC).</summary>
    Descending,
}
