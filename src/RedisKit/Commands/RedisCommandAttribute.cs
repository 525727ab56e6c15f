namespace RedisKit.Commands;

/// <summary>
/// Marks a command definition: a static method returning <see cref="Command{TArgs, T, TParser}"/>
/// whose parameters are the public ones (redis-py names and defaults) and whose XML docs are the
/// public docs. The build (eng/RedisKit.Generators) writes from it the <c>RedisClient</c> method
/// <c>{Name}Async(..., CancellationToken)</c> and the <c>Pipeline</c> method <c>{Name}(...)</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
internal sealed class RedisCommandAttribute : Attribute
{
    /// <summary>The public name without <c>Async</c>; the definition's own name when not set.</summary>
    public string? Name { get; set; }

    /// <summary>
    /// Why the command has no pipeline form (e.g. a blocking command needs a connection of its own);
    /// null when it has one.
    /// </summary>
    public string? NoPipeline { get; set; }

    /// <summary>
    /// The last parameter is an <c>IEnumerable&lt;T&gt;</c> that callers may also pass as
    /// <c>params T[]</c>: both forms are generated.
    /// </summary>
    public bool ParamsOverload { get; set; }

    /// <summary>The documentation of the client method's cancellation token, when the default does not fit.</summary>
    public string? CancellationDoc { get; set; }
}
