using Policy.Generator.Site;
using Policy.Knowledge.Diagnostics;

namespace Policy.Generator.Preview;

/// <summary>
/// The site as the preview serves it: the last good build, replaced only by a build without errors.
/// Each rebuild reports which pages changed, so only browsers showing those pages reload.
/// </summary>
internal sealed class PreviewSite(string contentRoot, string templatesRoot, string baseUrl)
{
    private readonly Lock gate = new();
    private SiteOutput? current;

    public event Action<IReadOnlyList<string>>? Built;

    public event Action<IReadOnlyList<string>>? Failed;

    public IReadOnlyList<string> LastErrors { get; private set; } = [];

    public byte[]? Get(string path)
    {
        lock (gate)
        {
            return current?.Files.GetValueOrDefault(path);
        }
    }

    /// <summary>Rebuilds; never throws, whatever state the files are in mid-save: the error goes to the overlay instead.</summary>
    public void Rebuild()
    {
        BuildResult result;
        try
        {
            result = SiteBuilder.Build(contentRoot, templatesRoot, baseUrl);
        }
        catch (Exception ex)
        {
            Report([$"build: {ex.Message}"]);
            return;
        }

        if (result.Output is null || result.Diagnostics.HasErrors)
        {
            Report(result.Diagnostics.Sorted().Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList());
            return;
        }

        List<string> changed;
        lock (gate)
        {
            changed = ChangedPages(current, result.Output);
            current = result.Output;
            LastErrors = [];
        }

        Built?.Invoke(changed);
    }

    private void Report(IReadOnlyList<string> errors)
    {
        LastErrors = errors;
        Failed?.Invoke(errors);
    }

    /// <summary>URL paths of the pages whose bytes differ; "*" when a stylesheet, script or image changed and every page is affected.</summary>
    private static List<string> ChangedPages(SiteOutput? before, SiteOutput after)
    {
        var changed = new List<string>();
        foreach (var (path, bytes) in after.Files)
        {
            if (before is null || !before.Files.TryGetValue(path, out var old) || !old.AsSpan().SequenceEqual(bytes))
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
        }

        return changed;
    }
}
