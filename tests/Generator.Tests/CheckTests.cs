using Policy.Generator.Commands;
using Policy.Generator.Site;
using Policy.Knowledge.Diagnostics;

namespace Policy.Generator.Tests;

/// <summary>Each content check reports the exact <c>path:line</c> a staff member has to fix, and errors fail the command.</summary>
public sealed class CheckTests
{
    private const string Zh = "policies/demo-2024-1/zh.md";
    private const string En = "policies/demo-2024-1/en.md";

    [Fact]
    public void Minimal_fixture_is_clean()
    {
        using var content = new TempContent();
        Assert.Empty(Check(content));
        Assert.Equal(0, CheckCommand.Run(content.Content, RepoPaths.Templates));
    }

    public static TheoryData<string, string, string, string> Errors => new()
    {
        { Zh, "doc_number: 测〔2024〕1号", "doc_number: [测〔2024〕1号", "content/policies/demo-2024-1/zh.md:6: error: invalid YAML: a '[', '{' or quote is not closed on this line" },
        { Zh, "title: 关于测试政策的通知", "title: 关于测试政策的通知\n  bad: indentation", "content/policies/demo-2024-1/zh.md:4: error: invalid YAML: While scanning a plain scalar value, found invalid mapping" },
        { Zh, "doc_number: 测〔2024〕1号\n", "", "content/policies/demo-2024-1/zh.md:2: error: missing required field 'doc_number'" },
        { Zh, "date_written: 2024-01-02", "date_written: 2024年1月2日", "content/policies/demo-2024-1/zh.md:7: error: field 'date_written': '2024年1月2日' is not a date; write it as YYYY-MM-DD, e.g. 2022-12-31" },
        { Zh, "{#measure-2}", "{#measure-1}", "content/policies/demo-2024-1/zh.md:28: error: duplicate anchor '#measure-1' (first used on line 24)" },
        { En, "{#measure-2}", "{#measure-3}", "content/policies/demo-2024-1/en.md:26: error: anchor '#measure-3' is missing from content/policies/demo-2024-1/zh.md: both languages must have the same sections. Did you mean #measure-2?" },
        { Zh, "对小规模纳税人免征增值税。（责任单位：市税务局）", "对小规模纳税人免征增值税。", "content/policies/demo-2024-1/zh.md:24: error: measure '#measure-1' names no responsible unit: end its text with （责任单位：…）" },
        { Zh, "（责任单位：市税务局）", "（责任单位：市财政局）", "content/policies/demo-2024-1/zh.md:26: error: unknown responsible unit '市财政局': add it, or an alias for it, to content/units.yml (generator units add 市财政局 --id ID --en \"English name\")" },
        { Zh, "[第1条](#measure-1)", "[第9条](#measure-9)", "content/policies/demo-2024-1/zh.md:30: error: link '#measure-9' points to no section of this document" },
        { Zh, "[第1条](#measure-1)", "[第1条](/zh/policies/demo-2024-9/#measure-1)", "content/policies/demo-2024-1/zh.md:30: error: link '/zh/policies/demo-2024-9/#measure-1' points to an unknown policy 'demo-2024-9'. Did you mean demo-2024-1?" },
        { Zh, "## 关于测试政策的通知 {#notice}", "## 关于测试政策的通知", "content/policies/demo-2024-1/zh.md:16: error: heading '关于测试政策的通知' has no anchor: add a permanent one at the end, e.g. '关于测试政策的通知 {#measure-21}'" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Bad_content_is_an_error_at_its_line(string file, string find, string replacement, string expected)
    {
        using var content = new TempContent();
        content.Replace(file, find, replacement);

        Assert.Contains(expected, Check(content));
        Assert.Equal(1, CheckCommand.Run(content.Content, RepoPaths.Templates));
    }

    [Fact]
    public void A_link_that_leads_nowhere_in_the_built_html_is_an_error()
    {
        using var content = new TempContent();
        content.Replace(Zh, "[第1条](#measure-1)", "[单位](/zh/units/nobody/)");

        var messages = Check(content);

        Assert.Contains(messages, m => m.StartsWith("_site/zh/policies/demo-2024-1/index.html:", StringComparison.Ordinal)
            && m.EndsWith("error: link '/zh/units/nobody/' points to a page that does not exist", StringComparison.Ordinal));
        Assert.Equal(1, CheckCommand.Run(content.Content, RepoPaths.Templates));
    }

    [Fact]
    public void A_changed_chinese_section_makes_its_translation_stale()
    {
        using var content = new TempContent();
        content.Replace(Zh, "对小规模纳税人免征增值税。", "对小规模纳税人减半征收增值税。");

        var messages = Check(content);

        var stale = Assert.Single(messages);
        Assert.StartsWith("content/policies/demo-2024-1/en.md:22: warning: stale translation: the Chinese section '#measure-1' (content/policies/demo-2024-1/zh.md:24) changed since it was translated", stale);
        Assert.Equal(0, CheckCommand.Run(content.Content, RepoPaths.Templates));
    }

    [Fact]
    public void A_missing_english_document_is_a_warning_and_the_english_page_shows_the_chinese_text()
    {
        using var content = new TempContent();
        content.Delete(En);

        var result = SiteBuilder.Build(content.Content, RepoPaths.Templates, baseUrl: null);

        var warning = Assert.Single(result.Diagnostics.Items);
        Assert.Equal("content/policies/demo-2024-1/en.md:1: warning: no English translation of 'demo-2024-1': the English site shows the Chinese text with a notice", warning.ToString());
        var page = result.Output!.Text("en/policies/demo-2024-1/index.html")!;
        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("has not been translated into English yet", page, StringComparison.Ordinal);
        Assert.Contains("<article class=\"policy\" lang=\"zh-CN\">", page, StringComparison.Ordinal);
        Assert.Contains("对小规模纳税人免征增值税。", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pages/units.sbnhtml", "{{ for x in }}")] // a syntax error, found when the templates are loaded
    [InlineData("partials/footer.sbnhtml", "{{ no_such_variable }}")] // an error while rendering a template another includes
    public void An_error_in_a_template_is_reported_at_its_file_and_line(string template, string error)
    {
        using var content = new TempContent();
        var templates = Path.Combine(content.Root, "templates");
        TempContent.CopyDirectory(RepoPaths.Templates, templates);
        var broken = Path.Combine(templates, template);
        var line = File.ReadAllLines(broken).Length + 1;
        File.AppendAllText(broken, error + "\n");

        var result = SiteBuilder.Build(content.Content, templates, baseUrl: null);

        Assert.Contains(result.Diagnostics.Items, d => d.Severity == Severity.Error && d.Path == $"templates/{template}" && d.Line == line);
        Assert.Null(result.Output);
    }

    private static List<string> Check(TempContent content) =>
        SiteBuilder.Build(content.Content, RepoPaths.Templates, baseUrl: null).Diagnostics.Sorted().Select(d => d.ToString()).ToList();
}
