namespace RedisKit;

/// <summary>What FUNCTION RESTORE does with the libraries already loaded.</summary>
public enum FunctionRestorePolicy
{
    /// <summary>APPEND (Redis' default): adds the payload's libraries; fails if one of them already exists.</summary>
    Append,

    /// <summary>REPLACE: adds the payload's libraries, replacing those of the same name.</summary>
    Replace,

    /// <summary>FLUSH: deletes every library first, then loads the payload's.</summary>
    Flush,
}
