namespace RedisKit;

/// <summary>How CLUSTER FAILOVER proceeds when the replica cannot agree with its primary.</summary>
public enum ClusterFailoverOption
{
    /// <summary>FORCE: fails over without the primary's agreement, still with the cluster's vote.</summary>
    Force,

    /// <summary>TAKEOVER: fails over without the primary's agreement nor the cluster's vote.</summary>
    Takeover,
}
