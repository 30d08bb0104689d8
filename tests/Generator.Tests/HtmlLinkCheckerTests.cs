using System.Text;
using AngleSharp.Html.Parser;
using Policy.Generator.Site;

namespace Policy.Generator.Tests;

/// <summary>The link check reads pages as bytes: it must find exactly the links and ids an HTML parser finds.</summary>
public sealed class HtmlLinkCheckerTests(SiteBuildFixture site) : IClassFixture<SiteBuildFixture>
{
    [Fact]
    public void Every_page_yields_the_links_and_ids_an_html_parser_reads()
    {
        var parser = new HtmlParser();
        var pages = site.Output.Files.Keys.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 20, $"{pages.Count} pages");
        foreach (var page in pages)
        {
            var bytes = site.Output.Get(page)!;
            var scanned = HtmlLinkChecker.Attributes(bytes)
                .Select(a => $"{a.Name.ToString().ToLowerInvariant()}={System.Net.WebUtility.HtmlDecode(Encoding.UTF8.GetString(bytes, a.Start, a.End - a.Start))}")
                .Order(StringComparer.Ordinal)
                .ToList();
            var parsed = Elements(parser.ParseDocument(Encoding.UTF8.GetString(bytes)).DocumentElement)
                .SelectMany(e => new[] { "href", "src", "id" }.Where(e.HasAttribute).Select(name => $"{name}={e.GetAttribute(name)}"))
                .Order(StringComparer.Ordinal)
                .ToList();
            Assert.True(parsed.SequenceEqual(scanned), $"{page}: parser only {string.Join(", ", parsed.Except(scanned))}; scanner only {string.Join(", ", scanned.Except(parsed))}");
        }
    }

    /// <summary>Every element, those inside a template's content too (their links are checked as well).</summary>
    private static IEnumerable<AngleSharp.Dom.IElement> Elements(AngleSharp.Dom.IElement element) =>
        new[] { element }
            .Concat(element.Children.SelectMany(Elements))
            .Concat(element is AngleSharp.Html.Dom.IHtmlTemplateElement template ? template.Content.Children.SelectMany(Elements) : []);

    [Fact]
    public void A_name_that_only_ends_like_an_attribute_or_a_value_that_only_looks_like_one_is_not_read()
    {
        var html = Encoding.UTF8.GetBytes("<div data-id=\"a\" title=\"x id=&quot;b&quot;\" id=\"c\">\n<a\nhref=\"/zh/\" data-src=\"d\" src=\"e\"></a>");

        var found = HtmlLinkChecker.Attributes(html).Select(a => (a.Name, Encoding.UTF8.GetString(html, a.Start, a.End - a.Start))).ToList();

        Assert.Equal([(HtmlLinkChecker.Name.Id, "c"), (HtmlLinkChecker.Name.Href, "/zh/"), (HtmlLinkChecker.Name.Src, "e")], found);
    }
}
