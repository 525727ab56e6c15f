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

    /// <summary>
    /// Creates the exception for the error reply of <paramref name="command"/>; the reply is
    /// redacted first when the command's arguments may carry secrets.
    /// </summary>
    public static RedisResponseException ToException(string message, Commands.CommandInfo? command) =>
        ToException(command is not null && (command.Flags & Commands.CommandFlags.Sensitive) != 0 ? Redact(message) : message);

    /// <summary>
    /// Hides what an error quotes of a password rule. Redis quotes the offending argument
    /// (<c>Error in ACL SETUSER modifier '&lt;secret': ...</c>), and a password may itself contain
    /// quotes, so everything from the first quote to the last goes when it holds a password rule
    /// (<c>&gt;</c> adds one, <c>&lt;</c> removes one, <c>#</c> and <c>!</c> name one by hash): the
    /// server's explanation around it stays.
    /// </summary>
    public static string Redact(string message)
    {
        var first = message.IndexOf('\'');
        var last = message.LastIndexOf('\'');
        if (first < 0 || last <= first)
        {
            // No quoted argument: nothing the server echoed can be told apart, and none is known to be echoed unquoted.
            return message;
        }

        var quoted = message.AsSpan(first + 1, last - first - 1);
        var holdsPassword = quoted.IndexOfAny('>', '<') >= 0 || (!quoted.IsEmpty && quoted[0] is '#' or '!');
        return holdsPassword ? string.Concat(message.AsSpan(0, first + 1), "(redacted)", message.AsSpan(last)) : message;
    }

    /// <summary>
    /// Whether an error reply with <paramref name="prefix"/> may succeed if the same command is
    /// sent again later, unchanged, to the same connection target. True only for states the
    /// server leaves by itself: LOADING (the dataset is loading), BUSY (a script or function runs
    /// past its time limit), MASTERDOWN (a replica lost its master), NOREPLICAS (too few replicas
    /// for <c>min-replicas-to-write</c>), READONLY (a failover made the node a replica), TRYAGAIN
    /// (a multi-key command during resharding) and CLUSTERDOWN. MOVED and ASK need the command
    /// sent elsewhere (with ASKING, for ASK), CROSSSLOT needs different keys, and every other
    /// prefix (ERR, WRONGTYPE, NOSCRIPT, NOPERM, OOM...) names a fault retrying does not mend.
    /// </summary>
    public static bool IsTransient(string prefix) => prefix switch
    {
        "LOADING" or "BUSY" or "MASTERDOWN" or "NOREPLICAS" or "READONLY" or "TRYAGAIN" or "CLUSTERDOWN" => true,
        _ => false,
    };

    /// <summary>
    /// Added to a NOAUTH reply: the server's words ("Authentication required") do not say that the
    /// connection lacks a password, nor where one goes. A connection made before the server required
    /// one, or reset with RESET, gets NOAUTH for its commands.
    /// </summary>
    public const string NoAuthAdvice =
        " (This connection is not authenticated and the server requires a password: set it in the URL (redis://:password@host or redis://user:password@host), "
        + "in a connection string (password=...), in RedisOptions.Password / Redis:Password, or supply it with RedisOptions.CredentialProvider.)";

    /// <summary>The server's own text of a NOAUTH error, without <see cref="NoAuthAdvice"/>.</summary>
    public static string ServerText(RedisResponseException error) =>
        error.Message.EndsWith(NoAuthAdvice, StringComparison.Ordinal) ? error.Message[..^NoAuthAdvice.Length] : error.Message;

    /// <summary>Creates the exception for a prefix with a message of the caller's own.</summary>
    public static RedisResponseException ToException(string prefix, string message)
    {
        return prefix switch
        {
            "NOAUTH" => new RedisAuthenticationException(prefix, message.EndsWith(NoAuthAdvice, StringComparison.Ordinal) ? message : message + NoAuthAdvice),
            "WRONGPASS" => new RedisAuthenticationException(prefix, message),
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
