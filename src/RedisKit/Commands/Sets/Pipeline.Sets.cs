using RedisKit.Commands;

namespace RedisKit;

public sealed partial class Pipeline
{
    /// <summary>Queues SADD (result: how many were added).</summary>
    public Pipeline SAdd(RedisKey key, params RedisValue[] values) => Queue(SetCommands.SAdd(key, values));

    /// <summary>Queues SREM (result: how many were removed).</summary>
    public Pipeline SRem(RedisKey key, params RedisValue[] values) => Queue(SetCommands.SRem(key, values));

    /// <summary>Queues SMEMBERS (result: string[]).</summary>
    public Pipeline SMembers(RedisKey key) => Queue(SetCommands.SMembers(key));

    /// <summary>Queues SISMEMBER (result: bool).</summary>
    public Pipeline SIsMember(RedisKey key, RedisValue value) => Queue(SetCommands.SIsMember(key, value));

    /// <summary>Queues SMISMEMBER (result: bool[]).</summary>
    public Pipeline SMIsMember(RedisKey key, params RedisValue[] values) => Queue(SetCommands.SMIsMember(key, values));

    /// <summary>Queues SCARD (result: long).</summary>
    public Pipeline SCard(RedisKey key) => Queue(SetCommands.SCard(key));

    /// <summary>Queues SPOP (result: string or null).</summary>
    public Pipeline SPop(RedisKey key) => Queue(SetCommands.SPop(key));

    /// <summary>Queues SPOP with a count (result: string[]).</summary>
    public Pipeline SPop(RedisKey key, long count) => Queue(SetCommands.SPop(key, count));

    /// <summary>Queues SRANDMEMBER (result: string or null).</summary>
    public Pipeline SRandMember(RedisKey key) => Queue(SetCommands.SRandMember(key));

    /// <summary>Queues SRANDMEMBER with a count, negative for repeats (result: string[]).</summary>
    public Pipeline SRandMember(RedisKey key, long count) => Queue(SetCommands.SRandMember(key, count));

    /// <summary>Queues SMOVE (result: bool).</summary>
    public Pipeline SMove(RedisKey source, RedisKey destination, RedisValue value) => Queue(SetCommands.SMove(source, destination, value));

    /// <summary>Queues SINTER (result: string[]).</summary>
    public Pipeline SInter(params RedisKey[] keys) => Queue(SetCommands.Combine(Cmd.SInter, keys));

    /// <summary>Queues SUNION (result: string[]).</summary>
    public Pipeline SUnion(params RedisKey[] keys) => Queue(SetCommands.Combine(Cmd.SUnion, keys));

    /// <summary>Queues SDIFF (result: string[]).</summary>
    public Pipeline SDiff(params RedisKey[] keys) => Queue(SetCommands.Combine(Cmd.SDiff, keys));

    /// <summary>Queues SINTERSTORE (result: the size of the stored set).</summary>
    public Pipeline SInterStore(RedisKey destination, params RedisKey[] keys) => Queue(SetCommands.CombineStore(Cmd.SInterStore, destination, keys));

    /// <summary>Queues SUNIONSTORE (result: the size of the stored set).</summary>
    public Pipeline SUnionStore(RedisKey destination, params RedisKey[] keys) => Queue(SetCommands.CombineStore(Cmd.SUnionStore, destination, keys));

    /// <summary>Queues SDIFFSTORE (result: the size of the stored set).</summary>
    public Pipeline SDiffStore(RedisKey destination, params RedisKey[] keys) => Queue(SetCommands.CombineStore(Cmd.SDiffStore, destination, keys));

    /// <summary>Queues SINTERCARD (result: long).</summary>
    public Pipeline SInterCard(IEnumerable<RedisKey> keys, long limit = 0) => Queue(SetCommands.SInterCard(keys, limit));
}
