using System.Text.RegularExpressions;
using Policy.Knowledge.Diagnostics;

namespace Policy.Generator.Site;

/// <summary>Every internal link in the built HTML must reach a file, and its #fragment an element id in that file.</summary>
internal static partial class HtmlLinkChecker
{
    /// <summary>
    /// Checks the pages that changed since the last good build (all of them in a full build) against every file of the
    /// site; the ids of a page are read only when a checked link points into it.
    /// </summary>
    public static void Check(SiteOutput output, string basePath, DiagnosticBag diagnostics)
    {
        var idsByFile = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string>? IdsOf(string file)
        {
            if (!idsByFile.TryGetValue(file, out var ids) && file.EndsWith(".html", StringComparison.Ordinal) && output.Text(file) is { } html)
            {
                idsByFile[file] = ids = Ids().Matches(html).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            }

            return ids;
        }

        foreach (var page in output.Changed.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = output.Text(page)!;
            var ids = IdsOf(page)!;
            foreach (Match match in Links().Matches(html))
            {
                var url = System.Net.WebUtility.HtmlDecode(match.Groups[2].Value);
                var problem = Explain(url, page, ids, IdsOf, output, basePath);
                if (problem is not null)
                {
                    var line = html.AsSpan(0, match.Index).Count('\n') + 1;
                    diagnostics.Error($"_site/{page}", line, $"生成的网页里有一个链接无法到达（{url}）：通常是正文里的链接写错了；改正后再试，仍有问题请联系技术人员", problem);
                }
            }
        }
    }

    private static string? Explain(string url, string page, HashSet<string> pageIds, Func<string, HashSet<string>?> idsOf, SiteOutput output, string basePath)
    {
        if (url.Length == 0)
        {
            return "empty link";
        }

        if (url.StartsWith('#'))
        {
            return url.Length == 1 || pageIds.Contains(url[1..]) ? null : $"link '{url}' points to no element on this page";
        }

        if (url.Contains("://", StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal) || url.StartsWith("tel:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal))
        {
            return null;
        }

        if (!url.StartsWith(basePath, StringComparison.Ordinal))
        {
            return $"link '{url}' is not under the site's base path '{basePath}'";
        }

        var withoutQuery = url.Split('?', 2)[0];
        var parts = url.Split('#', 2);
        var path = Uri.UnescapeDataString(withoutQuery.Split('#', 2)[0][basePath.Length..]);
        var file = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
        if (!output.Contains(file))
        {
            return $"link '{url}' points to a page that does not exist";
        }

        if (parts.Length == 2 && parts[1].Length > 0 && !(idsOf(file) is { } ids && ids.Contains(parts[1])))
        {
            return $"link '{url}' points to no element '#{parts[1]}' on {file}";
        }

        return null;
    }

    [GeneratedRegex("""\sid="([^"]+)""")]
    private static partial Regex Ids();

    [GeneratedRegex("""\s(href|src)="([^"]*)""")]
    private static partial Regex Links();
}
