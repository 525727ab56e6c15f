using RedisKit.Commands.Parsers;

namespace RedisKit.Commands;

/// <summary>
/// The commands about a server's place among others: ROLE, REPLICAOF, FAILOVER, and MIGRATE, which
/// moves keys to another server. Each definition is the command's one hand-written place.
/// </summary>
internal static class ReplicationCommands
{
    /// <summary>ROLE: whether the server is a primary, a replica or a Sentinel, with its replication state.</summary>
    [RedisCommand]
    public static Command<NoArgs, ServerRole, RoleParser> Role() => new(Cmd.Role, default, default);

    /// <summary>
    /// REPLICAOF host port: makes the server a replica of another, dropping its own dataset once
    /// the sync starts. True when accepted (also when it already replicates from there).
    /// </summary>
    [RedisCommand]
    public static Command<Args2, bool, NotNullParser> ReplicaOf(string host, int port)
    {
        // The reply is OK, or "OK Already connected to specified master": any status is success.
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        return new(Cmd.ReplicaOf, new Args2(host, port), default);
    }

    /// <summary>REPLICAOF NO ONE: promotes a replica to a primary, keeping its dataset.</summary>
    [RedisCommand]
    public static Command<Args2, bool, NotNullParser> ReplicaOfNoOne() => new(Cmd.ReplicaOf, new Args2("NO", "ONE"), default);

    /// <summary>
    /// FAILOVER: starts a coordinated failover from this primary to one of its replicas
    /// (<paramref name="host"/> and <paramref name="port"/> pick it; <paramref name="force"/> promotes it
    /// even if it has not caught up within <paramref name="timeout"/>), or with <paramref name="abort"/>
    /// cancels one in progress. True when the server accepted; the failover itself runs in the background.
    /// </summary>
    [RedisCommand]
    public static Command<ArgList, bool, BooleanParser> Failover(string? host = null, int? port = null, bool force = false, TimeSpan? timeout = null, bool abort = false)
    {
        var args = new ArgListBuilder(7);
        if (host is not null || port is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(host);
            if (port is not { } p || p < 1 || p > 65535)
            {
                throw new ArgumentOutOfRangeException(nameof(port), port, "FAILOVER TO needs a port between 1 and 65535.");
            }

            args.Add("TO");
            args.Add(host);
            args.Add(p);
            ServerCommands.Flag(ref args, force, "FORCE");
        }
        else if (force)
        {
            throw new ArgumentException("FORCE needs a target: give host and port.", nameof(force));
        }

        ServerCommands.Flag(ref args, abort, "ABORT");
        if (timeout is { } t)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(t, TimeSpan.Zero, nameof(timeout));
            args.Add("TIMEOUT");
            args.Add((long)Math.Ceiling(t.TotalMilliseconds));
        }

        return new(Cmd.Failover, args.Build(), default);
    }

    /// <summary>
    /// MIGRATE: moves <paramref name="keys"/> to database <paramref name="destinationDb"/> of the server
    /// at <paramref name="host"/>:<paramref name="port"/>, waiting at most <paramref name="timeout"/>
    /// for it; <paramref name="copy"/> keeps them here, <paramref name="replace"/> overwrites them there.
    /// <paramref name="authPassword"/> (and <paramref name="authUsername"/>, AUTH2) log in to the target;
    /// the password never appears in telemetry or error messages. False when none of the keys existed (NOKEY).
    /// </summary>
    [RedisCommand]
    public static Command<ArgList, bool, MigrateParser> Migrate(string host, int port, IEnumerable<RedisKey> keys, int destinationDb, TimeSpan timeout, bool copy = false,
        bool replace = false, string? authUsername = null, string? authPassword = null)
    {
        // One key goes in the key position, several after KEYS with an empty key argument. The
        // AUTH/AUTH2 passwords are never keys, so the sanitized query text shows them as '?'.
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentOutOfRangeException.ThrowIfNegative(destinationDb);
        ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.Zero);
        if (authUsername is not null && authPassword is null)
        {
            throw new ArgumentException("A username needs a password.", nameof(authUsername));
        }

        var keyList = keys.ToList();
        if (keyList.Count == 0)
        {
            throw new ArgumentException("Give at least one key to migrate.", nameof(keys));
        }

        var args = new ArgListBuilder(8 + keyList.Count);
        args.Add(host);
        args.Add(port);
        args.Add(keyList.Count == 1 ? Check.Key(keyList[0], nameof(keys)) : (RedisValue)string.Empty);
        args.Add(destinationDb);
        args.Add((long)Math.Ceiling(timeout.TotalMilliseconds));
        var options = args.Count;
        ServerCommands.Flag(ref args, copy, "COPY");
        ServerCommands.Flag(ref args, replace, "REPLACE");
        if (authPassword is not null)
        {
            if (authUsername is null)
            {
                args.Add("AUTH");
            }
            else
            {
                args.Add("AUTH2");
                args.Add(authUsername);
            }

            args.Add(authPassword);
        }

        options = args.Count - options;
        if (keyList.Count == 1)
        {
            return new(Cmd.Migrate, args.Build(), default);
        }

        args.Add("KEYS");
        foreach (var key in keyList)
        {
            args.Add(Check.Key(key, nameof(keys)));
        }

        return new(Cmd.MigrateKeys[options], args.Build(), default);
    }
}
