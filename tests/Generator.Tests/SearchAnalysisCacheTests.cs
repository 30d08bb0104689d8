using Policy.Generator.Site;
using Policy.Generator.Site.StaticSearch;
using Policy.Knowledge.Content;

namespace Policy.Generator.Tests;

/// <summary>
/// The static search's analysis cache: each policy's clauses are analysed once and reused while the policy, its units'
/// names, the synonyms and the code are unchanged; whatever it holds, the index is byte for byte the one a fresh
/// analysis makes.
/// </summary>
public sealed class SearchAnalysisCacheTests : IDisposable
{
    private readonly TempContent content = TempContent.OfContent(Path.Combine(RepoPaths.Root, "tests", "fixtures", "many-policies", "content"));

    public void Dispose() => content.Dispose();

    private ContentSet Load()
    {
        var (set, diagnostics) = ContentLoader.Load(content.Content);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return set!;
    }

    /// <summary>Both languages' index built with <paramref name="cache"/>, checked against a fresh analysis of the same content.</summary>
    private static void AssertSameAsFresh(ContentSet set, AnalysisCache cache)
    {
        foreach (var lang in Languages.All)
        {
            var (entry, files) = SearchAssets.Build(set, lang, cache);
            var (freshEntry, freshFiles) = SearchAssets.Build(set, lang);
            Assert.Equal(freshEntry, entry);
            Assert.Equal(freshFiles.Select(f => f.Path), files.Select(f => f.Path));
            Assert.All(freshFiles.Zip(files), pair => Assert.True(pair.First.Bytes.AsSpan().SequenceEqual(pair.Second.Bytes), $"{pair.First.Path} differs from a fresh analysis"));
        }
    }

    [Fact]
    public void An_incremental_build_keeps_a_search_index_whose_inputs_did_not_change_and_makes_one_whose_inputs_did()
    {
        var first = SiteBuilder.Build(content.Content, RepoPaths.Templates, baseUrl: null).Output!;
        static IEnumerable<string> Index(SiteOutput site, string lang) =>
            site.Files.Keys.Where(k => k == $"assets/search-{lang}.json" || k.StartsWith($"assets/search/{lang}-", StringComparison.Ordinal));

        // An edit outside every clause (the validity line of the front matter): both indexes are the last build's files.
        content.Replace("policies/demo-zezhou-2024-5/zh.md", "validity: 有效期至2025年12月31日。", "validity: 有效期至2025年12月31日。本条另行通知。");
        var second = SiteBuilder.Build(content.Content, RepoPaths.Templates, baseUrl: null, cache: SiteCache.InMemory(first)).Output!;
        foreach (var lang in Languages.All)
        {
            Assert.NotEmpty(Index(second, lang));
            Assert.All(Index(second, lang), path => Assert.Same(first.Get(path), second.Get(path)));
        }

        // A Chinese clause edited: the Chinese index is made again, the English one (its clause is translated) kept.
        content.Replace("policies/demo-zezhou-2024-5/zh.md", "为减轻个体工商户经营负担，", "为切实减轻个体工商户经营负担，");
        var third = SiteBuilder.Build(content.Content, RepoPaths.Templates, baseUrl: null, cache: SiteCache.InMemory(second)).Output!;
        Assert.All(Index(third, "en"), path => Assert.Same(second.Get(path), third.Get(path)));
        Assert.NotEqual(second.Get("assets/search-zh.json"), third.Get("assets/search-zh.json"));
        Assert.DoesNotContain(Index(second, "zh"), path => third.Contains(path) && path != "assets/search-zh.json");

        var full = SiteBuilder.Build(content.Content, RepoPaths.Templates, baseUrl: null).Output!;
        Assert.Equal(full.Files.Keys, third.Files.Keys);
        Assert.All(full.Files, file => Assert.True(file.Value.AsSpan().SequenceEqual(third.Files[file.Key]), $"{file.Key} differs from a full build"));
    }

    [Fact]
    public void Unchanged_policies_are_not_analysed_again()
    {
        var set = Load();
        var cache = new AnalysisCache();
        AssertSameAsFresh(set, cache);
        Assert.Equal(set.Policies.Count * 2, cache.Analysed);

        AssertSameAsFresh(Load(), cache);
        Assert.Equal(set.Policies.Count * 2, cache.Analysed);
    }

    [Fact]
    public void An_edited_policy_alone_is_analysed_again()
    {
        var cache = new AnalysisCache();
        AssertSameAsFresh(Load(), cache);
        var before = cache.Analysed;

        content.Replace("policies/demo-zezhou-2024-5/zh.md", "。\n", "。本条另行通知，个体工商户可以申请。\n");
        AssertSameAsFresh(Load(), cache);

        // Its Chinese and its English index (the source hashes of both files make its key).
        Assert.Equal(before + 2, cache.Analysed);
    }

    [Fact]
    public void A_full_build_analyses_every_policy_again_even_with_a_matching_cache()
    {
        var set = Load();
        var cache = new AnalysisCache();
        SearchAssets.Build(set, "zh", cache);
        var before = cache.Analysed;

        SearchAssets.Build(set, "zh", cache, reuse: false);

        Assert.Equal(before + set.Policies.Count, cache.Analysed);
    }

