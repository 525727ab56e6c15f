using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RedisKit.Generators;

/// <summary>
/// Writes, for every static definition marked <c>[RedisCommand]</c>, the <c>RedisClient</c>
/// method that runs it (and its declaration on <c>IRedisClient</c>) and the <c>Pipeline</c> method that queues it, with the definition's
/// parameters, defaults, documentation and attributes. The definition stays the only
/// hand-written place of a command.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CommandMethodGenerator : IIncrementalGenerator
{
    private const string AttributeName = "RedisKit.Commands.RedisCommandAttribute";

    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly DiagnosticDescriptor InvalidDefinition = new(
        "RK0001",
        "Invalid command definition",
        "[RedisCommand] method '{0}': {1}",
        "RedisKit.Generators",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var definitions = context.SyntaxProvider.ForAttributeWithMetadataName(
            AttributeName,
            static (node, _) => node is MethodDeclarationSyntax,
            static (ctx, ct) => Read(ctx, ct));

        context.RegisterSourceOutput(definitions.Where(static d => d.Error is not null), static (spc, d) =>
            spc.ReportDiagnostic(Diagnostic.Create(InvalidDefinition, d.Location, d.Name, d.Error)));

        var valid = definitions.Where(static d => d.Error is null).Select(static (d, _) => d.Definition!).Collect();
        context.RegisterSourceOutput(valid, static (spc, all) => Emit(spc, all));
    }

    private static ReadResult Read(GeneratorAttributeSyntaxContext ctx, CancellationToken cancellationToken)
    {
        var syntax = (MethodDeclarationSyntax)ctx.TargetNode;
        var method = (IMethodSymbol)ctx.TargetSymbol;
        var location = syntax.Identifier.GetLocation();
        if (!method.IsStatic)
        {
            return ReadResult.Fail(method.Name, location, "a definition must be static");
        }

        if (method.IsGenericMethod)
        {
            return ReadResult.Fail(method.Name, location, "a definition must not be generic; write one definition per closed form");
        }

        if (method.ReturnType is not INamedTypeSymbol { Name: "Command" or "StatefulCommand", TypeArguments.Length: 3 } command
            || command.ContainingNamespace.ToDisplayString() != "RedisKit.Commands")
        {
            return ReadResult.Fail(method.Name, location, "a definition must return Command<TArgs, T, TParser> or StatefulCommand<TArgs, T, TParser>");
        }

        var stateful = command.Name == "StatefulCommand";

        var attribute = ctx.Attributes[0];
        string? publicName = null;
        string? noPipeline = null;
        string? cancellationDoc = null;
        var paramsOverload = false;
        foreach (var named in attribute.NamedArguments)
        {
            switch (named.Key)
            {
                case "Name":
                    publicName = named.Value.Value as string;
                    break;
                case "NoPipeline":
                    noPipeline = named.Value.Value as string;
                    break;
                case "ParamsOverload":
                    paramsOverload = named.Value.Value is true;
                    break;
                case "CancellationDoc":
                    cancellationDoc = named.Value.Value as string;
                    break;
            }
        }

        var parameters = new List<DefinitionParameter>(method.Parameters.Length);
        for (var i = 0; i < method.Parameters.Length; i++)
        {
            var parameter = method.Parameters[i];
            var parameterSyntax = syntax.ParameterList.Parameters[i];
            if (parameter.IsParams || parameter.RefKind != RefKind.None)
            {
                return ReadResult.Fail(method.Name, location, $"parameter '{parameter.Name}' must be a plain parameter (use ParamsOverload = true for a params form)");
            }

            var name = SyntaxFacts.GetKeywordKind(parameter.Name) == SyntaxKind.None ? parameter.Name : "@" + parameter.Name;
            var declaration = parameter.Type.ToDisplayString(TypeFormat) + " " + name;
            if (parameterSyntax.Default is { } defaultValue)
            {
                declaration += " " + defaultValue.ToString();
            }

            var elementType = parameter.Type is INamedTypeSymbol { Name: "IEnumerable", TypeArguments.Length: 1 } sequence
                && sequence.ContainingNamespace.ToDisplayString() == "System.Collections.Generic"
                ? sequence.TypeArguments[0].ToDisplayString(TypeFormat)
                : string.Empty;
            parameters.Add(new DefinitionParameter(declaration, name, elementType));
        }

        if (stateful && noPipeline is null)
        {
            return ReadResult.Fail(method.Name, location, "a StatefulCommand changes its connection's state and needs NoPipeline = \"why\"");
        }

        if (paramsOverload && (parameters.Count == 0 || parameters[parameters.Count - 1].ElementType.Length == 0))
        {
            return ReadResult.Fail(method.Name, location, "ParamsOverload needs an IEnumerable<T> as the last parameter");
        }

        var attributes = new List<string>();
        foreach (var list in syntax.AttributeLists)
        {
            foreach (var attr in list.Attributes)
            {
                if (!attr.Name.ToString().EndsWith("RedisCommand", System.StringComparison.Ordinal))
                {
                    attributes.Add(attr.ToString());
                }
            }
        }

        var usings = new List<string>();
        if (syntax.SyntaxTree.GetRoot(cancellationToken) is CompilationUnitSyntax unit)
        {
            foreach (var usingDirective in unit.Usings)
            {
                usings.Add(usingDirective.ToString());
            }
        }

        var containingType = method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var definition = new CommandDefinition(
            containingType,
            method.Name,
            publicName ?? method.Name,
            command.TypeArguments[1].ToDisplayString(TypeFormat),
            parameters,
            DocComments.Read(syntax),
            attributes,
            usings,
            noPipeline,
            paramsOverload,
            cancellationDoc,
            stateful);
        return new ReadResult(method.Name, location, null, definition);
    }

    private static void Emit(SourceProductionContext context, ImmutableArray<CommandDefinition> all)
    {
        var byType = new SortedDictionary<string, List<CommandDefinition>>(System.StringComparer.Ordinal);
        foreach (var definition in all)
        {
            if (!byType.TryGetValue(definition.ContainingType, out var list))
            {
                list = [];
                byType.Add(definition.ContainingType, list);
            }

            list.Add(definition);
        }

        foreach (var pair in byType)
        {
            var shortName = pair.Key.Substring(pair.Key.LastIndexOf('.') + 1);
            context.AddSource($"RedisClient.{shortName}.g.cs", MethodWriter.Client(pair.Value));
            context.AddSource($"IRedisClient.{shortName}.g.cs", MethodWriter.Interface(pair.Value));
            context.AddSource($"Pipeline.{shortName}.g.cs", MethodWriter.Pipeline(pair.Value));
        }
    }

    private sealed class ReadResult
    {
        public ReadResult(string name, Location location, string? error, CommandDefinition? definition)
        {
            Name = name;
            Location = location;
            Error = error;
            Definition = definition;
        }

        public string Name { get; }

        public Location Location { get; }

        public string? Error { get; }

        public CommandDefinition? Definition { get; }

        public static ReadResult Fail(string name, Location location, string error) => new(name, location, error, null);
    }
}
