using System.CommandLine;
using Policy.Knowledge.Content;

namespace Policy.Generator.Commands;

/// <summary>Options shared by the commands that read the content.</summary>
internal static class CommonOptions
{
    public static Option<string?> Content() => new("--content") { Description = "The content folder (default: content/ found from the current directory)" };

    public static Option<string?> Templates() => new("--templates") { Description = "The templates folder (default: templates/ beside content/)" };

    public static Option<string?> BaseUrl() => new("--base-url") { Description = "The public address of the site, overriding base_url in site.yml" };

    /// <summary>Resolves the content folder, or prints why it cannot and returns null.</summary>
    public static string? ResolveContent(string? given, string language = Languages.English)
    {
        var root = given ?? ContentPaths.FindContentRoot();
        if (root is null || !File.Exists(Path.Combine(root, ContentPaths.SiteFile)))
        {
            Console.Error.WriteLine(language.Say(
                $"错误：找不到含 {ContentPaths.SiteFile} 的 content 文件夹{(given is null ? "（请在项目文件夹里运行，或用 --content 指定）" : $"（“{given}”）")}",
                $"error: no content folder with {ContentPaths.SiteFile} found{(given is null ? " (run from inside the repository or pass --content)" : $" at '{given}'")}"));
            return null;
        }

        return Path.GetFullPath(root);
    }

    public static string ResolveTemplates(string? given, string contentRoot) =>
        Path.GetFullPath(given ?? Path.Combine(contentRoot, "..", "templates"));
}
