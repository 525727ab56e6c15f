using System.Globalization;

namespace RedisKit;

/// <summary>
/// DEBUG OBJECT: the server's low-level view of one key's value. The common fields are typed;
/// <see cref="Fields"/> holds every <c>name:value</c> pair of the reply, including type-specific
/// ones such as <c>ql_nodes</c> for lists.
/// </summary>
public sealed class DebugObjectInfo
{
    internal DebugObjectInfo(IReadOnlyDictionary<string, string> fields)
    {
        Fields = fields;
    }

    /// <summary>Every <c>name:value</c> pair of the reply.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; }

    /// <summary>The value's internal encoding (<c>encoding</c>), such as <c>embstr</c>, <c>listpack</c> or <c>hashtable</c>.</summary>
    public string Encoding => Fields.TryGetValue("encoding", out var value) ? value : string.Empty;

    /// <summary>How many references the server holds to the value (<c>refcount</c>).</summary>
    public long RefCount => GetInt64("refcount");

    /// <summary>The value's size once serialized, in bytes (<c>serializedlength</c>).</summary>
    public long SerializedLength => GetInt64("serializedlength");

    /// <summary>Time since the value was last accessed (<c>lru_seconds_idle</c>).</summary>
    public TimeSpan Idle => TimeSpan.FromSeconds(GetInt64("lru_seconds_idle"));

    private long GetInt64(string field) =>
        Fields.TryGetValue(field, out var value) && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : 0;

    /// <summary>Parses DEBUG OBJECT's line: <c>Value at:0x... refcount:1 encoding:embstr serializedlength:2 lru:... lru_seconds_idle:0</c>.</summary>
    internal static DebugObjectInfo Parse(ReadOnlySpan<char> line)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var range in line.Split(' '))
        {
            var pair = line[range];
            var colon = pair.IndexOf(':');
            if (colon > 0)
            {
                fields[pair[..colon].ToString()] = pair[(colon + 1)..].ToString();
            }
        }

        return new DebugObjectInfo(fields);
    }

    /// <summary>The encoding, reference count and serialized length.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"encoding={Encoding} refcount={RefCount} serializedlength={SerializedLength}");
}
