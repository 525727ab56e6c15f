using System.Reflection;
using RedisKit.Commands;

namespace RedisKit.Tests.Commands;

/// <summary>
/// The client and pipeline surfaces come from the same definitions: every <c>[RedisCommand]</c>
/// definition has its client method and (unless it says why not) its pipeline method with the same
/// parameters, and every public command method is either generated or listed here with the reason
/// it is written by hand.
/// </summary>
public sealed class CommandSurfaceParityTests
{
    /// <summary>Public RedisClient methods that are not one command run once, by name.</summary>
    private static readonly Dictionary<string, string> HandWrittenClientMethods = new(StringComparer.Ordinal)
    {
        ["ExecuteCommandAsync"] = "runs any command from raw arguments; its shape is decided at run time",
        ["ExecuteCommand"] = "the synchronous form of ExecuteCommandAsync",
        ["TransactionAsync"] = "redis-py's transaction(): WATCH, a callback and a retried MULTI/EXEC",
        ["MonitorAsync"] = "MONITOR streams entries on a connection of its own",
        ["ScanIterAsync"] = "an async iterator running SCAN page after page until the cursor returns to 0",
        ["HScanIterAsync"] = "an async iterator running HSCAN page after page",
        ["SScanIterAsync"] = "an async iterator running SSCAN page after page",
        ["ZScanIterAsync"] = "an async iterator running ZSCAN page after page",
        ["ShutdownAsync"] = "SHUTDOWN runs on a connection of its own after a PING and takes the connection closing as success",
        ["DisposeAsync"] = "not a command",
        ["ToString"] = "not a command",
    };

    /// <summary>Public Pipeline methods that are not one queued command, by name.</summary>
    private static readonly Dictionary<string, string> HandWrittenPipelineMethods = new(StringComparer.Ordinal)
    {
        ["ExecuteCommand"] = "queues any command from raw arguments",
        ["Script"] = "queues EVALSHA of a registered Script, which the pipeline loads first when the server lacks it",
    };

    private static readonly MethodInfo[] Definitions = typeof(RedisClient).Assembly.GetTypes()
        .Where(t => t.Namespace == "RedisKit.Commands")
        .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
        .Where(m => m.GetCustomAttribute<RedisCommandAttribute>() is not null)
        .ToArray();

    [Fact]
    public void Definitions_exist()
    {
        Assert.True(Definitions.Length > 300, $"only {Definitions.Length} [RedisCommand] definitions were found");
    }

    [Fact]
    public void Every_definition_has_its_client_method_and_its_pipeline_method_or_a_reason()
    {
        var problems = new List<string>();
        foreach (var definition in Definitions)
        {
            var attribute = definition.GetCustomAttribute<RedisCommandAttribute>()!;
            var name = attribute.Name ?? definition.Name;
            var parameters = definition.GetParameters().Select(p => p.ParameterType).ToArray();
            var result = definition.ReturnType.GetGenericArguments()[1];
            var client = typeof(RedisClient).GetMethod(name + "Async", [.. parameters, typeof(CancellationToken)]);
            if (client is null || client.ReturnType != typeof(ValueTask<>).MakeGenericType(result))
            {
                problems.Add($"{Describe(definition)}: no RedisClient.{name}Async with the same parameters and a CancellationToken returning ValueTask<{result.Name}>");
            }

            if (attribute.NoPipeline is { } reason)
            {
                if (string.IsNullOrWhiteSpace(reason))
                {
                    problems.Add($"{Describe(definition)}: NoPipeline needs a reason");
                }

                if (typeof(Pipeline).GetMethod(name, parameters) is not null)
                {
                    problems.Add($"{Describe(definition)}: says it has no pipeline form, but Pipeline.{name} exists");
                }
            }
            else if (typeof(Pipeline).GetMethod(name, parameters) is not { } queued || queued.ReturnType != typeof(Pipeline))
            {
                problems.Add($"{Describe(definition)}: no Pipeline.{name} with the same parameters");
            }

            if (attribute.ParamsOverload)
            {
                var array = parameters[^1].GetGenericArguments()[0].MakeArrayType();
                Type[] withArray = [.. parameters[..^1], array];
                if (typeof(RedisClient).GetMethod(name + "Async", withArray) is null)
                {
                    problems.Add($"{Describe(definition)}: no params form RedisClient.{name}Async");
                }

                if (attribute.NoPipeline is null && typeof(Pipeline).GetMethod(name, withArray) is null)
                {
                    problems.Add($"{Describe(definition)}: no params form Pipeline.{name}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_public_client_method_is_generated_or_listed_as_hand_written()
    {
        var generated = Definitions.Select(d => (d.GetCustomAttribute<RedisCommandAttribute>()!.Name ?? d.Name) + "Async").ToHashSet(StringComparer.Ordinal);
        var unexplained = typeof(RedisClient).GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && IsCommandShaped(m.ReturnType))
            .Select(m => m.Name)
            .Where(n => !generated.Contains(n) && !HandWrittenClientMethods.ContainsKey(n))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(unexplained.Count == 0, "Hand-written RedisClient methods without a definition or a listed reason: " + string.Join(", ", unexplained));
    }

    [Fact]
    public void Every_public_pipeline_method_is_generated_or_listed_as_hand_written()
    {
        var generated = Definitions.Select(d => d.GetCustomAttribute<RedisCommandAttribute>()!.Name ?? d.Name).ToHashSet(StringComparer.Ordinal);
        var unexplained = typeof(Pipeline).GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
            .Where(m => m.ReturnType == typeof(Pipeline))
            .Select(m => m.Name)
            .Where(n => !generated.Contains(n) && !HandWrittenPipelineMethods.ContainsKey(n))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(unexplained.Count == 0, "Hand-written Pipeline methods without a definition or a listed reason: " + string.Join(", ", unexplained));
    }

    [Fact]
    public void Listed_hand_written_methods_still_exist_and_are_not_generated()
    {
        var generated = Definitions.Select(d => d.GetCustomAttribute<RedisCommandAttribute>()!.Name ?? d.Name).ToHashSet(StringComparer.Ordinal);
        var clientNames = typeof(RedisClient).GetMethods(BindingFlags.Instance | BindingFlags.Public).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var pipelineNames = typeof(Pipeline).GetMethods(BindingFlags.Instance | BindingFlags.Public).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var stale = HandWrittenClientMethods.Keys
            .Where(n => !clientNames.Contains(n) || (n.EndsWith("Async", StringComparison.Ordinal) && generated.Contains(n[..^"Async".Length])))
            .Concat(HandWrittenPipelineMethods.Keys.Where(n => !pipelineNames.Contains(n) || generated.Contains(n)))
            .ToList();
        Assert.True(stale.Count == 0, "Listed as hand-written but missing or generated: " + string.Join(", ", stale));
    }

    private static bool IsCommandShaped(Type returnType) =>
        returnType == typeof(ValueTask) || returnType == typeof(Task)
        || (returnType.IsGenericType && (returnType.GetGenericTypeDefinition() == typeof(ValueTask<>)
            || returnType.GetGenericTypeDefinition() == typeof(Task<>)
            || returnType.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>)));

    private static string Describe(MethodInfo definition) =>
        $"{definition.DeclaringType!.Name}.{definition.Name}({string.Join(", ", definition.GetParameters().Select(p => p.ParameterType.Name))})";
}
