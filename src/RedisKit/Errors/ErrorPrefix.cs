namespace RedisKit;

/// <summary>Maps a server error reply to the exception type that names it.</summary>
internal static class ErrorPrefix
{
    /// <summary>The first word of an error text: everything up to the first space.</summary>
    public static string Of(string message)
    {
        if (string.IsNullOrEmpty(message))
        {
            return "ERR";
        }

        var space = message.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? message : message[..space];
    }

    /// <summary>Creates the exception for an error reply's text.</summary>
    public static RedisResponseException ToException(string message) => ToException(Of(message), message);

    /// <summary>Creates the exception for a prefix with a message of the caller's own.</summary>
    public static RedisResponseException ToException(string prefix, string message)
    {
        return prefix switch
        {
            "WRONGPASS" or "NOAUTH" => new RedisAuthenticationException(prefix, message),
            "NOPERM" => new RedisPermissionException(prefix, message),
            "NOSCRIPT" => new RedisNoScriptException(prefix, message),
            "READONLY" => new RedisReadOnlyException(prefix, message),
            "LOADING" => new RedisBusyLoadingException(prefix, message),
            "EXECABORT" => new RedisExecAbortException(prefix, message),
            "MOVED" or "ASK" or "CLUSTERDOWN" or "CROSSSLOT" or "TRYAGAIN" => new RedisClusterException(prefix, message),
            _ => new RedisResponseException(prefix, message),
        };
    }
}
