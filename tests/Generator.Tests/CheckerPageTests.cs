using AngleSharp.Html.Parser;
using Policy.Knowledge.Rules;

namespace Policy.Generator.Tests;

/// <summary>The rules on the pages: a plain-language box under each clause, and the checker page with its data.</summary>
public sealed class CheckerPageTests(SiteBuildFixture site) : IClassFixture<SiteBuildFixture>
{
    private static readonly HtmlParser Parser = new();

    private AngleSharp.Html.Dom.IHtmlDocument Page(string path) => Parser.ParseDocument(site.Output.Text(path) ?? throw new InvalidOperationException($"{path} was not built"));

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void The_checker_page_fetches_the_rules_json_the_engines_share_and_loads_its_scripts(string lang)
    {
        var page = Page($"{lang}/check/index.html");

        Assert.Equal(RulesJson.Write(site.Result.Content!), site.Output.Text("assets/rules.json"));
        Assert.StartsWith("/assets/rules.json?v=", page.QuerySelector("#checker")!.GetAttribute("data-rules"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("script#checker-data"));
        var scripts = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToList();
        Assert.Contains(scripts, s => s.StartsWith("/assets/rules.js?v=", StringComparison.Ordinal));
        Assert.Contains(scripts, s => s.StartsWith("/assets/checker.js?v=", StringComparison.Ordinal));
        Assert.True(
            scripts.FindIndex(s => s.Contains("rules.js", StringComparison.Ordinal)) < scripts.FindIndex(s => s.Contains("checker.js", StringComparison.Ordinal)),
            "rules.js must load before checker.js");
    }

    [Fact]
    public void Without_javascript_the_checker_page_explains_and_lists_the_policies_with_conditions()
    {
        var page = Page("zh/check/index.html");

        Assert.Contains("需要启用 JavaScript", page.QuerySelector("noscript")!.TextContent, StringComparison.Ordinal);
        var card = Assert.Single(page.QuerySelectorAll("#check-static .card"));
        Assert.Equal("/zh/policies/jincheng-2022-67/", card.QuerySelector("a.card-title")!.GetAttribute("href"));
        var measuresWithoutRules = site.Result.Content!.Policies[0].Chinese.Sections
            .Count(s => s.Kind == Knowledge.Content.SectionKind.Measure && site.Result.Content.RulesFor(s.ClauseId).Count == 0);
        Assert.Equal($"{site.Result.Content.Rules.Count} 项有明确条件的政策 · {measuresWithoutRules} 项其他措施", card.QuerySelector(".card-meta")!.TextContent);
    }

    [Theory]
    [InlineData("zh", "适用条件", "月销售额不超过15万元", "2022年4月28日至2022年12月31日")]
    [InlineData("en", "Who qualifies", "monthly sales at most 150,000 yuan", "28 April 2022 to 31 December 2022")]
    public void Each_rule_shows_under_its_clause_as_a_readable_box_not_as_code(string lang, string title, string condition, string validity)
    {
        var page = Page($"{lang}/policies/jincheng-2022-67/index.html");

        var box = page.QuerySelector("#measure-5 #rule-vat-exemption")!;
        Assert.Contains(title, box.TextContent, StringComparison.Ordinal);
        Assert.Contains(condition, box.TextContent, StringComparison.Ordinal);
        Assert.Contains(validity, box.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/{lang}/check/?rule=vat-exemption", box.QuerySelector(".rule-check a")!.GetAttribute("href"));
        Assert.Equal($"/{lang}/units/tax/", box.QuerySelector("a[href*='/units/']")!.GetAttribute("href"));
        Assert.Equal(3, page.QuerySelectorAll("#measure-9 .rule-box").Length);
        Assert.NotNull(page.QuerySelector("#measure-17 #rule-first-violation-no-penalty"));
        Assert.Empty(page.QuerySelectorAll("#measure-7 .rule-box"));
        Assert.DoesNotContain("monthly_sales_yuan", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("valid_until", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }
}
