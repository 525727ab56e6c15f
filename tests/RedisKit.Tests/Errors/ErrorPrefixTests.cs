namespace RedisKit.Tests.Errors;

public sealed class ErrorPrefixTests
{
    [Theory]
    [InlineData("WRONGPASS invalid username-password pair", typeof(RedisAuthenticationException), "WRONGPASS", false)]
    [InlineData("NOAUTH Authentication required.", typeof(RedisAuthenticationException), "NOAUTH", false)]
    [InlineData("NOPERM this user has no permissions to run the 'set' command", typeof(RedisPermissionException), "NOPERM", false)]
    [InlineData("NOSCRIPT No matching script.", typeof(RedisNoScriptException), "NOSCRIPT", false)]
    [InlineData("READONLY You can't write against a read only replica.", typeof(RedisReadOnlyException), "READONLY", true)]
    [InlineData("LOADING Redis is loading the dataset in memory", typeof(RedisBusyLoadingException), "LOADING", true)]
    [InlineData("EXECABORT Transaction discarded because of previous errors.", typeof(RedisExecAbortException), "EXECABORT", false)]
    [InlineData("MOVED 3999 127.0.0.1:6381", typeof(RedisClusterException), "MOVED", false)]
    [InlineData("ASK 3999 127.0.0.1:6381", typeof(RedisClusterException), "ASK", false)]
    [InlineData("CLUSTERDOWN The cluster is down", typeof(RedisClusterException), "CLUSTERDOWN", true)]
    [InlineData("CROSSSLOT Keys in request don't hash to the same slot", typeof(RedisClusterException), "CROSSSLOT", false)]
    [InlineData("TRYAGAIN Multiple keys request during rehashing of slot", typeof(RedisClusterException), "TRYAGAIN", true)]
    [InlineData("WRONGTYPE Operation against a key holding the wrong kind of value", typeof(RedisResponseException), "WRONGTYPE", false)]
    [InlineData("ERR unknown command 'FOO'", typeof(RedisResponseException), "ERR", false)]
    [InlineData("BUSYGROUP Consumer Group name already exists", typeof(RedisResponseException), "BUSYGROUP", false)]
    [InlineData("NOSPACEHERE", typeof(RedisResponseException), "NOSPACEHERE", false)]
    [InlineData("BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.", typeof(RedisResponseException), "BUSY", true)]
    [InlineData("MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.", typeof(RedisResponseException), "MASTERDOWN", true)]
    [InlineData("NOREPLICAS Not enough good replicas to write.", typeof(RedisResponseException), "NOREPLICAS", true)]
    [InlineData("OOM command not allowed when used memory > 'maxmemory'.", typeof(RedisResponseException), "OOM", false)]
    [InlineData("MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk.", typeof(RedisResponseException), "MISCONF", false)]
    [InlineData("BUSYKEY Target key name already exists.", typeof(RedisResponseException), "BUSYKEY", false)]
    [InlineData("NOGROUP No such key 'k' or consumer group 'g'", typeof(RedisResponseException), "NOGROUP", false)]
    [InlineData("UNBLOCKED client unblocked via CLIENT UNBLOCK", typeof(RedisResponseException), "UNBLOCKED", false)]
    [InlineData("NOPROTO unsupported protocol version", typeof(RedisResponseException), "NOPROTO", false)]
    public void Error_replies_map_to_the_exception_named_by_their_prefix(string text, Type expected, string prefix, bool transient)
    {
        var exception = ErrorPrefix.ToException(text);
        Assert.IsType(expected, exception);
        Assert.Equal(prefix, exception.Prefix);
        // NOAUTH gets advice appended (where to set a password), which CredentialTests checks.
        Assert.Equal(text, prefix == "NOAUTH" ? ErrorPrefix.ServerText(exception) : exception.Message);
        Assert.Equal(transient, exception.IsTransient);
    }

    [Fact]
    public void Connection_failures_are_transient_and_protocol_failures_are_not()
    {
        Assert.True(new RedisConnectionException("x").IsTransient);
        Assert.True(new RedisTimeoutException("x").IsTransient);
        Assert.True(new RedisPoolExhaustedException("x").IsTransient);
        Assert.True(new RedisWatchException().IsTransient);
        Assert.False(new RedisProtocolException("x").IsTransient);
        Assert.False(new RedisLockNotOwnedException().IsTransient);
        Assert.False(new RedisConnectionStateLostException("x").IsTransient);
        Assert.IsAssignableFrom<RedisConnectionException>(new RedisConnectionStateLostException());
        Assert.False(new RedisExecAbortException().IsTransient);
        Assert.False(new RedisNoScriptException().IsTransient);
        Assert.False(new RedisPermissionException().IsTransient);
        Assert.False(new RedisAuthenticationException().IsTransient);
        Assert.True(new RedisClusterException().IsTransient);
        Assert.True(new RedisBusyLoadingException().IsTransient);
        Assert.True(new RedisReadOnlyException().IsTransient);
        Assert.IsAssignableFrom<RedisException>(new RedisAuthenticationException());
        Assert.Equal("ERR", ErrorPrefix.Of(string.Empty));
    }

    [Theory]
    [InlineData("MOVED", false)]
    [InlineData("ASK", false)]
    [InlineData("CROSSSLOT", false)]
    [InlineData("TRYAGAIN", true)]
    [InlineData("CLUSTERDOWN", true)]
    public void Cluster_errors_are_transient_only_when_the_cluster_leaves_the_state_by_itself(string prefix, bool transient)
    {
        Assert.Equal(transient, new RedisClusterException(prefix, prefix + " detail").IsTransient);
        Assert.Equal(transient, ErrorPrefix.IsTransient(prefix));
    }
}
