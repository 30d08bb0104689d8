using Policy.Bot.Answering;

namespace Policy.Bot.Tests;

/// <summary>A measure asked about by its number, and a provision asked about by its dates.</summary>
public class MeasureReferenceTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Task<BotResult> Ask(string question, DateOnly? asOf = null) =>
        TestBots.Create().AskAsync(new BotRequest(question, null, asOf ?? new DateOnly(2026, 11, 30)), Cancel);

    [Theory]
    [InlineData("第5条说的什么", "jincheng-2022-67#measure-5")]
    [InlineData("把第九条原文发给我", "jincheng-2022-67#measure-9")]
    [InlineData("第十七项是什么意思", "jincheng-2022-67#measure-17")]
    [InlineData("措施8讲了啥", "jincheng-2022-67#measure-8")]
    [InlineData("What does measure 8 say?", "jincheng-2022-67#measure-8")]
    [InlineData("measure no. 12?", "jincheng-2022-67#measure-12")]
    [InlineData("measure 12 是啥", "jincheng-2022-67#measure-12")] // and answered in Chinese (below)
    [InlineData("第二部分讲了啥", "jincheng-2022-67#leadership")] // the plan's second part: 二、组织领导
    [InlineData("第一部分说的啥", "jincheng-2022-67#goals")]
    public async Task A_measure_asked_about_by_its_number_is_answered_from_that_measure(string question, string clause)
    {
        var result = await Ask(question);

        Assert.True(result.InScope);
        Assert.Equal(clause, result.Citations[0].Id);
    }

    [Fact]
    public async Task A_chinese_question_naming_a_measure_in_english_is_answered_in_chinese()
    {
        var result = await Ask("measure 12 是啥");

        Assert.Equal("zh", result.Language);
    }

    [Fact]
    public async Task A_part_asked_about_by_its_number_is_answered_from_its_sections()
    {
        var result = await Ask("第四部分讲了啥");

        Assert.True(result.InScope);
        Assert.StartsWith("jincheng-2022-67#safeguard-", result.Citations[0].Id, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("第一次被罚能免吗")] // 第一次 is "the first time", not a measure
    [InlineData("第25条说的什么")] // no such measure: left as written
    public async Task Other_ordinals_are_not_measure_numbers(string question)
    {
        var result = await Ask(question);

        Assert.DoesNotContain(result.Citations, c => c.Id == "jincheng-2022-67#measure-1" || c.Id == "jincheng-2022-67#measure-25");
    }

    [Theory]
    [InlineData("增值税免征从哪天开始算", "2022年4月28日", "2022年12月31日")]
    [InlineData("When did the VAT exemption start?", "28 April 2022", "31 December 2022")]
    public async Task Asking_when_a_provision_applies_gives_its_dates_and_how_they_were_read(string question, string from, string until)
    {
        var result = await Ask(question);

        var lines = result.Answer.Split('\n');
        Assert.Contains(lines, l => (l.StartsWith("适用期间：", StringComparison.Ordinal) || l.StartsWith("Applies: ", StringComparison.Ordinal))
            && l.Contains(from, StringComparison.Ordinal) && l.Contains(until, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("说明：", StringComparison.Ordinal) || l.StartsWith("Note: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_time_asked_about_before_a_provisions_start_gets_how_the_start_was_read()
    {
        // No date chosen: the question's own 2022年3月份 is the time answered for.
        var result = await TestBots.Create().AskAsync(new BotRequest("2022年3月份小规模月销售额14万，能免增值税吗", null, null), Cancel);

        Assert.Equal("not_eligible", Assert.Single(result.Eligibility, e => e.Rule == "vat-exemption").Verdict);
        Assert.Contains(result.Answer.Split('\n'), l => l.StartsWith("说明：", StringComparison.Ordinal) && l.Contains("此前的情形以税务部门的规定为准", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_provision_without_an_end_date_says_so_when_asked()
    {
        var result = await Ask("免费刻章有没有截止时间");

        Assert.Contains("本条没有写截止日期", result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("都2026年了，这个22年的文件里还有哪几条没到期、现在还能用？", "没有写截止日期、现在仍在执行的措施：")]
    [InlineData("Is the policy still valid?", "Measures with no end date, still in force:")]
    public async Task Asking_what_is_still_in_force_lists_the_provisions_without_an_end_date_too(string question, string heading)
    {
        var result = await Ask(question);

        var lines = result.Answer.Split('\n');
        Assert.Contains(heading, lines);
        Assert.Contains(result.Citations, c => c.Id == "jincheng-2022-67#measure-17"); // no end date: still in force
        Assert.Contains(result.Eligibility, e => e.Rule == "vat-exemption" && e.Verdict == "expired"); // and what ended
    }

    [Fact]
    public async Task A_provision_asked_about_by_name_is_listed_alone()
    {
        var result = await Ask("Is the first-time no-penalty rule still in force?");

        Assert.DoesNotContain("Measures with no end date, still in force:", result.Answer.Split('\n'));
    }
}
