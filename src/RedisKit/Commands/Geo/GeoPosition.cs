namespace RedisKit;

/// <summary>A point as Redis stores it: longitude first, then latitude, in degrees (GEOPOS, GEOSEARCH WITHCOORD).</summary>
/// <param name="Longitude">Degrees east, from -180 to 180.</param>
/// <param name="Latitude">Degrees north, from about -85.05 to 85.05 (the limits of Redis' geohash).</param>
public readonly record struct GeoPosition(double Longitude, double Latitude);
