namespace RedisKit;

/// <summary>What the start and end of BITCOUNT and BITPOS count (redis-py's <c>mode='BYTE'</c> or <c>'BIT'</c>); bytes unless said otherwise.</summary>
public enum BitUnit
{
    /// <summary>The range is in bytes (BYTE): Redis' default.</summary>
    Byte,

    /// <summary>The range is in bits (BIT).</summary>
    Bit,
}
