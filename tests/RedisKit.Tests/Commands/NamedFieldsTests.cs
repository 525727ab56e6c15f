using System.Buffers;
using System.Text;
using RedisKit.Commands.Parsers;
using RedisKit.Protocol;
using RedisKit.Tests.Protocol;

namespace RedisKit.Tests.Commands;

public sealed class NamedFieldsTests
{
    private const string Resp3 = "%3\r\n+name\r\n$3\r\nbob\r\n+age\r\n:42\r\n+tags\r\n~2\r\n+a\r\n+b\r\n";
    private const string Resp2 = "*6\r\n$4\r\nname\r\n$3\r\nbob\r\n$3\r\nage\r\n:42\r\n$4\r\ntags\r\n*2\r\n$1\r\na\r\n$1\r\nb\r\n";

    [Theory]
    [InlineData(Resp3)]
    [InlineData(Resp2)]
    public void Both_protocols_give_the_same_fields(string frame)
    {
        var reader = Reader(frame);
        Assert.Equal(["name=bob", "age=42", "tags=a,b"], ReadKnown(ref reader));
        Assert.True(reader.End);
    }

    [Theory]
    [InlineData("%4\r\n+future\r\n+x\r\n+name\r\n+bob\r\n+nested\r\n%1\r\n+deep\r\n*2\r\n%1\r\n+k\r\n:1\r\n*0\r\n+more\r\n:7\r\n")]
    [InlineData("*8\r\n+future\r\n+x\r\n+name\r\n+bob\r\n+nested\r\n*2\r\n+deep\r\n*2\r\n*2\r\n+k\r\n:1\r\n*0\r\n+more\r\n:7\r\n")]
    public void Unknown_fields_and_nested_values_are_skipped_the_last_one_included(string frame)
    {
        // A value follows the fields, to show that nothing is left half-read.
        var reader = Reader(frame + "+after\r\n");
        Assert.Equal(["name=bob"], ReadKnown(ref reader));
        Assert.Equal("after", reader.ReadString(Encoding.UTF8));
        Assert.True(reader.End);
    }

    [Fact]
    public void A_value_the_caller_read_is_not_skipped_again()
    {
        // "name" and "age" are read; skipping either again would consume the next field's name.
        var reader = Reader("*2\r\n" + Resp3 + Resp2);
        Assert.Equal(2, reader.ReadAggregateHeader(out _));
        Assert.Equal(["name=bob", "age=42", "tags=a,b"], ReadKnown(ref reader));
        Assert.Equal(["name=bob", "age=42", "tags=a,b"], ReadKnown(ref reader));
        Assert.True(reader.End);
    }

    [Theory]
    [InlineData("%0\r\n")]
    [InlineData("*0\r\n")]
    [InlineData("*-1\r\n")]
    [InlineData("_\r\n")]
    public void An_empty_or_nil_reply_has_no_fields(string frame)
    {
        var reader = Reader(frame);
        var fields = NamedFields.Open(ref reader);
        Assert.Equal(0, fields.Count);
        Assert.False(fields.MoveNext(ref reader));
        Assert.True(reader.End);
    }

    [Theory]
    [InlineData("*3\r\n+name\r\n+bob\r\n+age\r\n")]
    [InlineData("*1\r\n+name\r\n")]
    public void An_odd_length_array_is_a_protocol_error(string frame)
    {
        var error = Assert.Throws<RedisProtocolException>(() =>
        {
            var reader = Reader(frame);
            NamedFields.Open(ref reader);
        });
        Assert.Contains("odd number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reply_that_is_not_a_map_or_array_is_a_protocol_error() =>
        Assert.Throws<RedisProtocolException>(() =>
        {
            var reader = Reader("+OK\r\n");
            NamedFields.Open(ref reader);
        });

    [Fact]
    public void An_attribute_ahead_of_an_unread_value_is_skipped_with_it()
    {
        var reader = Reader("%2\r\n+future\r\n|1\r\n+ttl\r\n:3\r\n*1\r\n:9\r\n+name\r\n|1\r\n+ttl\r\n:3\r\n+bob\r\n");
        Assert.Equal(["name=bob"], ReadKnown(ref reader));
        Assert.True(reader.End);
    }

    [Fact]
    public void A_name_split_across_segments_still_matches()
    {
        var frame = Encoding.UTF8.GetBytes(Resp2);
        for (var split = 1; split < frame.Length; split++)
        {
            var reader = new RespReader(Segments.SplitAt(frame, split));
            Assert.Equal(["name=bob", "age=42", "tags=a,b"], ReadKnown(ref reader));
        }
    }

    [Fact]
    public void Names_of_every_string_form_are_matched_and_nil_names_match_nothing()
    {
        var reader = Reader("%5\r\n$4\r\nname\r\n+bob\r\n=8\r\ntxt:tags\r\n*0\r\n_\r\n+nil\r\n:7\r\n+seven\r\n#t\r\n+yes\r\n");
        var fields = NamedFields.Open(ref reader);
        var names = new List<string>();
        while (fields.MoveNext(ref reader))
        {
            names.Add(new string(fields.Name) + "|" + fields.NameText(Encoding.UTF8));
        }

        Assert.Equal(["name|name", "tags|tags", "|", "7|7", "true|true"], names);
        Assert.True(reader.End);
    }

    [Fact]
    public void A_long_or_non_ascii_name_is_whole_and_decoded_by_name_text()
    {
        var longName = new string('x', 200);
        var text = $"%2\r\n${longName.Length}\r\n{longName}\r\n:1\r\n$6\r\nhéllo\r\n:2\r\n";
        var reader = new RespReader(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(text)));
        var fields = NamedFields.Open(ref reader);

        Assert.True(fields.MoveNext(ref reader));
        Assert.True(fields.Name.SequenceEqual(longName));
        Assert.Equal(longName, fields.NameText(Encoding.UTF8));

        Assert.True(fields.MoveNext(ref reader));
        Assert.False(fields.Name.SequenceEqual("héllo"));
        Assert.Equal("héllo", fields.NameText(Encoding.UTF8));
        Assert.Equal(2, reader.ReadInt64());
        Assert.False(fields.MoveNext(ref reader));
    }

    [Fact]
    public void A_name_that_is_an_aggregate_is_a_protocol_error() =>
        Assert.Throws<RedisProtocolException>(() =>
        {
            var reader = Reader("*2\r\n*1\r\n+name\r\n+bob\r\n");
            var fields = NamedFields.Open(ref reader);
            fields.MoveNext(ref reader);
        });

    /// <summary>Reads the fields a parser knows (name, age, tags) and leaves the rest.</summary>
    private static List<string> ReadKnown(ref RespReader reader)
    {
        var seen = new List<string>();
        var fields = NamedFields.Open(ref reader);
        while (fields.MoveNext(ref reader))
        {
            switch (fields.Name)
            {
                case "name":
                    seen.Add("name=" + reader.ReadString(Encoding.UTF8));
                    break;
                case "age":
                    seen.Add("age=" + reader.ReadInt64());
                    break;
                case "tags":
                    seen.Add("tags=" + string.Join(',', ReplyShapes.Strings(ref reader, Encoding.UTF8)));
                    break;
            }
        }

        return seen;
    }

    private static RespReader Reader(string frame) => new(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(frame)));
}
