using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RedisKit.Generators;

/// <summary>Reads a definition's XML documentation and adapts it for the generated methods.</summary>
internal static class DocComments
{
    private static readonly Regex Returns = new("<returns>.*?</returns>", RegexOptions.Singleline);

    /// <summary>The documentation comment of <paramref name="method"/> without its <c>///</c> prefixes.</summary>
    public static string Read(MethodDeclarationSyntax method)
    {
        var text = new StringBuilder();
        foreach (var trivia in method.GetLeadingTrivia())
        {
            if (!trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia))
            {
                continue;
            }

            foreach (var rawLine in trivia.ToFullString().Split('\n'))
            {
                var line = rawLine.TrimEnd('\r').TrimStart();
                if (line.StartsWith("///", System.StringComparison.Ordinal))
                {
                    line = line.Substring(3);
                    if (line.StartsWith(" ", System.StringComparison.Ordinal))
                    {
                        line = line.Substring(1);
                    }
                }
                else if (line.Length == 0)
                {
                    continue;
                }

                text.Append(line).Append('\n');
            }
        }

        return text.ToString().TrimEnd('\n');
    }

    /// <summary>The client method's documentation: the definition's, plus the cancellation token when parameters are documented.</summary>
    public static string ForClient(CommandDefinition definition, bool withCancellation)
    {
        var doc = definition.DocComment;
        if (withCancellation && doc.Contains("<param name="))
        {
            doc += "\n<param name=\"cancellationToken\">" + (definition.CancellationDoc ?? "Cancels the wait for the reply; the connection stays sound.") + "</param>";
        }

        return doc;
    }

    /// <summary>The pipeline method's documentation: the definition's, returning the pipeline.</summary>
    public static string ForPipeline(CommandDefinition definition) =>
        Returns.Replace(definition.DocComment, string.Empty).TrimEnd('\n')
        + "\n<returns>This pipeline, for chaining; the command's reply takes its place among the results of <see cref=\"Pipeline.ExecuteAsync(bool, System.Threading.CancellationToken)\"/>.</returns>";

    /// <summary>Writes <paramref name="doc"/> as <c>///</c> lines indented by four spaces.</summary>
    public static void Write(StringBuilder output, string doc)
    {
        foreach (var line in doc.Split('\n'))
        {
            output.Append("    ///");
            if (line.Length > 0)
            {
                output.Append(' ').Append(line);
            }

            output.Append('\n');
        }
    }
}
