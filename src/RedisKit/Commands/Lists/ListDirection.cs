namespace RedisKit;

/// <summary>An end of a list, for LMOVE, BLMOVE, LMPOP and BLMPOP (Redis's <c>LEFT</c> and <c>RIGHT</c>).</summary>
public enum ListDirection
{
    /// <summary>The head of the list (<c>LEFT</c>), where LPUSH adds and LPOP takes.</summary>
    Left,

    /// <summary>The tail of the list (<c>RIGHT</c>), where RPUSH adds and RPOP takes.</summary>
    Right,
}
