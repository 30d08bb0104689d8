using System.Diagnostics;
using Policy.Generator.Site;

namespace Policy.Generator.Tests;

/// <summary>
/// A corpus of <see cref="Policies"/> synthetic policies made by scripts/make-corpus from the real one, built once: large
/// enough for the limits that used to break or cut pages (Scriban's 1,000-iteration loops, unit and checker pages that
/// grew with the corpus), small enough for CI.
/// </summary>
public sealed class ScaleFixture : IDisposable
{
    public const int Policies = 200;

    public ScaleFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "policy-scale-" + Guid.NewGuid().ToString("N"));
        Policy.Tests.SyntheticCorpus.Make(RepoPaths.Root, Root, Policies);

        var clock = Stopwatch.StartNew();
        Result = SiteBuilder.Build(Content, RepoPaths.Templates, baseUrl: null);
        BuildTime = clock.Elapsed;
    }

    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    internal BuildResult Result { get; }

    public TimeSpan BuildTime { get; }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
