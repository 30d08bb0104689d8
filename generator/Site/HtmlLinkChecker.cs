using System.Collections.Concurrent;
using System.Text;
using Policy.Knowledge.Diagnostics;

namespace Policy.Generator.Site;

/// <summary>Every internal link in the built HTML must reach a file, and its #fragment an element id in that file.</summary>
internal static class HtmlLinkChecker
{
    /// <summary>
    /// Checks the pages that changed since the last good build (all of them in a full build) against every file of the
    /// site; the ids of a page are read only when a checked link points into it. Pages are checked on all cores, read
    /// as the UTF-8 they are (the attributes looked for are ASCII), and their problems reported in page order.
    /// </summary>
    public static void Check(SiteOutput output, string basePath, DiagnosticBag diagnostics)
    {
        var idsByFile = new ConcurrentDictionary<string, Lazy<HashSet<string>?>>(StringComparer.Ordinal);
        HashSet<string>? IdsOf(string file) => file.EndsWith(".html", StringComparison.Ordinal)
            ? idsByFile.GetOrAdd(file, f => new Lazy<HashSet<string>?>(() => output.Get(f) is { } html ? Ids(html) : null)).Value
            : null;

        var pages = output.Changed.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var problems = new List<(int Line, string Url, string Problem)>?[pages.Count];
        Parallel.For(0, pages.Count, p =>
        {
            var html = output.Get(pages[p])!;
            // The page's own ids from the bytes just read, unless a link from another page read them first.
            var ids = idsByFile.GetOrAdd(pages[p], _ => new Lazy<HashSet<string>?>(() => Ids(html))).Value!;
            foreach (var (name, start, end) in Attributes(html))
            {
                if (name is not (Name.Href or Name.Src))
                {
                    continue;
                }

                var url = System.Net.WebUtility.HtmlDecode(Encoding.UTF8.GetString(html.AsSpan(start, end - start)));
                if (Explain(url, ids, IdsOf, output, basePath) is { } problem)
                {
                    var line = html.AsSpan(0, start).Count((byte)'\n') + 1;
                    (problems[p] ??= []).Add((line, url, problem));
                }
            }
        });

        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var (line, url, problem) in problems[p] ?? [])
            {
                diagnostics.Error($"_site/{pages[p]}", line, $"生成的网页里有一个链接无法到达（{url}）：通常是正文里的链接写错了；改正后再试，仍有问题请联系技术人员", problem);
            }
        }
    }

    private static string? Explain(string url, HashSet<string> pageIds, Func<string, HashSet<string>?> idsOf, SiteOutput output, string basePath)
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

    /// <summary>The element ids of a page (its non-empty <c>id="…"</c> attributes).</summary>
    private static HashSet<string> Ids(byte[] html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, start, end) in Attributes(html))
        {
            if (name == Name.Id && end > start)
            {
                ids.Add(Encoding.UTF8.GetString(html.AsSpan(start, end - start)));
            }
        }

        return ids;
    }

    internal enum Name
    {
        Href,
        Src,
        Id,
    }

    /// <summary>
    /// The double-quoted values of the href, src and id attributes in <paramref name="html"/>, as byte ranges: a name
    /// after white space, then <c>="</c>, then the value up to the next quote (an unclosed one is no attribute).
    /// </summary>
    internal static IEnumerable<(Name Name, int Start, int End)> Attributes(byte[] html)
    {
        for (var at = html.AsSpan().IndexOf("=\""u8); at >= 0;)
        {
            var start = at + 2;
            var close = html.AsSpan(start).IndexOf((byte)'"');
            if (close < 0)
            {
                yield break;
            }

            var before = html.AsSpan(0, at);
            Name? name = Ends(before, "href"u8) ? Name.Href : Ends(before, "src"u8) ? Name.Src : Ends(before, "id"u8) ? Name.Id : null;
            if (name is { } found)
            {
                yield return (found, start, start + close);
            }

            // On from the closing quote: a value is never read as markup (an id="…" inside a title="…" is text).
            var next = html.AsSpan(start + close + 1).IndexOf("=\""u8);
            at = next < 0 ? -1 : start + close + 1 + next;
        }
    }

    /// <summary>Whether <paramref name="text"/> ends with white space and then <paramref name="name"/>.</summary>
    private static bool Ends(ReadOnlySpan<byte> text, ReadOnlySpan<byte> name) =>
        text.EndsWith(name) && text.Length > name.Length && text[^(name.Length + 1)] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f' or (byte)'\v';
}
