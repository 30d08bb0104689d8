using System.Text.Json;
using AngleSharp.Html.Parser;
using Policy.Generator.Site;

namespace Policy.Generator.Tests;

/// <summary>
/// What a static search hit is and says: one of the reader's words in its own text (never a clause padded in by single
/// characters it shares by chance), highlighted; its document and number, its county when the policies span several, and
/// the day its provisions end or its policy's status.
/// </summary>
public sealed class SearchHitTests(SearchFixture search) : IClassFixture<SearchFixture>
{
    private static readonly BuildResult ManyPolicies = SiteBuilder.Build(
        Path.Combine(RepoPaths.Root, "tests", "fixtures", "many-policies", "content"), RepoPaths.Templates, baseUrl: null);

    [Theory]
    [InlineData("search-dev.jsonl")]
    [InlineData("search-extra.jsonl")]
    public void Every_hit_of_the_sample_queries_highlights_one_of_the_query_words_in_its_title_or_text(string file)
    {
        var cases = SearchCase.Load(file);
        var answers = StaticSearch.Run(search.Site.Output, cases.Select(c => new StaticRequest(c.Language, c.Query, 20)));

        var unmarked = cases.Zip(answers)
            .SelectMany(x => Results(x.Second)
                .Where(r => !(r.GetProperty("titleHtml").GetString() + r.GetProperty("snippet").GetString()).Contains("<mark>", StringComparison.Ordinal))
                .Select(r => $"{x.First.Query} → {r.GetProperty("id").GetString()}"))
            .ToList();

        Assert.True(unmarked.Count == 0, "hits without any of the query's words: " + string.Join("; ", unmarked));
    }

    [Fact]
    public void A_query_sharing_only_single_characters_with_a_clause_does_not_find_it()
    {
        // 刻章要钱吗 shares 章 and 要 with the plan's goals and safeguards, but none of its words.
        var hits = Ids(StaticSearch.Run(search.Site.Output, [new StaticRequest("zh", "刻章要钱吗", 20)])[0]);

        Assert.Equal("jincheng-2022-67#measure-6", hits[0]);
        Assert.DoesNotContain("jincheng-2022-67#goals", hits);
        Assert.DoesNotContain("jincheng-2022-67#safeguard-2", hits);
    }

    [Theory]
    [InlineData("zh", "免征增值税", "关于支持个体工商户倍增质升的实施方案", "晋市市监〔2022〕67号", "", "2022年12月31日")]
    [InlineData("en", "VAT exemption", "Implementation Plan on Supporting the Doubling and Quality Improvement of Individual Businesses", "Jinshi Shijian [2022] No. 67", "", "31 December 2022")]
    public void A_hit_names_its_document_and_number_and_the_day_its_provisions_end(string lang, string query, string title, string number, string numberLang, string until)
    {
        var hit = Results(StaticSearch.Run(search.Site.Output, [new StaticRequest(lang, query, 3)])[0]).First();
        var doc = hit.GetProperty("doc");

        Assert.Equal("jincheng-2022-67#measure-5", hit.GetProperty("id").GetString());
        Assert.Equal(title, doc.GetProperty("title").GetString());
        Assert.Equal(number, doc.GetProperty("number").GetString());
        Assert.Equal(numberLang, doc.GetProperty("numberLang").GetString());
        Assert.Equal("", doc.GetProperty("regionName").GetString()); // one region: naming it on every hit says nothing
        Assert.Equal("2022-12-31", hit.GetProperty("until").GetString());
        Assert.Equal(until, hit.GetProperty("untilText").GetString());
    }

    [Theory]
    [InlineData("zh", "租金", "泽州县", "刻制公章", "已废止", "")]
    [InlineData("en", "rent", "Zezhou County", "company seal", "Repealed", "zh-CN")]
    public void Across_several_policies_a_hit_names_its_county_and_a_repealed_policy(string lang, string rent, string county, string seal, string repealed, string numberLang)
    {
        Assert.DoesNotContain(ManyPolicies.Diagnostics.Items, d => d.Severity == Policy.Knowledge.Diagnostics.Severity.Error);
        var answers = StaticSearch.Run(ManyPolicies.Output!, [new StaticRequest(lang, rent, 10), new StaticRequest(lang, seal, 10)]);

        var zezhou = Results(answers[0]).First();
        Assert.Equal("demo-zezhou-2024-5#item-1", zezhou.GetProperty("id").GetString());
        Assert.Equal(county, zezhou.GetProperty("doc").GetProperty("regionName").GetString());
        Assert.Equal("zezhou", zezhou.GetProperty("doc").GetProperty("region").GetString());
        Assert.Equal("2025-12-31", zezhou.GetProperty("until").GetString());
        Assert.Equal(numberLang, zezhou.GetProperty("doc").GetProperty("numberLang").GetString());

        var seals = Results(answers[1]).ToDictionary(r => r.GetProperty("id").GetString()!.Split('#')[0], r => r.GetProperty("doc"));
        Assert.Equal(repealed, seals["demo-city-2021-9"].GetProperty("status").GetString());
        Assert.Equal("", seals["demo-city-2024-3"].GetProperty("status").GetString());
        Assert.Equal("", seals["demo-city-2024-3"].GetProperty("region").GetString()); // city-wide: in every region
    }

    [Theory]
    [InlineData("zh", "泽州县")]
    [InlineData("en", "Zezhou County")]
    public void The_search_page_offers_the_regions_once_a_policy_is_limited_to_one(string lang, string county)
    {
        var parser = new HtmlParser();
        var many = parser.ParseDocument(ManyPolicies.Output!.Text($"{lang}/search/index.html")!);
        var options = many.QuerySelectorAll("#search-region option").Select(o => (o.GetAttribute("value"), o.TextContent)).ToList();

        Assert.Contains(("zezhou", county), options);
        Assert.Equal("", options[0].Item1);
        Assert.NotNull(many.QuerySelector("label[for=search-region]"));
        Assert.Null(parser.ParseDocument(search.Site.Output.Text($"{lang}/search/index.html")!).QuerySelector("#search-region"));
    }

    private static IEnumerable<JsonElement> Results(JsonElement answer)
    {
        Assert.True(answer.GetProperty("ok").GetBoolean());
        return answer.GetProperty("results").EnumerateArray();
    }

    private static List<string> Ids(JsonElement answer) => Results(answer).Select(r => r.GetProperty("id").GetString()!).ToList();
}
