using Lucene.Net.Index;
using Lucene.Net.Store;
using Policy.Generator.Commands;
using Policy.Knowledge.Search;

namespace Policy.Generator.Tests;

/// <summary>
/// <c>generator build</c> with its cache (_build/cache): after a change, only what the change affects is rendered,
/// checked, written and indexed again, and the site is byte for byte the one a full build of the same content makes.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TempContent content = TempContent.OfContent(Path.Combine(RepoPaths.Root, "tests", "fixtures", "many-policies", "content"));

    private string Templates => Path.Combine(content.Root, "templates");

    private string Site => Path.Combine(content.Root, "_site");

    private string Index => Path.Combine(content.Root, "_build", "index");

    private string Cache => Path.Combine(content.Root, "_build", "cache");

    public IncrementalBuildTests() => TempContent.CopyDirectory(RepoPaths.Templates, Templates);

    public void Dispose() => content.Dispose();

    private int Build() => BuildCommand.Run(content.Content, Templates, null, Site, Index, cache: Cache);

    /// <summary>Builds, changes the content, builds again from the cache; returns the files the second build wrote.</summary>
    private HashSet<string> Rebuild(Action change)
    {
        Assert.Equal(0, Build());
        var before = Times(Site);
        change();
        Assert.Equal(0, Build());
        var after = Times(Site);
        return after.Where(f => !before.TryGetValue(f.Key, out var time) || time != f.Value).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A full build of the same content into folders of its own: the incremental site must be the same, byte for byte.</summary>
    private void AssertSameAsFullBuild()
    {
        var fullSite = Path.Combine(content.Root, "full-site");
        var fullIndex = Path.Combine(content.Root, "full-index");
        Assert.Equal(0, BuildCommand.Run(content.Content, Templates, null, fullSite, fullIndex));
        var expected = Snapshot(fullSite);
        var actual = Snapshot(Site);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(actual[kv.Key]), $"{kv.Key} differs from a full build"));
        Assert.Equal(IndexedDocuments(fullIndex), IndexedDocuments(Index));
    }

    [Fact]
    public void Editing_one_policy_rewrites_its_pages_not_the_others_and_equals_a_full_build()
    {
        var written = Rebuild(() => content.Replace("policies/demo-zezhou-2024-5/zh.md", "。\n", "。本条另行通知。\n"));

        Assert.Contains("zh/policies/demo-zezhou-2024-5/index.html", written);
        Assert.DoesNotContain("zh/policies/demo-city-2021-9/index.html", written);
        Assert.DoesNotContain("en/policies/demo-city-2024-3/index.html", written);
        Assert.DoesNotContain("assets/site.css", written);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void Retitling_a_policy_rewrites_the_page_of_the_policy_it_replaced()
    {
        var written = Rebuild(() => content.Replace("policies/demo-city-2024-3/zh.md", "short_title: 扶持个体工商户发展若干措施", "short_title: 扶持个体工商户发展的若干措施"));

        Assert.Contains("zh/policies/demo-city-2021-9/index.html", written);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void Retitling_a_translation_rewrites_the_unit_pages_that_list_its_clauses()
    {
        // Only en.md changes: the Chinese document is the same object, the English unit pages' lines are not.
        var written = Rebuild(() => content.Replace("policies/demo-city-2024-3/en.md", "short_title: Measures to Support Individual Businesses", "short_title: Measures in Support of Individual Businesses"));

        Assert.Contains("en/units/market-regulation/index.html", written);
        Assert.Contains("Measures in Support of Individual Businesses", File.ReadAllText(Path.Combine(Site, "en", "units", "market-regulation", "index.html")), StringComparison.Ordinal);
        Assert.DoesNotContain("zh/units/market-regulation/index.html", written);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void Editing_a_rule_rewrites_the_checker_data_and_a_text_edit_leaves_it_as_it_was()
    {
        var written = Rebuild(() => content.Replace("policies/demo-zezhou-2024-5/zh.md", "。\n", "。本条另行通知。\n"));
        Assert.DoesNotContain("assets/rules.json", written);

        written = Rebuild(() => content.Replace("policies/demo-zezhou-2024-5/zh.md", "benefit: { zh: 减免3个月租金,", "benefit: { zh: 减免三个月租金,"));
        Assert.Contains("assets/rules.json", written);
        Assert.Contains("减免三个月租金", File.ReadAllText(Path.Combine(Site, "assets", "rules.json")), StringComparison.Ordinal);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void Moving_a_policys_end_date_remakes_the_search_entries_of_its_clauses()
    {
        // The policy's valid_until is in no clause's text, but the search entry of each clause without rules of its own
        // shows the day its provisions end.
        var written = Rebuild(() => content.Replace("policies/demo-zezhou-2024-5/zh.md", "region: 泽州县\nvalid_until: 2025-12-31", "region: 泽州县\nvalid_until: 2025-11-30"));

        Assert.Contains(written, f => f.StartsWith("assets/search/zh/", StringComparison.Ordinal));
        Assert.Contains(written, f => f.StartsWith("assets/search/en/", StringComparison.Ordinal));
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_template_change_renders_every_page_again()
    {
        var written = Rebuild(() => File.AppendAllText(Path.Combine(Templates, "layouts", "base.sbnhtml"), "<!-- changed -->\n"));

        Assert.All(Snapshot(Site).Keys.Where(f => f.EndsWith(".html", StringComparison.Ordinal) && f != "index.html"), page => Assert.Contains(page, written));
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_units_change_renders_the_pages_that_name_the_unit_again()
    {
        var written = Rebuild(() => content.Replace("units.yml", "en: Example Municipal Finance Bureau", "en: Example City Finance Bureau"));

        Assert.Contains("en/units/finance/index.html", written);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_facts_change_renders_the_rule_boxes_again()
    {
        Rebuild(() => content.Replace("facts.yml", "en: VAT taxpayer type }", "en: type of VAT taxpayer }"));

        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_deleted_policy_loses_its_pages_and_its_search_documents()
    {
        var written = Rebuild(() => System.IO.Directory.Delete(content.PathOf("policies/demo-zezhou-2024-5"), recursive: true));

        Assert.False(File.Exists(Path.Combine(Site, "zh", "policies", "demo-zezhou-2024-5", "index.html")));
        Assert.False(System.IO.Directory.Exists(Path.Combine(Site, "zh", "policies", "demo-zezhou-2024-5")));
        Assert.DoesNotContain(IndexedDocuments(Index), d => d.StartsWith("demo-zezhou-2024-5#", StringComparison.Ordinal));
        Assert.Contains("zh/policies/index.html", written);
        AssertSameAsFullBuild();
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"Format\":1,\"Site\":\"/elsewhere\",\"Files\":{},\"Policies\":{}}")]
    [InlineData("")]
    public void A_corrupt_or_foreign_cache_means_a_full_build_without_error(string cache)
    {
        Assert.Equal(0, Build());
        content.Replace("policies/demo-zezhou-2024-5/zh.md", "。\n", "。本条另行通知。\n");
        File.WriteAllText(Path.Combine(Cache, "site.json"), cache);

        Assert.Equal(0, Build());
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_damaged_search_analysis_cache_does_not_stop_the_build_and_the_site_equals_a_full_build()
    {
        Assert.Equal(0, Build());
        var file = Path.Combine(Cache, Policy.Generator.Site.StaticSearch.AnalysisCache.FileName);
        Assert.True(File.Exists(file));
        File.WriteAllBytes(file, File.ReadAllBytes(file)[..100]);
        content.Replace("policies/demo-zezhou-2024-5/zh.md", "。\n", "。本条另行通知。\n");

        Assert.Equal(0, Build());
        AssertSameAsFullBuild();
    }

    [Fact]
    public void Clause_edits_update_the_search_index_from_its_state_on_disk_and_the_site_equals_a_full_build()
    {
        Assert.Equal(0, Build());
        foreach (var added in new[] { "本条另行通知。", "本条自公布之日起施行。" })
        {
            content.Replace("policies/demo-zezhou-2024-5/zh.md", "。\n", "。" + added + "\n");
            Assert.Equal(0, Build());
        }

        AssertSameAsFullBuild();
        // The state describes the site's own index, for the next build to update.
        var state = Policy.Generator.Site.StaticSearch.IndexState.Read(Path.Combine(Cache, Policy.Generator.Site.StaticSearch.IndexState.FileName("zh")));
        Assert.NotNull(state);
        Assert.Equal(Policy.Generator.Site.StaticSearch.IndexState.HashOf(File.ReadAllBytes(Path.Combine(Site, "assets", "search-zh.json"))), state.EntryHash);
    }

    [Fact]
    public void A_search_file_deleted_from_the_site_behind_the_state_is_made_again()
    {
        Assert.Equal(0, Build());
        var fragment = System.IO.Directory.GetFiles(Path.Combine(Site, "assets", "search", "zh"), "f*.json").Order(StringComparer.Ordinal).First();
        File.Delete(fragment);
        content.Replace("policies/demo-zezhou-2024-5/zh.md", "。\n", "。本条另行通知。\n");

        Assert.Equal(0, Build());
        AssertSameAsFullBuild();
    }

    [Theory]
    [InlineData("damaged")]
    [InlineData("stale")]
    public void A_damaged_or_stale_search_state_means_the_index_is_made_again_and_the_site_equals_a_full_build(string how)
    {
        Assert.Equal(0, Build());
        var file = Path.Combine(Cache, Policy.Generator.Site.StaticSearch.IndexState.FileName("zh"));
        var old = File.ReadAllBytes(file);
        content.Replace("policies/demo-zezhou-2024-5/zh.md", "。\n", "。本条另行通知。\n");
        Assert.Equal(0, Build());
        // Damaged, or left from the build before the last one (the site's files are no longer the ones it describes).
        File.WriteAllBytes(file, how == "damaged" ? File.ReadAllBytes(file)[..200] : old);
        content.Replace("policies/demo-zezhou-2024-5/zh.md", "本条另行通知。", "本条自公布之日起施行。");

        Assert.Equal(0, Build());
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_missing_cache_or_a_deleted_site_means_a_full_build()
    {
        Assert.Equal(0, Build());
        System.IO.Directory.Delete(Cache, recursive: true);
        Assert.Equal(0, Build());
        System.IO.Directory.Delete(Site, recursive: true);
        Assert.Equal(0, Build());
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_page_deleted_from_the_site_behind_the_cache_is_written_again()
    {
        Assert.Equal(0, Build());
        File.Delete(Path.Combine(Site, "en", "policies", "demo-city-2021-9", "index.html"));
        Assert.Equal(0, Build());
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_failed_build_leaves_the_site_and_its_cache_as_they_were()
    {
        Assert.Equal(0, Build());
        var site = Snapshot(Site);
        var cache = File.ReadAllBytes(Path.Combine(Cache, "site.json"));

        content.Replace("policies/demo-zezhou-2024-5/zh.md", "id: demo-zezhou-2024-5", "id: demo-zezhou-2024-6");
        Assert.Equal(1, Build());

        Assert.Equal(site.Keys.Order(StringComparer.Ordinal), Snapshot(Site).Keys.Order(StringComparer.Ordinal));
        Assert.All(Snapshot(Site), kv => Assert.True(kv.Value.AsSpan().SequenceEqual(site[kv.Key])));
        Assert.Equal(cache, File.ReadAllBytes(Path.Combine(Cache, "site.json")));

        content.Replace("policies/demo-zezhou-2024-5/zh.md", "id: demo-zezhou-2024-6", "id: demo-zezhou-2024-5");
        content.Replace("policies/demo-zezhou-2024-5/zh.md", "。\n", "。本条另行通知。\n");
        Assert.Equal(0, Build());
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_full_build_over_a_site_rewrites_only_the_files_that_differ_and_deletes_what_it_did_not_make()
    {
        Assert.Equal(0, Build());
        var stray = Path.Combine(Site, "old-section", "index.html");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(stray)!);
        File.WriteAllText(stray, "left by someone");
        var damaged = Path.Combine(Site, "en", "policies", "demo-city-2021-9", "index.html");
        File.WriteAllText(damaged, "damaged");
        content.Replace("policies/demo-zezhou-2024-5/zh.md", "。\n", "。本条另行通知。\n");
        var before = Times(Site);

        Assert.Equal(0, BuildCommand.Run(content.Content, Templates, null, Site, Index)); // no cache: a full build

        var written = Times(Site).Where(f => !before.TryGetValue(f.Key, out var time) || time != f.Value).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("zh/policies/demo-zezhou-2024-5/index.html", written);
        Assert.Contains("en/policies/demo-city-2021-9/index.html", written);
        Assert.DoesNotContain("zh/policies/demo-city-2021-9/index.html", written);
        Assert.False(System.IO.Directory.Exists(Path.GetDirectoryName(stray)), "a folder the build did not make is deleted");
        Assert.Empty(Staging());
        AssertSameAsFullBuild();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_full_build_that_fails_the_link_check_leaves_the_site_as_it_was_and_nothing_beside_it(bool overSite)
    {
        // A full build writes the files that differ from the site beside it as it makes them; failing, it deletes them.
        if (overSite)
        {
            Assert.Equal(0, Build());
        }

        var site = overSite ? Snapshot(Site) : null;
        content.Replace("policies/demo-zezhou-2024-5/zh.md", "。\n", "。见[另一份通知](/zh/policies/no-such-policy/)。\n");

        Assert.Equal(1, BuildCommand.Run(content.Content, Templates, null, Site, Index));

        Assert.Empty(Staging());
        if (site is null)
        {
            Assert.False(System.IO.Directory.Exists(Site));
            return;
        }

        Assert.Equal(site.Keys.Order(StringComparer.Ordinal), Snapshot(Site).Keys.Order(StringComparer.Ordinal));
        Assert.All(Snapshot(Site), kv => Assert.True(kv.Value.AsSpan().SequenceEqual(site[kv.Key])));
    }

    /// <summary>Staging folders left beside the site (<c>._site.staging-…</c>).</summary>
    private IEnumerable<string> Staging() =>
        System.IO.Directory.GetDirectories(content.Root).Where(d => Path.GetFileName(d).Contains(".staging-", StringComparison.Ordinal));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_build_that_fails_after_the_index_was_started_leaves_the_index_and_the_parsed_documents_as_they_were(bool full)
    {
        Assert.Equal(0, Build());
        var index = IndexedDocuments(Index);
        var documents = Path.Combine(Path.GetDirectoryName(Index)!, "documents.bin");
        var parsed = File.ReadAllBytes(documents);
        // Valid content, so the index (whole, or the edited policy's documents) is started while the site renders; the
        // link checker then fails the build.
        content.Replace("policies/demo-zezhou-2024-5/zh.md", "。\n", "。见[另一份通知](/zh/policies/no-such-policy/)。\n");

        Assert.Equal(1, full ? BuildCommand.Run(content.Content, Templates, null, Site, Index) : Build());

        Assert.Equal(index, IndexedDocuments(Index));
        Assert.Equal(["cache", "index"], System.IO.Directory.GetDirectories(Path.GetDirectoryName(Index)!).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        // The rebuild writes the parsed documents beside the file while the site renders; failing, it deletes them.
        Assert.Equal(parsed, File.ReadAllBytes(documents));
        Assert.Equal(["documents.bin"], System.IO.Directory.GetFiles(Path.GetDirectoryName(Index)!).Select(Path.GetFileName));
    }

    private static Dictionary<string, DateTime> Times(string root) =>
        System.IO.Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.GetLastWriteTimeUtc, StringComparer.Ordinal);

    private static Dictionary<string, byte[]> Snapshot(string root) =>
        System.IO.Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    /// <summary>Every live document of an index as id, language and stored texts, in a stable order.</summary>
    private static List<string> IndexedDocuments(string folder)
    {
        using var directory = FSDirectory.Open(folder);
        using var reader = DirectoryReader.Open(directory);
        var documents = new List<string>();
        foreach (var leaf in reader.Leaves)
        {
            var live = leaf.AtomicReader.LiveDocs;
            for (var i = 0; i < leaf.AtomicReader.MaxDoc; i++)
            {
                if (live is null || live.Get(i))
                {
                    var document = leaf.AtomicReader.Document(i);
                    documents.Add(string.Join("|", document.Fields.Select(f => f.Name + "=" + f.GetStringValue()).Order(StringComparer.Ordinal).Prepend(document.Get(ClauseFields.Id))));
                }
            }
        }

        return documents.Order(StringComparer.Ordinal).ToList();
    }
}
