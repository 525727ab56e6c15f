using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using RedisKit.TestKit;

namespace RedisKit.Extensions.Tests.DependencyInjection;

/// <summary>
/// ConfigurationSchema.json describes each RedisOptions property with the property's XML doc summary, rendered as
/// plain prose. This test is the schema's generator: run it with REDISKIT_UPDATE_CONFIG_SCHEMA=1 to rewrite the
/// descriptions from the docs after an option's doc changes; without it, it fails on any drift.
/// </summary>
public sealed partial class ConfigurationSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(RepositoryPaths.Root, "src", "RedisKit.DependencyInjection", "ConfigurationSchema.json");

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public void Every_option_is_described_by_its_doc_summary()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPath))!;
        var properties = schema["definitions"]!["redisOptions"]!["properties"]!.AsObject();
        var summaries = OptionSummaries();
        var drift = new List<string>();
        foreach (var (name, node) in properties)
        {
            Assert.True(summaries.TryGetValue(name, out var expected), $"RedisOptions.{name} has no XML doc summary.");
            if (node!["description"]?.GetValue<string>() != expected)
            {
                drift.Add($"{name}: \"{expected}\"");
                node["description"] = expected;
            }
        }

        if (drift.Count > 0 && Environment.GetEnvironmentVariable("REDISKIT_UPDATE_CONFIG_SCHEMA") == "1")
        {
            File.WriteAllText(SchemaPath, schema.ToJsonString(WriteOptions) + "\n");
            return;
        }

        Assert.True(drift.Count == 0,
            "ConfigurationSchema.json differs from the RedisOptions docs (rerun with REDISKIT_UPDATE_CONFIG_SCHEMA=1 to regenerate):\n"
            + string.Join('\n', drift));
    }

    [Fact]
    public void Every_description_is_prose_without_source_text()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var descriptions = new List<(string Path, string Text)>();
        Collect(schema.RootElement, "$", descriptions);

        Assert.True(descriptions.Count > 30, $"only {descriptions.Count} descriptions found");
        foreach (var (path, text) in descriptions)
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"{path} is empty");
            Assert.False(SourceText().IsMatch(text), $"{path} looks like source code: {text}");
        }
    }

    [Fact]
    public void The_renderer_turns_doc_markup_into_prose()
    {
        var summary = XElement.Parse(
            """
            <summary> Waits for <see cref="P:RedisKit.RedisOptions.MaxConnections" /> (<c>timeout</c>), <see cref="T:System.Byte" /> arrays,
               <see cref="M:RedisKit.RedisClient.ExecuteCommandAsync(System.Object[])" />; <see langword="null" /> for none. </summary>
            """);
        Assert.Equal("Waits for MaxConnections (timeout), byte arrays, ExecuteCommandAsync; null for none.", Render(summary));

        Assert.Matches(SourceText(), "Docs. public sealed class RedisOptions { The default port. public const int DefaultPort = 6379;");
        Assert.DoesNotMatch(SourceText(), "A keyed client reads ConnectionStrings:{key}; the private key of the public certificate; default 3.");
    }

    private static void Collect(JsonElement element, string path, List<(string, string)> into)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "description" && property.Value.ValueKind == JsonValueKind.String)
                {
                    into.Add((path, property.Value.GetString()!));
                }
                else
                {
                    Collect(property.Value, $"{path}.{property.Name}", into);
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, $"{path}[{i++}]", into);
            }
        }
    }

    private static Dictionary<string, string> OptionSummaries()
    {
        // The compiler's XML doc file of RedisKit, copied beside the test assembly (see the test project).
        var path = Path.Combine(AppContext.BaseDirectory, "RedisKit.xml");
        var docs = XDocument.Load(path);
        const string Prefix = "P:RedisKit.RedisOptions.";
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in docs.Descendants("member"))
        {
            var name = (string?)member.Attribute("name");
            if (name is not null && name.StartsWith(Prefix, StringComparison.Ordinal) && member.Element("summary") is { } summary)
            {
                summaries[name[Prefix.Length..]] = Render(summary);
            }
        }

        return summaries;
    }

    private static string Render(XElement summary)
    {
        var text = new System.Text.StringBuilder();
        foreach (var node in summary.Nodes())
        {
            text.Append(node switch
            {
                XText t => t.Value,
                XElement { Name.LocalName: "see" or "seealso" } see => CrefName(see),
                XElement { Name.LocalName: "paramref" or "typeparamref" } reference => (string?)reference.Attribute("name"),
                XElement other => Render(other),
                _ => "",
            });
        }

        return Whitespace().Replace(text.ToString(), " ").Trim();
    }

    private static string CrefName(XElement see)
    {
        if ((string?)see.Attribute("langword") is { } word)
        {
            return word;
        }

        var cref = (string?)see.Attribute("cref") ?? "";
        var name = cref.Split('(')[0];
        name = name[(name.LastIndexOf('.') + 1)..];
        return cref switch
        {
            "T:System.Byte" => "byte",
            "T:System.String" => "string",
            "T:System.Int32" => "int",
            "T:System.Int64" => "long",
            "T:System.Boolean" => "bool",
            _ => name,
        };
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // What C# leaking into a description looks like: a brace opening or closing a block, modifiers of a declaration,
    // an accessor, an initialized field, or XML doc markup. Prose may say "private key" or "{key}".
    [GeneratedRegex(@"\{\s|\s\}|\b(public|private|internal|protected)\s+(static|sealed|const|readonly|class|struct|record|interface|enum|abstract|override|int|string|bool|void)\b|\b(get|set);|=\s*\d+;|</?[a-z]+")]
    private static partial Regex SourceText();
}
