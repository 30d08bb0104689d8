using Policy.Generator.Commands;
using Policy.Generator.Site;
using Policy.Knowledge.Content;
using Policy.Knowledge.Diagnostics;

namespace Policy.Generator.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class ImportTests : IDisposable
{
    private readonly TempDirectory temp = new();

    private static string ImportFixture(string name) => Path.Combine(RepoPaths.Fixtures, "import", name);

    [Fact]
    public void Importing_the_received_text_reproduces_the_hand_kept_anchors_and_text_per_clause()
    {
        var seed = Path.Combine(RepoPaths.Content, "policies", "jincheng-2022-67", "source.txt");
        var imported = Import(seed, "jincheng-2022-67");
        var handKept = Parse(Path.Combine(RepoPaths.Content, "policies", "jincheng-2022-67", "zh.md"));

        Assert.Equal(handKept.Sections.Select(s => s.Anchor), imported.Sections.Select(s => s.Anchor));
        Assert.Equal(handKept.Sections.Select(s => s.Kind), imported.Sections.Select(s => s.Kind));
        Assert.Empty(imported.Closing);
        foreach (var (kept, made) in handKept.Sections.Zip(imported.Sections))
        {
            Assert.Equal(Compact(kept.Title), Compact(made.Title));
            Assert.Equal(Compact(kept.Text), Compact(made.Text));
        }

        string?[] Detected(DocumentMetadata m) => [m.Title, m.ShortTitle, m.Issuer, m.DocNumber, $"{m.DateWritten}", $"{m.DateIssued}", m.Publication, m.Addressees, m.Imprint];
        Assert.Equal(Detected(handKept.Meta), Detected(imported.Meta));
    }

