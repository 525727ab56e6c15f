using System.Buffers;
using System.Text;
using RedisKit.Protocol;

namespace RedisKit.Tests.Commands;

public sealed class RedisValueTests
{
    [Fact]
    public void Values_write_their_invariant_text_form()
    {
        Assert.Equal("$3\r\nabc\r\n", Write("abc"));
        Assert.Equal("$2\r\n42\r\n", Write(42));
        Assert.Equal("$20\r\n-9223372036854775808\r\n", Write(long.MinValue));
        Assert.Equal("$3\r\n1.5\r\n", Write(1.5));
        Assert.Equal("$3\r\ninf\r\n", Write(double.PositiveInfinity));
        Assert.Equal("$2\r\n\u0001\u0002\r\n", Write(new byte[] { 1, 2 }));
        Assert.Equal("$5\r\nü€\r\n", Write("ü€"));
    }

    [Fact]
    public void Null_values_and_keys_cannot_be_written()
    {
        Assert.True(((RedisValue)(string?)null).IsNull);
        Assert.True(((RedisKey)(byte[]?)null).IsNull);
        Assert.Throws<ArgumentException>(() => Write(default(RedisValue)));
    }

    [Fact]
    public void Boxed_arguments_convert_or_fail_naming_their_position()
    {
        Assert.Equal("$1\r\n7\r\n", Write(RedisValue.FromObject((short)7, 1)));
        Assert.Equal("$4\r\n2.25\r\n", Write(RedisValue.FromObject(2.25m, 1)));
        Assert.Equal("$20\r\n18446744073709551615\r\n", Write(RedisValue.FromObject(ulong.MaxValue, 1)));
        Assert.Equal("$1\r\nk\r\n", Write(RedisValue.FromObject((RedisKey)"k", 1)));
        var boolean = Assert.Throws<ArgumentException>(() => RedisValue.FromObject(true, 3));
        Assert.Contains("Argument 3", boolean.Message, StringComparison.Ordinal);
        var other = Assert.Throws<ArgumentException>(() => RedisValue.FromObject(new object(), 2));
        Assert.Contains("Argument 2", other.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => RedisValue.FromObject(null, 0));
    }

    [Fact]
    public void Equality_compares_content()
    {
        Assert.Equal((RedisValue)"a", (RedisValue)"a");
        Assert.Equal((RedisValue)new byte[] { 1 }, (RedisValue)new byte[] { 1 });
        Assert.NotEqual((RedisValue)"1", (RedisValue)1);
        Assert.Equal((RedisKey)new byte[] { 1 }, (RedisKey)new byte[] { 1 });
        Assert.NotEqual((RedisKey)"a", (RedisKey)"b");
        Assert.Equal("1.5", ((RedisValue)1.5).ToString());
    }

    private static string Write(RedisValue value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new RespWriter(buffer);
        value.WriteTo(ref writer, Encoding.UTF8);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
