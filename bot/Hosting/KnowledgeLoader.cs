using Policy.Bot.Answering;
using Policy.Knowledge.Content;
using Policy.Knowledge.Diagnostics;
using Policy.Knowledge.Search;

namespace Policy.Bot.Hosting;

/// <summary>Loads what the bot knows: the content folder, and the search index <c>generator build</c> published beside it.</summary>
public static class KnowledgeLoader
{
    /// <summary>The content folder: the setting, or content/ found from the working directory.</summary>
    public static string ResolveContentRoot(string? setting) =>
        Path.GetFullPath(setting ?? ContentPaths.FindContentRoot()
            ?? throw new KnowledgeUnavailableException($"no content folder with {ContentPaths.SiteFile} found: run inside the repository or set Bot:Content / --content"));


    /// <summary>
    /// The knowledge; throws <see cref="KnowledgeUnavailableException"/> naming what is wrong. With
    /// <paramref name="requirePublishedIndex"/> (a reload after a build), only a complete index newer than every content
    /// file is accepted, so content edited since the last build, or a half-written index, is never loaded.
    /// </summary>
    public static BotKnowledge Load(string contentRoot, string? publicBaseUrl, bool requirePublishedIndex = false)
    {
        // What the last build parsed is read, not parsed again (a thousand policies parse in seconds, load in a fraction).
        var index = BuiltIndex.StartOpening(contentRoot);
        DocumentCache.Shared.LoadFrom(Path.Combine(BuiltIndex.RepositoryRoot(contentRoot), DocumentCache.BuiltFile));
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

        var searcher = index.Finish(content);
        if (searcher is null && requirePublishedIndex)
        {
            throw new KnowledgeUnavailableException($"the index in '{BuiltIndex.FolderFor(contentRoot)}' is missing, damaged or older than the content");
        }

        return new BotKnowledge(content, new LuceneClauseRetriever(searcher ?? ClauseSearcher.InMemory(content)));
    }

    /// <summary>What identifies one published index: its files, sizes and times; null when there is none.</summary>
    public static string? IndexStamp(string contentRoot)
    {
        var folder = BuiltIndex.FolderFor(contentRoot);
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
}

/// <summary>The content cannot be loaded: the message says where and what to run.</summary>
public sealed class KnowledgeUnavailableException(string message) : Exception(message);
