using System.Buffers;
using System.Text;
using RedisKit.Commands;
using RedisKit.Commands.Parsers;
using RedisKit.Diagnostics;
using RedisKit.Protocol;

using static RedisKit.Tests.Commands.CommandProbe;

namespace RedisKit.Tests.Commands;

public sealed class SortedSetGeoBitmapArgumentTests
{
    [Fact]
    public void Score_bounds_format_as_redis_reads_them()
    {
        Assert.Equal("1.5", ScoreBound.Inclusive(1.5).ToString());
        Assert.Equal("(2", ScoreBound.Exclusive(2).ToString());
        Assert.Equal("-inf", ScoreBound.NegativeInfinity.ToString());
        Assert.Equal("+inf", ((ScoreBound)double.PositiveInfinity).ToString());
        Assert.Equal("(-inf", ScoreBound.Exclusive(double.NegativeInfinity).ToString());
        Assert.Equal("0.1", ((ScoreBound)0.1).ToString());
        Assert.Equal("1E-300", ScoreBound.FromDouble(1e-300).ToString());
        Assert.Equal("-0.25", ScoreBound.Inclusive(-0.25).ToString());
    }

    [Theory]
    [InlineData("5", 5.0, false)]
    [InlineData("(1.5", 1.5, true)]
    [InlineData("-inf", double.NegativeInfinity, false)]
    [InlineData("+inf", double.PositiveInfinity, false)]
    [InlineData("inf", double.PositiveInfinity, false)]
    [InlineData("(-INF", double.NegativeInfinity, true)]
    [InlineData("-2e3", -2000.0, false)]
    public void Score_bounds_parse_redis_py_strings(string text, double value, bool exclusive)
    {
        var bound = ScoreBound.Parse(text);
        Assert.Equal(value, bound.Value);
        Assert.Equal(exclusive, bound.IsExclusive);
        Assert.Equal(bound, ScoreBound.Parse(bound.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("(")]
    [InlineData("abc")]
    [InlineData("[1")]
    [InlineData("nan")]
    [InlineData("1,5")]
    public void Malformed_score_bounds_are_refused(string text) => Assert.Throws<FormatException>(() => ScoreBound.Parse(text));

    [Fact]
    public void Score_bounds_refuse_nan()
    {
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => ScoreBound.Inclusive(double.NaN)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => (ScoreBound)double.NaN);
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoreBound.Exclusive(double.NaN));
    }

    [Fact]
    public void Lex_bounds_carry_their_prefix_and_stay_binary()
    {
        Assert.Equal("[a", LexBound.Inclusive("a").ToString());
        Assert.Equal("(b", LexBound.Exclusive("b").ToString());
        Assert.Equal("-", LexBound.Min.ToString());
        Assert.Equal("+", LexBound.Max.ToString());
        Assert.Equal("-", default(LexBound).ToString());
        Assert.Equal("[12", LexBound.Inclusive(12).ToString());
        Assert.Equal(LexBound.Inclusive("x"), LexBound.Parse("[x"));
        Assert.Equal(LexBound.Max, LexBound.Parse("+"));
        Assert.Equal("(", LexBound.Parse("(").ToString());
        Assert.Throws<FormatException>(() => LexBound.Parse("x"));
        Assert.Throws<FormatException>(() => LexBound.Parse(""));
        Assert.Equal("member", Assert.Throws<ArgumentNullException>(() => LexBound.Exclusive((string?)null)).ParamName);

        var binary = Encode(SortedSetCommands.ZRangeByLex("k", LexBound.Inclusive(new byte[] { 0xff, 0x00 }), LexBound.Exclusive(new ReadOnlyMemory<byte>([0x80])), null, null));
        Assert.Equal(Latin1("*4\r\n$11\r\nZRANGEBYLEX\r\n$1\r\nk\r\n$3\r\n[\xff\x00\r\n$2\r\n(\x80\r\n"), binary);
    }

