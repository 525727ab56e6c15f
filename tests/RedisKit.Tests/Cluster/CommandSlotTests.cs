using System.Text;
using RedisKit.Cluster;
using RedisKit.Commands;

namespace RedisKit.Tests.Cluster;

public sealed class CommandSlotTests
{
    private static readonly Encoding Utf8 = Encoding.UTF8;

    [Fact]
    public void A_single_key_command_goes_to_its_keys_slot()
    {
        var get = StringCommands.Get("foo");
        Assert.Equal(12182, CommandSlot.Of(get.Info, get.Args, Utf8));
        var set = StringCommands.Set("foo", "v", ex: TimeSpan.FromSeconds(1), nx: true);
        Assert.Equal(12182, CommandSlot.Of(set.Info, set.Args, Utf8));
    }

    [Fact]
    public void Keyless_commands_have_no_slot()
    {
        var ping = ConnectionCommands.Ping();
        Assert.Equal(CommandSlot.None, CommandSlot.Of(ping.Info, ping.Args, Utf8));
        var eval = ScriptingCommands.Eval("return 1");
        Assert.Equal(CommandSlot.None, CommandSlot.Of(eval.Info, eval.Args, Utf8));
    }

    [Fact]
    public void Keys_sharing_a_tag_share_the_slot()
    {
        var mset = StringCommands.MSet([new("{user1}.a", "1"), new("{user1}.b", "2")]);
        Assert.Equal(HashSlot.Of("user1"u8), CommandSlot.Of(mset.Info, mset.Args, Utf8));
        var eval = ScriptingCommands.Eval("return 1", ["{t}x", "{t}y"], ["notakey", "foo"]);
        Assert.Equal(HashSlot.Of("t"u8), CommandSlot.Of(eval.Info, eval.Args, Utf8));
    }

    [Fact]
    public void Values_and_trailing_arguments_are_not_keys()
    {
        // MSET's values and BLPOP's timeout are in other slots than the keys: only keys count.
        var mset = StringCommands.MSet([new("{a}1", "foo"), new("{a}2", "bar")]);
        Assert.Equal(HashSlot.Of("a"u8), CommandSlot.Of(mset.Info, mset.Args, Utf8));
        var blpop = ListCommands.BLPop(["{q}1", "{q}2"], TimeSpan.FromSeconds(3));
        Assert.Equal(HashSlot.Of("q"u8), CommandSlot.Of(blpop.Info, blpop.Args, Utf8));
    }

    [Fact]
    public void Keys_in_different_slots_fail_before_sending_naming_the_slots()
    {
        var mset = StringCommands.MSet([new("foo", "1"), new("bar", "2")]);
        var error = Assert.Throws<RedisClusterException>(() => CommandSlot.Of(mset.Info, mset.Args, Utf8));
        Assert.Equal("CROSSSLOT", error.Prefix);
        Assert.Contains("MSET", error.Message, StringComparison.Ordinal);
        Assert.Contains("slot 12182", error.Message, StringComparison.Ordinal);
        Assert.Contains("slot 5061", error.Message, StringComparison.Ordinal);

        var eval = ScriptingCommands.Eval("return 1", ["foo", "bar"]);
        Assert.Throws<RedisClusterException>(() => CommandSlot.Of(eval.Info, eval.Args, Utf8));
    }
}
