namespace RedisKit;

/// <summary>The operation of BITOP, applied byte by byte across the source keys.</summary>
public enum BitOperation
{
    /// <summary>Bitwise AND of every source.</summary>
    And,

    /// <summary>Bitwise OR of every source.</summary>
    Or,

    /// <summary>Bitwise XOR of every source.</summary>
    Xor,

    /// <summary>Bitwise NOT of exactly one source.</summary>
    Not,
}
