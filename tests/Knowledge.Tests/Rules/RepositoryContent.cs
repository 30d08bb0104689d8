using Policy.Knowledge.Content;

namespace Policy.Knowledge.Tests.Rules;

/// <summary>The repository's content/, loaded once, and where the page's rules engine lives.</summary>
internal static class RepositoryContent
{
    private static readonly Lazy<ContentSet> Loaded = new(Load);

    public static ContentSet Content => Loaded.Value;

    public static string Root { get; } = FindRoot();

    public static string RulesJs => Path.Combine(Root, "templates", "assets", "rules.js");

    public static string Runner => Path.Combine(Root, "tests", "Knowledge.Tests", "Rules", "conformance-runner.js");

    private static ContentSet Load()
    {
        var (content, diagnostics) = ContentLoader.Load(Path.Combine(Root, "content"));
        if (content is null || diagnostics.HasErrors)
        {
            throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
        }

        return content;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "site.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("site.sln not found above " + AppContext.BaseDirectory);
    }
}
