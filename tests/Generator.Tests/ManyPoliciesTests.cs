using AngleSharp.Html.Parser;
using Policy.Generator.Site;

namespace Policy.Generator.Tests;

/// <summary>A site with more than one policy: list page with filters, one page per document, units across documents.</summary>
public sealed class ManyPoliciesTests
{
    private static readonly BuildResult Built = SiteBuilder.Build(Path.Combine(RepoPaths.Fixtures, "two-policies", "content"), RepoPaths.Templates, baseUrl: null);

    [Fact]
    public void The_fixture_builds_cleanly()
    {
        Assert.Empty(Built.Diagnostics.Items);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void The_policy_list_offers_filters_by_issuer_year_and_topic(string lang)
    {
        var page = new HtmlParser().ParseDocument(Built.Output!.Text($"{lang}/policies/index.html")!);

        var cards = page.QuerySelectorAll("#policy-list > li");
        Assert.Equal(2, cards.Length);
        Assert.Equal(["", "2024", "2023"], page.QuerySelectorAll("#f-year option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["", "测试局", "示例县人民政府"], page.QuerySelectorAll("#f-issuer option").Select(o => o.GetAttribute("value")).Order(StringComparer.Ordinal));
        Assert.Contains("财政税收", page.QuerySelectorAll("#f-topic option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["2024", "2023"], cards.Select(c => c.GetAttribute("data-year")));
    }

    [Fact]
    public void Each_document_has_its_own_page_and_anchors_and_units_list_clauses_of_both()
    {
        Assert.Contains("id=\"measure-1\"", Built.Output!.Text("zh/policies/demo-2023-7/index.html"), StringComparison.Ordinal);
        Assert.Contains("id=\"measure-2\"", Built.Output.Text("zh/policies/demo-2024-1/index.html"), StringComparison.Ordinal);

        var unit = new HtmlParser().ParseDocument(Built.Output.Text("zh/units/market-regulation/index.html")!);
        var links = unit.QuerySelectorAll(".cards a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/zh/policies/demo-2024-1/#measure-2", "/zh/policies/demo-2023-7/#measure-1"], links);
    }
}
