using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Policy.Generator.Site;

/// <summary>Copies <c>templates/assets/</c> to <c>assets/</c>, and names each file's version for cache busting.</summary>
internal static partial class AssetCopier
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
            // Stylesheets lose comments and layout whitespace; scripts lose only whole-line comments and indentation, so every
            // statement stays on its own line, exactly as written (the tests run the source files under node).
            output.Add(target, file.EndsWith(".css", StringComparison.Ordinal) ? Encoding.UTF8.GetBytes(MinifyCss(File.ReadAllText(file)))
                : file.EndsWith(".js", StringComparison.Ordinal) ? Encoding.UTF8.GetBytes(MinifyJs(File.ReadAllText(file)))
                : File.ReadAllBytes(file));
        }
    }

    public static string MinifyCss(string css)
    {
        css = CssComment().Replace(css, "");
        css = Whitespace().Replace(css, " ");
        css = AroundPunctuation().Replace(css, "$1").Replace(": ", ":", StringComparison.Ordinal);
        return css.Replace(";}", "}", StringComparison.Ordinal).Trim() + "\n";
    }

    /// <summary>
    /// Drops blank lines, lines that are only a comment, block comments that open a line, a "// …" after a statement's
    /// last ';', '{' or '}', and indentation. Line breaks stay, so automatic semicolon insertion reads the code as before.
    /// </summary>
    public static string MinifyJs(string js)
    {
        var lines = new List<string>();
        var inComment = false;
        foreach (var raw in js.Split('\n'))
        {
            var line = raw.Trim();
            if (inComment)
            {
                inComment = !line.Contains("*/", StringComparison.Ordinal);
                continue;
            }

            if (line.StartsWith("/*", StringComparison.Ordinal))
            {
                inComment = !line.Contains("*/", StringComparison.Ordinal);
                continue;
            }

            line = TrailingComment().Replace(line, "");
            // The spaces the sources keep for reading, never inside a string or a regular expression of ours
            // (templates/assets/*.js has none with these sequences).
            line = line.Replace("function (", "function(", StringComparison.Ordinal).Replace(") {", "){", StringComparison.Ordinal)
                .Replace(" === ", "===", StringComparison.Ordinal).Replace(" !== ", "!==", StringComparison.Ordinal).Replace(" = ", "=", StringComparison.Ordinal);
            if (line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal))
            {
                lines.Add(line);
            }
        }

        return string.Join('\n', lines) + "\n";
    }

    [GeneratedRegex(@"(?<=[;{}])\s+//\s.*$")]
    private static partial Regex TrailingComment();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex CssComment();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s*([{};,>])\s*")]
    private static partial Regex AroundPunctuation();

    /// <summary>A short content hash, appended as <c>?v=</c> so browsers refetch an asset only when it changes.</summary>
    public static string Version(string templatesRoot, string assetName)
    {
        var path = Path.Combine(templatesRoot, Folder, assetName);
        return File.Exists(path) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))[..10] : "0";
    }
}
