using System.Security.Cryptography;

namespace Policy.Generator.Site;

/// <summary>Copies <c>templates/assets/</c> to <c>assets/</c>, and names each file's version for cache busting.</summary>
internal static class AssetCopier
{
    public const string Folder = "assets";

    public static void Copy(string templatesRoot, SiteOutput output)
    {
        var source = Path.Combine(templatesRoot, Folder);
        if (!Directory.Exists(source))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(templatesRoot, file).Replace('\\', '/');
            var target = relative == $"{Folder}/favicon.svg" ? "favicon.svg" : relative;
            output.Add(target, File.ReadAllBytes(file));
        }
    }

    /// <summary>A short content hash, appended as <c>?v=</c> so browsers refetch an asset only when it changes.</summary>
    public static string Version(string templatesRoot, string assetName)
    {
        var path = Path.Combine(templatesRoot, Folder, assetName);
        return File.Exists(path) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))[..10] : "0";
    }
}
