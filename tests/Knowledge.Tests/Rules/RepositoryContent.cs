using Policy.Knowledge.Content;

namespace Policy.Knowledge.Tests.Rules;

/// <summary>The repository's content/, loaded once, and where the page's rules engine lives.</summary>
internal static class RepositoryContent
{
    public static string Root { get; } = FindRoot();

    private static readonly Lazy<ContentSet> Loaded = new(() => Load(Path.Combine(Root, "content")));

    private static readonly Lazy<ContentSet> ManyPoliciesLoaded = new(() => Load(ManyPoliciesRoot));

    public static ContentSet Content => Loaded.Value;

    /// <summary>The shared fixture of several policies: city-wide, one county's with its own rule, one repealed and replaced.</summary>
    public static ContentSet ManyPolicies => ManyPoliciesLoaded.Value;

    public static string ManyPoliciesRoot => Path.Combine(Root, "tests", "fixtures", "many-policies", "content");

    /// <summary>A content set by name, for theories that run on both: "repository" or "many-policies".</summary>
    public static ContentSet Named(string name) => name == "many-policies" ? ManyPolicies : Content;

    public static string RulesJs => Path.Combine(Root, "templates", "assets", "rules.js");

    public static string Runner => Path.Combine(Root, "tests", "Knowledge.Tests", "Rules", "conformance-runner.js");

    private static ContentSet Load(string root)
    {
        var (content, diagnostics) = ContentLoader.Load(root);
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
