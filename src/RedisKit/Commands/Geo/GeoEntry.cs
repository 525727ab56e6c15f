namespace RedisKit;

/// <summary>A member to add with GEOADD and where it is, in GEOADD's order: longitude, latitude, member.</summary>
/// <param name="Longitude">Degrees east, from -180 to 180.</param>
/// <param name="Latitude">Degrees north, from about -85.05 to 85.05; Redis refuses points beyond.</param>
/// <param name="Member">The member's name.</param>
public readonly record struct GeoEntry(double Longitude, double Latitude, RedisValue Member);
