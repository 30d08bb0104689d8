using System.Net;
using System.Net.Sockets;
using Policy.Generator.Commands;
using Policy.Generator.Site;
using Policy.Knowledge.Content;
using Policy.Knowledge.Diagnostics;

namespace Policy.Generator.Tests;

/// <summary>
/// Messages a publicity officer can act on: Chinese by default, English on request; the real cause first; the common
/// YAML slips explained in plain words; "did you mean …?" for near misses.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class StaffMessagesTests
{
    private const string Zh = "policies/demo-2024-1/zh.md";

    [Fact]
    public void A_full_width_colon_in_units_yml_gives_its_own_error_first_and_hides_the_unknown_units_it_causes()
    {
        using var content = TempContent.OfRepository();
        content.Replace("units.yml", "  zh: 市发改委", "  zh：市发改委");

        var diagnostics = SiteBuilder.Build(content.Content, RepoPaths.Templates, baseUrl: null).Diagnostics;
        var report = diagnostics.ForStaff();

        Assert.True(diagnostics.ErrorCount > 20, $"the broken file makes every unit unknown ({diagnostics.ErrorCount} errors in all)");
        var first = report.Shown[0];
        Assert.Equal("content/units.yml 第6行 错误：冒号应为半角‘:’：“zh：”要写成“zh: ”（英文冒号，后面空一格）", first.Format(Languages.Chinese));
        Assert.StartsWith("content/units.yml:6: error: invalid YAML: the colon after 'zh' is the full-width '：'; write 'zh: '", first.Format(Languages.English), StringComparison.Ordinal);
        Assert.InRange(report.Shown.Count(d => d.Severity == Severity.Error), 1, 5);
        Assert.True(report.Hidden > 20);
        Assert.Contains("content/units.yml", report.HiddenNote(Languages.Chinese), StringComparison.Ordinal);
        Assert.Contains("fix that file first", report.HiddenNote(Languages.English), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string, string> Slips => new()
    {
        {
            "site.yml", "title:\n  zh: 测试站点\n  en: Test site", "title: { zh: 测试站点, en: Test site, free of charge }",
            "content/site.yml 第1行 错误：“en”的文字里有逗号时请加引号：en: \"Test site, free of charge\"",
            "content/site.yml:1: error: the text of 'en' has a comma, so put it in quotes: en: \"Test site, free of charge\""
        },
        {
            "site.yml", "  zh: 测试局", "\tzh: 测试局",
            "content/site.yml 第8行 错误：这一行有制表符（Tab 键）",
            "content/site.yml:8: error: invalid YAML: this line has a tab character"
        },
        {
            Zh, "doc_number: 测〔2024〕1号", "doc_number：测〔2024〕1号",
            "content/policies/demo-2024-1/zh.md 第6行 错误：冒号应为半角‘:’",
            "content/policies/demo-2024-1/zh.md:6: error: invalid YAML: the colon after 'doc_number' is the full-width '：'"
        },
        {
            Zh, "[第1条](#measure-1)", "[第1条](#meaure-1)",
            "链接“#meaure-1”指向的小节在本文件里不存在：请改成已有标题的锚点。是不是想写 #measure-1？",
            "link '#meaure-1' points to no section of this document. Did you mean #measure-1?"
        },
        {
            Zh, "（责任单位：市税务局）", "（责任单位：市税务）",
            "责任单位“市税务”不在 content/units.yml 里。是不是想写 市税务局？",
            "unknown responsible unit '市税务': add it, or an alias for it, to content/units.yml"
        },
        {
            "site.yml", "base_url:", "base_ur:",
            "不认识的项“base_ur”",
            "unknown field 'base_ur' (expected one of: title, description, publisher, base_url, bot_url, navigation, hotlines, footer, bot) Did you mean base_url?"
        },
    };

    [Theory]
    [MemberData(nameof(Slips))]
    public void Common_slips_are_explained_in_chinese_and_in_english(string file, string find, string replacement, string chinese, string english)
    {
        using var content = new TempContent();
        content.Replace(file, find, replacement);

        var shown = SiteBuilder.Build(content.Content, RepoPaths.Templates, baseUrl: null).Diagnostics.ForStaff().Shown;

        Assert.Contains(shown, d => d.Format(Languages.Chinese).Contains(chinese, StringComparison.Ordinal));
        Assert.Contains(shown, d => d.Format(Languages.English).Contains(english, StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_fact_in_a_rule_suggests_the_nearest_fact()
    {
        using var content = TempContent.OfRepository();
        content.Replace("policies/jincheng-2022-67/zh.md", "- monthly_sales_yuan <=", "- monthly_sale_yuan <=");

        var shown = SiteBuilder.Build(content.Content, RepoPaths.Templates, baseUrl: null).Diagnostics.ForStaff().Shown;

        Assert.Contains(shown, d => d.Text.En.Contains("unknown fact 'monthly_sale_yuan'", StringComparison.Ordinal) && d.Text.En.EndsWith("Did you mean monthly_sales_yuan?", StringComparison.Ordinal));
        Assert.Contains(shown, d => d.Text.Zh.Contains("是不是想写 monthly_sales_yuan？", StringComparison.Ordinal));
    }

    [Fact]
    public void Messages_are_chinese_by_default_and_english_on_request()
    {
        var saved = Environment.GetEnvironmentVariable(StaffLanguage.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(StaffLanguage.EnvironmentVariable, null);
            Assert.Equal(Languages.Chinese, StaffLanguage.Resolve(null));
            Assert.Equal(Languages.English, StaffLanguage.Resolve(Languages.English));
            Environment.SetEnvironmentVariable(StaffLanguage.EnvironmentVariable, "en");
            Assert.Equal(Languages.English, StaffLanguage.Resolve(null));
            Assert.Equal(Languages.Chinese, StaffLanguage.Resolve(Languages.Chinese));
        }
        finally
        {
            Environment.SetEnvironmentVariable(StaffLanguage.EnvironmentVariable, saved);
        }
    }

    [Fact]
    public void An_unknown_unit_is_a_warning_in_the_preview_and_an_error_at_publish()
    {
        using var content = new TempContent();
        content.Replace(Zh, "（责任单位：市税务局）", "（责任单位：泽州县市场监督管理局）");

        var publish = SiteBuilder.Build(content.Content, RepoPaths.Templates, baseUrl: null);
        var preview = SiteBuilder.Build(content.Content, RepoPaths.Templates, baseUrl: null, preview: true);

        Assert.Null(publish.Output);
        Assert.Contains(publish.Diagnostics.Items, d => d.Severity == Severity.Error && d.Message.StartsWith("unknown responsible unit '泽州县市场监督管理局'", StringComparison.Ordinal));
        Assert.NotNull(preview.Output);
        var warning = Assert.Single(preview.Diagnostics.Items, d => d.PublishOnly);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("generator units add 泽州县市场监督管理局", warning.Text.Zh, StringComparison.Ordinal);
        Assert.Contains("对小规模纳税人免征增值税", preview.Output.Text("zh/policies/demo-2024-1/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_on_a_taken_port_says_so_in_one_line_and_exits()
    {
        using var content = new TempContent();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var errors = new StringWriter();
        var saved = Console.Error;
        Console.SetError(errors);
        int exit;
        try
        {
            exit = await ServeCommand.Run(content.Content, RepoPaths.Templates, port, Languages.English, TestContext.Current.CancellationToken);
        }
        finally
        {
            Console.SetError(saved);
        }

        Assert.Equal(1, exit);
        Assert.Contains($"port {port} is already in use", errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_preview_defaults_to_its_own_port_not_the_bots()
    {
        var parse = ServeCommand.Create().Parse([]);

        Assert.Equal(5081, parse.GetValue<int>("--port"));
    }
}
