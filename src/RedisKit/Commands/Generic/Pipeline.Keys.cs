using RedisKit.Commands;

namespace RedisKit;

public sealed partial class Pipeline
{
    /// <summary>Queues DEL (result: how many existed).</summary>
    public Pipeline Delete(params RedisKey[] keys) => Queue(KeyCommands.Delete(keys));

    /// <summary>Queues UNLINK (result: how many existed).</summary>
    public Pipeline Unlink(params RedisKey[] keys) => Queue(KeyCommands.Unlink(keys));

    /// <summary>Queues EXISTS (result: how many exist).</summary>
    public Pipeline Exists(params RedisKey[] keys) => Queue(KeyCommands.Exists(keys));

    /// <summary>Queues EXPIRE (result: bool).</summary>
    public Pipeline Expire(RedisKey key, TimeSpan time, bool nx = false, bool xx = false, bool gt = false, bool lt = false) =>
        Queue(KeyCommands.Expire(Cmd.Expire, key, RedisClient.WholeUnits(time, TimeSpan.TicksPerSecond, nameof(time)), nx, xx, gt, lt));

    /// <summary>Queues PEXPIRE (result: bool).</summary>
    public Pipeline PExpire(RedisKey key, TimeSpan time, bool nx = false, bool xx = false, bool gt = false, bool lt = false) =>
        Queue(KeyCommands.Expire(Cmd.PExpire, key, RedisClient.WholeUnits(time, TimeSpan.TicksPerMillisecond, nameof(time)), nx, xx, gt, lt));

    /// <summary>Queues EXPIREAT (result: bool).</summary>
    public Pipeline ExpireAt(RedisKey key, DateTimeOffset when, bool nx = false, bool xx = false, bool gt = false, bool lt = false) =>
        Queue(KeyCommands.Expire(Cmd.ExpireAt, key, when.ToUnixTimeSeconds(), nx, xx, gt, lt));

    /// <summary>Queues PEXPIREAT (result: bool).</summary>
    public Pipeline PExpireAt(RedisKey key, DateTimeOffset when, bool nx = false, bool xx = false, bool gt = false, bool lt = false) =>
        Queue(KeyCommands.Expire(Cmd.PExpireAt, key, when.ToUnixTimeMilliseconds(), nx, xx, gt, lt));

    /// <summary>Queues TTL (result: TimeSpan or null).</summary>
    public Pipeline Ttl(RedisKey key) => Queue(KeyCommands.Ttl(key));

    /// <summary>Queues PTTL (result: TimeSpan or null).</summary>
    public Pipeline PTtl(RedisKey key) => Queue(KeyCommands.PTtl(key));

    /// <summary>Queues PERSIST (result: bool).</summary>
    public Pipeline Persist(RedisKey key) => Queue(KeyCommands.Persist(key));

    /// <summary>Queues TYPE (result: string).</summary>
    public Pipeline Type(RedisKey key) => Queue(KeyCommands.Type(key));

    /// <summary>Queues RENAME (result: bool).</summary>
    public Pipeline Rename(RedisKey source, RedisKey destination) => Queue(KeyCommands.Rename(source, destination));

    /// <summary>Queues RENAMENX (result: bool).</summary>
    public Pipeline RenameNx(RedisKey source, RedisKey destination) => Queue(KeyCommands.RenameNx(source, destination));

    /// <summary>Queues KEYS (result: string[]).</summary>
    public Pipeline Keys(string pattern = "*") => Queue(KeyCommands.Keys(pattern));
}
