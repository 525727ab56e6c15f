using RedisKit.TestKit;

namespace RedisKit.Tests.Protocol;

/// <summary>
/// Replies holding error elements, as proxies send them (a per-key failure inside MGET, say): the
/// caller gets a RedisException (or the error in place where results are untyped), nothing escapes
/// the reader thread, and the same connection serves the next command.
/// </summary>
public sealed class ErrorElementReplyTests
{
    private const string SimpleError = "-ERR upstream failure\r\n";
    private const string BulkError = "!20\r\nERR upstream failure\r\n";

    public static TheoryData<int, string> Errors => new() { { 2, SimpleError }, { 3, SimpleError }, { 3, BulkError } };

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task Mget_with_an_error_element(int protocol, string error) =>
        await AssertFailsThenServesAsync(protocol, "*3\r\n$1\r\na\r\n" + error + "$1\r\nb\r\n", client => client.MGetAsync("a", "b", "c").AsTask());

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task Hgetall_with_an_error_value(int protocol, string error) =>
        await AssertFailsThenServesAsync(protocol, (protocol == 3 ? "%1\r\n" : "*2\r\n") + "$1\r\nf\r\n" + error, client => client.HGetAllAsync("h").AsTask());

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task Zrange_withscores_with_an_error_score(int protocol, string error) =>
        await AssertFailsThenServesAsync(protocol, protocol == 3 ? "*1\r\n*2\r\n$1\r\na\r\n" + error : "*2\r\n$1\r\na\r\n" + error,
            client => client.ZRangeWithScoresAsync("z", 0, -1).AsTask());

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task Xrange_with_an_error_field(int protocol, string error) =>
        await AssertFailsThenServesAsync(protocol, "*1\r\n*2\r\n$3\r\n1-0\r\n*2\r\n$1\r\nf\r\n" + error, client => client.XRangeAsync("s").AsTask());

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task Untyped_calls_get_the_error_in_place_async_and_sync(int protocol, string error)
    {
        await using var server = new ScriptedRedisServer(_ => ScriptedReply.Text("*2\r\n:1\r\n" + error));
        await using var client = Client(server, protocol);
        foreach (var reply in new[] { await client.ExecuteCommandAsync("MGET", "a", "b"), client.ExecuteCommand("MGET", "a", "b") })
        {
            var items = Assert.IsType<object?[]>(reply);
            Assert.Equal(1L, items[0]);
            Assert.Contains("upstream failure", Assert.IsType<RedisResponseException>(items[1]).Message, StringComparison.Ordinal);
        }

        await AssertStillServesAsync(server, client);
    }

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task Pipelines_get_the_error_in_place_and_the_other_results_intact(int protocol, string error)
    {
        await using var server = new ScriptedRedisServer(command => ScriptedReply.Text(command[0] == "MGET" ? "*2\r\n$1\r\na\r\n" + error : "$3\r\nbar\r\n"));
        await using var client = Client(server, protocol);
        await using var pipeline = client.Pipeline(transaction: false);
        var results = await pipeline.MGet("a", "b").Get("k").ExecuteAsync(raiseOnError: false);
        Assert.Contains("upstream failure", Assert.IsType<RedisResponseException>(results[0]).Message, StringComparison.Ordinal);
        Assert.Equal("bar", results[1]);

        await using var raising = client.Pipeline(transaction: false);
        await Assert.ThrowsAsync<RedisResponseException>(() => raising.MGet("a", "b").Get("k").ExecuteAsync());
        await AssertStillServesAsync(server, client);
    }

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task Transactions_skip_a_failed_element_whole_so_the_next_result_is_its_own(int protocol, string error)
    {
        // The MGET result stops at its error element; what follows in it ("b") must not become GET's result.
        var exec = "*3\r\n*3\r\n$1\r\na\r\n" + error + "$1\r\nb\r\n$3\r\nbar\r\n*2\r\n:1\r\n" + error;
        await using var server = new ScriptedRedisServer(command => ScriptedReply.Text(command[0] switch
        {
            "MULTI" => "+OK\r\n",
            "EXEC" => exec,
            _ => "+QUEUED\r\n",
        }));
        await using var client = Client(server, protocol);
        await using var pipeline = client.Pipeline(transaction: true);
        var results = await pipeline.MGet("a", "b", "c").Get("k").ExecuteCommand("MGET", "a", "b").ExecuteAsync(raiseOnError: false);
        Assert.Contains("upstream failure", Assert.IsType<RedisResponseException>(results[0]).Message, StringComparison.Ordinal);
        Assert.Equal("bar", results[1]);
        var untyped = Assert.IsType<object?[]>(results[2]);
        Assert.IsType<RedisResponseException>(untyped[1]);
        server.Respond = _ => ScriptedReply.Text("$2\r\nok\r\n");
        await AssertStillServesAsync(server, client);
    }

