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
    [InlineData("zh")]
    [InlineData("en")]
    public void The_script_and_one_language_index_weigh_under_100_KB(string lang)
    {
        var script = Site.Files["assets/search.js"].Length;
        var index = Site.Files[$"assets/{SearchAssets.FileName(lang)}"].Length;

        TestContext.Current.SendDiagnosticMessage($"static search {lang}: search.js {script / 1024.0:0.0} KB + index {index / 1024.0:0.0} KB = {(script + index) / 1024.0:0.0} KB");
        Assert.True(script + index < 100 * 1024, $"{script} + {index} bytes");
    }

    [Fact]
    public void The_client_index_holds_the_same_clauses_as_the_Lucene_index_and_is_byte_identical_when_rebuilt()
    {
        var content = search.Site.Result.Content!;
        foreach (var lang in new[] { "zh", "en" })
        {
            var bytes = Site.Files[$"assets/{SearchAssets.FileName(lang)}"];
            var ids = JsonDocument.Parse(bytes).RootElement.GetProperty("docs").EnumerateArray().Select(d => d[0].GetString()).ToList();

            Assert.Equal(ClauseIndex.Clauses(content, lang).Select(c => c.Id), ids);
            Assert.Equal(bytes, SearchAssets.Build(content, lang));
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