    [Fact]
    public void Sorted_set_commands_encode_options_in_redis_order()
    {
        Assert.Equal("ZADD k XX GT CH 1 m", Words(SortedSetCommands.ZAdd("k", "m", 1, nx: false, xx: true, ch: true, gt: true, lt: false)));
        Assert.Equal("ZADD k NX INCR 2.5 m", Words(SortedSetCommands.ZAddIncr("k", "m", 2.5, nx: true, xx: false, gt: false, lt: false)));
        Assert.Equal("ZADD k 1 a 2 b", Words(SortedSetCommands.ZAdd("k", new Dictionary<RedisValue, double> { ["a"] = 1, ["b"] = 2 }, false, false, false, false, false)));
        Assert.Equal("ZRANGE k 0 -1", Words(SortedSetCommands.ZRange("k", 0, -1, desc: false)));
        Assert.Equal("ZRANGE k +inf (5 BYSCORE REV LIMIT 2 10 WITHSCORES",
            Words(SortedSetCommands.ZRangeWithScores("k", ScoreBound.PositiveInfinity, ScoreBound.Exclusive(5), desc: true, offset: 2, num: 10)));
        Assert.Equal("ZRANGE k [a (c BYLEX", Words(SortedSetCommands.ZRange("k", LexBound.Inclusive("a"), LexBound.Exclusive("c"), false, null, null)));
        Assert.Equal("ZRANGESTORE d s -inf 3 BYSCORE LIMIT 0 1", Words(SortedSetCommands.ZRangeStore("d", "s", ScoreBound.NegativeInfinity, 3, false, 0, 1)));
        Assert.Equal("ZRANGEBYSCORE k (1 +inf WITHSCORES LIMIT 0 5", Words(SortedSetCommands.ZRangeByScoreWithScores("k", ScoreBound.Exclusive(1), double.PositiveInfinity, 0, 5)));
        Assert.Equal("ZREVRANGEBYLEX k + - LIMIT 1 2", Words(SortedSetCommands.ZRevRangeByLex("k", LexBound.Max, LexBound.Min, 1, 2)));
        Assert.Equal("ZUNIONSTORE d 2 a b WEIGHTS 1 0.5 AGGREGATE MAX", Words(SortedSetCommands.ZUnionStore("d", ["a", "b"], [1, 0.5], SortedSetAggregate.Max)));
        Assert.Equal("ZINTER 1 a AGGREGATE MIN WITHSCORES", Words(SortedSetCommands.ZInterWithScores(["a"], null, SortedSetAggregate.Min)));
        Assert.Equal("ZDIFF 2 a b", Words(SortedSetCommands.ZDiff(new List<RedisKey> { "a", "b" })));
        Assert.Equal("ZMPOP 2 a b MAX COUNT 3", Words(SortedSetCommands.ZMPop(["a", "b"], false, true, 3)));
        Assert.Equal("ZINTERCARD 2 a b LIMIT 5", Words(SortedSetCommands.ZInterCard(["a", "b"], 5)));
        Assert.Equal("ZINTERCARD 1 a", Words(SortedSetCommands.ZInterCard(["a"], 0)));
        Assert.Equal("ZPOPMIN k", Words(SortedSetCommands.ZPopMin("k", null)));
        Assert.Equal("ZRANDMEMBER k -3 WITHSCORES", Words(SortedSetCommands.ZRandMemberWithScores("k", -3)));
        Assert.Equal("ZSCAN k 0 MATCH m* COUNT 10", Words(SortedSetCommands.ZScan("k", 0, "m*", 10)));
        Assert.Equal("ZINCRBY k -1.5 m", Words(SortedSetCommands.ZIncrBy("k", -1.5, "m")));
    }

