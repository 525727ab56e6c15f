using RedisKit.TestKit;

namespace RedisKit.IntegrationTests.Commands;

/// <summary>
/// EVAL and its kin, SCRIPT, FCALL and FUNCTION. Each test loads libraries under names of its own
/// and deletes them afterwards; flushing scripts or functions, and restoring dumps (which hold every
/// library of the server), happens only on a dedicated server so parallel tests keep theirs.
/// </summary>
public sealed class ScriptingAndFunctionCommandTests(SharedServerFixture server) : IClassFixture<SharedServerFixture>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Eval_and_evalsha_run_scripts_with_keys_and_arguments(int protocol)
    {
        await using var redis = server.CreateClient(protocol, new RedisOptions { DecodeResponses = true });
        var keys = server.Keys();
        const string Echo = "return {KEYS[1], ARGV[1], 3, tonumber(ARGV[2]) * 2}";

        var reply = await redis.EvalAsync(Echo, [keys["k"]], ["v", 21]);
        Assert.Equal(new object?[] { keys["k"], "v", 3L, 42L }, Assert.IsType<object?[]>(reply));
        Assert.Null(await redis.EvalAsync("return nil"));
        Assert.Equal("OK", await redis.EvalAsync("return redis.call('SET', KEYS[1], ARGV[1])", [keys["w"]], ["x"]));
        Assert.Equal("x", await redis.GetAsync(keys["w"]));
        Assert.Equal("x", await redis.EvalRoAsync("return redis.call('GET', KEYS[1])", [keys["w"]]));
        await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.EvalRoAsync("return redis.call('DEL', KEYS[1])", [keys["w"]]));
        await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.EvalAsync("return redis.error_reply('MYERR custom')"));

        var sha = await redis.ScriptLoadAsync(Echo);
        Assert.Equal(redis.RegisterScript(Echo).Sha, sha);
        Assert.Equal(new[] { true, false }, await redis.ScriptExistsAsync(sha, new string('0', 40)));
        Assert.Equal(new[] { true }, await redis.ScriptExistsAsync([sha], CancellationToken.None));
        Assert.Equal(new object?[] { keys["k"], "w", 3L, 2L }, await redis.EvalShaAsync(sha, [keys["k"]], ["w", 1]));
        Assert.Equal(new object?[] { keys["k"], "r", 3L, 4L }, await redis.EvalShaRoAsync(sha, [keys["k"]], ["r", 2]));
        await Assert.ThrowsAsync<RedisNoScriptException>(async () => await redis.EvalShaAsync(new string('0', 40)));
        await Assert.ThrowsAsync<RedisNoScriptException>(async () => await redis.EvalShaRoAsync(new string('0', 40)));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Functions_load_call_list_and_delete(int protocol)
    {
        await using var redis = server.CreateClient(protocol, new RedisOptions { DecodeResponses = true });
        var keys = server.Keys();
        var library = UniqueLibrary();
        var code = LibraryCode(library);

        Assert.Equal(library, await redis.FunctionLoadAsync(code));
        try
        {
            var duplicate = await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.FunctionLoadAsync(code));
            Assert.Contains("already exists", duplicate.Message, StringComparison.Ordinal);
            Assert.Equal(library, await redis.FunctionLoadAsync(code, replace: true));

            Assert.Equal(new object?[] { keys["k"], "a" }, await redis.FCallAsync(library + "_echo", [keys["k"]], ["a"]));
            await redis.SetAsync(keys["k"], "stored");
            Assert.Equal("stored", await redis.FCallRoAsync(library + "_get", [keys["k"]]));
            Assert.Equal("stored", await redis.FCallAsync(library + "_get", [keys["k"]]));
            // Only functions flagged no-writes may run as FCALL_RO.
            await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.FCallRoAsync(library + "_echo", [keys["k"]], ["a"]));
            await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.FCallAsync(library + "_missing"));

            var listed = Assert.Single(await redis.FunctionListAsync(library));
            Assert.Equal(library, listed.Name);
            Assert.Equal("LUA", listed.Engine);
            Assert.Null(listed.Code);
            var functions = listed.Functions.OrderBy(f => f.Name, StringComparer.Ordinal).ToArray();
            Assert.Equal(2, functions.Length);
            Assert.Equal(library + "_echo", functions[0].Name);
            Assert.Null(functions[0].Description);
            Assert.Empty(functions[0].Flags);
            Assert.Equal(library + "_get", functions[1].Name);
            Assert.Equal("reads a key", functions[1].Description);
            Assert.Equal(["no-writes"], functions[1].Flags);

            var withCode = Assert.Single(await redis.FunctionListAsync(library, withCode: true));
            Assert.Equal(code, withCode.Code);
            Assert.Contains(await redis.FunctionListAsync(), l => l.Name == library);
            Assert.Empty(await redis.FunctionListAsync(library + "_nothing*"));

            var stats = await redis.FunctionStatsAsync();
            Assert.Null(stats.RunningScript);
            Assert.True(stats.Engines["LUA"].Libraries >= 1);
            Assert.True(stats.Engines["LUA"].Functions >= 2);

            Assert.NotEmpty(await redis.FunctionDumpAsync());
        }
        finally
        {
            Assert.True(await redis.FunctionDeleteAsync(library));
        }

        Assert.Empty(await redis.FunctionListAsync(library));
        var missing = await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.FunctionDeleteAsync(library));
        Assert.Contains("not found", missing.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Flushes_dumps_and_restores_on_a_dedicated_server(int protocol)
    {
        await using var dedicated = await RedisServerProcess.StartAsync();
        await using var redis = RedisClient.FromUrl($"{dedicated.Url}?protocol={protocol}", new RedisOptions { DecodeResponses = true });

        var sha = await redis.ScriptLoadAsync("return 1");
        Assert.True(await redis.ScriptFlushAsync());
        Assert.Equal(new[] { false }, await redis.ScriptExistsAsync(sha));
        await redis.ScriptLoadAsync("return 1");
        Assert.True(await redis.ScriptFlushAsync(asynchronous: true));
        Assert.Equal(new[] { false }, await redis.ScriptExistsAsync(sha));

        var stats = await redis.FunctionStatsAsync();
        Assert.Null(stats.RunningScript);
        Assert.Equal(new FunctionEngineStats(0, 0), stats.Engines["LUA"]);

        await redis.FunctionLoadAsync(LibraryCode("first"));
        var payload = await redis.FunctionDumpAsync();
        Assert.True(await redis.FunctionFlushAsync());
        Assert.Empty(await redis.FunctionListAsync());

        Assert.True(await redis.FunctionRestoreAsync(payload));
        Assert.Equal("first", Assert.Single(await redis.FunctionListAsync()).Name);
        await Assert.ThrowsAsync<RedisResponseException>(async () => await redis.FunctionRestoreAsync(payload, FunctionRestorePolicy.Append));
        Assert.True(await redis.FunctionRestoreAsync(payload, FunctionRestorePolicy.Replace));

        await redis.FunctionLoadAsync(LibraryCode("second"));
        Assert.Equal(new FunctionEngineStats(2, 4), (await redis.FunctionStatsAsync()).Engines["LUA"]);
        Assert.True(await redis.FunctionRestoreAsync(payload, FunctionRestorePolicy.Flush));
        Assert.Equal("first", Assert.Single(await redis.FunctionListAsync()).Name);

        Assert.True(await redis.FunctionFlushAsync(asynchronous: true));
        Assert.Empty(await redis.FunctionListAsync());
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public async Task Scripting_and_function_commands_queue_in_a_pipeline(int protocol, bool transaction)
    {
        await using var redis = server.CreateClient(protocol, new RedisOptions { DecodeResponses = true });
        var keys = server.Keys();
        var library = UniqueLibrary();
        var code = LibraryCode(library);
        const string Lua = "return ARGV[1]";
        var sha = await redis.ScriptLoadAsync(Lua);

        try
        {
            await using var pipe = redis.Pipeline(transaction);
            var results = await pipe
                .Eval("return redis.call('SET', KEYS[1], ARGV[1])", [keys["k"]], ["v"])
                .EvalRo("return redis.call('GET', KEYS[1])", [keys["k"]])
                .ScriptLoad(Lua)
                .ScriptExists(sha)
                .EvalSha(sha, null, ["a"])
                .EvalShaRo(sha, args: ["b"])
                .FunctionLoad(code)
                .FCall(library + "_echo", [keys["k"]], ["c"])
                .FCallRo(library + "_get", [keys["k"]])
                .FunctionList(library, withCode: true)
                .FunctionStats()
                .FunctionDump()
                .FunctionDelete(library)
                .ExecuteAsync();

            Assert.Equal(13, results.Count);
            Assert.Equal("OK", results[0]);
            Assert.Equal("v", results[1]);
            Assert.Equal(sha, results.Get<string>(2));
            Assert.Equal([true], results.Get<bool[]>(3));
            Assert.Equal("a", results[4]);
            Assert.Equal("b", results[5]);
            Assert.Equal(library, results.Get<string>(6));
            Assert.Equal(new object?[] { keys["k"], "c" }, results[7]);
            Assert.Equal("v", results[8]);
            var listed = Assert.Single(results.Get<FunctionLibrary[]>(9));
            Assert.Equal(code, listed.Code);
            Assert.Equal(2, listed.Functions.Count);
            Assert.True(results.Get<FunctionStats>(10).Engines["LUA"].Functions >= 2);
            Assert.NotEmpty(results.Get<byte[]>(11));
            Assert.True(results.Get<bool>(12));
        }
        finally
        {
            if ((await redis.FunctionListAsync(library)).Length > 0)
            {
                await redis.FunctionDeleteAsync(library);
            }
        }
    }

    [Fact]
    public async Task Bad_arguments_fail_before_anything_is_sent_and_name_the_argument()
    {
        await using var redis = server.CreateClient(3);
        Assert.Equal("script", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await redis.EvalAsync(null!))).ParamName);
        Assert.Equal("sha", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await redis.EvalShaRoAsync(null!))).ParamName);
        Assert.Equal("keys", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await redis.EvalAsync("return 1", [(string?)null]))).ParamName);
        Assert.Equal("args", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await redis.EvalAsync("return 1", null, [RedisValue.FromString(null)]))).ParamName);
        Assert.Equal("function", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.FCallAsync(""))).ParamName);
        Assert.Equal("shas", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.ScriptExistsAsync())).ParamName);
        Assert.Equal("code", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.FunctionLoadAsync(""))).ParamName);
        Assert.Equal("library", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.FunctionDeleteAsync(""))).ParamName);
        Assert.Equal("library", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.FunctionListAsync(""))).ParamName);
        Assert.Equal("payload", (await Assert.ThrowsAsync<ArgumentException>(async () => await redis.FunctionRestoreAsync(Array.Empty<byte>()))).ParamName);
        Assert.Equal("policy", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await redis.FunctionRestoreAsync(new byte[] { 1 }, (FunctionRestorePolicy)9))).ParamName);
    }

    private static string UniqueLibrary() => "rk_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A library with a plain function and a read-only one, named after the library since function names are global.</summary>
    private static string LibraryCode(string library) =>
        $$"""
        #!lua name={{library}}
        redis.register_function('{{library}}_echo', function(keys, args) return {keys[1], args[1]} end)
        redis.register_function{function_name='{{library}}_get', callback=function(keys, args) return redis.call('GET', keys[1]) end, flags={'no-writes'}, description='reads a key'}
        """;
}
