namespace RedisKit;

/// <summary>
/// One GEOSEARCH match: the member, plus what was asked for with <c>withDist</c>, <c>withHash</c> and
/// <c>withCoord</c> (null when not asked). The same under RESP2 and RESP3.
/// </summary>
/// <param name="Member">The member, decoded with <see cref="RedisOptions.Encoding"/>.</param>
/// <param name="Distance">The distance from the search's center, in the search's unit (WITHDIST).</param>
/// <param name="Hash">The raw 52-bit geohash score of the member (WITHHASH).</param>
/// <param name="Position">The member's longitude and latitude (WITHCOORD).</param>
public readonly record struct GeoSearchResult(string Member, double? Distance = null, long? Hash = null, GeoPosition? Position = null);
