using Lucene.Net.Index;
using Policy.Knowledge.Content;
using Policy.Knowledge.Search;

namespace Policy.Knowledge.Tests;

/// <summary>The search API the generator and the bot share: what a result carries, scoping, languages, determinism.</summary>
public sealed class ClauseSearcherTests : IDisposable
{
    private readonly ClauseSearcher searcher = ClauseSearcher.InMemory(RepositoryContent.Content);

    public void Dispose() => searcher.Dispose();

    [Fact]
    public void A_result_carries_the_clause_id_its_page_address_a_title_and_a_highlighted_snippet()
    {
        var result = searcher.Search("免征增值税", "zh", 3)[0];

        Assert.Equal("jincheng-2022-67#measure-5", result.Id);
        Assert.Equal(("jincheng-2022-67", "measure-5", "zh"), (result.DocumentId, result.Anchor, result.Language));
        Assert.Equal("5. 加大税收优惠和扶持力度", result.Title);
        Assert.Equal("/zh/policies/jincheng-2022-67/#measure-5", result.Url);
        Assert.Equal(RepositoryContent.Content.Site.AbsoluteUrl("zh/policies/jincheng-2022-67/#measure-5"), result.AbsoluteUrl);
        Assert.Contains("<mark>免征增值税</mark>", result.Snippet, StringComparison.Ordinal);
        Assert.True(result.Score > 0);
    }

    [Fact]
    public void Chinese_without_spaces_finds_words_the_segmenter_splits_and_synonyms_in_the_policys_own_terms()
    {
        // The text says 印章刻制, never 刻章: the synonyms file bridges the two, and bigrams find 刻章 without word breaks.
        Assert.Equal(["measure-6", "measure-9"], searcher.Search("刻章要钱吗", "zh", 2).Select(r => r.Anchor).Order());
        Assert.Equal("measure-5", searcher.Search("小规模纳税人免税", "zh", 1)[0].Anchor);
        Assert.Equal("measure-9", searcher.Search("个转企", "zh", 1)[0].Anchor);
    }

    [Fact]
    public void Without_a_language_the_query_decides_and_results_are_in_that_language()
    {
        Assert.All(searcher.Search("房租减免"), r => Assert.Equal("zh", r.Language));
        Assert.All(searcher.Search("rent waiver"), r => Assert.Equal("en", r.Language));
        Assert.Equal("/en/policies/jincheng-2022-67/#measure-8", searcher.Search("rent waiver")[0].Url);
    }

    [Fact]
    public void Results_are_best_first_and_limited_to_the_policy_asked_for()
    {
        var results = searcher.Search("个体工商户", "zh", 50, "jincheng-2022-67");

        Assert.True(results.Count > 20);
        Assert.Equal(results.OrderByDescending(r => r.Score).Select(r => r.Id), results.Select(r => r.Id));
        Assert.All(results, r => Assert.Equal("jincheng-2022-67", r.DocumentId));
    }

    [Fact]
    public void The_units_field_finds_a_departments_measures_by_its_name_in_either_language()
    {
        // units.yml names the court "Intermediate", the translation does not; English pages carry the Chinese names too.
        Assert.Equal("measure-18", searcher.Search("Intermediate People's Court", "en", 1)[0].Anchor);
        Assert.Equal(["measure-13", "measure-5"], searcher.Search("市税务局", "en", 2).Select(r => r.Anchor).Order());
    }

    [Fact]
    public void An_English_search_falls_back_to_the_Chinese_text_where_there_is_no_translation()
    {
        var content = RepositoryContent.Content;
        var chineseOnly = new ContentSet
        {
            Root = content.Root,
            Site = content.Site,
            Units = content.Units,
            Synonyms = content.Synonyms,
            Policies = [.. content.Policies.Select(p => new BilingualPolicy { Chinese = p.Chinese })],
        };
        using var untranslated = ClauseSearcher.InMemory(chineseOnly);

        var result = untranslated.Search("免征增值税", "en", 1)[0];

        Assert.Equal(("measure-5", "en", "5. 加大税收优惠和扶持力度"), (result.Anchor, result.Language, result.Title));
        Assert.Equal("/en/policies/jincheng-2022-67/#measure-5", result.Url);
    }

    [Fact]
    public void Every_addressable_clause_is_indexed_once_per_language_and_parts_without_text_are_not()
    {
        var clauses = ClauseIndex.Clauses(RepositoryContent.Content);
        var anchors = clauses.Where(c => c.Language == "zh").Select(c => c.Anchor).ToList();

        Assert.Equal(clauses.Count / 2, anchors.Count);
        Assert.Contains("notice", anchors);
        Assert.Contains("goals", anchors);
        Assert.Contains("leadership", anchors);
        Assert.Equal(5, anchors.Count(a => a.StartsWith("group-", StringComparison.Ordinal)));
        Assert.Equal(20, anchors.Count(a => a.StartsWith("measure-", StringComparison.Ordinal)));
        Assert.Equal(4, anchors.Count(a => a.StartsWith("safeguard-", StringComparison.Ordinal)));
        Assert.DoesNotContain("measures", anchors);
    }

    [Fact]
    public void Two_builds_of_the_same_content_index_the_same_documents_and_terms_in_the_same_order()
    {
        using var first = ClauseIndex.BuildInMemory(RepositoryContent.Content);
        using var second = ClauseIndex.BuildInMemory(RepositoryContent.Content);

        Assert.Equal(Dump(first), Dump(second));
    }

    [Fact]
    public void An_index_written_twice_is_byte_identical_but_for_the_timestamp_Lucene_puts_in_its_segment_info()
    {
        var root = Path.Combine(Path.GetTempPath(), $"clause-index-{Guid.NewGuid():N}");
        try
        {
            string[] Write(string name)
            {
                var folder = Path.Combine(root, name, "index");
                ClauseIndex.Write(RepositoryContent.Content, folder);
                return [.. System.IO.Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).OfType<string>()];
            }

            var first = Write("a");
            var second = Write("b");

            Assert.Equal(first, second);
            Assert.DoesNotContain(first, f => f.Contains("staging", StringComparison.Ordinal));
            foreach (var file in first.Where(f => !f.EndsWith(".si", StringComparison.Ordinal)))
            {
                Assert.True(File.ReadAllBytes(Path.Combine(root, "a", "index", file)).SequenceEqual(File.ReadAllBytes(Path.Combine(root, "b", "index", file))), file);
            }

            Assert.Equal([Path.Combine(root, "a", "index")], System.IO.Directory.GetDirectories(Path.Combine(root, "a")));
        }
        finally
        {
            if (System.IO.Directory.Exists(root))
            {
                System.IO.Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>Every stored field of every document and every term with its document frequency, in index order.</summary>
    private static List<string> Dump(Lucene.Net.Store.Directory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        var lines = Enumerable.Range(0, reader.MaxDoc)
            .Select(i => string.Join("|", reader.Document(i).Fields.Select(f => $"{f.Name}={f.GetStringValue()}")))
            .ToList();
        var fields = MultiFields.GetFields(reader);
        foreach (var field in fields)
        {
            var terms = fields.GetTerms(field).GetEnumerator();
            while (terms.MoveNext())
            {
                lines.Add($"{field}:{terms.Term.Utf8ToString()}:{terms.DocFreq}");
            }
        }

        Assert.True(lines.Count > 1000);
        return lines;
    }
}
