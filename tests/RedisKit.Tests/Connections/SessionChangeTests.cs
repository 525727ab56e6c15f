using RedisKit.Commands;
using RedisKit.Connections;

namespace RedisKit.Tests.Connections;

public sealed class SessionChangeTests
{
    [Theory]
    [InlineData(new[] { "select", "5" }, "Select")]
    [InlineData(new[] { "SELECT", "x" }, "Unrestorable")]
    [InlineData(new[] { "CLIENT", "SETNAME", "n" }, "SetName")]
    [InlineData(new[] { "client", "no-evict", "on" }, "NoEvict")]
    [InlineData(new[] { "CLIENT", "NO-TOUCH", "ON" }, "NoTouch")]
    [InlineData(new[] { "CLIENT", "TRACKING", "on" }, "Tracking")]
    [InlineData(new[] { "CLIENT", "REPLY", "OFF" }, "Unrestorable")]
    [InlineData(new[] { "CLIENT", "REPLY", "ON" }, "None")]
    [InlineData(new[] { "CLIENT", "CACHING", "YES" }, "None")]
    [InlineData(new[] { "ASKING" }, "None")]
    [InlineData(new[] { "WATCH", "k" }, "Watch")]
    [InlineData(new[] { "UNWATCH" }, "Unwatch")]
    [InlineData(new[] { "MULTI" }, "Multi")]
    [InlineData(new[] { "EXEC" }, "EndTransaction")]
    [InlineData(new[] { "DISCARD" }, "EndTransaction")]
    [InlineData(new[] { "READONLY" }, "ReadOnly")]
    [InlineData(new[] { "READWRITE" }, "ReadOnly")]
    [InlineData(new[] { "RESET" }, "Reset")]
    [InlineData(new[] { "AUTH", "u", "p" }, "Unrestorable")]
    [InlineData(new[] { "HELLO", "2" }, "Unrestorable")]
    [InlineData(new[] { "SUBSCRIBE", "c" }, "Unrestorable")]
    [InlineData(new[] { "MONITOR" }, "Unrestorable")]
    [InlineData(new[] { "GET", "k" }, "None")]
    public void Raw_commands_map_to_the_state_they_change(string[] args, string expected)
    {
        Assert.Equal(expected, SessionChange.FromArguments(args).Kind.ToString());
    }

    [Fact]
    public void The_lost_state_is_told_once_and_restorable_state_stays()
    {
        var session = new ConnectionSession();
        session.Apply(SessionChange.Select(5));
        session.Apply(SessionChange.Watch);
        session.Apply(SessionChange.Tracking(true));
        Assert.True(session.HasRestorableState);

        var lost = session.TakeLost(endsTransaction: false);
        Assert.Contains("WATCH", lost, StringComparison.Ordinal);
        Assert.Contains("TRACKING", lost, StringComparison.Ordinal);
        Assert.Null(session.TakeLost(endsTransaction: false));
        Assert.True(session.HasRestorableState);
    }

    [Fact]
    public void Ended_transactions_and_disabled_tracking_are_not_lost()
    {
        var session = new ConnectionSession();
        session.Apply(SessionChange.Watch);
        session.Apply(new SessionChange(SessionChangeKind.Multi));
        session.Apply(new SessionChange(SessionChangeKind.EndTransaction, On: true));
        session.Apply(SessionChange.Tracking(true));
        session.Apply(SessionChange.Tracking(false));
        Assert.Null(session.TakeLost(endsTransaction: false));
        Assert.False(session.HasRestorableState);

        // UNWATCH after a lost WATCH has nothing to complain about.
        session.Apply(SessionChange.Watch);
        Assert.True(SessionChange.Unwatch.EndsLostTransaction);
        Assert.False(new SessionChange(SessionChangeKind.EndTransaction, On: true).EndsLostTransaction);
        Assert.Null(session.TakeLost(SessionChange.Unwatch.EndsLostTransaction));
    }

    [Fact]
    public void Reset_forgets_restorable_state_and_cannot_be_restored()
    {
        var session = new ConnectionSession();
        session.Apply(SessionChange.Select(3));
        session.Apply(SessionChange.NoEvict(true));
        session.Apply(new SessionChange(SessionChangeKind.Reset));
        Assert.Contains("RESET", session.TakeLost(endsTransaction: true), StringComparison.Ordinal);
    }
}
