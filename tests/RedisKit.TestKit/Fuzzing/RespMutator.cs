using System.Globalization;
using System.Text;

namespace RedisKit.TestKit.Fuzzing;

/// <summary>
/// Turns a valid reply into a hostile one: wrong types, error elements, lying lengths, deep nesting
/// of every aggregate kind, invalid doubles, big numbers, verbatim strings and booleans, attributes
/// and pushes in between, truncation, stray CR/LF and frames nobody asked for.
/// </summary>
public static class RespMutator
{
    private static readonly char[] NestKinds = ['*', '%', '~', '>', '|', '?'];

    /// <summary>Applies one to three mutations; the reply closes the connection when it was cut short.</summary>
    public static ScriptedReply Mutate(RespNode valid, bool resp3, Random random)
    {
        var mutations = random.Next(1, 4);
        for (var i = 0; i < mutations; i++)
        {
            MutateTree(valid, resp3, random);
        }

        var bytes = valid.ToBytes();
        var close = false;
        switch (random.Next(12))
        {
            case 0:
                // Cut short, then closed, so the client sees end of stream mid-frame.
                bytes = bytes[..random.Next(bytes.Length)];
                close = true;
                break;
            case 1:
                bytes = Insert(bytes, random.Next(bytes.Length + 1), random.Next(3) switch { 0 => "\r", 1 => "\n", _ => "\r\n" });
                break;
            case 2:
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                break;
            case 3:
                // An unsolicited push first: an invalidation, a message, or a malformed one.
                bytes = [.. UnsolicitedPush(random, resp3).ToBytes(), .. bytes];
                break;
            case 4:
                // A frame nobody asked for after the reply.
                bytes = [.. bytes, .. ReplyTemplates.RandomValue(random, resp3, 0).ToBytes()];
                break;
        }

        // A lie about a length often leaves the client waiting for bytes that never come; closing
        // now and then keeps the run short, staying open now and then checks the socket timeout.
        return new ScriptedReply(bytes, close || random.Next(3) == 0);
    }

    private static void MutateTree(RespNode root, bool resp3, Random random)
    {
        var nodes = root.Flatten();
        var target = nodes[random.Next(nodes.Count)];
        switch (random.Next(14))
        {
            case 0:
                Replace(target, random.Next(2) == 0 ? RespNode.Error("ERR upstream failure") : RespNode.BulkError("ERR upstream failure"));
                break;
            case 1:
                Replace(target, ReplyTemplates.RandomValue(random, resp3, 2));
                break;
            case 2 when target.IsAggregate || target.Type is '$' or '!' or '=':
                target.LengthOverride = LyingLength(random, target);
                break;
            case 3:
                Replace(target, InvalidScalar(random));
                break;
            case 4:
                Replace(target, DeepNest(random, random.Next(2) == 0 ? RespNode.Num(1) : RespNode.Bulk("x")));
                break;
            case 5:
                target.Attribute = RespNode.AttributeOf(RespNode.Simple("ttl"), random.Next(2) == 0 ? RespNode.Num(3) : ReplyTemplates.RandomValue(random, resp3, 1));
                break;
            case 6 when target.IsAggregate && target.Type != '|':
                target.Streamed = true;
                target.OmitStreamEnd = random.Next(4) == 0;
                break;
            case 7 when target.Type == '$':
                target.Streamed = true;
                break;
            case 8 when target.IsAggregate && target.Children.Count > 0:
                target.Children.RemoveAt(random.Next(target.Children.Count));
                break;
            case 9 when target.IsAggregate:
                target.Children.Insert(random.Next(target.Children.Count + 1), ReplyTemplates.RandomValue(random, resp3, 2));
                break;
            case 10 when target.IsAggregate:
                // The same children under another aggregate kind (a map where an array was, say).
                target.Type = "*%~>"[random.Next(4)];
                break;
            case 11:
                Replace(target, random.Next(3) switch { 0 => RespNode.Null(), 1 => RespNode.NullBulk(), _ => RespNode.NullArray() });
                break;
            case 12:
                Replace(target, RespNode.Scalar(target.Type is 'N' or '*' or '%' or '~' or '>' or '|' ? '+' : target.Type, target.Text + "\r\n"));
                break;
            default:
                Replace(target, UnsolicitedPush(random, resp3));
                break;
        }
    }

