namespace RedisKit;

/// <summary>The state CLUSTER SETSLOT gives a slot with respect to a node; for STABLE use <c>ClusterSetSlotStableAsync</c>.</summary>
public enum ClusterSlotState
{
    /// <summary>IMPORTING: this node receives the slot from the given node.</summary>
    Importing,

    /// <summary>MIGRATING: this node moves the slot to the given node.</summary>
    Migrating,

    /// <summary>NODE: the slot belongs to the given node.</summary>
    Node,
}
