using Policy.Bot.Answering;
using Policy.Knowledge.Content;
using Policy.Knowledge.Search;

namespace Policy.Bot;

/// <summary>Connects the bot to the shared library's search over the loaded content.</summary>
internal static class KnowledgeWiring
{
    /// <summary>Where <c>generator build</c> writes the Lucene index, relative to the repository root.</summary>
    public const string BuiltIndexFolder = "_build/index";

    public static BotKnowledge Create(ContentSet content)
    {
        var searcher = OpenBuiltIndex(content) ?? ClauseSearcher.InMemory(content);
        return new BotKnowledge(content, new LuceneClauseRetriever(searcher));
    }

    /// <summary>
    /// The index the generator built, when it is newer than every content file; otherwise null and the index is built in
    /// memory. A stale index would cite clauses as they were, and those citations would fail verification.
    /// </summary>
    private static ClauseSearcher? OpenBuiltIndex(ContentSet content)
    {
        var repository = Path.GetDirectoryName(Path.GetFullPath(content.Root).TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        var folder = Path.Combine(repository, BuiltIndexFolder);
        if (!Directory.Exists(folder) || Directory.GetFiles(folder).Length == 0)
        {
            return null;
        }

        var built = Directory.GetFiles(folder).Min(File.GetLastWriteTimeUtc);
        var edited = Directory.GetFiles(content.Root, "*", SearchOption.AllDirectories).Max(File.GetLastWriteTimeUtc);
        if (edited > built)
        {
            return null;
        }

        try
        {
            return ClauseSearcher.Open(folder, content);
        }
        catch (Exception error) when (error is IOException or Lucene.Net.Index.CorruptIndexException or Lucene.Net.Index.IndexNotFoundException)
        {
            return null; // a damaged index is no reason not to answer
        }
    }
}
