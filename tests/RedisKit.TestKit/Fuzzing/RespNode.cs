using System.Globalization;
using System.Text;

namespace RedisKit.TestKit.Fuzzing;

/// <summary>
/// One RESP value as the fuzzer builds and mutates it. Aggregates hold their children flat (a map's
/// keys and values alternate); the declared length can be overridden to lie about them, and a
/// deep nest of any aggregate kinds is written iteratively so the fuzzer itself never recurses deeply.
/// </summary>
public sealed class RespNode
{
    private RespNode(char type, string text, List<RespNode>? children)
    {
        Type = type;
        Text = text;
        Children = children ?? [];
    }

    /// <summary>The RESP type byte: + - : $ ! = _ , # ( * % ~ &gt; or 'N' for a nest.</summary>
    public char Type { get; set; }

    /// <summary>A scalar's payload (for verbatim strings, format and colon included).</summary>
    public string Text { get; set; }

    public List<RespNode> Children { get; }

    /// <summary>Written instead of the true count or length when set: off by one, negative, huge or garbage.</summary>
    public string? LengthOverride { get; set; }

    /// <summary>An aggregate written with <c>?</c> and ended by <c>.</c>; a bulk string in <c>;</c> chunks.</summary>
    public bool Streamed { get; set; }

    /// <summary>Leaves out the end marker of a streamed aggregate.</summary>
    public bool OmitStreamEnd { get; set; }

    /// <summary>An attribute (a <c>|</c> node) written right before this value.</summary>
    public RespNode? Attribute { get; set; }

    /// <summary>For a nest: the aggregate kind of each level, outermost first (<c>?</c> is a streamed array).</summary>
    public char[] NestKinds { get; private set; } = [];

    public bool IsAggregate => Type is '*' or '%' or '~' or '>' or '|';

    public static RespNode Simple(string text) => new('+', text, null);

    public static RespNode Error(string text) => new('-', text, null);

    public static RespNode BulkError(string text) => new('!', text, null);

    public static RespNode Num(long value) => new(':', value.ToString(CultureInfo.InvariantCulture), null);

    public static RespNode Bulk(string text) => new('$', text, null);

    public static RespNode NullBulk() => new('$', string.Empty, null) { LengthOverride = "-1" };

    public static RespNode NullArray() => new('*', string.Empty, null) { LengthOverride = "-1" };

    public static RespNode Null() => new('_', string.Empty, null);

    public static RespNode Dbl(string text) => new(',', text, null);

    public static RespNode Boolean(bool value) => new('#', value ? "t" : "f", null);

    public static RespNode BigNumber(string digits) => new('(', digits, null);

    public static RespNode Verbatim(string text) => new('=', "txt:" + text, null);

    public static RespNode Scalar(char type, string text) => new(type, text, null);

    public static RespNode Array(params RespNode[] items) => new('*', string.Empty, [.. items]);

    public static RespNode Set(params RespNode[] items) => new('~', string.Empty, [.. items]);

    public static RespNode Push(params RespNode[] items) => new('>', string.Empty, [.. items]);

    /// <summary>A map from alternating keys and values.</summary>
    public static RespNode Map(params RespNode[] keysAndValues) => new('%', string.Empty, [.. keysAndValues]);

    /// <summary>An attribute of alternating keys and values, for <see cref="Attribute"/>.</summary>
    public static RespNode AttributeOf(params RespNode[] keysAndValues) => new('|', string.Empty, [.. keysAndValues]);

    public static RespNode Aggregate(char type, IEnumerable<RespNode> children) => new(type, string.Empty, [.. children]);

    /// <summary><paramref name="kinds"/>.Length levels of aggregates around <paramref name="leaf"/>.</summary>
    public static RespNode Nest(char[] kinds, RespNode leaf) => new('N', string.Empty, [leaf]) { NestKinds = kinds };

    /// <summary>Makes this node the same nest as <paramref name="other"/> (its leaf is copied by the caller).</summary>
    public void CopyNestFrom(RespNode other) => NestKinds = other.NestKinds;