    [Fact]
    public void Sorted_set_arguments_are_checked_by_name()
    {
        Assert.Equal("nx", Assert.Throws<ArgumentException>(() => SortedSetCommands.ZAdd("k", "m", 1, true, false, false, false, true)).ParamName);
        Assert.Equal("gt", Assert.Throws<ArgumentException>(() => SortedSetCommands.ZAddIncr("k", "m", 1, false, true, true, true)).ParamName);
        Assert.Equal("num", Assert.Throws<ArgumentException>(() => SortedSetCommands.ZRange("k", ScoreBound.NegativeInfinity, 1, false, 1, null)).ParamName);
        Assert.Equal("offset", Assert.Throws<ArgumentException>(() => SortedSetCommands.ZRange("k", LexBound.Min, LexBound.Max, false, null, 1)).ParamName);
        Assert.Equal("offset", Assert.Throws<ArgumentOutOfRangeException>(() => SortedSetCommands.ZRange("k", LexBound.Min, LexBound.Max, false, -1, 1)).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => SortedSetCommands.ZInterStore("d", ["a", "b"], [1, 2, 3], null)).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentOutOfRangeException>(() => SortedSetCommands.ZUnion(["a"], [double.NaN], null)).ParamName);
        Assert.Equal("keys", Assert.Throws<ArgumentException>(() => SortedSetCommands.ZUnion([], null, null)).ParamName);
        Assert.Equal("keys", Assert.Throws<ArgumentNullException>(() => SortedSetCommands.ZDiff(["a", (string?)null])).ParamName);
        Assert.Equal("members", Assert.Throws<ArgumentException>(() => SortedSetCommands.ZRem("k", [])).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => SortedSetCommands.ZMPop(["a"], true, false, 0)).ParamName);
        Assert.Equal("limit", Assert.Throws<ArgumentOutOfRangeException>(() => SortedSetCommands.ZInterCard(["a"], -1)).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentNullException>(() => SortedSetCommands.ZDiffStore((string?)null, ["a"])).ParamName);
    }

    [Fact]
    public void Geo_commands_encode_the_center_shape_and_options()
    {
        Assert.Equal("GEOADD k NX CH 13.361389 38.115556 Palermo", Words(GeoCommands.GeoAdd("k", 13.361389, 38.115556, "Palermo", true, false, true)));
        Assert.Equal("GEODIST k a b km", Words(GeoCommands.GeoDist("k", "a", "b", GeoUnit.Kilometers)));
        Assert.Equal("GEODIST k a b", Words(GeoCommands.GeoDist("k", "a", "b", null)));
        Assert.Equal("GEOSEARCH k FROMLONLAT 15 37 BYRADIUS 200 km ASC COUNT 3 ANY WITHCOORD WITHDIST WITHHASH",
            Words(GeoCommands.GeoSearch("k", default, 15, 37, GeoUnit.Kilometers, 200, null, null, GeoSortOrder.Ascending, 3, true, true, true, true)));
        Assert.Equal("GEOSEARCH k FROMMEMBER m BYBOX 2 1 ft DESC",
            Words(GeoCommands.GeoSearch("k", "m", null, null, GeoUnit.Feet, null, 2, 1, GeoSortOrder.Descending, null, false, false, false, false)));
        Assert.Equal("GEOSEARCHSTORE d s FROMMEMBER m BYRADIUS 1.5 mi STOREDIST",
            Words(GeoCommands.GeoSearchStore("d", "s", "m", null, null, GeoUnit.Miles, 1.5, null, null, null, null, false, true)));
    }

    [Fact]
    public void Bitmap_commands_encode_ranges_and_operations()
    {
        Assert.Equal("SETBIT k 7 1", Words(BitmapCommands.SetBit("k", 7, true)));
        Assert.Equal("BITCOUNT k 1 -1 BIT", Words(BitmapCommands.BitCount("k", 1, -1, BitUnit.Bit)));
        Assert.Equal("BITCOUNT k", Words(BitmapCommands.BitCount("k", null, null, null)));
        Assert.Equal("BITPOS k 0 2", Words(BitmapCommands.BitPos("k", false, 2, null, null)));
        Assert.Equal("BITOP XOR d a b", Words(BitmapCommands.BitOp(BitOperation.Xor, "d", ["a", "b"])));
        var operations = new BitFieldOperations(BitFieldOverflow.Sat).Get("u8", 0).Set("i5", "#2", -3).IncrBy("u2", 100, 1, BitFieldOverflow.Fail);
        Assert.Equal("BITFIELD k OVERFLOW SAT GET u8 0 SET i5 #2 -3 OVERFLOW FAIL INCRBY u2 100 1", Words(BitmapCommands.BitField("k", operations)));
        Assert.Equal(3, operations.Count);
        Assert.False(operations.IsReadOnly);

        var reads = new BitFieldOperations().Get("i64", 0).Get("u63", "#1");
        Assert.True(reads.IsReadOnly);
        Assert.Equal("BITFIELD_RO k GET i64 0 GET u63 #1", Words(BitmapCommands.BitFieldRo("k", reads)));
        var queued = BitmapCommands.BitField("k", reads);
        reads.Get("u1", 5);
        Assert.Equal("BITFIELD k GET i64 0 GET u63 #1", Words(queued));
    }

    [Theory]
    [InlineData("u64")]
    [InlineData("i65")]
    [InlineData("i0")]
    [InlineData("x8")]
    [InlineData("u")]
    [InlineData("U8")]
    [InlineData("u-1")]
    public void Bitfield_encodings_are_checked(string encoding) =>
        Assert.Equal("encoding", Assert.Throws<ArgumentException>(() => new BitFieldOperations().Get(encoding, 0)).ParamName);

    [Fact]
    public void Bitmap_arguments_are_checked_by_name()
    {
        Assert.Equal("offset", Assert.Throws<ArgumentException>(() => new BitFieldOperations().Get("u8", "#")).ParamName);
        Assert.Equal("offset", Assert.Throws<ArgumentOutOfRangeException>(() => new BitFieldOperations().Set("u8", -1, 0)).ParamName);
        Assert.Equal("overflow", Assert.Throws<ArgumentOutOfRangeException>(() => new BitFieldOperations().Overflow((BitFieldOverflow)5)).ParamName);
        Assert.Equal("operations", Assert.Throws<ArgumentException>(() => BitmapCommands.BitFieldRo("k", new BitFieldOperations(BitFieldOverflow.Wrap))).ParamName);
        Assert.Equal("keys", Assert.Throws<ArgumentException>(() => BitmapCommands.BitOp(BitOperation.Not, "d", ["a", "b"])).ParamName);
        Assert.Equal("operation", Assert.Throws<ArgumentOutOfRangeException>(() => BitmapCommands.BitOp((BitOperation)9, "d", ["a"])).ParamName);
        Assert.Equal("offset", Assert.Throws<ArgumentOutOfRangeException>(() => BitmapCommands.GetBit("k", -1)).ParamName);
    }

    [Fact]
    public void Key_positions_cover_the_keys_after_a_count_and_after_an_operation()
    {
        Assert.Equal("ZUNIONSTORE ? 2 a b ? ? ? ? ?", Sanitized(SortedSetCommands.ZUnionStore("d", ["a", "b"], [1, 2], SortedSetAggregate.Sum)));
        Assert.Equal("ZMPOP 2 a b ?", Sanitized(SortedSetCommands.ZMPop(["a", "b"], true, false, null)));
        Assert.Equal("ZINTERCARD 1 a ? ?", Sanitized(SortedSetCommands.ZInterCard(["a"], 5)));
        Assert.Equal("ZRANGESTORE d s ? ?", Sanitized(SortedSetCommands.ZRangeStore("d", "s", 0, 1, false)));
        Assert.Equal("BITOP ? d a b", Sanitized(BitmapCommands.BitOp(BitOperation.And, "d", ["a", "b"])));
        Assert.Equal("PFMERGE d a b", Sanitized(HyperLogLogCommands.PfMerge("d", ["a", "b"])));
        Assert.Equal("GEOSEARCHSTORE d s ? ? ? ? ?", Sanitized(GeoCommands.GeoSearchStore("d", "s", "m", null, null, GeoUnit.Meters, 1, null, null, null, null, false, false)));
    }

    [Fact]
    public void Scored_members_read_the_same_from_flat_and_nested_replies()
    {
        var flat = Parse<ScoredMember[], ScoredMemberArrayParser>("*4\r\n$1\r\na\r\n$3\r\n1.5\r\n$1\r\nb\r\n$4\r\n-inf\r\n");
        var nested = Parse<ScoredMember[], ScoredMemberArrayParser>("*2\r\n*2\r\n$1\r\na\r\n,1.5\r\n*2\r\n$1\r\nb\r\n,-inf\r\n");
        var popFlat = Parse<ScoredMember[], ScoredMemberArrayParser>("*2\r\n$1\r\na\r\n,1.5\r\n");
        Assert.Equal([new ScoredMember("a", 1.5), new ScoredMember("b", double.NegativeInfinity)], flat);
        Assert.Equal(flat, nested);
        Assert.Equal([new ScoredMember("a", 1.5)], popFlat);
        Assert.Empty(Parse<ScoredMember[], ScoredMemberArrayParser>("*0\r\n"));
        Assert.Throws<RedisProtocolException>(() => Parse<ScoredMember[], ScoredMemberArrayParser>("*3\r\n$1\r\na\r\n$1\r\n1\r\n$1\r\nb\r\n"));

        var popped = Parse<SortedSetPopResult?, SortedSetPopParser>("*2\r\n$1\r\nk\r\n*1\r\n*2\r\n$1\r\na\r\n$1\r\n2\r\n");
        Assert.Equal("k", popped!.Value.Key);
        Assert.Equal([new ScoredMember("a", 2)], popped.Value.Members);
        Assert.Null(Parse<SortedSetPopResult?, SortedSetPopParser>("*-1\r\n"));
        Assert.Null(Parse<SortedSetPopResult?, SortedSetPopParser>("_\r\n"));
        Assert.Equal(new double?[] { 1, null }, Parse<double?[], NullableDoubleArrayParser>("*2\r\n$1\r\n1\r\n$-1\r\n"));
        Assert.Equal(new double?[] { 1, null }, Parse<double?[], NullableDoubleArrayParser>("*2\r\n,1\r\n_\r\n"));
    }

    [Fact]
    public void Geo_search_matches_are_read_by_the_flags_asked()
    {
        var resp2 = "*1\r\n*4\r\n$7\r\nCatania\r\n$7\r\n56.4413\r\n:3479447370796909\r\n*2\r\n$9\r\n15.087269\r\n$9\r\n37.502669\r\n";
        var resp3 = "*1\r\n*4\r\n$7\r\nCatania\r\n$7\r\n56.4413\r\n:3479447370796909\r\n*2\r\n,15.087269\r\n,37.502669\r\n";
        var expected = new GeoSearchResult("Catania", 56.4413, 3479447370796909, new GeoPosition(15.087269, 37.502669));
        Assert.Equal([expected], Parse<GeoSearchResult[], GeoSearchParser>(resp2, new GeoSearchParser(true, true, true)));
        Assert.Equal([expected], Parse<GeoSearchResult[], GeoSearchParser>(resp3, new GeoSearchParser(true, true, true)));
        Assert.Equal([new GeoSearchResult("a"), new GeoSearchResult("b")], Parse<GeoSearchResult[], GeoSearchParser>("*2\r\n$1\r\na\r\n$1\r\nb\r\n", default));
        Assert.Equal([new GeoSearchResult("a", Hash: 7)], Parse<GeoSearchResult[], GeoSearchParser>("*1\r\n*2\r\n$1\r\na\r\n:7\r\n", new GeoSearchParser(false, false, true)));
        Assert.Throws<RedisProtocolException>(() => Parse<GeoSearchResult[], GeoSearchParser>("*1\r\n*2\r\n$1\r\na\r\n:7\r\n", new GeoSearchParser(true, true, false)));
        Assert.Equal([new GeoPosition(1, 2), null], Parse<GeoPosition?[], GeoPositionArrayParser>("*2\r\n*2\r\n$1\r\n1\r\n$1\r\n2\r\n*-1\r\n"));
        Assert.Equal(new long?[] { 3, null }, Parse<long?[], NullableInt64ArrayParser>("*2\r\n:3\r\n_\r\n"));
    }
}
