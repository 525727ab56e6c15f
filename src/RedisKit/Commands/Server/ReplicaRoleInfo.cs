namespace RedisKit;

/// <summary>A replica connected to a primary, as the primary's ROLE lists it.</summary>
/// <param name="Host">The replica's address.</param>
/// <param name="Port">The replica's listening port.</param>
/// <param name="Offset">The replication offset the replica acknowledged.</param>
public readonly record struct ReplicaRoleInfo(string Host, int Port, long Offset);
