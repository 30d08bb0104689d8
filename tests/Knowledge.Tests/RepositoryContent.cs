using Policy.Knowledge.Content;

namespace Policy.Knowledge.Tests;

/// <summary>The repository's real content/, loaded once the way the generator and the bot load it.</summary>
internal static class RepositoryContent
{
    private static readonly Lazy<ContentSet> Loaded = new(() =>
    {
        var root = ContentPaths.FindContentRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("content/ not found");
        var (content, diagnostics) = ContentLoader.Load(root);
        return content ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
    });

    public static ContentSet Content => Loaded.Value;
}
