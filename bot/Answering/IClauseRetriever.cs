namespace Policy.Bot.Answering;

/// <summary>A clause found for a question, best first.</summary>
public sealed record ClauseHit(string ClauseId, float Score, string Snippet);

/// <summary>The bot's view of search: the shared library's Lucene search behind it (see <c>LuceneClauseRetriever</c>).</summary>
public interface IClauseRetriever
{
    /// <param name="snippets">Highlighted snippets cost most of a search; the default answerer quotes sentences instead.</param>
    IReadOnlyList<ClauseHit> Search(string query, string language, int top, bool snippets = false);
}
