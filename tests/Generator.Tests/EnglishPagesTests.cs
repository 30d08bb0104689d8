using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Policy.Generator.Tests;

/// <summary>English pages read as English: Chinese punctuation appears only inside text marked as Chinese.</summary>
public sealed class EnglishPagesTests(SiteBuildFixture site) : IClassFixture<SiteBuildFixture>
{
    private const string ChinesePunctuation = "：、，。；（）";

    [Fact]
    public void No_English_page_shows_Chinese_punctuation_outside_text_marked_Chinese()
    {
        var pages = site.Output.Files.Keys.Where(k => k.StartsWith("en/", StringComparison.Ordinal) && k.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var parser = new HtmlParser();
        var found = new List<string>();
        foreach (var path in pages)
        {
            var document = parser.ParseDocument(site.Output.Text(path)!);
            foreach (var text in document.Body!.Descendants<IText>())
            {
                var parent = text.ParentElement;
                if (parent is null || parent.Closest("script, style, noscript, template") is not null || parent.Closest("[lang^=zh]") is not null)
                {
                    continue;
                }

                var at = text.Data.IndexOfAny(ChinesePunctuation.ToCharArray());
                if (at >= 0)
                {
                    found.Add($"{path}: <{parent.LocalName}> …{text.Data[Math.Max(0, at - 20)..Math.Min(text.Data.Length, at + 20)]}…");
                }
            }
        }

        Assert.NotEmpty(pages);
        Assert.True(found.Count == 0, $"{found.Count} texts:\n" + string.Join("\n", found.Distinct().Take(40)));
    }
}
