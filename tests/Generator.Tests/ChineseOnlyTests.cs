using AngleSharp.Html.Parser;
using Policy.Generator.Site;

namespace Policy.Generator.Tests;

/// <summary>
/// Honest English for policies not translated yet: listed as Chinese only (with the English title staff gave) and linked
/// to the Chinese page, never under the translation banner; a partly translated policy marks each untranslated section.
/// </summary>
public sealed class ChineseOnlyTests
{
    private const string En = "policies/demo-2024-1/en.md";

    [Fact]
    public void An_import_skeleton_is_listed_as_chinese_only_with_its_english_title_linking_to_the_chinese_page()
    {
        using var content = new TempContent();
        SkeletonOnly(content, "title: Notice on the test policy");

        var output = SiteBuilder.Build(content.Content, RepoPaths.Templates, baseUrl: null).Output!;

        var list = new HtmlParser().ParseDocument(output.Text("en/policies/index.html")!);
        var link = list.QuerySelector("a.card-title")!;
        Assert.Equal("/zh/policies/demo-2024-1/", link.GetAttribute("href"));
        Assert.Equal("zh-CN", link.GetAttribute("hreflang"));
        Assert.Null(link.GetAttribute("lang"));
        Assert.Equal("Notice on the test policy", link.TextContent.Trim());
        Assert.Contains("Chinese only", list.QuerySelector(".card-chinese-only")!.TextContent, StringComparison.Ordinal);

        var page = output.Text("en/policies/demo-2024-1/index.html")!;
        Assert.DoesNotContain("unofficial English translation", page, StringComparison.Ordinal);
        Assert.Contains("has not been translated into English yet", page, StringComparison.Ordinal);
        Assert.DoesNotContain("(untranslated)", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_english_title_the_chinese_title_is_shown_marked_as_chinese()
    {
        using var content = new TempContent();
        SkeletonOnly(content, "title: \"(untranslated) 关于测试政策的通知\"");

        var list = new HtmlParser().ParseDocument(SiteBuilder.Build(content.Content, RepoPaths.Templates, baseUrl: null).Output!.Text("en/policies/index.html")!);

        var link = list.QuerySelector("a.card-title")!;
        Assert.Equal("zh-CN", link.GetAttribute("lang"));
        Assert.Equal("测试政策", link.TextContent.Trim());
    }

    [Fact]
    public void A_partly_translated_policy_marks_each_untranslated_section_and_its_chinese_text()
    {
        using var content = new TempContent();
        content.Edit(En, text => text
            .Replace("  measure-2: 43f6ed260961\n", "untranslated:\n  - measure-2\n", StringComparison.Ordinal));

        var page = new HtmlParser().ParseDocument(SiteBuilder.Build(content.Content, RepoPaths.Templates, baseUrl: null).Output!.Text("en/policies/demo-2024-1/index.html")!);

        var untranslated = page.QuerySelector("#measure-2")!;
        Assert.Equal("zh-CN", untranslated.GetAttribute("lang"));
        Assert.Contains("免除新设立个体工商户印章刻制费用", untranslated.TextContent, StringComparison.Ordinal);
        Assert.Contains("This section has not been translated yet", untranslated.QuerySelector("p.notice[lang=en]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#measure-1")!.GetAttribute("lang"));
        Assert.Contains("unofficial English translation", page.QuerySelector("article .notice")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>en.md as an import writes it: every section untranslated.</summary>
    private static void SkeletonOnly(TempContent content, string titleLine)
    {
        content.Edit(En, text => text
            .Replace("title: Notice on the test policy", titleLine, StringComparison.Ordinal)
            .Replace("short_title: Test policy\n", titleLine.Contains("(untranslated)", StringComparison.Ordinal) ? "" : "short_title: Test policy\n", StringComparison.Ordinal)
            .Replace("translates:\n  notice: b723cd3a9b62\n  measures: fcc6259f8db1\n  group-1: 7338b8dd688c\n  measure-1: c84e207b8d17\n  measure-2: 43f6ed260961\n",
                "translates: {}\nuntranslated:\n  - notice\n  - measures\n  - group-1\n  - measure-1\n  - measure-2\n", StringComparison.Ordinal));
    }
}
