using System.Reflection;

namespace RedisKit.Tests.Commands;

/// <summary>
/// <see cref="IRedisClient"/> is the whole client: every public instance method of
/// <see cref="RedisClient"/> implements one of its members, except the few that describe a concrete
/// client rather than what it does.
/// </summary>
public sealed class ClientInterfaceParityTests
{
    /// <summary>Public RedisClient members left off the interface, by name, with the reason.</summary>
    private static readonly Dictionary<string, string> ConcreteOnly = new(StringComparer.Ordinal)
    {
        ["get_ConnectionPool"] = "the pool is how a real client is built, not something a handler calls",
        ["get_Options"] = "a copy of the options a real client was built with",
        ["get_IsSingleConnection"] = "describes how a real client was made",
        ["get_IsCluster"] = "describes how a real client was made",
        ["Client"] = "returns the concrete RedisClient; IRedisClient.Client(), which returns an IRedisClient, forwards to it",
        ["ToString"] = "inherited from object",
        ["GetHashCode"] = "inherited from object",
        ["Equals"] = "inherited from object",
        ["GetType"] = "inherited from object",
    };

    [Fact]
    public void Every_public_client_method_is_an_interface_member_or_listed()
    {
        var implemented = new HashSet<MethodInfo>();
        foreach (var face in typeof(RedisClient).GetInterfaces())
        {
            var map = typeof(RedisClient).GetInterfaceMap(face);
            implemented.UnionWith(map.TargetMethods);
        }

        var missing = typeof(RedisClient).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => !implemented.Contains(m) && !ConcreteOnly.ContainsKey(m.Name))
            .Select(m => $"{m.Name}({string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name))})")
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.True(missing.Length == 0, "RedisClient methods missing from IRedisClient:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_listed_concrete_only_member_exists()
    {
        var names = typeof(RedisClient).GetMethods(BindingFlags.Public | BindingFlags.Instance).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var stale = ConcreteOnly.Keys.Where(name => !names.Contains(name)).ToArray();
        Assert.True(stale.Length == 0, "listed but no longer on RedisClient: " + string.Join(", ", stale));
    }

    [Fact]
    public void The_interface_declares_the_generated_command_methods()
    {
        var commandMethods = typeof(IRedisClient).GetMethods().Count(m => m.Name.EndsWith("Async", StringComparison.Ordinal));
        Assert.True(commandMethods > 390, $"IRedisClient has only {commandMethods} async methods");
        Assert.NotNull(typeof(IRedisClient).GetMethod(nameof(RedisClient.GetAsync), [typeof(RedisKey), typeof(CancellationToken)]));
    }
}