    private static void Replace(RespNode target, RespNode replacement)
    {
        // Mutates in place, so a node deep in the tree is replaced without knowing its parent.
        target.Type = replacement.Type;
        target.Text = replacement.Text;
        target.Children.Clear();
        target.Children.AddRange(replacement.Children);
        target.LengthOverride = replacement.LengthOverride;
        target.Streamed = replacement.Streamed;
        target.OmitStreamEnd = replacement.OmitStreamEnd;
        target.Attribute = replacement.Attribute;
        if (replacement.Type == 'N')
        {
            target.CopyNestFrom(replacement);
        }
    }

    private static string LyingLength(Random random, RespNode target)
    {
        var truth = target.IsAggregate
            ? (target.Type is '%' or '|' ? target.Children.Count / 2 : target.Children.Count)
            : Encoding.UTF8.GetByteCount(target.Text);
        return random.Next(9) switch
        {
            0 => (truth + 1).ToString(CultureInfo.InvariantCulture),
            1 => (truth - 1).ToString(CultureInfo.InvariantCulture),
            2 => "-1",
            3 => "-2",
            4 => "-9223372036854775808",
            5 => "2147483647",
            6 => "9223372036854775807",
            7 => "99999999999999999999999",
            _ => random.Next(3) switch { 0 => "abc", 1 => string.Empty, _ => "1 2" },
        };
    }

    private static RespNode InvalidScalar(Random random) => random.Next(16) switch
    {
        0 => RespNode.Dbl("1.2.3"),
        1 => RespNode.Dbl(string.Empty),
        2 => RespNode.Dbl("1e999999"),
        3 => RespNode.Dbl(new string('9', 300)),
        4 => RespNode.Dbl("nanx"),
        5 => RespNode.BigNumber("12a"),
        6 => RespNode.BigNumber(string.Empty),
        7 => RespNode.BigNumber("-"),
        8 => RespNode.BigNumber(new string('9', random.Next(2) == 0 ? 20_000 : 2_000_000)),
        9 => RespNode.Scalar('=', "tx"),
        10 => RespNode.Scalar('=', "txtnocolon"),
        11 => RespNode.Scalar('#', random.Next(2) == 0 ? "x" : "tt"),
        12 => RespNode.Scalar('#', string.Empty),
        13 => RespNode.Scalar('_', "x"),
        14 => RespNode.Num(1) is var integer ? Set(integer, "12345678901234567890123") : integer,
        _ => RespNode.Scalar((char)random.Next(0x21, 0x7f), "junk"),
    };

    private static RespNode Set(RespNode node, string text)
    {
        node.Text = text;
        return node;
    }

    private static RespNode DeepNest(Random random, RespNode leaf)
    {
        var depth = random.Next(6) switch
        {
            0 => 2,
            1 => 999,
            2 => 1_001,
            3 => 5_000,
            4 => 100_000,
            _ => random.Next(10, 200),
        };
        var kinds = new char[depth];
        var single = random.Next(2) == 0 ? NestKinds[random.Next(NestKinds.Length)] : '\0';
        for (var i = 0; i < depth; i++)
        {
            kinds[i] = single != '\0' ? single : NestKinds[random.Next(NestKinds.Length)];
        }

        return RespNode.Nest(kinds, leaf);
    }

    private static RespNode UnsolicitedPush(Random random, bool resp3) => random.Next(4) switch
    {
        0 => RespNode.Push(RespNode.Bulk("invalidate"), RespNode.Array(RespNode.Bulk("k"))),
        1 => RespNode.Push(RespNode.Bulk("message"), RespNode.Bulk("channel"), RespNode.Bulk("payload")),
        2 => RespNode.Push(RespNode.Bulk("message"), RespNode.Error("ERR inside a push")),
        _ => RespNode.Push(ReplyTemplates.RandomValue(random, resp3, 1)),
    };

    private static byte[] Insert(byte[] bytes, int at, string text) => [.. bytes.AsSpan(0, at), .. Encoding.ASCII.GetBytes(text), .. bytes.AsSpan(at)];
}
