using Policy.Bot.Answering;
using Policy.Knowledge.Content;
using Policy.Knowledge.Diagnostics;
using Policy.Knowledge.Search;

namespace Policy.Bot.Hosting;

/// <summary>Loads what the bot knows: the content folder, and the search index <c>generator build</c> published beside it.</summary>
public static class KnowledgeLoader
{
    /// <summary>Where <c>generator build</c> writes the Lucene index, relative to the repository root.</summary>
    public const string BuiltIndexFolder = "_build/index";

    /// <summary>The content folder: the setting, or content/ found from the working directory.</summary>
    public static string ResolveContentRoot(string? setting) =>
        Path.GetFullPath(setting ?? ContentPaths.FindContentRoot()
            ?? throw new KnowledgeUnavailableException($"no content folder with {ContentPaths.SiteFile} found: run inside the repository or set Bot:Content / --content"));

    /// <summary>The folder that holds content/ (and _build/).</summary>
    public static string RepositoryRoot(string contentRoot) =>
        Path.GetDirectoryName(Path.GetFullPath(contentRoot).TrimEnd(Path.DirectorySeparatorChar)) ?? ".";

    public static string IndexFolder(string contentRoot) => Path.Combine(RepositoryRoot(contentRoot), BuiltIndexFolder);

    /// <summary>
    /// The knowledge; throws <see cref="KnowledgeUnavailableException"/> naming what is wrong. With
    /// <paramref name="requirePublishedIndex"/> (a reload after a build), only a complete index newer than every content
    /// file is accepted, so content edited since the last build, or a half-written index, is never loaded.
    /// </summary>
    public static BotKnowledge Load(string contentRoot, string? publicBaseUrl, bool requirePublishedIndex = false)
    {
        // What the last build parsed is read, not parsed again (a thousand policies parse in seconds, load in a fraction).
        DocumentCache.Shared.LoadFrom(Path.Combine(RepositoryRoot(contentRoot), DocumentCache.BuiltFile));
        var (content, diagnostics) = ContentLoader.Load(contentRoot);
        if (content is null || diagnostics.HasErrors)
        {
            var first = diagnostics.Sorted().FirstOrDefault(d => d.Severity == Severity.Error);
            throw new KnowledgeUnavailableException($"the content at '{contentRoot}' has errors; run 'generator check'. First: {first}");
        }

        if (!string.IsNullOrWhiteSpace(publicBaseUrl))
        {
            content = content.WithBaseUrl(publicBaseUrl);
        }

        var searcher = OpenBuiltIndex(content);
        if (searcher is null && requirePublishedIndex)
        {
            throw new KnowledgeUnavailableException($"the index in '{IndexFolder(contentRoot)}' is missing, damaged or older than the content");
        }

        return new BotKnowledge(content, new LuceneClauseRetriever(searcher ?? ClauseSearcher.InMemory(content)));
    }

    /// <summary>What identifies one published index: its files, sizes and times; null when there is none.</summary>
    public static string? IndexStamp(string contentRoot)
    {
        var folder = IndexFolder(contentRoot);
        try
        {
            var files = new DirectoryInfo(folder).GetFiles();
            return files.Length == 0 ? null : string.Join("|", files.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => $"{f.Name}:{f.Length}:{f.LastWriteTimeUtc.Ticks}"));
        }
        catch (IOException)
        {
            return null; // being replaced right now
        }
    }

    /// <summary>
    /// Whether the built index is newer than every content file. Its last commit (segments_N, written last) dates it: an
    /// incremental build updates the index in place, so older segment files keep their older times.
    /// </summary>
    internal static bool IsIndexFresh(string contentRoot)
    {
        var folder = IndexFolder(contentRoot);
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
    /// The index the generator built, when it is newer than every content file; otherwise null and the index is built in
    /// memory. A stale index would cite clauses as they were, and those citations would fail verification.
    /// </summary>
    private static ClauseSearcher? OpenBuiltIndex(ContentSet content)
    {
        var folder = IndexFolder(content.Root);
        try
        {
            if (!Directory.Exists(folder) || Directory.GetFiles(folder).Length == 0)
            {
                return null;
            }

            return IsIndexFresh(content.Root) ? ClauseSearcher.Open(folder, content) : null;
        }
        catch (Exception error) when (error is IOException or Lucene.Net.Index.CorruptIndexException or Lucene.Net.Index.IndexNotFoundException)
        {
            return null; // a damaged index is no reason not to answer
        }
    }
}

/// <summary>The content cannot be loaded: the message says where and what to run.</summary>
public sealed class KnowledgeUnavailableException(string message) : Exception(message);
