using Policy.Knowledge.Content;
using Policy.Knowledge.Diagnostics;

namespace Policy.Generator.Site;

/// <param name="SearchDeferred">The search index was kept from the last good build (see <c>deferSearch</c>): it may be out of date.</param>
internal sealed record BuildResult(SiteOutput? Output, DiagnosticBag Diagnostics, ContentSet? Content, bool SearchDeferred = false);

/// <summary>content/ + templates/ → the complete site in memory, validated (content checks and a link check over the HTML).</summary>
internal static class SiteBuilder
{
    /// <param name="preview">For the live preview: errors that only block publishing (e.g. a unit not yet registered) become warnings.</param>
    /// <param name="buildDate">The day statuses are computed for when the reader's browser runs no script; today by default.</param>
    /// <param name="cache">
    /// The last good build: a page made from unchanged inputs is kept from it instead of rendered again, and only the
    /// files that differ from it are checked. Null for a full build.
    /// </param>
    /// <param name="lastBuild">
    /// Instead of <paramref name="cache"/>: the last good build as it is being read (by <c>generator build</c>, from
    /// <c>_build/cache/site.json</c>), awaited only once the content is loaded.
    /// </param>
    /// <param name="deferSearch">
    /// For the preview: keep the last good build's search index instead of making it again (most of the time a save
    /// takes at scale); a second build without it brings the index up to date once the saved page is served.
    /// </param>
    /// <param name="contentReady">
    /// Called with the content once it is loaded and valid, before the pages are rendered: <c>generator build</c> starts
    /// the Lucene index there, so that it is written on the second core while the site renders.
    /// </param>
    /// <param name="stageFor">
    /// For <c>generator build</c>'s full build: the site folder it will be written to. Each file is written beside it as it
    /// is made (<see cref="SiteOutput.StageFor"/>) rather than held in memory; a failed build deletes what it wrote.
    /// </param>
    public static BuildResult Build(string contentRoot, string templatesRoot, string? baseUrl, bool preview = false, DateOnly? buildDate = null, SiteCache? cache = null, bool deferSearch = false,
        Action<ContentSet>? contentReady = null, string? stageFor = null, Task<SiteCache?>? lastBuild = null)
    {
        var day = buildDate ?? Today();
        var globalKey = BuildKeys.Global(contentRoot, templatesRoot, baseUrl, preview, day);
        var (content, diagnostics) = ContentLoader.Load(contentRoot);
        BuildTimings.Mark("content loaded and checked");
        if (preview)
        {
            diagnostics.RelaxPublishOnly();
        }

        string Display(string path) => ContentPaths.Display(contentRoot, path);
        var templates = TemplateSet.Load(templatesRoot, diagnostics, Display);
        var strings = TemplateSet.LoadStrings(templatesRoot, diagnostics, Display);
        BuildTimings.Mark("templates");
        if (content is null || templates is null || diagnostics.HasErrors)
        {
            return new BuildResult(null, diagnostics, content);
        }

        if (baseUrl is not null)
        {
            if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out _))
            {
                diagnostics.Error("--base-url", 1, $"“{baseUrl}”不是完整的网址，例如 https://example.gov.cn/", $"'{baseUrl}' is not an absolute URL");
                return new BuildResult(null, diagnostics, content);
            }

            content = content.WithBaseUrl(baseUrl);
        }

        cache ??= lastBuild?.GetAwaiter().GetResult();
        BuildTimings.Mark("last build's record");
        contentReady?.Invoke(content);
        BuildTimings.Mark("index and documents.bin started");
        var output = new SiteOutput(cache);
        if (stageFor is not null && cache is null)
        {
            output.StageFor(stageFor);
        }

        try
        {
            return Render(content, templates, strings, output, diagnostics, Display, day, globalKey, deferSearch && cache is not null);
        }
        catch
        {
            output.Discard();
            throw;
        }
    }

    /// <summary>Renders every page and asset into <paramref name="output"/>, then checks them: size limits, then links.</summary>
    private static BuildResult Render(ContentSet content, TemplateSet templates, IReadOnlyDictionary<string, LocalizedText> strings, SiteOutput output, DiagnosticBag diagnostics,
        Func<string, string> display, DateOnly day, string globalKey, bool deferSearch)
    {
        var renderer = new PageRenderer(content, templates, strings, output, diagnostics, display, day, globalKey, deferSearch);
        renderer.RenderAll();
        BuildTimings.Mark("pages rendered");
        AssetCopier.Copy(templates.Root, output);
        RenderLimits.Check(output, diagnostics);
        BuildTimings.Mark("assets, limits");
        if (!diagnostics.HasErrors)
        {
            HtmlLinkChecker.Check(output, content.Site.BasePath, diagnostics);
        }

        BuildTimings.Mark("links checked");
        output.Complete();
        BuildTimings.Mark("output completed");
        if (diagnostics.HasErrors)
        {
            output.Discard();
        }

        return new BuildResult(diagnostics.HasErrors ? null : output, diagnostics, content, renderer.SearchDeferred);
    }

    /// <summary>The local date, or the date of SOURCE_DATE_EPOCH when set (reproducible builds).</summary>
    private static DateOnly Today() =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), out var seconds)
            ? DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime)
            : DateOnly.FromDateTime(DateTime.Now);
}
