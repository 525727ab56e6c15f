namespace RedisKit.Protocol;

/// <summary>Dictionary keys of untyped replies: byte arrays compare by content, everything else as usual.</summary>
internal sealed class ContentEqualityComparer : IEqualityComparer<object>
{
    public static readonly ContentEqualityComparer Instance = new();

    public new bool Equals(object? x, object? y) => x is byte[] a && y is byte[] b ? a.AsSpan().SequenceEqual(b) : object.Equals(x, y);

    public int GetHashCode(object obj)
    {
        if (obj is not byte[] bytes)
        {
            return obj.GetHashCode();
        }

        var hash = new HashCode();
        hash.AddBytes(bytes);
        return hash.ToHashCode();
    }
}
