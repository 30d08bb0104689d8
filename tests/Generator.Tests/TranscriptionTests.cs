using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Policy.Generator.Tests;

/// <summary>The Chinese page says everything the received text says, in the same order, and nothing is lost in translation of structure.</summary>
public sealed partial class TranscriptionTests(SiteBuildFixture site) : IClassFixture<SiteBuildFixture>
{
    private const string ZhPage = "zh/policies/jincheng-2022-67/index.html";
    private const string EnPage = "en/policies/jincheng-2022-67/index.html";

    [Fact]
    public void Every_fragment_of_the_received_text_appears_in_the_chinese_page_in_order()
    {
        var fragments = ReceivedFragments();
        var page = Compact(PageText(Parse(ZhPage)));

        var position = 0;
        foreach (var fragment in fragments)
        {
            var found = page.IndexOf(fragment, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"not found in order: «{fragment}» (after «{page[Math.Max(0, position - 40)..position]}»)");
            position = found + fragment.Length;
        }

        Assert.True(fragments.Count > 120, $"only {fragments.Count} fragments: the received text was not split as expected");
    }

    [Fact]
    public void The_chinese_page_has_20_measures_5_groups_and_4_safeguards_each_measure_with_units()
    {
        var page = Parse(ZhPage);

        var measures = page.QuerySelectorAll("section.clause-measure");
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"measure-{i}"), measures.Select(m => m.Id));
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"group-{i}"), page.QuerySelectorAll("section.clause-group").Select(m => m.Id));
        Assert.Equal(Enumerable.Range(1, 4).Select(i => $"safeguard-{i}"), page.QuerySelectorAll("section.clause-safeguard").Select(m => m.Id));
        Assert.All(measures, m => Assert.NotEmpty(m.QuerySelectorAll(".units a[href*='/units/']")));
        Assert.Equal("晋市市监〔2022〕67号", page.QuerySelectorAll(".meta dd").Select(d => d.TextContent).Single(t => t.Contains('〔')));
    }

    [Fact]
    public void The_english_page_has_exactly_the_same_anchors()
    {
        string[] Anchors(IDocument d) => d.QuerySelectorAll("section.clause").Select(s => s.Id!).ToArray();

        var zh = Anchors(Parse(ZhPage));
        Assert.Equal(35, zh.Length);
        Assert.Equal(zh, Anchors(Parse(EnPage)));
    }

    /// <summary>
    /// The received text with its PDF artifacts repaired (page marks and letterhead dropped, doubled headings
    /// undone, lines joined), cut into sentences and headings, whitespace removed.
    /// </summary>
    private static List<string> ReceivedFragments()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Content, "policies", "jincheng-2022-67", "source.txt"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !PageMark().IsMatch(l) && l != "晋城市市场监督管理局文件" && l != "晋市市监〔2022〕67号");
        var text = Compact(string.Concat(lines));
        text = DoubledGroup().Replace(text, "|（$1）$2|");
        text = DoubledMeasure().Replace(text, "|$1.$2|");
        text = text.Replace("。。", "。", StringComparison.Ordinal);
        return SentenceEnd().Split(text).Select(f => f.Trim('|')).SelectMany(f => f.Split('|')).Where(f => f.Length > 0).ToList();
    }

    private IDocument Parse(string page) => new HtmlParser().ParseDocument(site.Output.Text(page)!);

    /// <summary>The policy's own words on the page: title, headings, paragraphs and imprint, without navigation or structured extras.</summary>
    private static string PageText(IDocument page)
    {
        var parts = new List<string> { page.QuerySelector("article h1")!.TextContent };
        foreach (var section in page.QuerySelectorAll("section.clause"))
        {
            foreach (var child in section.Children)
            {
                if (Regex.IsMatch(child.LocalName, "^h[1-6]$"))
                {
                    parts.Add(string.Concat(child.ChildNodes.Where(n => n is not IElement e || !e.ClassList.Contains("permalink")).Select(n => n.TextContent)));
                }
                else if (child.LocalName == "p" && child.ClassList.Length == 0)
                {
                    parts.Add(child.TextContent);
                }
            }
        }

        parts.Add(page.QuerySelector(".imprint")!.TextContent);
        return string.Join("\n", parts);
    }

    private static string Compact(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex(@"^--\s*\d+$")]
    private static partial Regex PageMark();

    [GeneratedRegex(@"（（([一二三四五六七八九十])\1））(.+?)\2(。。)?")]
    private static partial Regex DoubledGroup();

    [GeneratedRegex(@"(\d+)\.(.+?)\2。。")]
    private static partial Regex DoubledMeasure();

    [GeneratedRegex(@"(?<=[。；：])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
