using System.Text.Json;
using AngleSharp.Html.Parser;
using Policy.Generator.Site;
using Policy.Knowledge.Search;

namespace Policy.Generator.Tests;

/// <summary>The static site's search: its index files, its page, and its script under node.</summary>
public sealed class StaticSearchTests(SearchFixture search) : IClassFixture<SearchFixture>
{
    private SiteOutput Site => search.Site.Output;

    [Fact]
    public void Results_link_to_the_clause_anchor_with_a_title_and_a_highlighted_snippet()
    {
        var answer = Assert.Single(StaticSearch.Run(Site, [new StaticRequest("zh", "刻章要钱吗", 3)]));

        var first = answer.GetProperty("results")[0];
        Assert.Equal("jincheng-2022-67#measure-6", first.GetProperty("id").GetString());
        Assert.Equal("/zh/policies/jincheng-2022-67/#measure-6", first.GetProperty("url").GetString());
        Assert.Equal("6. 推动降低经营成本", first.GetProperty("title").GetString());
        Assert.Contains("<mark>印章刻制费用</mark>", first.GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my bank account got frozen")] // "bank account got frozen" is a wording of the freezing group
    [InlineData("my bank account was frozen, can I find out why?")]
    [InlineData("both my bank accounts got frozen")] // not listed as typed: the listed wording of the same stems stands for it
    public void A_readers_English_wording_of_several_words_counts_only_all_together_on_both_sides(string query)
    {
        // Not the bank that lends (measure 7), nor the financial account a converted company is paid for (measure 9).
        var lucene = search.Lucene.Search(query, "en", 3).Select(r => r.Id).ToList();
        var answer = Assert.Single(StaticSearch.Run(Site, [new StaticRequest("en", query, 3)]));

        Assert.Equal("jincheng-2022-67#measure-18", lucene[0]);
        Assert.Equal(lucene, StaticSearch.Ids([answer])[0]);
    }

    [Theory]
    [InlineData("zh", "刻章要钱吗")]
    [InlineData("en", "how much does a company seal cost")]
    public void The_script_the_entry_and_the_files_a_query_fetches_weigh_under_100_KB(string lang, string query)
    {
        var answer = Assert.Single(StaticSearch.Run(Site, [new StaticRequest(lang, query, 20)]));
        var files = answer.GetProperty("files").EnumerateArray().Select(f => $"assets/{f.GetString()}").ToList();
        var script = Site.Files["assets/search.js"].Length;
        var entry = Site.Files[$"assets/{SearchAssets.FileName(lang)}"].Length;
        var fetched = files.Sum(f => Site.Files[f].Length);

        TestContext.Current.SendDiagnosticMessage($"static search {lang}: search.js {script / 1024.0:0.0} KB + entry {entry / 1024.0:0.0} KB + {files.Count} files {fetched / 1024.0:0.0} KB");
        Assert.NotEmpty(answer.GetProperty("results").EnumerateArray());
        Assert.Contains(files, f => f.Contains("/t", StringComparison.Ordinal));
        Assert.True(script + entry + fetched < 100 * 1024, $"{script} + {entry} + {fetched} bytes");
    }

    [Fact]
    public void The_client_index_holds_the_same_clauses_as_the_Lucene_index_and_is_byte_identical_when_rebuilt()
    {
        var content = search.Site.Result.Content!;
        foreach (var lang in new[] { "zh", "en" })
        {
            var (entry, files) = SearchAssets.Build(content, lang);
            var folder = JsonDocument.Parse(entry).RootElement.GetProperty("files").GetString();
            var fragments = files.Where(f => f.Path.StartsWith($"{folder}f", StringComparison.Ordinal))
                .OrderBy(f => int.Parse(f.Path[(folder!.Length + 1)..f.Path.IndexOf('.', folder.Length)], System.Globalization.CultureInfo.InvariantCulture));
            var ids = fragments.SelectMany(f => JsonDocument.Parse(f.Bytes).RootElement.GetProperty("clauses").EnumerateArray().Select(c => c[0].GetString())).ToList();

            Assert.Equal(ClauseIndex.Clauses(content, lang).Select(c => c.Id), ids);
            Assert.Equal(entry, Site.Files[$"assets/{SearchAssets.FileName(lang)}"]);
            Assert.All(files, f => Assert.Equal(f.Bytes, Site.Files[$"assets/{f.Path}"]));
        }
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void The_search_page_loads_the_script_with_its_language_index_and_explains_itself_without_JavaScript(string lang)
    {
        var page = new HtmlParser().ParseDocument(Site.Text($"{lang}/search/index.html")!);

        var script = page.QuerySelector("script[data-index]");
        Assert.NotNull(script);
        Assert.StartsWith("/assets/search.js?v=", script.GetAttribute("src"), StringComparison.Ordinal);
        Assert.StartsWith($"/assets/search-{lang}.json?v=", script.GetAttribute("data-index"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("ol#search-results"));
        Assert.NotNull(page.QuerySelector("#search-status[role=status]"));
        Assert.NotNull(page.QuerySelector($"noscript a[href='/{lang}/policies/']"));
        Assert.DoesNotContain(Site.Files.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal) && !k.Contains("/search/", StringComparison.Ordinal)),
            k => Site.Text(k)!.Contains("search.js", StringComparison.Ordinal));
    }
}
