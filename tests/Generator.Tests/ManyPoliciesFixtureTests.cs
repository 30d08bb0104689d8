using System.Text.Json;
using AngleSharp.Html.Parser;
using Policy.Generator.Site;

namespace Policy.Generator.Tests;

/// <summary>
/// The committed three-policy fixture (city-wide in force, a county's own rule, one repealed and replaced) as the site
/// builds it: the checker offers only the rules in force, in both languages, and pages show regions and summaries.
/// </summary>
public sealed class ManyPoliciesFixtureTests
{
    private static readonly BuildResult Built = SiteBuilder.Build(Path.Combine(RepoPaths.Root, "tests", "fixtures", "many-policies", "content"), RepoPaths.Templates, baseUrl: null);

    private static readonly HtmlParser Parser = new();

    [Fact]
    public void The_fixture_builds_with_nothing_to_report()
    {
        Assert.Empty(Built.Diagnostics.Items);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void The_checker_offers_the_rules_in_force_and_asks_where_the_business_is_registered(string lang)
    {
        using var rules = JsonDocument.Parse(Built.Output!.Text("assets/rules.json")!);
        var ids = rules.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var facts = rules.RootElement.GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToList();

        Assert.Equal(["city-free-seal", "zezhou-rent-relief"], ids.Order(StringComparer.Ordinal));
        Assert.Contains("registered_region", facts);
        var page = Parser.ParseDocument(Built.Output.Text($"{lang}/check/index.html")!);
        var cards = page.QuerySelectorAll("#check-static .card a.card-title").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/{lang}/policies/demo-city-2024-3/", $"/{lang}/policies/demo-zezhou-2024-5/"], cards.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("zh", "适用地区", "泽州县", "要点：", "租县属国有房屋经营的个体工商户，减免3个月租金。")]
    [InlineData("en", "Applies in", "Zezhou County", "In short:", "If you rent premises owned by the county, three months' rent is waived.")]
    public void The_county_policy_page_shows_its_region_and_the_summary_above_its_measure(string lang, string regionLabel, string region, string label, string summary)
    {
        var page = Parser.ParseDocument(Built.Output!.Text($"{lang}/policies/demo-zezhou-2024-5/index.html")!);

        var row = page.QuerySelectorAll("dt").Single(dt => dt.TextContent.Trim() == regionLabel);
        Assert.Equal(region, row.NextElementSibling!.TextContent.Trim());
        var shown = page.QuerySelector("#item-1 p.summary")!;
        Assert.Equal(label + " " + summary, shown.TextContent);
        Assert.Null(page.QuerySelector("#item-2 p.summary"));
    }
}
