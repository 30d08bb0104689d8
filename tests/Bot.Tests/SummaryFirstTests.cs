using Policy.Bot.Answering;

namespace Policy.Bot.Tests;

/// <summary>An answer opens with one plain sentence: the staff's summary of the measure it cites, where content has one.</summary>
public class SummaryFirstTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("个体户想创业，有培训吗", "zh")]
    [InlineData("在村里能办个体户登记吗", "zh")]
    [InlineData("有实体店执照了，还能在网上卖东西不", "zh")]
    [InlineData("Can people starting an individual business get training?", "en")]
    public async Task An_information_answer_opens_with_the_cited_measures_summary_in_its_language(string question, string language)
    {
        var result = await TestBots.Create().AskAsync(new BotRequest(question, null, new DateOnly(2026, 11, 30)), Cancel);

        Assert.Equal(language, result.Language);
        var cited = TestBots.Knowledge.Clause(result.Citations[0].Id, language);
        Assert.NotNull(cited?.Summary); // the question reaches a measure staff have summarised
        var firstLine = result.Answer.Split('\n')[0];
        Assert.StartsWith(cited.Summary.TrimEnd('。', '.'), firstLine, StringComparison.Ordinal);
        Assert.Contains("[1]", firstLine, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("众创空间的房租有补贴吗", "zh")]
    [InlineData("店里电费水费太高了，政策管不管", "zh")]
    [InlineData("开饭店要办好几个证，能一起办吗", "zh")]
    [InlineData("Does the policy help with water and electricity bills?", "en")]
    public async Task A_summary_about_another_part_of_the_measure_gives_way_to_the_measures_name(string question, string language)
    {
        var result = await TestBots.Create().AskAsync(new BotRequest(question, null, new DateOnly(2026, 11, 30)), Cancel);

        var cited = TestBots.Knowledge.Clause(result.Citations[0].Id, language);
        Assert.NotNull(cited?.Summary); // the measure has a summary, but it speaks of other things than the question
        var firstLine = result.Answer.Split('\n')[0];
        Assert.DoesNotContain(cited.Summary.TrimEnd('。', '.'), firstLine, StringComparison.Ordinal);
        Assert.Contains(cited.Name, firstLine, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("柔性执法具体指什么")]
    [InlineData("搞专项整治能随便让我关门吗")]
    public async Task A_summary_that_says_what_was_asked_in_other_words_still_opens_the_answer(string question)
    {
        var result = await TestBots.Create().AskAsync(new BotRequest(question, null, new DateOnly(2026, 11, 30)), Cancel);

        var cited = TestBots.Knowledge.Clause(result.Citations[0].Id, "zh");
        Assert.StartsWith(cited!.Summary!.TrimEnd('。'), result.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_summary_the_first_sentence_names_the_measure()
    {
        var result = await TestBots.Create().AskAsync(new BotRequest("怎么鼓励老字号小店加盟连锁经营", null, new DateOnly(2026, 11, 30)), Cancel);

        var cited = TestBots.Knowledge.Clause(result.Citations[0].Id, "zh");
        Assert.Null(cited?.Summary);
        Assert.Contains($"“{cited!.Name}”一项讲到了这一点[1]", result.Answer.Split('\n')[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I am a small-scale VAT taxpayer with monthly sales of 120,000 yuan. Am I exempt from VAT?")]
    [InlineData("Can I still get the rent waiver for a state-owned shop?")]
    public async Task English_reasons_are_separate_sentences(string question)
    {
        var result = await TestBots.Create().AskAsync(new BotRequest(question, null, new DateOnly(2026, 11, 30)), Cancel);

        Assert.NotEmpty(result.Eligibility);
        Assert.DoesNotMatch(@"[a-z0-9)][.;][A-Z]", result.Answer);
    }
}
