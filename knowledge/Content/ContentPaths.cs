namespace Policy.Knowledge.Content;

/// <summary>Finds the project's <c>content/</c> folder so the tools work from any working directory inside the repository.</summary>
public static class ContentPaths
{
    public const string SiteFile = "site.yml";
    public const string UnitsFile = "units.yml";
    public const string PoliciesFolder = "policies";

    public static string? FindContentRoot(string? start = null)
    {
        foreach (var origin in new[] { start ?? Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "content");
                if (File.Exists(Path.Combine(candidate, SiteFile)))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>The path shown to staff in messages: relative to the folder that holds <c>content/</c>.</summary>
    public static string Display(string contentRoot, string fullPath)
    {
        var baseDir = Path.GetDirectoryName(Path.GetFullPath(contentRoot).TrimEnd(Path.DirectorySeparatorChar)) ?? "";
        return Path.GetRelativePath(baseDir, fullPath).Replace('\\', '/');
    }
}
