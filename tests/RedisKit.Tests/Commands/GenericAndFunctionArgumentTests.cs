using System.Buffers;
using System.Text;
using RedisKit.Commands;
using RedisKit.Commands.Parsers;
using RedisKit.Diagnostics;
using RedisKit.Protocol;

using static RedisKit.Tests.Commands.CommandProbe;

namespace RedisKit.Tests.Commands;

public sealed class GenericAndFunctionArgumentTests
{
    [Fact]
    public void Sort_encodes_its_options_in_redis_order()
    {
        Assert.Equal("SORT k", Words(SortCommands.Sort(Cmd.Sort, "k", null, null, null, null, false, false)));
        Assert.Equal("SORT k BY w_* LIMIT 5 10 GET # GET h_*->f DESC ALPHA",
            Words(SortCommands.Sort(Cmd.Sort, "k", 5, 10, "w_*", ["#", "h_*->f"], desc: true, alpha: true)));
        Assert.Equal("SORT_RO k BY nosort LIMIT 0 1", Words(SortCommands.Sort(Cmd.SortRo, "k", 0, 1, "nosort", [], false, false)));
        Assert.Equal("SORT k GET # ALPHA STORE d", Words(SortCommands.SortStore("k", "d", null, null, null, ["#"], false, true)));
        Assert.Equal("SORT k DESC STORE d", Words(SortCommands.SortStore("k", "d", null, null, null, null, true, false)));
    }

