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

    /// <summary>
    /// Starts reading the built index's files on another thread while the caller loads the content (the two share
    /// nothing until the searcher is made: a tenth of the bot's start at a thousand policies); <see cref="Opening.Finish"/>
    /// gives the index when it is current.
    /// </summary>
    public static Opening StartOpening(string contentRoot) => new(contentRoot);

    /// <summary>A built index being read; finished once the content it must be as new as is loaded.</summary>
    public sealed class Opening
    {
        private readonly string contentRoot;
        private readonly Task<(string Commit, FolderInMemory Files)?> reading;

        internal Opening(string contentRoot)
        {
            this.contentRoot = contentRoot;
            reading = Task.Run(() => Read(contentRoot));
        }

        /// <summary>
        /// The searcher over the index, when it is current for <paramref name="content"/> (the files read ahead unless a
        /// build committed since); null when it is missing, stale or damaged (then the caller indexes in memory).
        /// </summary>
        public ClauseSearcher? Finish(ContentSet content)
        {
            try
            {
                // Checked only now, against the content as loaded: an edit made while it loaded makes the index stale.
                if (!IsFresh(content.Root))
                {
                    return null;
                }

                // Files read before a build committed a new index are not that index: read again.
                var read = Path.GetFullPath(content.Root) == Path.GetFullPath(contentRoot) ? reading.GetAwaiter().GetResult() : null;
                var files = read is { } r && r.Commit == LastCommit(FolderFor(content.Root)) ? r.Files : FolderInMemory.Read(FolderFor(content.Root));
                return ClauseSearcher.Open(files, content);
            }
            catch (Exception error) when (Unreadable(error))
            {
                return null; // a damaged index is no reason not to answer
            }
        }

        private static (string Commit, FolderInMemory Files)? Read(string contentRoot)
        {
            try
            {
                var folder = FolderFor(contentRoot);
                var commit = LastCommit(folder);
                return commit is null ? null : (commit, FolderInMemory.Read(folder));
            }
            catch (Exception error) when (Unreadable(error))
            {
                return null;
            }
        }
    }

    // The newest commit point (segments_N, written last by every build) by name and time; null when there is none.
    private static string? LastCommit(string folder)
    {
        var commits = Directory.Exists(folder) ? new DirectoryInfo(folder).GetFiles("segments_*") : [];
        return commits.Length == 0 ? null : commits.Select(f => $"{f.Name}:{f.Length}:{f.LastWriteTimeUtc.Ticks}").Max(StringComparer.Ordinal);
    }

    private static bool Unreadable(Exception error) =>
        error is IOException or UnauthorizedAccessException or Lucene.Net.Index.CorruptIndexException or Lucene.Net.Index.IndexNotFoundException;
}
