using System;
using System.Collections.Generic;
using System.Linq;

namespace RedisKit.Generators;

/// <summary>
/// What the generator needs from one <c>[RedisCommand]</c> definition, as plain text so the
/// incremental pipeline can compare it between edits and skip unchanged work.
/// </summary>
internal sealed class CommandDefinition : IEquatable<CommandDefinition>
{
    public CommandDefinition(
        string containingType,
        string definitionName,
        string publicName,
        string resultType,
        IReadOnlyList<DefinitionParameter> parameters,
        string docComment,
        IReadOnlyList<string> attributes,
        IReadOnlyList<string> usings,
        string? noPipelineReason,
        bool paramsOverload,
        string? cancellationDoc,
        bool stateful)
    {
        ContainingType = containingType;
        DefinitionName = definitionName;
        PublicName = publicName;
        ResultType = resultType;
        Parameters = parameters;
        DocComment = docComment;
        Attributes = attributes;
        Usings = usings;
        NoPipelineReason = noPipelineReason;
        ParamsOverload = paramsOverload;
        CancellationDoc = cancellationDoc;
        Stateful = stateful;
    }

    /// <summary>The definition class, e.g. <c>StringCommands</c> (namespace included).</summary>
    public string ContainingType { get; }

    public string DefinitionName { get; }

    /// <summary>The client method's name without <c>Async</c>, and the pipeline method's name.</summary>
    public string PublicName { get; }

    /// <summary>The <c>T</c> of <c>Command&lt;TArgs, T, TParser&gt;</c>, as written for the generated file.</summary>
    public string ResultType { get; }

    public IReadOnlyList<DefinitionParameter> Parameters { get; }

    /// <summary>The definition's XML documentation, without the <c>///</c> prefixes.</summary>
    public string DocComment { get; }

    /// <summary>Attributes of the definition other than <c>[RedisCommand]</c>, copied to both methods.</summary>
    public IReadOnlyList<string> Attributes { get; }

    public IReadOnlyList<string> Usings { get; }

    public string? NoPipelineReason { get; }

    public bool ParamsOverload { get; }

    public string? CancellationDoc { get; }

    /// <summary>The definition returns a <c>StatefulCommand</c>: the client runs it through <c>RunStatefulAsync</c>.</summary>
    public bool Stateful { get; }

    public bool Equals(CommandDefinition? other) =>
        other is not null
        && ContainingType == other.ContainingType
        && DefinitionName == other.DefinitionName
        && PublicName == other.PublicName
        && ResultType == other.ResultType
        && Parameters.SequenceEqual(other.Parameters)
        && DocComment == other.DocComment
        && Attributes.SequenceEqual(other.Attributes)
        && Usings.SequenceEqual(other.Usings)
        && NoPipelineReason == other.NoPipelineReason
        && ParamsOverload == other.ParamsOverload
        && CancellationDoc == other.CancellationDoc
        && Stateful == other.Stateful;

    public override bool Equals(object? obj) => Equals(obj as CommandDefinition);

    public override int GetHashCode() => (ContainingType.GetHashCode() * 31) ^ DefinitionName.GetHashCode() ^ Parameters.Count;
}

/// <summary>One parameter of a definition: its declaration as written and the name to pass on.</summary>
internal sealed class DefinitionParameter : IEquatable<DefinitionParameter>
{
    public DefinitionParameter(string declaration, string name, string elementType)
    {
        Declaration = declaration;
        Name = name;
        ElementType = elementType;
    }

    /// <summary>Type, name and default as written: <c>TimeSpan? ex = null</c>.</summary>
    public string Declaration { get; }

    /// <summary>The name as written for use as an argument, escaped when it is a keyword.</summary>
    public string Name { get; }

    /// <summary>For an <c>IEnumerable&lt;T&gt;</c> parameter, <c>T</c> as written; otherwise empty.</summary>
    public string ElementType { get; }

    public bool Equals(DefinitionParameter? other) =>
        other is not null && Declaration == other.Declaration && Name == other.Name && ElementType == other.ElementType;

    public override bool Equals(object? obj) => Equals(obj as DefinitionParameter);

    public override int GetHashCode() => Declaration.GetHashCode();
}
