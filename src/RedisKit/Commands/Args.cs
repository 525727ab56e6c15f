using System.Text;
using RedisKit.Protocol;

namespace RedisKit.Commands;

/// <summary>No arguments after the command name.</summary>
internal readonly struct NoArgs : ICommandArgs
{
    public int Count => 0;

    public RedisValue Argument(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    public void WriteTo(ref RespWriter writer, Encoding encoding)
    {
    }
}

/// <summary>One argument.</summary>
internal readonly struct Args1(RedisValue a) : ICommandArgs
{
    public int Count => 1;

    public RedisValue Argument(int index) => index == 0 ? a : throw new ArgumentOutOfRangeException(nameof(index));

    public void WriteTo(ref RespWriter writer, Encoding encoding) => a.WriteTo(ref writer, encoding);
}

/// <summary>Two arguments.</summary>
internal readonly struct Args2(RedisValue a, RedisValue b) : ICommandArgs
{
    public int Count => 2;

    public RedisValue Argument(int index) => index switch { 0 => a, 1 => b, _ => throw new ArgumentOutOfRangeException(nameof(index)) };

    public void WriteTo(ref RespWriter writer, Encoding encoding)
    {
        a.WriteTo(ref writer, encoding);
        b.WriteTo(ref writer, encoding);
    }
}

/// <summary>Three arguments.</summary>
internal readonly struct Args3(RedisValue a, RedisValue b, RedisValue c) : ICommandArgs
{
    public int Count => 3;

    public RedisValue Argument(int index) => index switch { 0 => a, 1 => b, 2 => c, _ => throw new ArgumentOutOfRangeException(nameof(index)) };

    public void WriteTo(ref RespWriter writer, Encoding encoding)
    {
        a.WriteTo(ref writer, encoding);
        b.WriteTo(ref writer, encoding);
        c.WriteTo(ref writer, encoding);
    }
}

/// <summary>A variable number of arguments, for commands whose shape depends on options or key counts.</summary>
internal readonly struct ArgList(RedisValue[] items, int count) : ICommandArgs
{
    public int Count => count;

    public RedisValue Argument(int index) => (uint)index < (uint)count ? items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>A copy with the first argument replaced (EVALSHA's SHA by EVAL's script).</summary>
    public ArgList WithFirst(RedisValue first)
    {
        var copy = new RedisValue[count];
        Array.Copy(items, copy, count);
        copy[0] = first;
        return new ArgList(copy, count);
    }

    public void WriteTo(ref RespWriter writer, Encoding encoding)
    {
        for (var i = 0; i < count; i++)
        {
            items[i].WriteTo(ref writer, encoding);
        }
    }
}

/// <summary>Four arguments.</summary>
internal readonly struct Args4(RedisValue a, RedisValue b, RedisValue c, RedisValue d) : ICommandArgs
{
    public int Count => 4;

    public RedisValue Argument(int index) => index switch { 0 => a, 1 => b, 2 => c, 3 => d, _ => throw new ArgumentOutOfRangeException(nameof(index)) };

    public void WriteTo(ref RespWriter writer, Encoding encoding)
    {
        a.WriteTo(ref writer, encoding);
        b.WriteTo(ref writer, encoding);
        c.WriteTo(ref writer, encoding);
        d.WriteTo(ref writer, encoding);
    }
}

/// <summary>
/// One argument, or two when <c>second</c> is set: for a definition that picks the shorter form of a
/// command for the default (INCR for INCRBY 1) without allocating.
/// </summary>
internal readonly struct Args1Or2(RedisValue a, RedisValue b, bool second) : ICommandArgs
{
    public int Count => second ? 2 : 1;

    public RedisValue Argument(int index) => index == 0 ? a : index == 1 && second ? b : throw new ArgumentOutOfRangeException(nameof(index));

    public void WriteTo(ref RespWriter writer, Encoding encoding)
    {
        a.WriteTo(ref writer, encoding);
        if (second)
        {
            b.WriteTo(ref writer, encoding);
        }
    }
}

/// <summary>Two arguments, or three when <c>third</c> is set (see <see cref="Args1Or2"/>).</summary>
internal readonly struct Args2Or3(RedisValue a, RedisValue b, RedisValue c, bool third) : ICommandArgs
{
    public int Count => third ? 3 : 2;

    public RedisValue Argument(int index) => index switch { 0 => a, 1 => b, 2 when third => c, _ => throw new ArgumentOutOfRangeException(nameof(index)) };

    public void WriteTo(ref RespWriter writer, Encoding encoding)
    {
        a.WriteTo(ref writer, encoding);
        b.WriteTo(ref writer, encoding);
        if (third)
        {
            c.WriteTo(ref writer, encoding);
        }
    }
}
