namespace RedisKit;

/// <summary>What BITFIELD's SET and INCRBY do when a value does not fit its field (OVERFLOW).</summary>
public enum BitFieldOverflow
{
    /// <summary>Wrap around, as integer arithmetic does (WRAP): Redis' default.</summary>
    Wrap,

    /// <summary>Saturate at the field's minimum or maximum (SAT).</summary>
    Sat,

    /// <summary>Leave the field unchanged and give null for that operation (FAIL).</summary>
    Fail,
}
