namespace RedisKit;

/// <summary>Where LINSERT puts the new element relative to the pivot (Redis's <c>BEFORE</c> and <c>AFTER</c>).</summary>
public enum ListInsertPosition
{
    /// <summary>Just before the pivot, nearer the head.</summary>
    Before,

    /// <summary>Just after the pivot, nearer the tail.</summary>
    After,
}
