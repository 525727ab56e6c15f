namespace RedisKit;

/// <summary>One node of a CLUSTER SHARDS shard.</summary>
/// <param name="Id">The node's id.</param>
/// <param name="Port">The plain-text client port, or null when the node only listens with TLS.</param>
/// <param name="TlsPort">The TLS port, or null when the node has none.</param>
/// <param name="Ip">The node's IP (empty while unknown).</param>
/// <param name="Endpoint">The preferred endpoint clients should use (empty while unknown).</param>
/// <param name="Hostname">The announced hostname, or null when none is announced.</param>
/// <param name="Role"><c>master</c> or <c>replica</c>.</param>
/// <param name="ReplicationOffset">The node's replication offset.</param>
/// <param name="Health"><c>online</c>, <c>failed</c> or <c>loading</c>.</param>
public sealed record ClusterShardNode(
    string Id,
    int? Port,
    int? TlsPort,
    string Ip,
    string Endpoint,
    string? Hostname,
    string Role,
    long ReplicationOffset,
    string Health);
