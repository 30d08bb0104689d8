namespace Policy.Generator.Tests;

/// <summary>Where the repository's folders are, found from the test binary so tests run from any directory.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Templates => Path.Combine(Root, "templates");

    public static string Fixtures => Path.Combine(Root, "tests", "Generator.Tests", "Fixtures");

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
