using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Trace;
using RedisKit.TestKit;

namespace RedisKit.Extensions.Tests.OpenTelemetry;

/// <summary>
/// Spans through the OpenTelemetry SDK. Listeners are process-wide, so each test looks only at the
/// spans under a parent activity of its own. One class: the tests run one at a time, since query
/// text capture is a process-wide switch.
/// </summary>
[Collection(TelemetryTestGroup.Name)]
public sealed class TracingTests : IAsyncLifetime
{
    private static readonly ActivitySource TestSource = new("RedisKit.Tests");
    private readonly List<Activity> _spans = [];
    private TracerProvider? _provider;
    private RedisServerProcess? _server;

    public async Task InitializeAsync()
    {
        _server = await RedisServerProcess.StartAsync();
    }

    public async Task DisposeAsync()
    {
        _provider?.Dispose();
        RedisTelemetry.CaptureQueryText = false;
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private TracerProvider Trace(Action<RedisKit.OpenTelemetry.RedisKitInstrumentationOptions>? configure = null) =>
        _provider = Sdk.CreateTracerProviderBuilder()
            .AddSource(TestSource.Name)
            .AddRedisKitInstrumentation(configure)
            .AddInMemoryExporter(_spans)
            .Build();

    private List<Activity> ChildrenOf(Activity parent)
    {
        _provider!.ForceFlush();
        lock (_spans)
        {
            return _spans.Where(span => span.TraceId == parent.TraceId && span.Source.Name == RedisTelemetry.SourceName).ToList();
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Commands_connects_and_batches_get_client_spans_under_the_ambient_activity(int protocol)
    {
        Trace();
        await using var redis = RedisClient.FromUrl($"{_server!.Url}/2?protocol={protocol}");
        Activity parent;
        using (parent = TestSource.StartActivity("request")!)
        {
            await redis.SetAsync("k", "v");
            await redis.GetAsync("k");
            await redis.Pipeline(transaction: false).Get("k").Get("k").Get("k").ExecuteAsync();
            await redis.Pipeline(transaction: true).Incr("n").ExecuteAsync();
        }

        var spans = ChildrenOf(parent);
        Assert.Equal(["CONNECT", "SET", "GET", "PIPELINE", "MULTI"], spans.Select(s => s.DisplayName));
        // The connection is opened by the first command, so its span is that command's child.
        Assert.Equal(spans[1].SpanId, spans[0].ParentSpanId);
        foreach (var span in spans)
        {
            Assert.Equal(ActivityKind.Client, span.Kind);
            Assert.Equal(span.DisplayName == "CONNECT" ? spans[1].SpanId : parent.SpanId, span.ParentSpanId);
            Assert.Equal("redis", span.GetTagItem("db.system.name"));
            Assert.Equal("127.0.0.1", span.GetTagItem("server.address"));
            Assert.Equal(_server.Port, span.GetTagItem("server.port"));
            Assert.Equal("2", span.GetTagItem("db.namespace"));
            Assert.Equal(ActivityStatusCode.Unset, span.Status);
            Assert.Null(span.GetTagItem("db.query.text"));
        }

        Assert.Equal("GET", spans[2].GetTagItem("db.operation.name"));
        Assert.Equal(3, spans[3].GetTagItem("db.operation.batch.size"));
        Assert.Equal(1, spans[4].GetTagItem("db.operation.batch.size"));
        Assert.Null(spans[1].GetTagItem("db.operation.batch.size"));
    }

    [Fact]
    public async Task Failures_set_error_status_type_and_response_code()
    {
        Trace();
        await using var redis = RedisClient.FromUrl(_server!.Url);
        Activity parent;
        using (parent = TestSource.StartActivity("request")!)
        {
            await redis.HSetAsync("h", "f", "v");
            await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.IncrAsync("h"));
            await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.Pipeline(transaction: false).Incr("h").ExecuteAsync());
        }

        await using var refused = RedisClient.FromUrl($"redis://127.0.0.1:{FreePort.Find()}?retries=0");
        Activity failedConnect;
        using (failedConnect = TestSource.StartActivity("request")!)
        {
            await Assert.ThrowsAsync<RedisConnectionException>(async () => await refused.PingAsync());
        }

        var spans = ChildrenOf(parent);
        var incr = spans.Single(s => s.DisplayName == "INCR");
        Assert.Equal(ActivityStatusCode.Error, incr.Status);
        Assert.Equal("WRONGTYPE", incr.GetTagItem("error.type"));
        Assert.Equal("WRONGTYPE", incr.GetTagItem("db.response.status_code"));
        var pipeline = spans.Single(s => s.DisplayName == "PIPELINE");
        Assert.Equal(ActivityStatusCode.Error, pipeline.Status);
        Assert.Equal("WRONGTYPE", pipeline.GetTagItem("db.response.status_code"));

        var connectSpans = ChildrenOf(failedConnect);
        var connect = connectSpans.Single(s => s.DisplayName == "CONNECT");
        Assert.Equal(ActivityStatusCode.Error, connect.Status);
        Assert.Equal(typeof(RedisConnectionException).FullName, connect.GetTagItem("error.type"));
        var ping = connectSpans.Single(s => s.DisplayName == "PING");
        Assert.Equal(typeof(RedisConnectionException).FullName, ping.GetTagItem("error.type"));
        Assert.Null(ping.GetTagItem("db.response.status_code"));
    }

    [Fact]
    public async Task Query_text_is_sanitized_and_only_recorded_when_enabled()
    {
        Trace(options => options.SetQueryText = true);
        await using var redis = RedisClient.FromUrl(_server!.Url);
        var script = redis.RegisterScript("return ARGV[1]");
        Activity parent;
        using (parent = TestSource.StartActivity("request")!)
        {
            await redis.SetAsync("user:1", "secret-value", ex: TimeSpan.FromSeconds(30));
            await redis.MSetAsync(new Dictionary<RedisKey, RedisValue> { ["a"] = "secret-a", ["b"] = "secret-b" });
            await redis.HSetAsync("h", "field", "secret-h");
            await script.InvokeAsync(["k1"], ["secret-arg"]);
            await redis.ExecuteCommandAsync("ECHO", "secret-echo");
        }

        var texts = ChildrenOf(parent).Select(s => s.GetTagItem("db.query.text") as string).Where(t => t is not null).ToList();
        Assert.Contains("SET user:1 ? ? ?", texts);
        Assert.Contains("MSET a ? b ?", texts);
        Assert.Contains("HSET h ? ?", texts);
        Assert.Contains(texts, t => t!.StartsWith("EVALSHA ? 1 k1 ?", StringComparison.Ordinal));
        Assert.Contains("ECHO ?", texts);
        Assert.DoesNotContain(texts, t => t!.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Filter_drops_spans_and_enrich_adds_attributes()
    {
        Trace(options =>
        {
            options.Filter = span => span.DisplayName != "PING";
            options.Enrich = span => span.SetTag("app.tenant", "blue");
        });
        await using var redis = RedisClient.FromUrl(_server!.Url);
        Activity parent;
        using (parent = TestSource.StartActivity("request")!)
        {
            await redis.PingAsync();
            await redis.GetAsync("k");
        }

        var spans = ChildrenOf(parent);
        Assert.DoesNotContain(spans, s => s.DisplayName == "PING");
        Assert.Equal("blue", spans.Single(s => s.DisplayName == "GET").GetTagItem("app.tenant"));
    }

    [Fact]
    public async Task No_password_reaches_any_span_tag_event_or_status()
    {
        Trace(options => options.SetQueryText = true);
        const string Password = "Tr4ce-Secret-Pw";
        await using var acl = await RedisServerProcess.StartAsync("--requirepass", Password);
        await using var redis = RedisClient.FromUrl($"redis://default:{Password}@127.0.0.1:{acl.Port}");
        await using var wrong = RedisClient.FromUrl($"redis://default:{Password}x@127.0.0.1:{acl.Port}?retries=0");
        Activity parent;
        using (parent = TestSource.StartActivity("request")!)
        {
            await redis.SetAsync("k", "v");
            await redis.ExecuteCommandAsync("CONFIG", "SET", "requirepass", Password);
            await Assert.ThrowsAsync<RedisAuthenticationException>(async () => await wrong.PingAsync());
        }

        var spans = ChildrenOf(parent);
        Assert.NotEmpty(spans);
        foreach (var span in spans)
        {
            var everything = string.Join("|", span.TagObjects.Select(t => $"{t.Key}={t.Value}"))
                + "|" + span.StatusDescription + "|" + span.DisplayName
                + "|" + string.Join("|", span.Events.Select(e => e.Name + string.Join(",", e.Tags.Select(t => t.Value))));
            Assert.DoesNotContain(Password, everything, StringComparison.Ordinal);
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryTestGroup
{
    public const string Name = "Telemetry";
}
