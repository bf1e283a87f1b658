using System.Text.RegularExpressions;
using SpinGlass.Runner.Commands;

namespace SpinGlass.Runner.Tests.Cli;

/// <summary>The repository's docs stay true to the code, and the code cites only the repository.</summary>
public sealed partial class DocsTests
{
    [Fact]
    public void Docs_configs_md_is_what_list_markdown_generates_from_the_declarations()
    {
        string path = Path.Combine(CliHarness.RepositoryRoot, "docs", "configs.md");
        Assert.True(File.Exists(path), "docs/configs.md is missing: run `spinglass list --markdown > docs/configs.md`");
        Assert.True(
            File.ReadAllText(path) == ConfigsMarkdown.Generate(),
            "docs/configs.md is out of date: run `spinglass list --markdown > docs/configs.md`");
    }

    [Fact]
    public void Code_comments_cite_docs_in_the_repository_never_files_outside_it()
    {
        var offenders = new List<string>();
        foreach (var root in new[] { "src", "tests" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(CliHarness.RepositoryRoot, root), "*.cs", SearchOption.AllDirectories))
            {
                if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    || file.EndsWith(nameof(DocsTests) + ".cs", StringComparison.Ordinal))
                {
                    continue;
                }

                var lines = File.ReadAllLines(file);
                for (int i = 0; i < lines.Length; i++)
                {
                    if (OutsideCitation().IsMatch(lines[i]))
                    {
                        offenders.Add($"{Path.GetRelativePath(CliHarness.RepositoryRoot, file)}:{i + 1}: {lines[i].Trim()}");
                    }
                }
            }
        }

        Assert.True(offenders.Count == 0, "cite docs/ instead:\n" + string.Join('\n', offenders));
    }

    [GeneratedRegex(@"SPEC(\.md| §)|PHYSICS(\.md| §)|\.\./shared")]
    private static partial Regex OutsideCitation();
}
