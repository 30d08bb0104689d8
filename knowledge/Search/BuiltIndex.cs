using Policy.Knowledge.Content;

namespace Policy.Knowledge.Search;

/// <summary>
/// The search index <c>generator build</c> writes beside content/ (<c>_build/index/</c>), and whether it is current:
/// used by the bot and by <c>generator search</c> instead of indexing every clause again, only while it is newer than
/// every content file. A stale index would cite clauses as they were.
/// </summary>
public static class BuiltIndex
{
    /// <summary>Where <c>generator build</c> writes the Lucene index, relative to the folder that holds content/.</summary>
    public const string Folder = "_build/index";

    /// <summary>The folder that holds content/ (and _build/).</summary>
    public static string RepositoryRoot(string contentRoot) =>
        Path.GetDirectoryName(Path.GetFullPath(contentRoot).TrimEnd(Path.DirectorySeparatorChar)) ?? ".";

    public static string FolderFor(string contentRoot) => Path.Combine(RepositoryRoot(contentRoot), Folder);

    /// <summary>
    /// Whether the built index is newer than every content file. Its last commit (segments_N, written last) dates it: an
    /// incremental build updates the index in place, so older segment files keep their older times.
    /// </summary>
    public static bool IsFresh(string contentRoot)
    {
        var folder = FolderFor(contentRoot);
        var commits = Directory.Exists(folder) ? Directory.GetFiles(folder, "segments_*") : [];
        if (commits.Length == 0)
        {
            return false;
        }

        var built = commits.Max(File.GetLastWriteTimeUtc);
        var edited = Directory.GetFiles(contentRoot, "*", SearchOption.AllDirectories).Max(File.GetLastWriteTimeUtc);
        return edited <= built;
    }

    /// <summary>The built index when it is current; null when it is missing, stale or damaged (then index in memory).</summary>
    public static ClauseSearcher? TryOpen(ContentSet content)
    {
        try
        {
            return IsFresh(content.Root) ? ClauseSearcher.Open(FolderFor(content.Root), content) : null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or Lucene.Net.Index.CorruptIndexException or Lucene.Net.Index.IndexNotFoundException)
        {
            return null; // a damaged index is no reason not to answer
        }
    }
}
