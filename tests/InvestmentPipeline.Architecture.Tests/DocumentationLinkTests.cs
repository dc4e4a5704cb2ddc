using System.Text.RegularExpressions;

namespace InvestmentPipeline.Architecture.Tests;

/// <summary>
/// The documentation a newcomer follows links to files that exist and stay inside the repository: every relative link
/// (and image) in README.md, CHANGELOG.md and docs/**/*.md. Web links and links to an anchor of the same page are not checked.
/// </summary>
public sealed partial class DocumentationLinkTests
{
    private static readonly string Root = FindRepositoryRoot();

    [Fact]
    public void Every_relative_link_in_the_docs_points_to_a_file_in_the_repository()
    {
        var dead = DocumentationFiles()
            .SelectMany(file => RelativeLinks(File.ReadAllText(file)).Select(link => (File: file, link.Line, link.Target)))
            .Where(link => Resolve(link.File, link.Target) is not { } path || !(File.Exists(path) || Directory.Exists(path)))
            .Select(link => $"{Path.GetRelativePath(Root, link.File)}:{link.Line}: {link.Target}")
            .ToList();

        dead.ShouldBeEmpty("dead or out-of-repository links");
    }

    [Fact]
    public void The_readme_links_into_docs()
    {
        RelativeLinks(File.ReadAllText(Path.Combine(Root, "README.md"))).ShouldContain(link => link.Target.StartsWith("docs/", StringComparison.Ordinal));
    }

    [Fact]
    public void Web_links_anchors_and_code_are_not_taken_for_relative_links()
    {
        const string markdown = """
            See [the API](docs/api.md#errors), ![shot](docs/images/a.png "title") and [home](../README.md).
            Not these: [site](https://example.com/x.md), [mail](mailto:a@b.c), [here](#anchor), `[code](nowhere.md)`.
            [ref]: docs/operations.md
            ```
            [fenced](missing.md)
            ```
            """;

        RelativeLinks(markdown).Select(l => l.Target).ShouldBe(["docs/api.md#errors", "docs/images/a.png", "../README.md", "docs/operations.md"]);
    }

    private static IEnumerable<string> DocumentationFiles() =>
        new[] { Path.Combine(Root, "README.md"), Path.Combine(Root, "CHANGELOG.md") }.Where(File.Exists)
            .Concat(Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories));

    /// <summary>Relative link targets with their line numbers: inline links, images and reference definitions, outside code.</summary>
    internal static IEnumerable<(int Line, string Target)> RelativeLinks(string markdown)
    {
        var inFence = false;
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal) || lines[i].TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                continue;
            }

            var text = CodeSpan().Replace(lines[i], string.Empty);
            var targets = InlineLink().Matches(text).Select(m => m.Groups["target"].Value)
                .Concat(ReferenceDefinition().Matches(text).Select(m => m.Groups["target"].Value));
            foreach (var target in targets.Select(t => t.Trim('<', '>')).Where(IsRelative))
            {
                yield return (i + 1, target);
            }
        }
    }

    private static bool IsRelative(string target) =>
        target.Length > 0 && !target.StartsWith('#') && !UriScheme().IsMatch(target);

    /// <summary>The file a link names (anchor and query dropped), or null when it leaves the repository.</summary>
    private static string? Resolve(string file, string target)
    {
        var path = Uri.UnescapeDataString(target.Split('#', '?')[0]);
        var full = Path.GetFullPath(path.StartsWith('/') ? Path.Combine(Root, path.TrimStart('/')) : Path.Combine(Path.GetDirectoryName(file)!, path));
        var inside = full == Root || full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return inside ? full : null;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "InvestmentPipeline.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"InvestmentPipeline.sln not found above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex CodeSpan();

    /// <summary>[text](target) and ![alt](target), with an optional "title" after the target.</summary>
    [GeneratedRegex(@"!?\[[^\]]*\]\((?<target><[^>]*>|[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex InlineLink();

    /// <summary>[label]: target at the start of a line.</summary>
    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*(?<target>\S+)")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex UriScheme();
}