    /// <summary>Every node of the tree (nests count as one), for picking a mutation target.</summary>
    public List<RespNode> Flatten()
    {
        var all = new List<RespNode>();
        var stack = new Stack<RespNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            all.Add(node);
            if (node.Type != 'N')
            {
                foreach (var child in node.Children)
                {
                    stack.Push(child);
                }
            }
        }

        return all;
    }

    public byte[] ToBytes()
    {
        var output = new MemoryStream();
        Write(output);
        return output.ToArray();
    }

    public void Write(Stream output)
    {
        // An explicit stack: values to write, and end markers of streamed aggregates.
        var work = new Stack<(RespNode? Node, string? Raw)>();
        work.Push((this, null));
        while (work.Count > 0)
        {
            var (node, raw) = work.Pop();
            if (raw is not null)
            {
                WriteAscii(output, raw);
                continue;
            }

            // Attributes are shallow (a mutation adds one at a time), so writing one is a short recursion.
            node!.Attribute?.Write(output);
            WriteNode(output, node, work);
        }
    }

    private static void WriteNode(Stream output, RespNode node, Stack<(RespNode? Node, string? Raw)> work)
    {
        switch (node.Type)
        {
            case 'N':
                WriteNest(output, node);
                return;
            case '*' or '%' or '~' or '>' or '|':
                var count = node.Type is '%' or '|' ? node.Children.Count / 2 : node.Children.Count;
                if (node.Streamed)
                {
                    WriteAscii(output, node.Type + "?\r\n");
                    if (!node.OmitStreamEnd)
                    {
                        work.Push((null, ".\r\n"));
                    }
                }
                else
                {
                    WriteAscii(output, node.Type + (node.LengthOverride ?? count.ToString(CultureInfo.InvariantCulture)) + "\r\n");
                }

                for (var i = node.Children.Count - 1; i >= 0; i--)
                {
                    work.Push((node.Children[i], null));
                }

                return;
            case '$' or '!' or '=':
                var body = Encoding.UTF8.GetBytes(node.Text);
                if (node.Streamed && node.Type == '$')
                {
                    WriteAscii(output, "$?\r\n");
                    for (var offset = 0; offset < body.Length; offset += 3)
                    {
                        var chunk = Math.Min(3, body.Length - offset);
                        WriteAscii(output, ";" + chunk.ToString(CultureInfo.InvariantCulture) + "\r\n");
                        output.Write(body, offset, chunk);
                        WriteAscii(output, "\r\n");
                    }

                    WriteAscii(output, ";0\r\n");
                    return;
                }

                WriteAscii(output, node.Type + (node.LengthOverride ?? body.Length.ToString(CultureInfo.InvariantCulture)) + "\r\n");
                if (node.LengthOverride != "-1")
                {
                    output.Write(body);
                    WriteAscii(output, "\r\n");
                }

                return;
            default:
                output.WriteByte((byte)node.Type);
                output.Write(Encoding.UTF8.GetBytes(node.Text));
                WriteAscii(output, "\r\n");
                return;
        }
    }

    private static void WriteNest(Stream output, RespNode nest)
    {
        var kinds = nest.NestKinds;
        foreach (var kind in kinds)
        {
            WriteAscii(output, kind switch
            {
                '%' => "%1\r\n+k\r\n",
                '|' => "|1\r\n+k\r\n",
                '?' => "*?\r\n",
                _ => kind + "1\r\n",
            });
        }

        nest.Children[0].Write(output);
        for (var i = kinds.Length - 1; i >= 0; i--)
        {
            switch (kinds[i])
            {
                case '?':
                    WriteAscii(output, ".\r\n");
                    break;
                case '|':
                    // The value the attribute decorates.
                    WriteAscii(output, ":1\r\n");
                    break;
            }
        }
    }

    private static void WriteAscii(Stream output, string text) => output.Write(Encoding.ASCII.GetBytes(text));
}
