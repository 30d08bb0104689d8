using Policy.Generator.Site;
using Policy.Knowledge.Content;
using Policy.Knowledge.Diagnostics;

namespace Policy.Generator.Preview;

/// <summary>
/// The site as the preview serves it: the last good build, replaced only by a build without errors.
/// Each rebuild reports which pages changed, so only browsers showing those pages reload.
/// </summary>
internal sealed class PreviewSite(string contentRoot, string templatesRoot, string baseUrl, string language = Languages.Chinese)
{
    private readonly Lock gate = new();
    private SiteOutput? current;

    public event Action<IReadOnlyList<string>>? Built;

    /// <summary>The build failed: the problems, in the staff's language, for the overlay and the console.</summary>
    public event Action<PreviewReport>? Failed;

    /// <summary>The build succeeded, with problems that must be fixed before publishing (e.g. unregistered units).</summary>
    public event Action<PreviewReport>? Warned;

    /// <summary>What the overlay shows now: the last failure, or the warnings of the last good build; null when all is well.</summary>
    public PreviewReport? LastReport { get; private set; }

    public string Language => language;

    public byte[]? Get(string path) => Serve(path).Bytes;

    /// <summary>
    /// A file of the last good build, with that build's number: a page passes the number on when it connects for
    /// reloads, so a save announced before the page was listening still reloads it (see <see cref="ChangedSince"/>).
    /// </summary>
    public (byte[]? Bytes, long Build) Serve(string path)
    {
        lock (gate)
        {
            return (current?.Files.GetValueOrDefault(path), builds);
        }
    }

    /// <summary>Whether the page at URL path <paramref name="page"/> changed in a build after build number <paramref name="build"/>.</summary>
    public bool ChangedSince(string page, long build)
    {
        lock (gate)
        {
            return (lastChanged.TryGetValue(page, out var at) && at > build) || (lastChanged.TryGetValue("*", out var all) && all > build);
        }
    }

    private long builds;

    // For each URL path (or "*": every page), the number of the last build that changed it.
    private readonly Dictionary<string, long> lastChanged = new(StringComparer.Ordinal);

    private readonly Lock building = new();
    private int requested;
    private int handled;

    /// <summary>
    /// Rebuilds; never throws, whatever state the files are in mid-save: the error goes to the overlay instead. Saves
    /// that arrive while a build runs are taken up by one more build once it ends (builds never overlap). The saved
    /// page is rebuilt and announced first, with the last good build's search index; then, unless another save is
    /// waiting, a second build brings the search index (and the search page that names its version) up to date.
    /// </summary>
    public void Rebuild()
    {
        Interlocked.Increment(ref requested);
        while (Volatile.Read(ref requested) != Volatile.Read(ref handled) && building.TryEnter())
        {
            try
            {
                while (Volatile.Read(ref requested) is var seen && seen != handled)
                {
                    if (Build(deferSearch: true) && Volatile.Read(ref requested) == seen)
                    {
                        Build(deferSearch: false);
                    }

                    handled = seen;
                }

                // Idle until the next save: the builds' garbage is collected now, so the preview's memory stays flat
                // over many saves rather than growing to the collector's own budget (measured: docs/benchmarks.md).
                GC.Collect(2, GCCollectionMode.Forced, blocking: false);
            }
            finally
            {
                building.Exit();
            }
        }
    }

    /// <summary>One build; true when it kept the last good build's search index, which is then out of date.</summary>
    private bool Build(bool deferSearch)
    {
        BuildResult result;
        try
        {
            // Only what the save changed is rendered again; the rest is kept from the last good build, sharing its bytes.
            SiteOutput? last;
            lock (gate)
            {
                last = current;
            }

            result = SiteBuilder.Build(contentRoot, templatesRoot, baseUrl, preview: true, cache: last is null ? null : SiteCache.InMemory(last), deferSearch: deferSearch);
        }
        catch (Exception ex)
        {
            var crash = new DiagnosticBag();
            crash.Error(ContentPaths.Display(contentRoot, contentRoot), 1, $"生成时出错：{ex.Message}", $"build: {ex.Message}");
            LastReport = PreviewReport.Failure(crash, language);
            Failed?.Invoke(LastReport);
            return false;
        }

        if (result.Output is null || result.Diagnostics.HasErrors)
        {
            LastReport = PreviewReport.Failure(result.Diagnostics, language);
            Failed?.Invoke(LastReport);
            return false;
        }

        var changed = ChangedPages(result.Output);
        lock (gate)
        {
            current = result.Output;
            builds++;
            foreach (var page in changed)
            {
                lastChanged[page] = builds;
            }
        }

        var report = PreviewReport.PublishWarnings(result.Diagnostics, language);
        // The second build of a save announces only what it changed, and repeats no warnings already shown.
        if (!deferSearch && changed.Count == 0 && report?.ToString() == LastReport?.ToString())
        {
            return false;
        }

        LastReport = report;
        Built?.Invoke(changed);
        if (LastReport is not null)
        {
            Warned?.Invoke(LastReport);
        }

        return result.SearchDeferred;
    }

    /// <summary>URL paths of the pages whose bytes differ from the last good build; "*" when a stylesheet, script or image changed and every page is affected.</summary>
    private static List<string> ChangedPages(SiteOutput after)
    {
        var changed = new List<string>();
        foreach (var path in after.Changed)
        {
            if (path.EndsWith(".json", StringComparison.Ordinal))
            {
                // Data for scripts (search index, rules): the pages that load it fetch it anew on their next load.
                continue;
            }

            if (!path.EndsWith(".html", StringComparison.Ordinal))
            {
                return ["*"];
            }

            changed.Add("/" + (path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path));
        }

        return changed;
    }
}
