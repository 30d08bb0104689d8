using Policy.Bot.Understanding;

namespace Policy.Bot.Tests;

/// <summary>Voice input runs questions together without commas: where one yes/no question ends and the next begins.</summary>
public class QuestionBreaksTests
{
    [Theory]
    [InlineData("增值税能免不房租能减不", new[] { "增值税能免不", "房租能减不" })]
    [InlineData("增值税能免不，房租能减不", new[] { "增值税能免不", "房租能减不" })]
    [InlineData("房租能减不减的话减几个月", new[] { "房租能减不" })] // the condition after the question asks no yes/no of its own
    [InlineData("在镇上村里能办中不中", new[] { "在镇上村里能办中不中" })] // X not X, said whole
    [InlineData("被罚过一次了还能首违不罚吗", new[] { "被罚过一次了还能首违不罚吗" })] // 不 denies the next word
    [InlineData("我是小规模，一个月卖八万", new string[0])] // telling, not asking
    public void Each_yes_or_no_question_is_its_own_clause(string message, string[] questions) =>
        Assert.Equal(questions, QuestionBreaks.YesNoQuestions(message));

    [Fact]
    public async Task Two_questions_run_together_are_both_answered()
    {
        var result = await TestBots.Create().AskAsync(
            new Answering.BotRequest("我在泽州路开了个刀削面馆个体户小规模纳税人这几个月每个月流水都在十六七万左右门面是租的区里国资公司的房子想问下增值税能免不房租能减不减的话减几个月", null, new DateOnly(2022, 7, 15)),
            TestContext.Current.CancellationToken);
        Assert.Contains(result.Eligibility, e => e.Clause == "jincheng-2022-67#measure-5" && e.Verdict == "not_eligible");
        Assert.Contains(result.Eligibility, e => e.Clause == "jincheng-2022-67#measure-8" && e.Verdict == "eligible");
        Assert.DoesNotContain("政策没有写到", result.Answer, StringComparison.Ordinal);
    }
}
