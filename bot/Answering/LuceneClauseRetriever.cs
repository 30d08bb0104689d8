using Policy.Knowledge.Search;

namespace Policy.Bot.Answering;

/// <summary>The bot's search: the shared library's <see cref="ClauseSearcher"/>, so the bot finds exactly what the site's search finds.</summary>
public sealed class LuceneClauseRetriever(ClauseSearcher searcher) : IClauseRetriever
{
    public IReadOnlyList<ClauseHit> Search(string query, string language, int top, bool snippets = false) =>
        searcher.Search(query, language, top, snippets: snippets).Select(r => new ClauseHit(r.Id, r.Score, r.Snippet)).ToList();
}
