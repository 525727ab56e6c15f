using System.Text;
using RedisKit.Cluster;
using RedisKit.Tests.Protocol;

namespace RedisKit.Tests.Cluster;

public sealed class HashSlotTests
{
    [Fact]
    public void Crc16_is_xmodem()
    {
        Assert.Equal(0x31C3, HashSlot.Crc16("123456789"u8));
        Assert.Equal(0, HashSlot.Crc16([]));
    }

    [Theory]
    [InlineData("foo", 12182)]
    [InlineData("bar", 5061)]
    [InlineData("", 0)]
    public void Known_keys_have_the_servers_slots(string key, int slot) => Assert.Equal(slot, HashSlot.Of(Encoding.UTF8.GetBytes(key)));

    [Fact]
    public void A_hash_tag_decides_the_slot()
    {
        Assert.Equal(Slot("{user1000}.following"), Slot("{user1000}.followers"));
        Assert.Equal(Slot("user1000"), Slot("{user1000}.following"));
        Assert.Equal(Slot("user1000"), Slot("x{user1000}y{other}"));
    }

    [Fact]
    public void An_empty_or_unclosed_tag_hashes_the_whole_key()
    {
        Assert.Equal(HashSlot.Crc16("foo{}{bar}"u8) & 16383, Slot("foo{}{bar}"));
        Assert.NotEqual(Slot("bar"), Slot("foo{}{bar}"));
        Assert.Equal(HashSlot.Crc16("foo{bar"u8) & 16383, Slot("foo{bar"));
        Assert.Equal(HashSlot.Crc16("foo}bar{"u8) & 16383, Slot("foo}bar{"));
    }

    [Fact]
    public void The_tag_ends_at_the_first_closing_brace_after_the_first_opening_one()
    {
        Assert.Equal("{bar", Encoding.UTF8.GetString(HashSlot.Tag("foo{{bar}}zap"u8)));
        Assert.Equal(Slot("{bar"), Slot("foo{{bar}}zap"));
        Assert.Equal("bar", Encoding.UTF8.GetString(HashSlot.Tag("foo{bar}{zap}"u8)));
    }

    [Fact]
    public void Every_form_of_a_key_hashes_the_bytes_it_is_sent_as()
    {
        var utf8 = Encoding.UTF8;
        Assert.Equal(12182, ((RedisValue)"foo").HashSlot(utf8));
        Assert.Equal(12182, ((RedisValue)"foo"u8.ToArray()).HashSlot(utf8));
        Assert.Equal(12182, RedisValue.FromSequence(Segments.Of("f"u8.ToArray(), "oo"u8.ToArray())).HashSlot(utf8));
        Assert.Equal(Slot("12345"), ((RedisValue)12345).HashSlot(utf8));
        Assert.Equal(Slot("-7"), ((RedisValue)(-7L)).HashSlot(utf8));
        Assert.Equal(Slot("1.5"), ((RedisValue)1.5).HashSlot(utf8));
        Assert.Equal(Slot("inf"), ((RedisValue)double.PositiveInfinity).HashSlot(utf8));
        Assert.Equal(Slot("ключ"), ((RedisValue)"ключ").HashSlot(utf8));
        Assert.Equal(HashSlot.Of(Encoding.Latin1.GetBytes("clé")), ((RedisValue)"clé").HashSlot(Encoding.Latin1));

        // Past the stack buffer the text is encoded into a rented one: same answer.
        var longKey = "{tag}" + new string('é', 1000);
        Assert.Equal(Slot("tag"), ((RedisValue)longKey).HashSlot(utf8));
        Assert.Equal(Slot(new string('x', 129)), ((RedisValue)new string('x', 129)).HashSlot(utf8));
        Assert.Throws<ArgumentException>(() => default(RedisValue).HashSlot(utf8));
    }

    private static int Slot(string key) => HashSlot.Of(Encoding.UTF8.GetBytes(key));
}
