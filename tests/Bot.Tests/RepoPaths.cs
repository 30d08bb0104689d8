using Policy.Knowledge.Content;

namespace Policy.Bot.Tests;

/// <summary>The repository's own content/ and eval files, found from the test's folder.</summary>
internal static class RepoPaths
{
    public static string Content { get; } = ContentPaths.FindContentRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("content/ not found above the test folder");

    public static string Root => Path.GetDirectoryName(Content)!;

    public static string Eval(string file) => Path.Combine(Root, "tests", "eval", file);
}
