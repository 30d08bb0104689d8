using Policy.Bot.Answering;

namespace Policy.Bot.Tests;

/// <summary>
/// Which sentence of a cited clause is quoted: the one that writes what was asked, in the asker's words or in a staff
/// synonym of them (content/synonyms.yml), not one that shares only function characters with the question.
/// </summary>
public class QuotedSentenceTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<string> QuoteOf(string question, string clause)
    {
        var result = await TestBots.Create().AskAsync(new BotRequest(question, null, new DateOnly(2026, 11, 30)), Cancel);
        return Assert.Single(result.Citations, c => c.Id == clause).Quote;
    }

    [Theory]
    [InlineData("外卖平台抽成都快20%了，另一家平台还逼俺只能在它那上，不让上别家，这合理不，有人管没", "禁止和打击平台强制经营者二选一", "着力规范平台收费行为")]
    [InlineData("我开修鞋的小铺子，上了外卖平台，平台抽成越来越高，还不让我上别家平台，说上了就给我降权", "禁止和打击平台强制经营者二选一", "着力规范平台收费行为")]
    public async Task Two_things_asked_that_one_clause_writes_in_two_sentences_are_both_quoted_in_its_order(string question, string first, string second)
    {
        var quote = await QuoteOf(question, "jincheng-2022-67#measure-16");

        var parts = quote.Split(Citations.Citation.Gap);
        Assert.Equal(2, parts.Length);
        Assert.StartsWith(first, parts[0], StringComparison.Ordinal);
        Assert.StartsWith(second, parts[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("个体户交社保有补贴吗", "加大对个体工商户的稳岗就业补贴力度", "推动个体工商户以及灵活就业人员参加社保")]
    [InlineData("社保有补贴吗？电价能降吗", "加大对个体工商户的稳岗就业补贴力度", "推动降低个体工商户水、电价")]
    public async Task A_clause_with_provisions_is_quoted_twice_when_no_provision_is_answered(string question, string first, string second)
    {
        // Measure 8 also grants the rent waiver; neither sentence is a provision's own, so both may be quoted.
        // "社保有补贴吗？电价能降吗" asks three things of it: the subsidy, social insurance and power prices, one sentence each.
        var parts = (await QuoteOf(question, "jincheng-2022-67#measure-8")).Split(Citations.Citation.Gap);

        Assert.InRange(parts.Length, 2, 3);
        Assert.StartsWith(first, parts[0], StringComparison.Ordinal);
        Assert.StartsWith(second, parts[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(parts, p => p.Contains("减免当年3个月租金", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Do I need to be registered in Jincheng to get these benefits?")]
    [InlineData("Who in Jincheng market regulation do I talk to about all this?")]
    public async Task The_signature_under_the_notice_is_never_quoted(string question)
    {
        var result = await TestBots.Create().AskAsync(new BotRequest(question, null, new DateOnly(2026, 11, 30)), Cancel);

        Assert.DoesNotContain(result.Citations, c => c.Quote is "Jincheng Municipal Administration for Market Regulation" or "28 April 2022");
    }

    [Theory]
    [InlineData("we are from Henan, can my kid go to school in Jincheng?")]
    [InlineData("can my kid go to school here?")]
    public async Task A_child_going_to_school_where_the_parents_work_is_measure_8(string question)
    {
        var result = await TestBots.Create().AskAsync(new BotRequest(question, null, new DateOnly(2026, 11, 30)), Cancel);

        Assert.Equal("jincheng-2022-67#measure-8", result.Citations.First().Id);
        Assert.Contains("children's school enrolment", result.Citations.First().Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_provisions_own_sentence_is_never_quoted_second()
    {
        // The statistics asked about are measure 20's; 营业额 is a word of the VAT provision, whose sentence would be quoted
        // without saying that it ended.
        var result = await TestBots.Create().AskAsync(new BotRequest("最近老有人打电话问俺店里一个月营业额多少、雇了几个人，说是搞个体户统计的。这是哪条政策要求的？是干啥用的", null, new DateOnly(2026, 11, 30)), Cancel);

        Assert.All(result.Citations, c => Assert.DoesNotContain("免征增值税", c.Quote, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("平台抽成太高了有人管吗")] // one thing asked: one sentence
    [InlineData("平台不让上别的平台怎么办")]
    public async Task One_thing_asked_is_one_sentence(string question)
    {
        Assert.DoesNotContain(Citations.Citation.Gap, await QuoteOf(question, "jincheng-2022-67#measure-16"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("平台不让上别的平台怎么办", "jincheng-2022-67#measure-16", "二选一")]
    [InlineData("外卖平台逼着只能上他一家，这合法吗", "jincheng-2022-67#measure-16", "二选一")] // 合法吗 asks whether it is allowed: not the sentence on 违法 fees
    [InlineData("平台给我限流，这合法吗", "jincheng-2022-67#measure-16", "二选一")]
    [InlineData("美团的经理说我要是也上饿了么就给我限流，这合法吗", "jincheng-2022-67#measure-16", "二选一")] // 理 of 经理 weighs half a word: not 合理's sentence
    [InlineData("外卖平台的经理跟我说，上了他们家就不能再上别家，不然给我降权，这合规不？", "jincheng-2022-67#measure-16", "二选一")] // 合规 as 合法; 不能 says, it asks nothing
    [InlineData("招工难，政府能帮忙找人不", "jincheng-2022-67#measure-13", "用工")]
    [InlineData("平台抽成太高了有人管吗", "jincheng-2022-67#measure-16", "平台收费")]
    [InlineData("被罚了款觉得不公平，找哪投诉", "jincheng-2022-67#measure-13", "反馈渠道")]
    [InlineData("能用家里的住址注册个体户吗", "jincheng-2022-67#measure-4", "住所")]
    [InlineData("开个早餐店要跑好几个部门吗", "jincheng-2022-67#measure-3", "一件事一次办")]
    [InlineData("我们是夫妻店，没抵押能贷款吗", "jincheng-2022-67#measure-7", "信用贷款")] // no collateral: the sentence on credit loans
    public async Task A_sentence_that_writes_a_staff_synonym_of_the_question_is_quoted(string question, string clause, string written)
    {
        Assert.Contains(written, await QuoteOf(question, clause), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_askers_own_words_win_over_another_word_of_the_same_synonym_group()
    {
        // 信用贷款 and 创业担保贷款 are both in the loans group; the question names the first.
        Assert.Contains("信用贷款", await QuoteOf("个体户能申请信用贷款吗", "jincheng-2022-67#measure-7"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_negation_in_the_question_still_counts_towards_the_sentence()
    {
        // "落实不好" is about 执行政策不力、落实政策不到位, not the evaluation mechanism beside it.
        Assert.Contains("不力", await QuoteOf("政策落实不好的部门会被问责吗", "jincheng-2022-67#safeguard-4"), StringComparison.Ordinal);
    }
}
