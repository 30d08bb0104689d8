using AngleSharp.Html.Parser;
using Policy.Generator.Commands;

namespace Policy.Generator.Tests;

public sealed class SiteOutputTests(SiteBuildFixture site) : IClassFixture<SiteBuildFixture>
{
    [Fact]
    public void Content_builds_with_no_errors_or_warnings()
    {
        Assert.Empty(site.Result.Diagnostics.Items);
    }

    [Theory]
    [InlineData("zh", "要点：", "个体工商户成功转型为企业")]
    [InlineData("en", "In short:", "An individual business that converts into a company")]
    public void A_measure_shows_its_plain_summary_above_the_clause_text_in_each_language(string lang, string label, string start)
    {
        var page = new HtmlParser().ParseDocument(site.Output.Text($"{lang}/policies/jincheng-2022-67/index.html")!);
        var clause = page.QuerySelector("#measure-9")!;

        var summary = clause.QuerySelector("p.summary")!;
        Assert.Equal(label, summary.QuerySelector("strong")!.TextContent);
        Assert.StartsWith(label + " " + start, summary.TextContent, StringComparison.Ordinal);
        // Above the clause: right after the heading, before the policy's own paragraphs.
        Assert.Equal("H5", summary.PreviousElementSibling!.TagName);
        Assert.Null(page.QuerySelector("#measure-19 p.summary"));
        Assert.Equal(14, page.QuerySelectorAll("p.summary").Length);
    }

    [Fact]
    public void Build_is_byte_identical_when_run_twice()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();

        Assert.Equal(0, BuildCommand.Run(RepoPaths.Content, RepoPaths.Templates, null, first.Path));
        Assert.Equal(0, BuildCommand.Run(RepoPaths.Content, RepoPaths.Templates, null, second.Path));

        var a = Snapshot(first.Path);
        var b = Snapshot(second.Path);
        Assert.Equal(a.Keys, b.Keys);
        Assert.All(a, kv => Assert.True(kv.Value.SequenceEqual(b[kv.Key]), $"{kv.Key} differs between two builds"));
    }

    [Fact]
    public void Every_internal_link_in_every_page_resolves_to_a_file_and_anchor()
    {
        var parser = new HtmlParser();
        var documents = site.Output.Files.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(k => k, k => parser.ParseDocument(site.Output.Text(k)!));
        var checkedLinks = 0;
        foreach (var (page, document) in documents)
        {
            foreach (var element in document.QuerySelectorAll("a[href], link[href], script[src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (url.StartsWith("http", StringComparison.Ordinal) || url.StartsWith("tel:", StringComparison.Ordinal))
                {
                    continue;
                }

                var parts = url.Split('#', 2);
                var path = parts[0].Split('?')[0];
                var target = path.Length == 0 ? page : path.TrimStart('/') is var p && (p.Length == 0 || p.EndsWith('/')) ? p + "index.html" : path.TrimStart('/');
                Assert.True(site.Output.Files.ContainsKey(target), $"{page}: '{url}' has no file {target}");
                if (parts.Length == 2 && parts[1].Length > 0)
                {
                    Assert.True(documents[target].GetElementById(parts[1]) is not null, $"{page}: '{url}' has no element #{parts[1]}");
                }

                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 1000, $"only {checkedLinks} links checked");
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("404.html")]
    [InlineData("zh/index.html")]
    [InlineData("en/index.html")]
    [InlineData("zh/policies/jincheng-2022-67/index.html")]
    [InlineData("en/units/tax/index.html")]
    public void Pages_declare_their_language_and_load_nothing_from_other_hosts(string page)
    {
        var document = new HtmlParser().ParseDocument(site.Output.Text(page)!);

        Assert.Equal(page.StartsWith("en/", StringComparison.Ordinal) ? "en" : "zh-CN", document.DocumentElement.GetAttribute("lang"));
        var external = document.QuerySelectorAll("script[src], link[rel=stylesheet], img[src], link[rel=icon], iframe")
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!)
            .Where(u => u.Contains("//", StringComparison.Ordinal));
        Assert.Empty(external);
    }

    [Fact]
    public void Policy_pages_link_both_languages_and_carry_legislation_metadata()
    {
        var document = new HtmlParser().ParseDocument(site.Output.Text("en/policies/jincheng-2022-67/index.html")!);

        var alternates = document.QuerySelectorAll("link[rel=alternate]").ToDictionary(e => e.GetAttribute("hreflang")!, e => e.GetAttribute("href")!);
        Assert.Equal("http://localhost:5080/zh/policies/jincheng-2022-67/", alternates["zh-CN"]);
        Assert.Equal("http://localhost:5080/en/policies/jincheng-2022-67/", alternates["en"]);
        Assert.Equal("http://localhost:5080/zh/policies/jincheng-2022-67/", alternates["x-default"]);
        var jsonLd = System.Text.Json.JsonDocument.Parse(document.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("Legislation", jsonLd.GetProperty("@type").GetString());
        Assert.Equal("晋市市监〔2022〕67号", jsonLd.GetProperty("legislationIdentifier").GetString());
        Assert.Equal("2022-04-28", jsonLd.GetProperty("legislationDate").GetString());
        Assert.Equal("en", jsonLd.GetProperty("inLanguage").GetString());
        Assert.Contains("The Chinese text is authoritative", document.QuerySelector(".policy .notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Sitemap_lists_every_page_with_its_alternates()
    {
        var sitemap = System.Xml.Linq.XDocument.Parse(site.Output.Text("sitemap.xml")!);
        System.Xml.Linq.XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = sitemap.Descendants(sm + "loc").Select(e => e.Value).ToList();

        Assert.Contains("http://localhost:5080/zh/policies/jincheng-2022-67/", locs);
        Assert.Contains("http://localhost:5080/en/policies/jincheng-2022-67/", locs);
        Assert.Equal(locs.Count, locs.Distinct().Count());
        Assert.All(sitemap.Descendants(sm + "url"), url => Assert.Equal(3, url.Elements().Count(e => e.Name.LocalName == "link")));
        Assert.Contains("Sitemap: http://localhost:5080/sitemap.xml", site.Output.Text("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Css_and_js_on_any_page_stay_under_30_kb()
    {
        var parser = new HtmlParser();
        foreach (var page in site.Output.Files.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = parser.ParseDocument(site.Output.Text(page)!);
            var assets = document.QuerySelectorAll("link[rel=stylesheet], script[src]")
                .Select(e => (e.GetAttribute("href") ?? e.GetAttribute("src")!).Split('?')[0].TrimStart('/'));
            var bytes = assets.Sum(a => site.Output.Files[a].Length);
            Assert.True(bytes < 30 * 1024, $"{page} loads {bytes} bytes of CSS and JS");
        }
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_untouched()
    {
        using var content = new TempContent();
        var output = Path.Combine(content.Root, "_site");
        Assert.Equal(0, BuildCommand.Run(content.Content, RepoPaths.Templates, null, output));
        var before = Snapshot(output);

        content.Replace("policies/demo-2024-1/zh.md", "{#measure-2}", "{#measure-1}");
        Assert.Equal(1, BuildCommand.Run(content.Content, RepoPaths.Templates, null, output));

        var after = Snapshot(output);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, kv => Assert.True(kv.Value.SequenceEqual(after[kv.Key])));
        Assert.Empty(Directory.GetDirectories(content.Root, ".*"));
    }

    private static Dictionary<string, byte[]> Snapshot(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes);
}

internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "policy-site-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
