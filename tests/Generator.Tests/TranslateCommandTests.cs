using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Policy.Bot.Tests;
using Policy.Generator.Commands;
using Policy.Generator.Site;
using Policy.Generator.Translation;
using Policy.Knowledge.Content;

namespace Policy.Generator.Tests;

/// <summary>
/// <c>generator translate</c> against a scripted OpenAI-compatible server over real HTTP: drafts are written marked
/// machine-translated, a draft that drops a figure is refused with the reason, and without a model nothing happens.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class TranslateCommandTests
{
    private const string Zh = "policies/demo-2024-1/zh.md";
    private const string En = "policies/demo-2024-1/en.md";

    private const string GoodMeasure1 =
        "1. Tax relief\n\nSmall-scale taxpayers with monthly sales of 150,000 yuan or less are exempt from VAT until 31 December 2022. (Responsible unit: Municipal Tax Bureau)";

    private const string GoodMeasure2 =
        "2. Free seal carving\n\nSeal carving is free for newly established individual businesses; see [measure 1](#measure-1). (Responsible units: Municipal Administration for Market Regulation, Municipal Tax Bureau)";

    [Fact]
    public async Task Drafts_are_written_marked_machine_translated_and_the_page_says_so_until_stamped()
    {
        using var content = Untranslated();
        await using var server = await ScriptedModelServer.StartAsync((request, _, context) =>
            ScriptedModelServer.ReplyText(context, UserMessage(request).Contains("免除新设立", StringComparison.Ordinal) ? GoodMeasure2 : GoodMeasure1));

        var exit = await Translate(content, server);

        Assert.Equal(0, exit);
        Assert.Equal(2, server.Requests.Count);
        Assert.Contains("市税务局 → Municipal Tax Bureau", UserMessage(server.Requests[0]), StringComparison.Ordinal);
        var en = File.ReadAllText(content.PathOf(En));
        Assert.Contains("##### 1. Tax relief {#measure-1}\n\nSmall-scale taxpayers with monthly sales of 150,000 yuan", en, StringComparison.Ordinal);
        Assert.Contains("machine_translated:\n  - measure-1\n  - measure-2\n", en, StringComparison.Ordinal);
        Assert.DoesNotContain("untranslated:", en.Replace("machine_translated:", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var built = SiteBuilder.Build(content.Content, RepoPaths.Templates, baseUrl: null);
        Assert.False(built.Diagnostics.HasErrors, string.Join("\n", built.Diagnostics.Items));
        Assert.Equal(2, built.Diagnostics.Items.Count(d => d.Message.Contains("is a machine-translated draft", StringComparison.Ordinal)));
        var page = built.Output!.Text("en/policies/demo-2024-1/index.html")!;
        Assert.Equal(2, Count(page, "This section is a machine translation that has not been reviewed yet."));

        Assert.Equal(0, TranslationCommand.Run(content.Content, stamp: true, "demo-2024-1"));
        Assert.DoesNotContain("machine_translated", File.ReadAllText(content.PathOf(En)), StringComparison.Ordinal);
        var stamped = SiteBuilder.Build(content.Content, RepoPaths.Templates, baseUrl: null);
        Assert.Empty(stamped.Diagnostics.Items);
        Assert.Equal(0, Count(stamped.Output!.Text("en/policies/demo-2024-1/index.html")!, "machine translation"));
    }

    [Fact]
    public async Task A_draft_that_drops_a_figure_is_refused_with_the_reason_and_the_section_stays_untranslated()
    {
        using var content = Untranslated();
        await using var server = await ScriptedModelServer.StartAsync((request, _, context) =>
            ScriptedModelServer.ReplyText(context, UserMessage(request).Contains("免除新设立", StringComparison.Ordinal)
                ? GoodMeasure2
                : GoodMeasure1.Replace(" until 31 December 2022", "", StringComparison.Ordinal)));
        var output = new StringWriter();
        var saved = Console.Error;
        Console.SetError(output);
        int exit;
        try
        {
            exit = await Translate(content, server);
        }
        finally
        {
            Console.SetError(saved);
        }

        Assert.Equal(1, exit);
        Assert.Contains("#measure-1: refused — the draft drops or changes these figures of the Chinese: 2022, 12, 31", output.ToString(), StringComparison.Ordinal);
        var en = File.ReadAllText(content.PathOf(En));
        Assert.Contains("untranslated:\n  - measure-1\n", en, StringComparison.Ordinal);
        Assert.Contains("machine_translated:\n  - measure-2\n", en, StringComparison.Ordinal);
        Assert.Contains("{#measure-1}\n\n(untranslated)", en, StringComparison.Ordinal);
        Assert.False(SiteBuilder.Build(content.Content, RepoPaths.Templates, baseUrl: null).Diagnostics.HasErrors);
    }

    [Fact]
    public async Task Without_a_model_it_says_how_to_configure_one_and_changes_nothing()
    {
        using var content = Untranslated();
        var before = File.ReadAllText(content.PathOf(En));
        using var http = new HttpClient();

        var exit = await TranslateCommand.Run("demo-2024-1", null, content.Content, RepoPaths.Templates, Languages.English, model: null, http, TestContext.Current.CancellationToken);

        Assert.Equal(2, exit);
        Assert.Equal(before, File.ReadAllText(content.PathOf(En)));
    }

    [Theory]
    [InlineData("对月销售额15万元以下的纳税人", "Taxpayers with monthly sales of 150,000 yuan or less", "")]
    [InlineData("对月销售额15万元以下的纳税人", "Taxpayers with monthly sales of 15 ten-thousand yuan or less", "")]
    [InlineData("2022年4月28日印发", "Issued on 28 April 2022", "")]
    [InlineData("减按１０％征收", "levied at a reduced rate of 10%", "")]
    [InlineData("减按10%征收，执行至2022年12月31日", "levied at a reduced rate of 10% until the end of 2022", "12, 31")]
    [InlineData("补贴3000元", "a subsidy of 300 yuan", "3000")]
    public void Every_figure_of_the_chinese_must_be_in_the_english(string chinese, string english, string missing)
    {
        Assert.Equal(missing, string.Join(", ", Figures.Missing(chinese, english)));
    }

    private static async Task<int> Translate(TempContent content, ScriptedModelServer server)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        return await TranslateCommand.Run("demo-2024-1", null, content.Content, RepoPaths.Templates, Languages.English,
            new TranslationModel(server.Endpoint, "scripted", null), http, TestContext.Current.CancellationToken);
    }

    /// <summary>The fixture with figures in measure 1 and both measures untranslated in en.md, as an import leaves them.</summary>
    private static TempContent Untranslated()
    {
        var content = new TempContent();
        content.Replace(Zh, "对小规模纳税人免征增值税。", "对月销售额15万元以下的小规模纳税人免征增值税，执行至2022年12月31日。");
        content.Edit(En, text => text
            .Replace("  measure-1: c84e207b8d17\n  measure-2: 43f6ed260961\n", "untranslated:\n  - measure-1\n  - measure-2\n", StringComparison.Ordinal)
            .Replace("Small-scale taxpayers are exempt from VAT. (Responsible unit: Municipal Tax Bureau)", "(untranslated)", StringComparison.Ordinal)
            .Replace("Seal carving is free for newly established individual businesses; see [measure 1](#measure-1). (Responsible units: Municipal Administration for Market Regulation, Municipal Tax Bureau)", "(untranslated)", StringComparison.Ordinal));
        return content;
    }

    private static string UserMessage(JsonElement request) =>
        request.GetProperty("messages").EnumerateArray().Last(m => m.GetProperty("role").GetString() == "user").GetProperty("content").GetString() ?? "";

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public void A_drafted_heading_keeps_the_kind_its_heading_declares()
    {
        var zh = SectionSource.Read(["---", "id: x", "---", "", "### 一、减免登记费用 {#part-1 .measure}", "", "免费。（责任单位：县市场监管局）"]);
        Assert.Equal(" .measure", Assert.Single(zh).Classes);

        var english = EnglishDocumentEditor.Skeleton("x", "标题", zh);
        english.ReplaceSection("part-1", "I. Registration fees waived", "Free.");

        Assert.Contains("### I. Registration fees waived {#part-1 .measure}\n", english.Text, StringComparison.Ordinal);
    }
}
