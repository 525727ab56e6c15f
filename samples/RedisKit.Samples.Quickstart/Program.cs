// The aioredis 2.0 / redis-py asyncio examples, translated. Run it with eng/run-sample.sh, which
// starts a throwaway redis-server, or pass a URL: dotnet run -- redis://localhost:6379
using RedisKit;

var url = args.Length > 0 ? args[0] : "redis://localhost:6379";

// redis = aioredis.from_url("redis://localhost")
// await redis.set("my-key", "value"); value = await redis.get("my-key")
await using (var redis = RedisClient.FromUrl(url))
{
    await redis.SetAsync("my-key", "value");
    var value = await redis.GetBytesAsync("my-key");
    Console.WriteLine($"GET my-key (bytes): {Convert.ToHexString(value!)} = \"{System.Text.Encoding.UTF8.GetString(value!)}\"");
}

// A client bound to one connection: async with redis.client() as conn
await using (var redis = RedisClient.FromUrl(url, new RedisOptions { DecodeResponses = true }))
{
    string? val;
    await using (var conn = redis.Client())
    {
        await conn.SetAsync("my-key", "value");
        val = await conn.GetAsync("my-key");
    }

    Console.WriteLine($"GET my-key on one connection: {val}");

    // The same client is bound to a pool of auto-reconnecting connections.
    await redis.SetAsync("my-key", "pooled value");
    Console.WriteLine($"GET my-key through the pool: {await redis.GetAsync("my-key")}");
}

// pool = aioredis.ConnectionPool.from_url("redis://localhost", max_connections=10)
// meanings = aioredis.Redis(connection_pool=pool)
var pool = ConnectionPool.FromUrl(url, new RedisOptions { DecodeResponses = true, MaxConnections = 10 });
var meanings = new RedisClient(pool);
try
{
    await meanings.SetAsync("life", 42);
    Console.WriteLine($"The answer: {await meanings.GetAsync("life")}");
}
finally
{
    await pool.DisconnectAsync();
}

// The aioredis migration guide's pipelines:
//   async with redis.pipeline(transaction=True) as pipe:
//       ok1, ok2 = await (pipe.set("key1", "value1").set("key2", "value2").execute())
//   async with redis.pipeline(transaction=True) as pipe:
//       res = await pipe.delete("foo").delete("bar").incr("foo").incr("bar").execute()  ... [1, 1]
await using (var redis = RedisClient.FromUrl(url, new RedisOptions { DecodeResponses = true }))
{
    await using (var pipe = redis.Pipeline(transaction: true))
    {
        var results = await pipe.Set("key1", "value1").Set("key2", "value2").ExecuteAsync();
        Console.WriteLine($"Transaction of two SETs: [{string.Join(", ", results)}]");
    }

    await redis.DeleteAsync("foo", "bar");
    await using (var pipe = redis.Pipeline(transaction: true))
    {
        var results = await pipe.Incr("foo").Incr("bar").ExecuteAsync();
        Console.WriteLine($"INCR foo, INCR bar after DEL: [{string.Join(", ", results)}]");
    }

    await redis.DeleteAsync("key1", "key2", "foo", "bar");
}

// Keyspace notifications: the server publishes an event for every change to a watched key.
//   await redis.config_set("notify-keyspace-events", "KEA")
//   pubsub = redis.pubsub(); await pubsub.psubscribe("__keyspace@0__:user:*")
await using (var redis = RedisClient.FromUrl(url, new RedisOptions { DecodeResponses = true }))
{
    await redis.ConfigSetAsync("notify-keyspace-events", "KEA");
    await using var pubsub = redis.PubSub(ignoreSubscribeMessages: true);
    await pubsub.PSubscribeAsync("__keyspace@0__:user:*");
    await redis.SetAsync("user:2", "Grace", px: TimeSpan.FromMilliseconds(200));
    await redis.AppendAsync("user:2", " Hopper");
    await redis.DeleteAsync("user:2");
    for (var seen = 0; seen < 3 && await pubsub.GetMessageAsync(TimeSpan.FromSeconds(2)) is { } notification; seen++)
    {
        Console.WriteLine($"Keyspace event on {notification.Channel}: {notification.Data}");
    }

    await redis.ConfigSetAsync("notify-keyspace-events", string.Empty);
}

await using (var redis = RedisClient.FromUrl(url))
{
    await redis.HSetAsync("user:1", new Dictionary<RedisValue, RedisValue> { ["name"] = "Ada", ["visits"] = 1 });
    await redis.HIncrByAsync("user:1", "visits");
    foreach (var (field, fieldValue) in await redis.HGetAllAsync("user:1"))
    {
        Console.WriteLine($"HGETALL user:1 {field} = {fieldValue}");
    }

    await redis.DeleteAsync("my-key", "life", "user:1");
}
