using System.Globalization;
using RedisKit.Connections;
using RedisKit.TestKit;

namespace RedisKit.IntegrationTests.Connections;

/// <summary>A large reply grows a connection's read buffer only while it is read.</summary>
public sealed class ReadBufferTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    private const int Large = 64 * 1024 * 1024;
    private const int Followers = 300;

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task After_a_64_MiB_reply_the_read_buffer_is_back_to_its_initial_size(int protocol)
    {
        await using var redis = server.CreateClient(protocol, new RedisOptions { SocketTimeout = TimeSpan.FromSeconds(60), SocketConnectTimeout = TimeSpan.FromSeconds(30) });
        var keys = server.Keys();
        var large = new byte[Large];
        new Random(protocol).NextBytes(large);
        await redis.SetAsync(keys["large"], large);
        var initial = Shared(redis).ReadBufferSize;

        // Replies of up to 20 KB sent in the same write as the large GET, so their bytes arrive
        // right behind it and some are split across the point where the buffer shrinks.
        for (var i = 0; i < Followers; i++)
        {
            await redis.SetAsync(keys["small" + i.ToString(CultureInfo.InvariantCulture)], Small(i));
        }

        var largeRead = redis.GetBytesAsync(keys["large"]).AsTask();
        var smallReads = new Task<string?>[Followers];
        for (var i = 0; i < Followers; i++)
        {
            smallReads[i] = redis.GetAsync(keys["small" + i.ToString(CultureInfo.InvariantCulture)]).AsTask();
        }

        var read = await largeRead;
        Assert.NotNull(read);
        Assert.True(Same(large, read), "the 64 MiB value came back changed");
        for (var i = 0; i < Followers; i++)
        {
            Assert.Equal(Small(i), await smallReads[i]);
        }

        // A run of small round trips: the buffer shrinks once that many reads in a row were small.
        await SmallRoundTripsAsync(redis, keys);

        Assert.Equal(initial, Shared(redis).ReadBufferSize);
        Assert.True(initial <= 128 * 1024, $"initial read buffer of {initial} bytes");

        // The same connection still reads large replies after shrinking.
        Assert.True(Same(large, await redis.GetBytesAsync(keys["large"])), "the second read of the 64 MiB value came back changed");
        Assert.Equal(Small(7), await redis.GetAsync(keys["small7"]));
        await SmallRoundTripsAsync(redis, keys);
        Assert.Equal(initial, Shared(redis).ReadBufferSize);
        await redis.DeleteAsync(keys["large"]);
    }

    private static bool Same(byte[] expected, byte[]? actual) => actual is not null && expected.AsSpan().SequenceEqual(actual);

    private static string Small(int i) => i.ToString(CultureInfo.InvariantCulture) + new string((char)('a' + (i % 26)), (i * 677) % 20_000);

    private static RedisConnection Shared(RedisClient redis) =>
        redis.ConnectionPool.TryGetShared() ?? throw new InvalidOperationException("The shared connection is not open.");

    private static async Task SmallRoundTripsAsync(RedisClient redis, TestKeys keys)
    {
        for (var i = 0; i < RedisConnection.SmallReadsBeforeShrinking + 2; i++)
        {
            Assert.Equal(Small(i % 3), await redis.GetAsync(keys["small" + (i % 3).ToString(CultureInfo.InvariantCulture)]));
        }
    }
}
