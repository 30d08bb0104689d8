using Policy.Knowledge.Content;
using Policy.Knowledge.Diagnostics;
using Loaded = Policy.Knowledge.Tests.Rules.RepositoryContent;

namespace Policy.Knowledge.Tests;

/// <summary>Plain-language summaries staff write beside a clause: read in both languages, kept apart from the policy text, checked for figures.</summary>
public sealed class SummaryTests
{
    [Fact]
    public void A_summary_is_read_in_both_languages_and_is_not_part_of_the_clause_text()
    {
        var policy = Loaded.Content.Policies.Single(p => p.Id == "jincheng-2022-67");

        var summary = policy.SummaryOf("measure-9");

        Assert.NotNull(summary);
        Assert.StartsWith("个体工商户成功转型为企业", summary.Zh, StringComparison.Ordinal);
        Assert.StartsWith("An individual business that converts", summary.En, StringComparison.Ordinal);
        var clause = policy.Chinese.Find("measure-9")!;
        Assert.DoesNotContain("要点", clause.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("要点", clause.BodyHtml, StringComparison.Ordinal);
        Assert.StartsWith("按照上级相关政策", clause.Paragraphs[0], StringComparison.Ordinal);
        Assert.Null(policy.SummaryOf("measure-19"));
    }

    [Fact]
    public void Every_summary_of_the_first_policy_exists_in_both_languages_and_adds_no_figure()
    {
        var policy = Loaded.Content.Policies.Single(p => p.Id == "jincheng-2022-67");
        var summarised = policy.Chinese.Sections.Where(s => s.Summary is not null).Select(s => s.Anchor).ToList();

        Assert.True(summarised.Count >= 10, $"{summarised.Count} summaries");
        Assert.Equal(summarised, policy.English!.Sections.Where(s => s.Summary is not null).Select(s => s.Anchor));
        Assert.All(summarised, anchor => Assert.Equal(SectionKind.Measure, policy.Chinese.Find(anchor)!.Kind));
        foreach (var anchor in summarised)
        {
            var clause = policy.Chinese.Find(anchor)!;
            Assert.Empty(Figures.Added(clause.Summary!, clause.Title + clause.Text));
            Assert.Empty(Figures.Added(policy.English.Find(anchor)!.Summary!, clause.Title + clause.Text));
        }
    }

    [Theory]
    [InlineData("月销售额15万元以下的免征增值税。", "")]
    [InlineData("Monthly sales of up to 150,000 yuan are exempt until 31 December 2022.", "")]
    [InlineData("月销售额20万元以下的免征增值税。", "20万")]
    [InlineData("租国有房屋的减免三个月租金。", "")]
    [InlineData("租国有房屋的减免六个月租金。", "六")]
    [InlineData("Six months' rent is waived.", "Six")]
    [InlineData("Rent is waived until June 2023.", "2023, June")]
    [InlineData("统一办理，一律免费，第一次免罚。", "")]
    public void A_summary_may_use_only_the_figures_of_its_clause(string summary, string added)
    {
        const string clause = "2022年12月31日前，对月销售额15万元以下（含本数）的增值税小规模纳税人，免征增值税。对承租国有房屋的个体工商户减免当年3个月租金。";

        Assert.Equal(added, string.Join(", ", Figures.Added(summary, clause)));
    }

    [Fact]
    public void Check_fails_a_summary_with_a_figure_its_clause_does_not_have_at_its_line_in_both_languages()
    {
        var zh = CheckWith("policies/demo-zezhou-2024-5/zh.md", "> 要点：租县属国有房屋经营的个体工商户，减免3个月租金。", "> 要点：租县属国有房屋经营的个体工商户，减免6个月租金。");
        var en = CheckWith("policies/demo-zezhou-2024-5/en.md", "three months' rent is waived.", "three months' rent is waived until 2026.");

        var error = Assert.Single(zh, d => d.Severity == Severity.Error);
        Assert.Equal("content/policies/demo-zezhou-2024-5/zh.md:26: error: the summary of '#item-1' has figures its clause does not have: 6. A summary may only use the clause's own numbers, dates and amounts", error.ToString());
        Assert.Contains("要点写了条款里没有的数字、日期或金额：6", error.Format(Languages.Chinese), StringComparison.Ordinal);
        Assert.Contains(en, d => d.Severity == Severity.Error && d.ToString().StartsWith("content/policies/demo-zezhou-2024-5/en.md:24: error: the summary of '#item-1' has figures its clause does not have: 2026", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_summaries_or_an_empty_one_are_errors_and_a_quote_without_the_label_is_policy_text()
    {
        Assert.Contains(CheckWith("policies/demo-zezhou-2024-5/zh.md", "> 要点：租县属国有房屋经营的个体工商户，减免3个月租金。", "> 要点：\n"), d => d.Message.StartsWith("the summary of '一、减免国有房屋租金' is empty", StringComparison.Ordinal));
        Assert.Contains(CheckWith("policies/demo-zezhou-2024-5/zh.md", "> 要点：租县属国有房屋经营的个体工商户，减免3个月租金。", "> 要点：减免租金。\n\n> 要点：减免3个月租金。"), d => d.Message.StartsWith("'一、减免国有房屋租金' already has a summary at line 26", StringComparison.Ordinal));

        const string Markdown = "---\nid: quote-1\ntitle: 标题\n---\n\n### 第一条 {#article-1 .article}\n\n> 注：以原件为准。\n\n正文。\n";
        var bag = new DiagnosticBag();
        var section = DocumentParser.Parse(Markdown, Languages.English, "en.md", bag)!.Sections.Single();
        Assert.Null(section.Summary);
        Assert.Equal(["注：以原件为准。", "正文。"], section.Paragraphs);
    }

    private static List<Diagnostic> CheckWith(string file, string find, string replace) => ManyPoliciesCheckTests.DiagnoseWith(file, find, replace);
}
