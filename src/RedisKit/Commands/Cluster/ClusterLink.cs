namespace RedisKit;

/// <summary>One cluster bus link, from CLUSTER LINKS.</summary>
/// <param name="Direction"><c>to</c> for a link this node opened, <c>from</c> for one it accepted.</param>
/// <param name="Node">The id of the peer node.</param>
/// <param name="CreateTime">When the link was made (millisecond precision).</param>
/// <param name="Events">The events the link is watched for: <c>r</c>, <c>w</c> or both.</param>
/// <param name="SendBufferAllocated">Bytes allocated to the link's send buffer.</param>
/// <param name="SendBufferUsed">Bytes of the send buffer in use.</param>
public sealed record ClusterLink(string Direction, string Node, DateTimeOffset CreateTime, string Events, long SendBufferAllocated, long SendBufferUsed);
