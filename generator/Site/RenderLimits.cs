using Policy.Knowledge.Diagnostics;

namespace Policy.Generator.Site;

/// <summary>
/// The limits a build holds every page to, set on purpose rather than left at Scriban's defaults (a loop limit of
/// 1,000 that broke the build at ~100 policies, and a 1 MiB cut that ended a page with "..." without a word).
/// Reaching any of them is a build error naming the page.
/// </summary>
internal static class RenderLimits
{
    /// <summary>
    /// Iterations of one template's nested loops. The sitemap is the largest loop (3 per page and language); 200,000
    /// covers the 50,000 URLs a sitemap file may hold by its protocol. Any other template loops over one page's content,
    /// which the page size limit bounds far lower.
    /// </summary>
    public const int LoopIterations = 200_000;

    /// <summary>Characters of one rendered template or one value in it: far above any page allowed by <see cref="PageBytes"/>, below a runaway.</summary>
    public const int Characters = 8 * 1024 * 1024;

    /// <summary>The most an HTML page may weigh: a page for a phone on a slow connection.</summary>
    public const int PageBytes = 300 * 1024;

    /// <summary>The most a JSON file a page fetches may weigh once compressed (gzip), as a server sends it.</summary>
    public const int JsonGzipBytes = 200 * 1024;

    /// <summary>
    /// Errors for every HTML page over <see cref="PageBytes"/> and every JSON file (the data pages fetch: the search index's
    /// parts, the checker's rules) over <see cref="JsonGzipBytes"/> gzipped. Only files that could be over it are compressed:
    /// gzip never makes a file much larger, so the thousands of small search chunks cost nothing to check.
    /// </summary>
    public static void Check(SiteOutput output, DiagnosticBag diagnostics)
    {
        // Files kept from the last good build passed these checks then.
        foreach (var path in output.Changed)
        {
            // By size first: only a file that could be over a limit is read (a staged build's files are on disk).
            var size = output.SizeOf(path);
            if (path.EndsWith(".html", StringComparison.Ordinal) && size > PageBytes)
            {
                diagnostics.Error(path, 1, $"网页有 {Kb(size)}，超过了一个网页的上限 {Kb(PageBytes)}（请联系技术人员：需要分页或拆分）", $"page is {Kb(size)}, over the {Kb(PageBytes)} a page may weigh; split or paginate what it lists");
            }
            else if (path.EndsWith(".json", StringComparison.Ordinal) && size > JsonGzipBytes - 64 && Gzip.Length(output.Get(path)!) is var gz && gz > JsonGzipBytes)
            {
                diagnostics.Error(path, 1, $"数据文件压缩后有 {Kb(gz)}，超过了网页可下载的上限 {Kb(JsonGzipBytes)}（请联系技术人员：需要拆分按需下载）", $"data file is {Kb(gz)} gzipped, over the {Kb(JsonGzipBytes)} a page may fetch; split it into parts fetched on demand");
            }
        }
    }

    private static string Kb(long bytes) => $"{bytes / 1024.0:0.#} KB";
}