    [Fact]
    public async Task A_hundred_thousand_nested_attributes_before_a_reply_are_skipped_without_overflowing_the_stack()
    {
        var attributes = string.Concat(Enumerable.Repeat("|1\r\n+k\r\n", 100_000)) + ":1\r\n" + string.Concat(Enumerable.Repeat(":1\r\n", 99_999)) + "$3\r\nbar\r\n";
        await using var server = new ScriptedRedisServer(_ => ScriptedReply.Text(attributes));
        await using var client = Client(server, 3);
        Assert.Equal("bar", await client.GetAsync("k"));
        await AssertStillServesAsync(server, client);
    }

    [Fact]
    public async Task A_reply_nested_past_the_limit_fails_only_its_caller()
    {
        var nested = string.Concat(Enumerable.Repeat("*1\r\n", 100_000)) + ":1\r\n";
        await using var server = new ScriptedRedisServer(_ => ScriptedReply.Text(nested));
        await using var client = Client(server, 3);
        await Assert.ThrowsAsync<RedisProtocolException>(() => client.ExecuteCommandAsync("FUZZ").AsTask());
        await AssertStillServesAsync(server, client);
    }

    [Fact]
    public async Task A_two_million_digit_big_number_fails_only_its_caller()
    {
        var big = "(" + new string('7', 2_000_000) + "\r\n";
        await using var server = new ScriptedRedisServer(_ => ScriptedReply.Text(big));
        await using var client = Client(server, 3);
        await Assert.ThrowsAsync<RedisProtocolException>(() => client.ExecuteCommandAsync("FUZZ").AsTask());
        await AssertStillServesAsync(server, client);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_subscriber_message_with_an_error_element_retires_the_connection_and_the_subscription_is_restored(int protocol)
    {
        var push = protocol == 3 ? '>' : '*';
        var subscribes = 0;
        await using var server = new ScriptedRedisServer(command => command[0] switch
        {
            // The first connection gets a message whose payload is an error element; the one that replaces it a valid message.
            "SUBSCRIBE" => ScriptedReply.Text($"{push}3\r\n$9\r\nsubscribe\r\n$2\r\nch\r\n:1\r\n{push}3\r\n$7\r\nmessage\r\n$2\r\nch\r\n"
                + (Interlocked.Increment(ref subscribes) == 1 ? "-ERR upstream failure\r\n" : "$5\r\nhello\r\n")),
            _ => ScriptedReply.Text("+PONG\r\n"),
        });
        await using var client = Client(server, protocol);
        await using var pubsub = client.PubSub(ignoreSubscribeMessages: true);
        await pubsub.SubscribeAsync("ch");
        PubSubMessage? message = null;
        for (var i = 0; i < 50 && message is null; i++)
        {
            message = await pubsub.GetMessageAsync(TimeSpan.FromMilliseconds(100));
        }

        Assert.NotNull(message);
        Assert.Equal("hello", message.DataAsString);
        Assert.Equal(2, Volatile.Read(ref subscribes));
    }

    private static async Task AssertFailsThenServesAsync(int protocol, string reply, Func<RedisClient, Task> call)
    {
        await using var server = new ScriptedRedisServer(_ => ScriptedReply.Text(reply));
        await using var client = Client(server, protocol);
        var error = await Assert.ThrowsAsync<RedisResponseException>(() => call(client));
        Assert.Equal("ERR", error.Prefix);
        Assert.Contains("upstream failure", error.Message, StringComparison.Ordinal);
        await AssertStillServesAsync(server, client);
    }

    /// <summary>The next command on the same client succeeds, over the same connection.</summary>
    private static async Task AssertStillServesAsync(ScriptedRedisServer server, RedisClient client)
    {
        var connections = server.Connections;
        server.Respond = _ => ScriptedReply.Text("$2\r\nok\r\n");
        Assert.Equal("ok", await client.GetAsync("next"));
        Assert.Equal("ok"u8.ToArray(), Assert.IsType<byte[]>(client.ExecuteCommand("GET", "next")));
        Assert.Equal(connections, server.Connections);
    }

    private static RedisClient Client(ScriptedRedisServer server, int protocol) => new(new RedisOptions
    {
        Host = "127.0.0.1",
        Port = server.Port,
        Protocol = protocol,
        SocketTimeout = TimeSpan.FromSeconds(5),
        RetryAttempts = 0,
        LibName = null,
        LibVersion = null,
    });
}