    [Fact]
    public void A_city_text_with_groups_half_width_brackets_and_no_cover_notice_is_structured()
    {
        var policy = Import(ImportFixture("taiyuan-2023-8.txt"), "taiyuan-2023-8");

        Assert.Equal(["plan", "part-1", "measure-1", "measure-2", "part-2", "measure-3", "measure-4", "safeguards", "safeguard-1"], policy.Sections.Select(s => s.Anchor));
        Assert.Equal("并政办发〔2023〕8号", policy.Meta.DocNumber);
        Assert.Equal(new DateOnly(2023, 3, 15), policy.Meta.DateWritten);
        Assert.Equal("太原市人民政府办公室", policy.Meta.Issuer);
        Assert.Equal("（一）落实税费减免政策", policy.Find("measure-1")!.Title);
        Assert.Equal("对月销售额10万元以下（含本数）的增值税小规模纳税人，免征增值税。(责任单位:市税务局)", policy.Find("measure-1")!.Text);
        Assert.Equal(["市国资委", "各县(市、区)政府"], policy.Find("measure-2")!.UnitNames);
        Assert.DoesNotContain(policy.Sections, s => s.Text.Contains("- 1 -", StringComparison.Ordinal) || s.Text.Contains("文件", StringComparison.Ordinal));
        Assert.DoesNotContain("太原市人民政府办公室", policy.Find("safeguard-1")!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provincial_text_in_articles_without_units_is_structured_by_article()
    {
        var policy = Import(ImportFixture("shanxi-2024-3.txt"), "shanxi-2024-3");

        Assert.Equal(["plan", .. Enumerable.Range(1, 6).Select(i => $"article-{i}")], policy.Sections.Select(s => s.Anchor));
        Assert.Equal("对“生存型”个体工商户，重点落实减税降费、租金减免等纾困政策，首次轻微违法行为依法不予行政处罚。", policy.Find("article-4")!.Text);
        Assert.Equal(new DateOnly(2024, 2, 20), policy.Meta.DateWritten);
        Assert.Equal(DocumentMetadata.ToFill, policy.Meta.DocNumber);
    }

    [Fact]
    public void A_county_notice_with_a_plan_and_items_without_groups_is_structured()
    {
        var policy = Import(ImportFixture("yangcheng-2022-15.txt"), "yangcheng-2022-15");

        Assert.Equal(["notice", "plan", "goals", "measures", "measure-1", "measure-2", "measure-3", "safeguards", "safeguard-1", "safeguard-2"], policy.Sections.Select(s => s.Anchor));
        Assert.Equal("阳城县扶持个体工商户发展工作方案", policy.Meta.ShortTitle);
        Assert.Equal("此件主动公开", policy.Meta.Publication);
        Assert.Equal("阳城县市场监督管理局办公室 2022年6月10日印发", policy.Meta.Imprint);
        Assert.Equal("2. 免费刻制印章", policy.Find("measure-2")!.Title);
        Assert.Equal(["县市场监管局", "县财政局"], policy.Find("measure-2")!.UnitNames);
        Assert.Equal(["各乡（镇）人民政府，县直各有关单位：", "现将《阳城县扶持个体工商户发展工作方案》印发给你们，请结合实际认真贯彻执行。", "阳城县市场监督管理局", "2022年6月10日", "（此件主动公开）"], policy.Find("notice")!.Paragraphs);
    }

    [Fact]
    public void An_imported_policy_builds_at_once_with_its_english_sections_listed_as_untranslated()
    {
        using var content = new TempContent();
        Assert.Equal(0, ImportCommand.Run(ImportFixture("shanxi-2024-3.txt"), content.PathOf("policies/shanxi-2024-3"), "shanxi-2024-3", content.Content));

        var result = SiteBuilder.Build(content.Content, RepoPaths.Templates, baseUrl: null);

        Assert.NotNull(result.Output);
        Assert.DoesNotContain(result.Diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Contains(result.Diagnostics.Items, d => d.ToString() == "content/policies/shanxi-2024-3/en.md:20: warning: section '#article-1' is not translated yet");
        Assert.Contains(result.Diagnostics.Items, d => d.ToString() == "content/policies/shanxi-2024-3/zh.md:1: warning: field 'topic' is still '待填写': fill it in before publishing");
        var english = result.Output.Text("en/policies/shanxi-2024-3/index.html")!;
        Assert.Contains("<section id=\"article-4\" class=\"clause clause-measure\" data-clause=\"shanxi-2024-3#article-4\" lang=\"zh-CN\">", english, StringComparison.Ordinal);
        Assert.Contains("This section has not been translated yet", english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.txt", "", "the file is empty")]
    [InlineData("blank.txt", "  \n\n \t\n", "the file is empty")]
    [InlineData("binary.txt", "\u0001\u0002PK\u0000\u0003", "this is not a text file")]
    [InlineData("prose.txt", "今天天气很好。\n我们去公园散步，然后回家吃饭。\n", "no recognisable structure")]
    [InlineData("title-only.txt", "关于支持个体工商户发展的通知\n一、\n", "no recognisable structure")]
    public void Bad_input_gets_a_clear_message_and_nothing_is_written(string name, string text, string message)
    {
        var file = Path.Combine(temp.Path, name);
        Directory.CreateDirectory(temp.Path);
        File.WriteAllText(file, text);
        var output = Path.Combine(temp.Path, "out");
        var error = new StringWriter();
        var original = Console.Error;

        int code;
        {
            Console.SetError(error);
            try
            {
                code = ImportCommand.Run(file, output, "bad-input", null);
            }
            finally
            {
                Console.SetError(original);
            }
        }

        Assert.Equal(1, code);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
        Assert.Empty(Directory.GetDirectories(temp.Path));
    }

    [Fact]
    public void A_gb18030_file_is_read_as_chinese()
    {
        Directory.CreateDirectory(temp.Path);
        var file = Path.Combine(temp.Path, "gbk-2024-1.txt");
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(file, System.Text.Encoding.GetEncoding("GB18030").GetBytes(File.ReadAllText(ImportFixture("shanxi-2024-3.txt"))));

        var policy = Import(file, "gbk-2024-1");

        Assert.Equal("山西省市场监督管理局关于个体工商户分型分类精准帮扶的实施办法", policy.Meta.Title);
    }

    [Fact]
    public void A_county_notice_with_numbered_items_gets_measures_a_closing_part_validity_and_its_region()
    {
        var folder = ImportInto("zezhou-2024-12", out var content);
        using var _ = content;
        var policy = Parse(Path.Combine(folder, "zh.md"));

        Assert.Equal(["plan", "part-1", "part-2", "part-3", "part-4", "part-5"], policy.Sections.Select(s => s.Anchor));
        Assert.Equal(5, policy.Sections.Count(s => s.Kind == SectionKind.Measure));
        Assert.Equal("五、强化帮扶服务", policy.Find("part-5")!.Title);
        Assert.Equal("在乡镇便民服务中心设立个体工商户服务窗口，提供开业指导和政策咨询。（责任单位：县市场监管局）", policy.Find("part-5")!.Text);
        Assert.Equal(["本通知自印发之日起施行，有效期至2025年12月31日。执行中遇到的问题，请及时向县市场监管局反映。", "泽州县市场监督管理局", "2024年3月8日"], policy.Closing);
        Assert.Equal(new DateOnly(2024, 3, 8), policy.Meta.ValidFrom);
        Assert.Equal(new DateOnly(2025, 12, 31), policy.Meta.ValidUntil);
        Assert.Equal("本通知自印发之日起施行，有效期至2025年12月31日。", policy.Meta.Validity);
        Assert.Equal("泽州县", policy.Meta.Region);
        var zh = File.ReadAllText(Path.Combine(folder, "zh.md"));
        Assert.Contains("### 三、开展首次免罚 {#part-3 .measure}\n", zh, StringComparison.Ordinal);
        Assert.Contains("valid_until: 2025-12-31\n", zh, StringComparison.Ordinal);
        Assert.Equal(0, CheckCommandQuietly(content.Content));
    }

    [Fact]
    public void An_articles_text_declares_the_articles_that_grant_something_as_measures_and_counts_its_years()
    {
        var folder = ImportInto("gaoping-2023-4", out var content);
        using var _ = content;
        var policy = Parse(Path.Combine(folder, "zh.md"));

        Assert.Equal(["plan", .. Enumerable.Range(1, 7).Select(i => $"article-{i}")], policy.Sections.Select(s => s.Anchor));
        Assert.Equal(["article-3", "article-4"], policy.Sections.Where(s => s.Kind == SectionKind.Measure).Select(s => s.Anchor));
        Assert.Equal(SectionKind.Article, policy.Find("article-5")!.Kind);
        // The article that says when the rules apply stays an article; only the signature and date close the document.
        Assert.Equal("本办法自2023年7月1日起施行，有效期三年。", policy.Find("article-7")!.Text);
        Assert.Equal(["高平市市场监督管理局", "2023年6月20日"], policy.Closing);
        Assert.Equal(new DateOnly(2023, 7, 1), policy.Meta.ValidFrom);
        Assert.Equal(new DateOnly(2026, 6, 30), policy.Meta.ValidUntil);
        Assert.Equal("高平市", policy.Meta.Region);
        Assert.Equal(0, CheckCommandQuietly(content.Content));
    }

    [Fact]
    public void Measures_in_groups_under_numbered_parts_are_measures_and_the_safeguards_are_not()
    {
        var folder = ImportInto("lingchuan-2024-2", out var content);
        using var _ = content;
        var policy = Parse(Path.Combine(folder, "zh.md"));

        Assert.Equal(["plan", "part-1", "measure-1", "measure-2", "part-2", "measure-3", "measure-4", "safeguards", "safeguard-1", "safeguard-2"], policy.Sections.Select(s => s.Anchor));
        Assert.Equal([SectionKind.Plan, SectionKind.Part, SectionKind.Measure, SectionKind.Measure, SectionKind.Part, SectionKind.Measure, SectionKind.Measure, SectionKind.Part, SectionKind.Safeguard, SectionKind.Safeguard], policy.Sections.Select(s => s.Kind));
        Assert.Equal("通过县融媒体中心等渠道宣传扶持政策。", policy.Find("safeguard-2")!.Text);
        Assert.Equal(["本措施自2024年4月1日起施行，有效期两年。", "陵川县市场监督管理局", "2024年3月25日"], policy.Closing);
        Assert.Equal(new DateOnly(2024, 4, 1), policy.Meta.ValidFrom);
        Assert.Equal(new DateOnly(2026, 3, 31), policy.Meta.ValidUntil);
        Assert.Equal(0, CheckCommandQuietly(content.Content));
    }

    [Fact]
    public void The_english_draft_keeps_the_kinds_and_marks_everything_untranslated_without_a_title_prefix()
    {
        var folder = ImportInto("zezhou-2024-12", out var content);
        using var _ = content;
        var english = File.ReadAllText(Path.Combine(folder, "en.md"));

        Assert.DoesNotContain("(untranslated) ", english, StringComparison.Ordinal);
        Assert.Contains("title: \"泽州县市场监督管理局关于进一步扶持个体工商户发展的通知\"\n", english, StringComparison.Ordinal);
        Assert.Contains("untranslated:\n  - plan\n  - part-1\n", english, StringComparison.Ordinal);
        Assert.Contains("### 一、减免登记费用 {#part-1 .measure}\n", english, StringComparison.Ordinal);
        var result = SiteBuilder.Build(content.Content, RepoPaths.Templates, baseUrl: null);
        var page = result.Output!.Text("en/policies/zezhou-2024-12/index.html")!;
        Assert.Contains("This document has not been translated into English yet", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Importing_over_an_existing_policy_writes_nothing()
    {
        var folder = ImportInto("zezhou-2024-12", out var content);
        using var _ = content;
        var before = File.ReadAllText(Path.Combine(folder, "zh.md"));

        {
            var original = Console.Error;
            Console.SetError(TextWriter.Null);
            try
            {
                Assert.Equal(1, ImportCommand.Run(ImportFixture("lingchuan-2024-2.txt"), folder, "zezhou-2024-12", content.Content));
            }
            finally
            {
                Console.SetError(original);
            }
        }

        Assert.Equal(before, File.ReadAllText(Path.Combine(folder, "zh.md")));
    }

    /// <summary>Imports a fixture text into a copy of the many-policies content (which has the county units and regions).</summary>
    private static string ImportInto(string name, out TempContent content)
    {
        content = new TempContent(Path.Combine("..", "..", "fixtures", "many-policies"));
        var folder = content.PathOf(Path.Combine("policies", name));
        Assert.Equal(0, ImportCommand.Run(ImportFixture(name + ".txt"), folder, name, content.Content));
        return folder;
    }

    private static int CheckCommandQuietly(string contentRoot)
    {
        {
            var (output, error) = (Console.Out, Console.Error);
            var printed = new StringWriter();
            Console.SetOut(printed);
            Console.SetError(printed);
            try
            {
                var code = CheckCommand.Run(contentRoot, RepoPaths.Templates);
                Assert.True(code == 0, printed.ToString());
                return code;
            }
            finally
            {
                Console.SetOut(output);
                Console.SetError(error);
            }
        }
    }

    private PolicyDocument Import(string file, string id)
    {
        var folder = Path.Combine(temp.Path, id);
        Assert.Equal(0, ImportCommand.Run(file, folder, id, RepoPaths.Content));
        return Parse(Path.Combine(folder, "zh.md"));
    }

    private static PolicyDocument Parse(string path)
    {
        var diagnostics = new DiagnosticBag();
        var document = DocumentParser.Parse(File.ReadAllText(path), Languages.Chinese, path, diagnostics);
        Assert.DoesNotContain(diagnostics.Items, d => d.Severity == Severity.Error);
        return document!;
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    public void Dispose() => temp.Dispose();
}

/// <summary>
/// Tests that redirect the console (a process-wide setting) run one at a time, apart from every other such test, so that
/// none captures, or loses, another's output.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