    [Fact]
    public void Sort_arguments_are_checked_by_name()
    {
        Assert.Equal("num", Assert.Throws<ArgumentException>(() => SortCommands.Sort(Cmd.Sort, "k", 1, null, null, null, false, false)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => SortCommands.Sort(Cmd.Sort, "k", null, 1, null, null, false, false)).ParamName);
        Assert.Equal("by", Assert.Throws<ArgumentException>(() => SortCommands.Sort(Cmd.Sort, "k", null, null, "", null, false, false)).ParamName);
        Assert.Equal("get", Assert.Throws<ArgumentException>(() => SortCommands.Sort(Cmd.Sort, "k", null, null, null, ["#", null!], false, false)).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => SortCommands.Sort(Cmd.Sort, (string?)null, null, null, null, null, false, false)).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentNullException>(() => SortCommands.SortStore("k", (string?)null, null, null, null, null, false, false)).ParamName);
    }

    [Fact]
    public void Restore_encodes_ttl_payload_and_options()
    {
        byte[] payload = [0x00, 0xff, 0x0a];
        Assert.Equal(Latin1("*4\r\n$7\r\nRESTORE\r\n$1\r\nk\r\n$1\r\n0\r\n$3\r\n\x00\xff\n\r\n"),
            Encode(KeyCommands.Restore("k", 0, false, payload, false, null, null)));
        var text = "p"u8.ToArray();
        Assert.Equal("RESTORE k 1500 p REPLACE IDLETIME 30", Words(KeyCommands.Restore("k", 1500, false, text, true, TimeSpan.FromSeconds(30), null)));
        Assert.Equal("RESTORE k 1700000000000 p ABSTTL FREQ 255", Words(KeyCommands.Restore("k", 1_700_000_000_000, true, text, false, null, 255)));
        Assert.Equal("RESTORE k 0 p REPLACE ABSTTL FREQ 0", Words(KeyCommands.Restore("k", 0, true, text, true, null, 0)));
        // The payload is data, never shown in traces.
        Assert.Equal("RESTORE k ? ? ? ? ?", Sanitized(KeyCommands.Restore("k", 1500, false, payload, true, TimeSpan.FromSeconds(30), null)));
    }

    [Fact]
    public void Restore_arguments_are_checked_by_name()
    {
        byte[] payload = [1];
        Assert.Equal("serializedValue", Assert.Throws<ArgumentException>(() => KeyCommands.Restore("k", 0, false, ReadOnlyMemory<byte>.Empty, false, null, null)).ParamName);
        Assert.Equal("ttl", Assert.Throws<ArgumentOutOfRangeException>(() => KeyCommands.Restore("k", -1, false, payload, false, null, null)).ParamName);
        Assert.Equal("frequency", Assert.Throws<ArgumentException>(() => KeyCommands.Restore("k", 0, false, payload, false, TimeSpan.Zero, 1)).ParamName);
        Assert.Equal("frequency", Assert.Throws<ArgumentOutOfRangeException>(() => KeyCommands.Restore("k", 0, false, payload, false, null, -1)).ParamName);
        Assert.Equal("frequency", Assert.Throws<ArgumentOutOfRangeException>(() => KeyCommands.Restore("k", 0, false, payload, false, null, 256)).ParamName);
        Assert.Equal("idleTime", Assert.Throws<ArgumentOutOfRangeException>(() => KeyCommands.Restore("k", 0, false, payload, false, TimeSpan.FromSeconds(-1), null)).ParamName);
        Assert.Equal("idleTime", Assert.Throws<ArgumentException>(() => KeyCommands.Restore("k", 0, false, payload, false, TimeSpan.FromMilliseconds(10), null)).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => KeyCommands.Restore((string?)null, 0, false, payload, false, null, null)).ParamName);
    }

    [Fact]
    public void Other_generic_commands_encode_as_redis_documents_them()
    {
        Assert.Equal("COPY a b", Words(KeyCommands.Copy("a", "b", null, false)));
        Assert.Equal("COPY a b DB 3 REPLACE", Words(KeyCommands.Copy("a", "b", 3, true)));
        Assert.Equal("OBJECT ENCODING k", Words(KeyCommands.ObjectEncoding("k")));
        Assert.Equal("OBJECT FREQ k", Words(KeyCommands.ObjectFreq("k")));
        Assert.Equal("OBJECT IDLETIME k", Words(KeyCommands.ObjectIdleTime("k")));
        Assert.Equal("OBJECT REFCOUNT k", Words(KeyCommands.ObjectRefCount("k")));
        Assert.Equal("TOUCH a b", Words(KeyCommands.Touch(["a", "b"])));
        Assert.Equal("RANDOMKEY", Words(KeyCommands.RandomKey()));
        Assert.Equal("EXPIRETIME k", Words(KeyExpiryCommands.ExpireTime("k")));
        Assert.Equal("PEXPIRETIME k", Words(KeyExpiryCommands.PExpireTime("k")));
        Assert.Equal("MOVE k 2", Words(KeyCommands.Move("k", 2)));
        Assert.Equal("DUMP k", Words(KeyCommands.Dump("k")));
    }

    [Fact]
    public void Wait_sends_milliseconds_and_may_outlast_the_socket_timeout()
    {
        var wait = ReplicaWaitCommands.Wait(2, TimeSpan.FromSeconds(1.5));
        Assert.Equal("WAIT 2 1500", Words(wait));
        Assert.Equal(1500, wait.ExtraTimeoutMilliseconds);
        Assert.True((wait.Info.Flags & CommandFlags.Blocking) != 0);

        // Zero waits forever on the server, so the reply has no deadline either.
        var forever = ReplicaWaitCommands.Wait(1, TimeSpan.Zero);
        Assert.Equal("WAIT 1 0", Words(forever));
        Assert.Equal(-1, forever.ExtraTimeoutMilliseconds);
        Assert.Equal("WAIT 1 0", Words(ReplicaWaitCommands.Wait(1, Timeout.InfiniteTimeSpan)));
        // A sub-millisecond wait is rounded up: 0 would mean forever.
        Assert.Equal("WAIT 0 1", Words(ReplicaWaitCommands.Wait(0, TimeSpan.FromTicks(1))));
        Assert.Equal("numReplicas", Assert.Throws<ArgumentOutOfRangeException>(() => ReplicaWaitCommands.Wait(-1, TimeSpan.Zero)).ParamName);
        Assert.Equal("timeout", Assert.Throws<ArgumentOutOfRangeException>(() => ReplicaWaitCommands.Wait(0, TimeSpan.FromSeconds(-1))).ParamName);
    }

    [Fact]
    public void Scripting_and_function_commands_encode_their_options()
    {
        Assert.Equal("EVAL_RO return 1 0", Words(ScriptingCommands.Run(Cmd.EvalRo, "return 1", null, null, "script")));
        Assert.Equal("EVALSHA_RO abc 1 k a", Words(ScriptingCommands.Run(Cmd.EvalShaRo, "abc", ["k"], ["a"], "sha")));
        Assert.Equal("SCRIPT FLUSH ASYNC", Words(ScriptingCommands.ScriptFlush(true)));
        Assert.Equal("SCRIPT FLUSH SYNC", Words(ScriptingCommands.ScriptFlush(false)));
        Assert.Equal("SCRIPT EXISTS a b", Words(ScriptingCommands.ScriptExists(["a", "b"])));
        Assert.Equal("FCALL f 2 a b x", Words(FunctionCommands.FCall(Cmd.FCall, "f", ["a", "b"], ["x"])));
        Assert.Equal("FCALL_RO f 0", Words(FunctionCommands.FCall(Cmd.FCallRo, "f", null, null)));
        Assert.Equal("FUNCTION LOAD code", Words(FunctionCommands.FunctionLoad("code", false)));
        Assert.Equal("FUNCTION LOAD REPLACE code", Words(FunctionCommands.FunctionLoad("code", true)));
        Assert.Equal("FUNCTION DELETE lib", Words(FunctionCommands.FunctionDelete("lib")));
        Assert.Equal("FUNCTION LIST", Words(FunctionCommands.FunctionList(null, false)));
        Assert.Equal("FUNCTION LIST LIBRARYNAME my* WITHCODE", Words(FunctionCommands.FunctionList("my*", true)));
        Assert.Equal("FUNCTION FLUSH ASYNC", Words(FunctionCommands.FunctionFlush(true)));
        Assert.Equal("FUNCTION DUMP", Words(FunctionCommands.FunctionDump()));
        Assert.Equal("FUNCTION RESTORE p APPEND", Words(FunctionCommands.FunctionRestore("p"u8.ToArray(), FunctionRestorePolicy.Append)));
        Assert.Equal("FUNCTION RESTORE p REPLACE", Words(FunctionCommands.FunctionRestore("p"u8.ToArray(), FunctionRestorePolicy.Replace)));
        Assert.Equal("FUNCTION RESTORE p FLUSH", Words(FunctionCommands.FunctionRestore("p"u8.ToArray(), FunctionRestorePolicy.Flush)));
        Assert.Equal("FUNCTION STATS", Words(FunctionCommands.FunctionStats()));

        // Only the commands that cannot change the outcome when resent are retried after a connection failure.
        Assert.False(FunctionCommands.FunctionLoad("code", false).Info.IsRetrySafe);
        Assert.True(FunctionCommands.FunctionLoad("code", true).Info.IsRetrySafe);
        Assert.True(FunctionCommands.FCall(Cmd.FCallRo, "f", null, null).Info.IsRetrySafe);
        Assert.False(FunctionCommands.FCall(Cmd.FCall, "f", null, null).Info.IsRetrySafe);
    }

    [Fact]
    public void Key_positions_follow_the_key_count_of_fcall_and_eval_ro()
    {
        Assert.Equal("FCALL ? 2 a b ?", Sanitized(FunctionCommands.FCall(Cmd.FCall, "f", ["a", "b"], ["secret"])));
        Assert.Equal("FCALL_RO ? 0 ? ?", Sanitized(FunctionCommands.FCall(Cmd.FCallRo, "f", null, ["x", "y"])));
        Assert.Equal("EVAL_RO ? 1 k ?", Sanitized(ScriptingCommands.Run(Cmd.EvalRo, "return 1", ["k"], ["v"], "script")));
        Assert.Equal("EVALSHA_RO ? 1 k", Sanitized(ScriptingCommands.Run(Cmd.EvalShaRo, "abc", ["k"], null, "sha")));
        Assert.Equal("COPY a b ? ?", Sanitized(KeyCommands.Copy("a", "b", 1, false)));
        Assert.Equal("TOUCH a b", Sanitized(KeyCommands.Touch(["a", "b"])));
        Assert.Equal("SORT k ? ?", Sanitized(SortCommands.Sort(Cmd.Sort, "k", null, null, "w_*", null, false, false)));
        Assert.Equal("WAIT ? ?", Sanitized(ReplicaWaitCommands.Wait(1, TimeSpan.FromSeconds(1))));
    }

    [Fact]
    public void Function_and_script_arguments_are_checked_by_name()
    {
        Assert.Equal("function", Assert.Throws<ArgumentException>(() => FunctionCommands.FCall(Cmd.FCall, "", null, null)).ParamName);
        Assert.Equal("function", Assert.Throws<ArgumentNullException>(() => FunctionCommands.FCall(Cmd.FCall, null!, null, null)).ParamName);
        Assert.Equal("keys", Assert.Throws<ArgumentNullException>(() => FunctionCommands.FCall(Cmd.FCall, "f", [(string?)null], null)).ParamName);
        Assert.Equal("shas", Assert.Throws<ArgumentException>(() => ScriptingCommands.ScriptExists([])).ParamName);
        Assert.Equal("shas", Assert.Throws<ArgumentNullException>(() => ScriptingCommands.ScriptExists(["a", null!])).ParamName);
        Assert.Equal("library", Assert.Throws<ArgumentException>(() => FunctionCommands.FunctionList("", false)).ParamName);
        Assert.Equal("payload", Assert.Throws<ArgumentException>(() => FunctionCommands.FunctionRestore(default, FunctionRestorePolicy.Append)).ParamName);
    }

    [Fact]
    public void Function_list_reads_the_same_from_resp2_and_resp3()
    {
        var resp2 = "*1\r\n*8\r\n$12\r\nlibrary_name\r\n$3\r\nlib\r\n$6\r\nengine\r\n$3\r\nLUA\r\n$9\r\nfunctions\r\n*2\r\n"
            + "*6\r\n$4\r\nname\r\n$1\r\nf\r\n$11\r\ndescription\r\n$-1\r\n$5\r\nflags\r\n*0\r\n"
            + "*6\r\n$4\r\nname\r\n$1\r\ng\r\n$11\r\ndescription\r\n$4\r\nread\r\n$5\r\nflags\r\n*2\r\n$9\r\nno-writes\r\n$9\r\nallow-oom\r\n"
            + "$12\r\nlibrary_code\r\n$4\r\ncode\r\n";
        var resp3 = "*1\r\n%5\r\n+library_name\r\n$3\r\nlib\r\n+engine\r\n$3\r\nLUA\r\n+newer_field\r\n:7\r\n+functions\r\n*2\r\n"
            + "%3\r\n+name\r\n$1\r\nf\r\n+description\r\n_\r\n+flags\r\n~0\r\n"
            + "%3\r\n+flags\r\n~2\r\n+no-writes\r\n+allow-oom\r\n+name\r\n$1\r\ng\r\n+description\r\n$4\r\nread\r\n"
            + "+library_code\r\n$4\r\ncode\r\n";
        foreach (var frame in new[] { resp2, resp3 })
        {
            var library = Assert.Single(Parse<FunctionLibrary[], FunctionListParser>(frame));
            Assert.Equal("lib", library.Name);
            Assert.Equal("LUA", library.Engine);
            Assert.Equal("code", library.Code);
            Assert.Equal(2, library.Functions.Count);
            Assert.Equal(new LibraryFunction("f", null, library.Functions[0].Flags), library.Functions[0]);
            Assert.Empty(library.Functions[0].Flags);
            Assert.Equal("g", library.Functions[1].Name);
            Assert.Equal("read", library.Functions[1].Description);
            Assert.Equal(["no-writes", "allow-oom"], library.Functions[1].Flags);
        }

        Assert.Empty(Parse<FunctionLibrary[], FunctionListParser>("*0\r\n"));
        Assert.Null(Assert.Single(Parse<FunctionLibrary[], FunctionListParser>("*1\r\n*6\r\n$12\r\nlibrary_name\r\n$1\r\nx\r\n$6\r\nengine\r\n$3\r\nLUA\r\n$9\r\nfunctions\r\n*0\r\n")).Code);
        Assert.Throws<RedisProtocolException>(() => Parse<FunctionLibrary[], FunctionListParser>("*1\r\n*2\r\n$6\r\nengine\r\n$3\r\nLUA\r\n"));
        Assert.Throws<RedisProtocolException>(() => Parse<FunctionLibrary[], FunctionListParser>("*1\r\n*3\r\n$6\r\nengine\r\n$3\r\nLUA\r\n$1\r\nx\r\n"));
    }

    [Fact]
    public void Function_stats_read_the_same_from_resp2_and_resp3()
    {
        var idle2 = "*4\r\n$14\r\nrunning_script\r\n*-1\r\n$7\r\nengines\r\n*2\r\n$3\r\nLUA\r\n*4\r\n$15\r\nlibraries_count\r\n:2\r\n$15\r\nfunctions_count\r\n:5\r\n";
        var idle3 = "%2\r\n+running_script\r\n_\r\n+engines\r\n%1\r\n+LUA\r\n%2\r\n+libraries_count\r\n:2\r\n+functions_count\r\n:5\r\n";
        foreach (var frame in new[] { idle2, idle3 })
        {
            var stats = Parse<FunctionStats, FunctionStatsParser>(frame);
            Assert.Null(stats.RunningScript);
            Assert.Equal(new FunctionEngineStats(2, 5), Assert.Single(stats.Engines).Value);
            Assert.Equal("LUA", Assert.Single(stats.Engines).Key);
        }

        var busy2 = "*4\r\n$14\r\nrunning_script\r\n*6\r\n$4\r\nname\r\n$4\r\nspin\r\n$7\r\ncommand\r\n*3\r\n$5\r\nFCALL\r\n$4\r\nspin\r\n$1\r\n0\r\n$11\r\nduration_ms\r\n:1250\r\n"
            + "$7\r\nengines\r\n*0\r\n";
        var busy3 = "%2\r\n+running_script\r\n%3\r\n+name\r\n$4\r\nspin\r\n+command\r\n*3\r\n$5\r\nFCALL\r\n$4\r\nspin\r\n$1\r\n0\r\n+duration_ms\r\n:1250\r\n"
            + "+engines\r\n%0\r\n";
        foreach (var frame in new[] { busy2, busy3 })
        {
            var running = Parse<FunctionStats, FunctionStatsParser>(frame).RunningScript!;
            Assert.Equal("spin", running.Name);
            Assert.Equal(["FCALL", "spin", "0"], running.Command);
            Assert.Equal(TimeSpan.FromMilliseconds(1250), running.Duration);
        }
    }

    [Fact]
    public void Expiry_times_and_idle_times_read_as_nullable_values()
    {
        Assert.Null(Parse<DateTimeOffset?, UnixTimeParser>(":-1\r\n", new UnixTimeParser(false)));
        Assert.Null(Parse<DateTimeOffset?, UnixTimeParser>(":-2\r\n", new UnixTimeParser(true)));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), Parse<DateTimeOffset?, UnixTimeParser>(":1700000000\r\n", new UnixTimeParser(false)));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123), Parse<DateTimeOffset?, UnixTimeParser>(":1700000000123\r\n", new UnixTimeParser(true)));
        Assert.Equal(TimeSpan.FromSeconds(42), Parse<TimeSpan?, NullableDurationParser>(":42\r\n", new NullableDurationParser(TimeSpan.TicksPerSecond)));
        Assert.Null(Parse<TimeSpan?, NullableDurationParser>("$-1\r\n", new NullableDurationParser(TimeSpan.TicksPerSecond)));
        Assert.Null(Parse<TimeSpan?, NullableDurationParser>("_\r\n", new NullableDurationParser(TimeSpan.TicksPerSecond)));
        Assert.Throws<RedisProtocolException>(() => Parse<string, RequiredStringParser>("$-1\r\n"));
        Assert.Throws<RedisProtocolException>(() => Parse<byte[], RequiredBytesParser>("_\r\n"));
        Assert.Equal("abc", Parse<string, RequiredStringParser>("$3\r\nabc\r\n"));
    }
}
