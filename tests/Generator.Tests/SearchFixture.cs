using Policy.Knowledge.Search;

namespace Policy.Generator.Tests;

/// <summary>The real site built once, and the Lucene searcher over the same content: both sides of search, side by side.</summary>
public sealed class SearchFixture : IDisposable
{
    public SearchFixture()
    {
        Site = new SiteBuildFixture();
        Lucene = ClauseSearcher.InMemory(Site.Result.Content!);
    }

    public SiteBuildFixture Site { get; }

    public ClauseSearcher Lucene { get; }

    public void Dispose() => Lucene.Dispose();
}
