namespace RedisKit.Commands;

/// <summary>Collects the arguments of a command whose length depends on its options.</summary>
internal struct ArgListBuilder(int capacity)
{
    private RedisValue[] _items = new RedisValue[Math.Max(capacity, 4)];
    private int _count;

    public readonly int Count => _count;

    public void Add(RedisValue value)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++] = value;
    }

    /// <summary>Replaces an argument already added, such as a key count known only after the keys.</summary>
    public readonly void Set(int index, RedisValue value)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
        _items[index] = value;
    }

    public readonly ArgList Build() => new(_items, _count);
}