    [Fact]
    public void Changed_synonyms_analyse_every_policy_again()
    {
        var cache = new AnalysisCache();
        AssertSameAsFresh(Load(), cache);
        var before = cache.Analysed;

        // A synonym of over two Chinese characters is looked for as written in every clause: a cache made without it
        // would miss the clauses that hold it.
        content.Edit("synonyms.yml", text => text.Replace("  - 房租, 租金\n", "  - 房租, 租金\n  - 个体工商户, 个体户\n", StringComparison.Ordinal));
        var set = Load();
        AssertSameAsFresh(set, cache);

        // The Chinese side, whose synonyms changed; the English side's analysis stays.
        Assert.Equal(before + set.Policies.Count, cache.Analysed);
    }

    private string CacheFile => Path.Combine(content.Root, "_build", "cache", AnalysisCache.FileName);

    private static List<(string Language, string Id)> Names(ContentSet set) => set.Policies.SelectMany(p => Languages.All.Select(lang => (lang, p.Id))).ToList();

    /// <summary>A cache that analysed every policy of <paramref name="set"/>, saved to <see cref="CacheFile"/>.</summary>
    private AnalysisCache SavedWhole(ContentSet set)
    {
        var cache = new AnalysisCache();
        AssertSameAsFresh(set, cache);
        Assert.True(cache.SaveTo(CacheFile, Names(set)));
        return cache;
    }

    /// <summary>A new cache with <see cref="CacheFile"/> read: the next build's, before it analyses anything.</summary>
    private AnalysisCache Loaded()
    {
        var cache = new AnalysisCache();
        cache.LoadFrom(CacheFile);
        return cache;
    }

    /// <summary>Reads <see cref="CacheFile"/> back: its records, and the same analysis as a fresh one with only <paramref name="analysed"/> policies analysed again.</summary>
    private void AssertReadsBack(ContentSet set, int records, int analysed)
    {
        var read = new AnalysisCache();
        Assert.Equal(records, read.LoadFrom(CacheFile));
        AssertSameAsFresh(set, read);
        Assert.Equal(analysed, read.Analysed);
    }

    [Fact]
    public void A_saved_cache_is_read_back_and_reused()
    {
        var set = Load();
        var names = Names(set);
        var written = SavedWhole(set);
        Assert.False(written.SaveTo(CacheFile, names));

        AssertReadsBack(set, names.Count, analysed: 0);
    }

    [Fact]
    public void A_save_after_an_edit_copies_the_other_policies_records_and_reads_back_as_a_fresh_analysis()
    {
        var set = Load();
        var names = Names(set);
        SavedWhole(set);

        // The next run: reads the file, analyses the edited policy (both languages: both files make its key), saves.
        var second = Loaded();
        content.Replace("policies/demo-zezhou-2024-5/zh.md", "。\n", "。本条另行通知，个体工商户可以申请。\n");
        var edited = Load();
        AssertSameAsFresh(edited, second);
        Assert.Equal(2, second.Analysed);
        Assert.True(second.SaveTo(CacheFile, names));
        Assert.Equal(names.Count - 2, second.RecordsCopied);

        // What it wrote (old records numbered by the old term table, new ones by it with new terms added) reads back whole.
        AssertReadsBack(edited, names.Count, analysed: 0);
    }

    [Fact]
    public void A_save_that_would_use_little_of_the_last_files_term_table_writes_every_record_anew_with_the_terms_used()
    {
        var set = Load();
        var names = Names(set);
        SavedWhole(set);
        var whole = new FileInfo(CacheFile).Length;

        // One policy left of many: most of the table's terms are no longer used.
        var second = Loaded();
        var one = names.Where(n => n.Id == set.Policies[0].Id).ToList();
        Assert.True(second.SaveTo(CacheFile, one));
        Assert.Equal(0, second.RecordsCopied);
        Assert.True(new FileInfo(CacheFile).Length < whole / 2, "the term table was not cut down to the terms used");

        AssertReadsBack(set, one.Count, analysed: names.Count - one.Count);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("cut")]
    [InlineData("flipped")]
    [InlineData("empty")]
    public void A_damaged_cache_file_is_ignored(string damage)
    {
        var set = Load();
        var file = CacheFile;
        var written = new AnalysisCache();
        SearchAssets.Build(set, "zh", written);
        written.SaveTo(file, set.Policies.Select(p => ("zh", p.Id)));
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, damage switch
        {
            "garbage" => "not a cache at all"u8.ToArray(),
            "cut" => bytes[..(bytes.Length * 2 / 3)],
            "flipped" => [.. bytes[..^40], .. bytes[^40..].Select(b => (byte)~b)],
            _ => [],
        });

        var read = new AnalysisCache();
        Assert.Equal(0, read.LoadFrom(file));
        Assert.Equal(0, read.Count);
        AssertSameAsFresh(set, read);
    }
}
