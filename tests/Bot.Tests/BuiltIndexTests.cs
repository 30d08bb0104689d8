using Policy.Knowledge.Content;
using Policy.Knowledge.Search;

namespace Policy.Bot.Tests;

/// <summary>The bot uses the index the generator built only while it is newer than every content file, however it was written.</summary>
public sealed class BuiltIndexTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "built-index-" + Guid.NewGuid().ToString("N"));

    private string Content => Path.Combine(root, "content");

    private string Index => Path.Combine(root, "_build", "index");

    public BuiltIndexTests()
    {
        var source = Path.Combine(RepoPaths.Root, "tests", "fixtures", "many-policies", "content");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Content, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            File.SetLastWriteTimeUtc(target, DateTime.UtcNow.AddMinutes(-10));
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void An_index_updated_in_place_after_an_edit_is_fresh_again_though_its_older_segments_keep_their_times()
    {
        Assert.False(BuiltIndex.IsFresh(Content));
        var content = Load();
        ClauseIndex.Write(content, Index);
        Assert.True(BuiltIndex.IsFresh(Content));
        foreach (var file in Directory.GetFiles(Index))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-5));
        }

        var edited = Path.Combine(Content, "policies", content.Policies[0].Id, "zh.md");
        File.AppendAllText(edited, "\n");
        Assert.False(BuiltIndex.IsFresh(Content));

        ClauseIndex.Update(Load(), Index, [content.Policies[0].Id]);

        Assert.True(BuiltIndex.IsFresh(Content));
        Assert.Contains(Directory.GetFiles(Index), f => File.GetLastWriteTimeUtc(f) < DateTime.UtcNow.AddMinutes(-4));
    }

    [Fact]
    public void A_search_of_an_index_updated_in_place_finds_each_clause_once_and_only_in_the_language_asked()
    {
        var content = Load();
        ClauseIndex.Write(content, Index);
        ClauseIndex.Update(content, Index, content.Policies.Select(p => p.Id).ToList()); // every clause deleted and added again

        using var searcher = ClauseSearcher.Open(Index, content);
        foreach (var language in Languages.All)
        {
            var hits = searcher.Search("个体工商户 individual businesses", language, ClauseSearcher.MaxTop, snippets: false);
            Assert.NotEmpty(hits);
            Assert.All(hits, h => Assert.Equal(language, h.Language));
            Assert.Equal(hits.Count, hits.Select(h => h.Id).Distinct().Count());
        }
    }

    [Fact]
    public void An_index_read_ahead_is_used_only_if_no_build_committed_since_and_no_content_was_edited_since()
    {
        var content = Load();
        var id = content.Policies[0].Id;
        ClauseIndex.Write(content, Index);
        using (var searcher = BuiltIndex.StartOpening(Content).Finish(content))
        {
            Assert.NotNull(searcher);
            Assert.Contains(searcher.Search("个体工商户", "zh", ClauseSearcher.MaxTop, snippets: false), h => h.DocumentId == id);
        }

        // Read ahead, then a build commits an index without the first policy's folder: the new index is read.
        var opening = BuiltIndex.StartOpening(Content);
        Thread.Sleep(200);
        Directory.Move(Path.Combine(Content, "policies", id), Path.Combine(root, "set-aside"));
        var without = Load();
        ClauseIndex.Write(without, Index);
        using (var searcher = opening.Finish(without))
        {
            Assert.NotNull(searcher);
            Assert.DoesNotContain(searcher.Search("个体工商户", "zh", ClauseSearcher.MaxTop, snippets: false), h => h.DocumentId == id);
        }

        // Read ahead, then content edited while it loads: the index is stale, so none is used.
        var stale = BuiltIndex.StartOpening(Content);
        File.AppendAllText(Path.Combine(Content, "policies", without.Policies[0].Id, "zh.md"), "\n");
        File.SetLastWriteTimeUtc(Path.Combine(Content, "policies", without.Policies[0].Id, "zh.md"), DateTime.UtcNow.AddMinutes(1));
        Assert.Null(stale.Finish(Load()));
    }

    private ContentSet Load() => ContentLoader.Load(Content).Content ?? throw new InvalidOperationException("fixture did not load");
}
