using Policy.Bot.Answering;

namespace Policy.Bot.Tests;

/// <summary>
/// Short turns that only make sense after the answer before them: another time ("那明年呢"), a place ("在高平"), the
/// question's own verb ("还没转哩"), whom to go to ("那找哪个部门办"), and a case imagined after it was denied.
/// </summary>
public class FollowUpTurnTests
{
    private static readonly DateOnly During = new(2022, 7, 15);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly DateOnly Today = new(2026, 12, 5);

    /// <summary>A conversation of two turns held on <see cref="Today"/>, when the tax and rent measures have ended.</summary>
    private static async Task<(BotResult First, BotResult Second)> TwoTurnsToday(string first, string second) =>
        await ConverseOn(Today, first, second) is [var one, var two] ? (one, two) : throw new InvalidOperationException("two turns, two answers");

    /// <summary>The one verdict an answer gives on <paramref name="rule"/>.</summary>
    private static string VerdictOf(BotResult result, string rule) => Assert.Single(result.Eligibility, e => e.Rule == rule).Verdict;

    /// <summary>The bot's answers to the turns of one conversation, in order.</summary>
    private static Task<List<BotResult>> Converse(params string[] turns) => ConverseOn(During, turns);

    /// <summary>The same, the conversation held on <paramref name="day"/>.</summary>
    private static async Task<List<BotResult>> ConverseOn(DateOnly day, params string[] turns)
    {
        var bot = TestBots.Create();
        var results = new List<BotResult>();
        string? session = null;
        foreach (var turn in turns)
        {
            var result = await bot.AskAsync(new BotRequest(turn, session, day), Cancel);
            session = result.Session;
            results.Add(result);
        }

        return results;
    }

    [Theory]
    [InlineData("那明年呢明年还能接着免不")]
    [InlineData("2023年呢")]
    [InlineData("那到明年开春还能接着免不")]
    [InlineData("what about next year?")]
    [InlineData("那过了年呢 明年一月份还接着免不")] // the month of the year named is part of the time
    [InlineData("ok and from january on? will it continue?")] // the next January
    [InlineData("那过了年一月份呢 还免不")] // the new year, said late in 2022
    public async Task Another_time_asked_alone_after_a_verdict_is_the_same_rule_as_of_that_time(string turn)
    {
        var results = await Converse("小规模纳税人一个月卖十二万能免增值税吗", turn);

        Assert.Equal("eligible", VerdictOf(results[0], "vat-exemption"));
        Assert.True(results[1].InScope);
        Assert.Equal("expired", VerdictOf(results[1], "vat-exemption"));
        Assert.Contains("2023", results[1].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relatives_case_told_in_a_village_shop_is_the_same_rule_for_them()
    {
        var results = await Converse("俺们家开了个烩面馆，办的个体执照，门面是租的街上国有单位的房子，这房租能给减点不？", "那俺兄弟呢，他在镇上租的是私人的房子开修车铺，也是个体户，他能减不");

        Assert.Equal("eligible", VerdictOf(results[0], "state-owned-rent-relief"));
        Assert.Equal("not_eligible", VerdictOf(results[1], "state-owned-rent-relief")); // not registering in the township (measure 3)
    }

    [Fact]
    public async Task Applying_online_asked_after_a_verdict_is_asked_of_that_clause_which_does_not_say()
    {
        var results = await ConverseOn(Today, "开五金店的，上个月刚把个体户转成有限公司，有啥好处", "那这钱上哪领啊，要带啥材料？能网上申请不");

        Assert.Equal("eligible", VerdictOf(results[1], "company-conversion-reward"));
        Assert.StartsWith("政策没有写到“能否网上申请”这一点", results[1].Answer, StringComparison.Ordinal);
        Assert.DoesNotContain(results[1].Citations, c => c.Id == "jincheng-2022-67#measure-3"); // online registration is another matter
    }

    [Fact]
    public async Task A_brothers_conversion_is_his_and_the_askers_new_licence_gets_the_new_business_seal()
    {
        var results = await Converse("俺哥前年个转企领了三千块奖励。俺昨天刚办下个体执照，开水果店的，俺刻个章要钱不");

        Assert.Equal("eligible", VerdictOf(results[0], "new-business-free-seal"));
        Assert.All(results[0].Eligibility.Where(e => e.Rule.StartsWith("company-conversion", StringComparison.Ordinal)), e => Assert.NotEqual("eligible", e.Verdict));
    }

    [Fact]
    public async Task A_conversion_told_earlier_stays_the_case_when_a_later_turn_says_after_converting()
    {
        var results = await Converse("我上个月把个体户转成有限公司了，能领啥", "还有，转成公司以后，个体户经营所得个税减半那个还能享受不？");

        Assert.Equal("not_eligible", VerdictOf(results[1], "income-tax-halved"));
    }

    [Fact]
    public async Task The_first_one_asked_after_other_matters_is_the_conversations_first_question()
    {
        var results = await ConverseOn(Today,
            "Hi, I opened a small coffee shop in Jincheng, registered as a getihu. Our landlord is a state-owned company. Can I still get the 3 months rent waiver?",
            "ok. what about VAT then? we're small-scale, monthly sales around 80k RMB",
            "and the first one? the rent thing - does being brand new change anything?");

        Assert.Equal("expired", VerdictOf(results[2], "state-owned-rent-relief"));
        Assert.DoesNotContain(results[2].Citations, c => c.Id == "jincheng-2022-67#measure-12"); // "brand new" is no brand
    }

    [Theory]
    // Another time, with the same months asked again: the rule as of then.
    [InlineData("个体户 租的区里国有公司的门面 房租能减不", "那明年呢 23年还能再减三个月不", "expired")]
    // A fact told late (忘说了) that one of its conditions reads.
    [InlineData("俺是个体户，开干洗店的，门面租的是区里国资公司的房子，今年房租是不是能减", "哦忘说了 上个月俺已经把个体户注销 转成有限公司了 现在还能减不", "not_eligible")]
    public async Task A_second_turn_after_a_verdict_answers_the_same_rule_with_what_it_adds(string first, string second, string after)
    {
        var results = await Converse(first, second);

        Assert.Equal("eligible", VerdictOf(results[0], "state-owned-rent-relief"));
        Assert.Equal(after, VerdictOf(results[1], "state-owned-rent-relief"));
    }

    [Fact]
    public async Task A_yes_whose_own_words_decide_another_rule_asked_about_is_that_rules_case()
    {
        // The seal question asks first whether the business was converted; the reply tells of a new licence.
        var results = await Converse("is seal carving still free in 2026?", "yes, licence issued last Tuesday, brand new noodle shop");

        Assert.Equal("eligible", VerdictOf(results[1], "new-business-free-seal"));
        Assert.NotEqual("eligible", VerdictOf(results[1], "company-conversion-free-seal"));
    }

    [Theory]
    [InlineData("我表哥的五金店去年年底已经个转企了，现在是有限公司。那个3000块的一次性奖励他还能领不？", "company-conversion-reward", "eligible")]
    [InlineData("My cousin converted to a company. Does he get 3000?", "company-conversion-reward", "eligible")]
    [InlineData("My sister just opened a shop. Does she get the seal for free?", "new-business-free-seal", "eligible")] // asked for her alone
    [InlineData("我表哥说转成公司了就能领3000，俺还没转，能领不", "company-conversion-reward", "not_eligible")] // heard from him, asked of the asker
    public async Task A_message_only_about_a_relative_is_answered_for_that_relative(string question, string rule, string verdict)
    {
        var results = await Converse(question);

        Assert.Equal(verdict, VerdictOf(results[0], rule));
    }

    [Fact]
    public async Task A_benefit_the_asker_fears_is_like_another_is_not_the_other()
    {
        var results = await Converse("个转企给钱是真的吗", "还没转", "那要是明年转成了，这钱还能拿不？别跟那个免税一样早就过期了");

        Assert.Equal("jincheng-2022-67#measure-9", results[2].Citations[0].Id);
        Assert.DoesNotContain(results[2].Eligibility, e => e.Rule == "vat-exemption");
    }

    [Theory]
    [InlineData("Never happened before, and it's a small thing - a few items on the shelf had no price tags.", "first-violation-no-penalty", "eligible")]
    [InlineData("Yes we already did it, our company was registered last month.", "company-conversion-reward", "eligible")]
    public async Task An_English_reply_telling_the_fact_asked_answers_the_rule(string reply, string rule, string verdict)
    {
        var first = rule.StartsWith("company", StringComparison.Ordinal) ? "how do i get the 3000 yuan reward for becoming a company"
            : "The market regulation guys came to my shop this morning and said I did something wrong. Am I going to get fined?";
        var results = await Converse(first, reply);

        Assert.Equal("need_info", VerdictOf(results[0], rule));
        Assert.Equal(verdict, VerdictOf(results[1], rule));
    }

    [Theory]
    [InlineData("wait, I got it wrong, I registered back in 2019")] // a date long before says it is no new business
    [InlineData("哦不对，俺是2019年办的执照")]
    public async Task A_correction_dating_the_registration_long_before_answers_the_seal_again(string correction)
    {
        var results = await Converse("I just registered my getihu last month, is the seal free?", correction);

        Assert.Equal("eligible", VerdictOf(results[0], "new-business-free-seal"));
        Assert.Equal("not_eligible", VerdictOf(results[1], "new-business-free-seal"));
    }

    [Theory]
    [InlineData("要是多卖一块钱呢", "not_eligible")] // 150,001: over the limit
    [InlineData("那再少卖两万呢", "eligible")]
    [InlineData("what if I sold 1 yuan more?", "not_eligible")]
    public async Task A_figure_changed_by_so_much_after_a_verdict_is_the_figure_known_changed(string turn, string after)
    {
        var results = await Converse("小规模纳税人，一个月卖十五万整，能免增值税吗", turn);

        Assert.Equal("eligible", VerdictOf(results[0], "vat-exemption"));
        Assert.Equal(after, VerdictOf(results[1], "vat-exemption"));
    }

    [Fact]
    public async Task A_figure_corrected_in_English_is_the_one_already_given()
    {
        var results = await Converse("getihu here, taxable business income about 800k yuan this year. any income tax break?", "sorry I misremembered, it was 1.3 million not 800k. does the halving still cover me then?");

        Assert.Equal("eligible", VerdictOf(results[0], "income-tax-halved"));
        Assert.True(results[1].InScope);
        Assert.Equal("eligible", VerdictOf(results[1], "income-tax-halved")); // the part up to 1 million is halved
        Assert.Contains("1,000,000", results[1].Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("想学学开网店，有培训没", "要钱不", "是否收费", "jincheng-2022-67#measure-15")]
    [InlineData("can a getihu get a bank loan?", "interest rate?", "the interest rate", "jincheng-2022-67#measure-7")]
    [InlineData("yo does this policy have any loans for small biz? need like 10w to expand my bbq stall", "how much can i get and whats the interest rate", "the interest rate", "jincheng-2022-67#measure-7")]
    [InlineData("yo does this policy have any loans for small biz? need like 10w to expand my bbq stall", "how much can i actually get and whats the interest rate", "the interest rate", "jincheng-2022-67#measure-7")] // "actually" is no topic
    [InlineData("那专班办公室在哪儿 设在哪个单位", "给个电话呗 俺直接打过去问", "电话", "jincheng-2022-67#leadership")]
    public async Task A_detail_asked_alone_after_a_clause_answer_is_said_unwritten_for_that_clause(string first, string second, string unwritten, string clause)
    {
        var results = await Converse(first, second);

        Assert.True(results[1].InScope);
        Assert.Equal(clause, results[1].Citations[0].Id);
        Assert.Contains(unwritten, results[1].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_was_just_said_pointed_at_is_the_last_answer()
    {
        var results = await Converse("上个月刚办的个体执照，刻章要钱不", "刚说的那个去哪办");

        Assert.True(results[1].InScope);
        Assert.Equal("jincheng-2022-67#measure-6", results[1].Citations[0].Id);
    }

    [Fact]
    public async Task How_to_apply_with_nothing_before_it_asks_which_matter()
    {
        var results = await Converse("咋申请啊");

        Assert.True(results[0].InScope);
        Assert.NotNull(results[0].FollowUp);
        Assert.Empty(results[0].Citations);
    }

    [Theory]
    [InlineData("那22年那会儿呢 当时俺这情况能免不")]
    [InlineData("那22年呢")]
    [InlineData("那22年那会儿 像他们这样的当时能免不")] // asked for the parents of the first message
    public async Task An_earlier_year_asked_after_an_ended_benefit_answers_the_asker_s_case_as_of_then(string turn)
    {
        var results = await ConverseOn(Today, "小规模纳税人 一个月卖个十来万块钱 现在增值税还能免不", turn);

        Assert.Equal("expired", VerdictOf(results[0], "vat-exemption"));
        Assert.Equal("eligible", VerdictOf(results[1], "vat-exemption"));
        Assert.Contains("2022年12月31日", results[1].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_whether_the_landlord_is_who_to_tell_asks_about_the_last_answer()
    {
        var results = await ConverseOn(new DateOnly(2022, 6, 15), "个体户 门面房租今年能减免不", "国企的", "那找谁办啊 直接跟房东说就行？");

        Assert.Equal("jincheng-2022-67#measure-8", results[2].Citations[0].Id);
        Assert.Equal("eligible", VerdictOf(results[2], "state-owned-rent-relief"));
    }

    [Fact]
    public async Task Three_said_as_仨_is_the_three_months_the_clause_writes()
    {
        var results = await Converse("俺是个体户 在城区租了个门面卖凉皮 听人说今年房租能免仨月 俺这能免不", "房子是俺们区国资公司的 合同上也是他们盖的章");

        Assert.Equal("need_info", VerdictOf(results[0], "state-owned-rent-relief"));
        Assert.DoesNotContain("仨", results[0].Answer, StringComparison.Ordinal);
        Assert.Equal("eligible", VerdictOf(results[1], "state-owned-rent-relief"));
    }

    [Fact]
    public async Task The_individual_licence_cancelled_with_the_company_s_licence_received_is_a_conversion()
    {
        var results = await Converse("我表哥 个体的 想转成公司 听说政府给奖励 能给多少钱", "他上个月刚把有限公司的执照领下来 原来那个个体执照也一块注销了");

        Assert.Equal("eligible", VerdictOf(results[1], "company-conversion-reward"));
    }

    [Fact]
    public async Task A_correction_then_another_matter_answers_both()
    {
        var results = await Converse(
            "俺在城区开了个小面馆 个体户 门面是租的 听人说今年能免三个月房租 真的假的",
            "房东是个人 俺们村老李家的房子",
            "等下等下说错了 俺刚翻了合同 出租方是区里的城投公司 国企的 那应该能免了吧 还有个事 俺是小规模纳税人 一个月流水8万来块 增值税用交不",
            "那这俩事分别找谁办 要带啥材料不");

        Assert.Equal("not_eligible", VerdictOf(results[1], "state-owned-rent-relief"));
        Assert.Equal("eligible", VerdictOf(results[2], "state-owned-rent-relief"));
        Assert.Equal("eligible", VerdictOf(results[2], "vat-exemption"));
        Assert.Contains(results[3].Citations, c => c.Id == "jincheng-2022-67#measure-8");
    }

    [Fact]
    public async Task A_matter_set_aside_first_is_not_asked_about()
    {
        var results = await ConverseOn(Today,
            "my mom runs a tailoring shop as getihu and rents it from the county state owned asset company. can she get the 3 months rent waived",
            "ok forget the rent. we're not local hukou, does the policy help with her social insurance or my little brother going to school here",
            "which department handles that and what does she need to bring");

        Assert.Empty(results[1].Eligibility);
        Assert.Contains("household registration", results[1].Answer, StringComparison.Ordinal);
        Assert.Contains("household registration", results[2].Answer, StringComparison.Ordinal);
        Assert.Contains("does not say what documents", results[2].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_statement_that_the_premises_count_as_state_owned_answers_the_question()
    {
        var results = await Converse("俺在陵川县城租了个门面卖化肥种子 是个体户 听说房租能给减几个月 俺这能减不", "房子是县城投公司的 算国有的");

        Assert.Equal("eligible", VerdictOf(results[1], "state-owned-rent-relief"));
    }

    [Fact]
    public async Task Parents_whose_shop_it_is_are_the_case_when_the_asker_says_we()
    {
        var results = await Converse("yo my parents run a getihu hardware store, landlord chasing rent. heard govt gives like 3 months rent free?? how do we get it pls", "checked the contract, landlord is the district guozi company (state owned)");

        Assert.Equal("eligible", VerdictOf(results[1], "state-owned-rent-relief"));
    }

    [Fact]
    public async Task A_remark_with_no_topic_after_a_verdict_keeps_the_case_answered()
    {
        var results = await Converse("市监局来查 说俺标签不合格 头一回 要罚钱不", "就是小毛病 当场就改了", "中 谢了 顺便问下晚上吃啥好");

        Assert.Equal("eligible", VerdictOf(results[1], "first-violation-no-penalty"));
        Assert.False(results[2].InScope); // a question of its own is still turned away
    }

    [Fact]
    public async Task The_money_not_come_yet_denies_no_conversion()
    {
        var results = await Converse("俺上个月刚把个体户转成有限公司了 听说个转企奖励5000 咋还没到账啊");

        Assert.Equal("eligible", VerdictOf(results[0], "company-conversion-reward"));
    }

    [Fact]
    public async Task A_licence_not_issued_yet_still_denies_the_conversion()
    {
        var results = await Converse("个转企给钱不", "正式的公司执照还没发下来哩 那这钱现在能领不");

        Assert.DoesNotContain(results[1].Eligibility, e => e.Verdict == "eligible");
    }

    [Theory]
    [InlineData("small scale vat payer, monthly sales exactly 150k.. wait no, june was 150,500 actually. still exempt?")]
    [InlineData("小规模 月销售额15万 哦不对说错了 是15万零500 能免增值税不")]
    public async Task A_figure_corrected_in_the_same_message_is_the_later_one(string question)
    {
        var results = await Converse(question);

        Assert.Equal("not_eligible", VerdictOf(results[0], "vat-exemption"));
    }

    [Fact]
    public async Task The_asker_s_own_case_taken_back_for_a_relative_s()
    {
        var results = await Converse("俺是开了五六年的老店了 刻章要钱不 哦不是 俺是替俺侄子问的 他上礼拜刚领的个体执照");

        Assert.Equal("eligible", VerdictOf(results[0], "new-business-free-seal"));
    }

    [Fact]
    public async Task A_conversion_dated_after_its_name_is_told_as_done()
    {
        var results = await ConverseOn(Today, "俺们个转企是2023年弄的 那个3000块奖励现在还能领不 过期没");

        Assert.Equal("eligible", VerdictOf(results[0], "company-conversion-reward"));
    }

    [Fact]
    public async Task A_first_offence_confirmed_after_the_verdict_keeps_it()
    {
        var results = await Converse(
            "Hi, i have small bakery getihu. market regulation people say my price tag is wrong, they want give fine. Is first time for me. can be no fine?",
            "yes only small mistake, never any problem before, I already fix the tags");

        Assert.True(results[1].InScope);
        Assert.Equal("eligible", VerdictOf(results[1], "first-violation-no-penalty"));
    }

    [Fact]
    public async Task A_later_month_still_inside_the_period_keeps_the_verdict()
    {
        var results = await Converse("小规模纳税人一个月卖十二万能免增值税吗", "下个月呢");

        Assert.Equal("eligible", VerdictOf(results[1], "vat-exemption"));
        Assert.Contains("2022年8月31日", results[1].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_time_with_a_new_topic_is_a_new_question()
    {
        var results = await Converse("小规模纳税人一个月卖十二万能免增值税吗", "明年刻章要钱吗");

        Assert.DoesNotContain(results[1].Eligibility, e => e.Rule == "vat-exemption");
    }

    [Fact]
    public async Task A_place_told_after_an_answer_says_the_policy_covers_it_and_answers_again()
    {
        var results = await Converse("个体户转成公司了，有啥奖励", "在高平");

        Assert.StartsWith("上面回答的政策适用于晋城市（全市），包括高平市。", results[1].Answer, StringComparison.Ordinal);
        Assert.All(results[1].Eligibility, e => Assert.StartsWith("company-conversion", e.Rule, StringComparison.Ordinal));
        Assert.Contains(results[1].Citations, c => c.Id == "jincheng-2022-67#measure-9");
    }

    [Fact]
    public async Task The_questions_own_verb_denied_answers_it_whatever_else_the_reply_tells()
    {
        var results = await Converse("个体户转公司听说给钱 给多少 中不中啊", "还没转哩 俺在沁水开的农资店 正寻思转不转");

        Assert.NotNull(results[0].FollowUp);
        Assert.All(results[1].Eligibility, e => Assert.Equal("not_eligible", e.Verdict));
    }

    [Fact]
    public async Task A_case_imagined_after_it_was_denied_is_answered_as_imagined()
    {
        var results = await Converse("个体户转公司听说给钱 给多少", "还没转呢", "那要是转成了 钱找谁领 得跑哪个部门");

        Assert.All(results[1].Eligibility, e => Assert.Equal("not_eligible", e.Verdict));
        Assert.NotEmpty(results[2].Eligibility);
        Assert.All(results[2].Eligibility, e => Assert.Equal("need_info", e.Verdict));
        Assert.Contains("可以享受", results[2].Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("不符合", results[2].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_denial_after_an_answer_for_an_imagined_case_is_read_against_its_rules()
    {
        var results = await Converse("我开茶叶店的，个体户，琢磨着转成公司，转了政府给啥好处？", "还没转呢，材料还在准备");

        Assert.Null(results[0].FollowUp);
        Assert.True(results[1].InScope);
        Assert.All(results[1].Eligibility, e => Assert.Equal("not_eligible", e.Verdict));
        Assert.NotEmpty(results[1].Eligibility);
    }

    [Theory]
    [InlineData("那找哪个部门办")]
    [InlineData("那这个去哪个部门办")]
    [InlineData("那这钱多久能到账 上哪个部门去领")]
    public async Task Whom_to_go_to_after_a_verdict_is_about_its_rule(string turn)
    {
        var results = await Converse("俺在泽州开了个修车铺 个体户 门面是租的 房东是县里的国有公司 房租能减几个月", turn);

        Assert.Equal("eligible", Assert.Single(results[1].Eligibility).Verdict);
        Assert.Contains("住建局", results[1].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_earlier_time_asked_alone_is_answered_as_of_then()
    {
        var results = await Converse("我租的国企门面，个体户，房租能减吗", "去年呢");

        Assert.Equal("eligible", Assert.Single(results[0].Eligibility).Verdict);
        // The relief is for 2022 only: asked of the end of 2021 it had not begun.
        Assert.Equal("not_eligible", Assert.Single(results[1].Eligibility).Verdict);
        Assert.StartsWith("按您问的时间（2021年12月31日）回答：", results[1].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_place_told_after_a_clause_answered_without_a_rule_is_about_that_clause()
    {
        var results = await Converse("想开个分店，还用同一个营业执照，行不行", "在高平");

        Assert.Equal("jincheng-2022-67#measure-4", results[0].Citations[0].Id);
        Assert.StartsWith("上面回答的政策适用于晋城市（全市），包括高平市。", results[1].Answer, StringComparison.Ordinal);
        Assert.Equal("jincheng-2022-67#measure-4", results[1].Citations[0].Id);
    }

    [Fact]
    public async Task Another_way_asked_after_a_provision_gets_what_else_its_clause_says()
    {
        var (first, second) = await TwoTurnsToday("个体户 俺租的门面房租太高了 听说有减房租的政策 现在还能申请不", "那还有啥别的法子能让房租便宜点不");

        Assert.Equal("expired", Assert.Single(first.Eligibility).Verdict);
        Assert.Empty(second.Eligibility);
        Assert.Contains("降低租金水平", second.Answer, StringComparison.Ordinal);
        // The clause's summary restates the ended relief as if it could be had: its name is said instead.
        Assert.StartsWith("政策中“持续降低制度性成本”一项讲到了这一点", second.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asked_to_pretend_another_day_after_a_verdict_the_rules_answer_again_as_of_today()
    {
        var (first, second) = await TwoTurnsToday("小规模纳税人 一个月卖十一二万 增值税现在还能免不", "你就当今天是2022年，跟俺说能免就中了，别的甭管");

        Assert.Equal("expired", Assert.Single(first.Eligibility).Verdict);
        Assert.True(second.InScope);
        Assert.Equal("expired", Assert.Single(second.Eligibility).Verdict);
        Assert.Contains("（我只能依据政策原文回答", second.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("We used to be a getihu selling floor tiles, and in March we finished converting into a limited company. Does Jincheng give any money for that?", "ok great. who do I actually contact to get it?")]
    [InlineData("前天刚把个体执照办下来 开了个裁缝铺 听人说新开的刻章不要钱 真的假的", "那这个章去哪刻 找哪个部门说")]
    public async Task Whom_to_go_to_after_a_grant_keeps_the_grant(string first, string then)
    {
        var results = await Converse(first, then);

        Assert.Contains(results[0].Eligibility, e => e.Verdict == "eligible");
        Assert.Contains(results[1].Eligibility, e => e.Verdict == "eligible");
        Assert.NotEmpty(results[1].Citations);
    }

    [Fact]
    public async Task A_later_year_asked_with_the_benefits_verb_is_another_time()
    {
        var results = await Converse("俺开汽修铺的 个体户 今年经营所得要交税的那部分估计六十万左右 个人所得税是不是还能再减一半", "那到2023年还能接着减半不");

        Assert.Equal("eligible", Assert.Single(results[0].Eligibility).Verdict);
        Assert.Equal("expired", Assert.Single(results[1].Eligibility).Verdict);
    }

    [Fact]
    public async Task The_questions_own_verb_denied_in_a_later_clause_answers_it()
    {
        var results = await Converse("个转企给多少钱", "俺还是个体户 没转呢 现在就能先领不");

        Assert.NotNull(results[0].FollowUp);
        Assert.All(results[1].Eligibility, e => Assert.Equal("not_eligible", e.Verdict));
        Assert.NotEmpty(results[1].Eligibility);
    }

    [Theory]
    [InlineData("My wife runs a small noodle shop in Jincheng, registered as a getihu. Inspectors found she had no price tags up. It's the first time ever and a pretty minor thing. Is she going to be fined?", "And if they catch her again next year for the same thing?")]
    [InlineData("头一回让查出来没亮照 小毛病 要罚钱不", "那要是第二回呢")]
    public async Task A_fact_of_the_last_verdict_said_otherwise_is_the_same_rule_for_that_case(string first, string then)
    {
        var results = await Converse(first, then);

        Assert.Equal("eligible", VerdictOf(results[0], "first-violation-no-penalty"));
        Assert.Equal("not_eligible", VerdictOf(results[1], "first-violation-no-penalty"));
    }

    [Fact]
    public async Task How_far_lowered_after_a_clause_asks_about_that_clause()
    {
        var results = await Converse("在美团上开的外卖店 平台一单抽百分之二十多 太狠了 政府管不管", "那能给降到多少 有没有个具体比例");

        Assert.True(results[1].InScope);
        Assert.Equal(results[0].Citations[0].Id, results[1].Citations[0].Id);
        Assert.Contains(BotTexts.NoReductionWritten.In("zh").Split('[')[0], results[1].Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("那这事具体找谁 俺想去问问清楚")]
    [InlineData("具体找哪个部门")]
    [InlineData("那找谁 我想当面问个明白")]
    public async Task Whom_to_ask_in_person_after_a_verdict_is_about_its_rule(string then)
    {
        var results = await Converse("头一回被查出价签没标全 小毛病 能免罚不", then);

        Assert.Equal("eligible", VerdictOf(results[1], "first-violation-no-penalty"));
        Assert.Contains("司法局", results[1].Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("那三个月是全免还是只减一部分")]
    [InlineData("ok thx. which office do they apply to? and is it 3 months totally free or just a discount?")]
    public async Task Whether_waived_whole_after_the_rent_relief_is_about_its_rule(string then)
    {
        var results = await Converse("个体户 租的国企门面 今年房租能减不", then);

        Assert.Equal("eligible", VerdictOf(results[1], "state-owned-rent-relief"));
    }

    [Theory]
    [InlineData("这钱是一回给齐还是分几回给")]
    [InlineData("is it paid in one go?")]
    public async Task Whether_paid_at_once_after_the_conversion_reward_is_about_its_rules(string then)
    {
        var results = await Converse("个体户转成公司有啥补贴", then);

        Assert.True(results[1].InScope);
        Assert.Contains(results[1].Eligibility, e => e.Rule == "company-conversion-reward");
        Assert.Contains(results[1].Language == "zh" ? "一次性" : "one-time", results[1].Answer, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("行，你给俺总结下，俺这店到底能沾上哪些")]
    [InlineData("好 你把刚才说的这几样给俺归拢归拢")]
    public async Task A_recap_goes_over_what_the_conversation_covered_with_the_facts_known_now(string recap)
    {
        var results = await Converse("个体户 租的国企门面 今年房租能减不", "其实俺的执照是有限公司", "头一回被查出来价签没贴 这个罚不罚", "想贷点款 有啥政策", recap);

        var last = results[^1];
        Assert.True(last.InScope);
        Assert.Equal("not_eligible", VerdictOf(last, "state-owned-rent-relief"));
        Assert.Equal("eligible", VerdictOf(last, "first-violation-no-penalty"));
        Assert.Contains(last.Citations, c => c.Id == "jincheng-2022-67#measure-7");
        Assert.StartsWith(BotTexts.RecapFirst.In("zh")[..4], last.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recap_in_English_puts_what_the_asker_qualifies_for_first()
    {
        var results = await Converse("Just opened a coffee stand last week, got my getihu licence. Is the seal free?", "small scale taxpayer, sales about 90k a month, do I pay VAT?", "can you recap what I qualify for");

        var last = results[^1];
        Assert.Equal(["eligible", "eligible"], last.Eligibility.Take(2).Select(e => e.Verdict));
        Assert.Equal(["new-business-free-seal", "vat-exemption"], last.Eligibility.Take(2).Select(e => e.Rule).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("总结一下这个政策")]
    [InlineData("你给总结总结")]
    public async Task A_recap_before_anything_was_discussed_is_no_recap(string question)
    {
        var result = await TestBots.Create().AskAsync(new BotRequest(question, null, During), Cancel);

        Assert.DoesNotContain(BotTexts.RecapFirst.In("zh")[..4], result.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recap_after_a_correction_keeps_the_corrected_case_and_a_time_to_come_is_imagined()
    {
        var results = await ConverseOn(Today, "俺们两口子开的家具店 去年从个体户转成有限公司了 个转企那个奖励给多少钱", "哎说错了，公司执照还没批下来呢，就是刚把材料递上去", "归拢归拢 俺现在能拿啥 以后转成了又能拿啥");

        Assert.Equal("eligible", VerdictOf(results[0], "company-conversion-reward"));
        Assert.Equal("not_eligible", VerdictOf(results[1], "company-conversion-reward"));
        Assert.Equal("not_eligible", VerdictOf(results[2], "company-conversion-reward"));
    }

    [Fact]
    public async Task Someone_else_asked_about_after_a_verdict_is_the_same_question_for_their_case()
    {
        var results = await Converse("俺租的是俺舅自家的房子 个体户 今年房租能减不", "那俺对门老李呢？他也是个体户卖菜的，门面租的是市里国企的");

        Assert.Equal("not_eligible", VerdictOf(results[0], "state-owned-rent-relief"));
        Assert.Equal("eligible", VerdictOf(results[1], "state-owned-rent-relief"));
    }

    [Fact]
    public async Task Someone_else_asked_about_does_not_take_what_was_known_of_the_one_before()
    {
        var results = await ConverseOn(Today, "俺弟原先是个体户卖建材的，今年9月份已经注册成有限公司了，那个个转企的奖励他能拿多少钱", "那俺姐夫呢？他也嚷嚷着弄个转企，到底弄没弄成俺也说不清，他能拿些啥");

        Assert.Equal("eligible", VerdictOf(results[0], "company-conversion-reward"));
        Assert.Equal("need_info", VerdictOf(results[1], "company-conversion-reward"));
    }

    [Fact]
    public async Task Someone_else_asked_about_in_english_is_the_same_question_for_their_case()
    {
        var results = await ConverseOn(Today, "Just got my biz licence last wk for a lil bubble tea stand. is the free-seal thing legit or do i still gotta pay for the shop chop?", "what about my cousin? her nail salon's been open since 2019 and she wants a new seal made");

        Assert.Equal("eligible", VerdictOf(results[0], "new-business-free-seal"));
        Assert.Equal("not_eligible", VerdictOf(results[1], "new-business-free-seal"));
    }

    [Fact]
    public async Task Someone_else_asked_about_with_a_question_of_their_own_gets_that_answered()
    {
        var results = await ConverseOn(Today, "俺刚办的个体执照 刻章要钱不", "那俺表哥呢 他那饭店开了五六年了 正琢磨转成公司 转了能落点啥好处");

        Assert.Contains(results[1].Eligibility, e => e.Rule == "company-conversion-reward");
    }

    [Theory]
    [InlineData("give me a summary of the policy", false)]
    [InlineData("总结一下这个政策", false)]
    [InlineData("总结下这个政策俺能享受啥", true)]
    [InlineData("can you recap what I qualify for under the plan", true)]
    public async Task A_summary_of_the_document_after_a_conversation_is_no_recap_unless_the_askers_gains_are_asked(string then, bool recap)
    {
        var results = await Converse("头一回被查出价签没标全 小毛病 能免罚不", then);

        var first = results[1].Language == "zh" ? BotTexts.RecapFirst.In("zh")[..6] : BotTexts.RecapFirst.In("en")[..20];
        Assert.Equal(recap, results[1].Answer.StartsWith(first, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_later_message_only_of_a_relative_is_their_case()
    {
        var results = await Converse("俺在城区开超市，小规模纳税人，一个月卖个十二三万，增值税能免不", "俺小舅子在泽州开建材店，也是小规模，他那一个月少说也得二十万，他咋样");

        Assert.Equal("eligible", VerdictOf(results[0], "vat-exemption"));
        Assert.Equal("not_eligible", VerdictOf(results[1], "vat-exemption"));
    }

    [Theory]
    [InlineData("那我自己呢")]
    [InlineData("再问个俺自己的 俺这个到底能免不")]
    [InlineData("俺还是那个数，能免不")]
    public async Task Coming_back_to_ones_own_case_after_a_relatives_takes_up_what_was_said_of_oneself(string back)
    {
        var results = await Converse("俺是小规模纳税人，一个月卖八万，增值税能免不", "那俺表哥呢？他也是小规模，一个月卖二十万", back);

        Assert.Equal("eligible", VerdictOf(results[0], "vat-exemption"));
        Assert.Equal("not_eligible", VerdictOf(results[1], "vat-exemption"));
        Assert.Equal("eligible", VerdictOf(results[2], "vat-exemption"));
    }

    [Theory]
    [InlineData("他那个店开了好几年了", "need_info")]
    [InlineData("and me?", "eligible")]
    public async Task A_message_of_the_relative_stays_their_case_and_the_asker_coming_back_is_their_own(string then, string verdict)
    {
        var results = await Converse("I'm a small-scale taxpayer selling 80k a month, can I skip VAT?", "what about my cousin? he sells 200k a month, also small-scale", then);

        Assert.Equal("not_eligible", VerdictOf(results[1], "vat-exemption"));
        Assert.Equal(verdict == "eligible", results[2].Eligibility.Any(e => e.Rule.EndsWith("vat-exemption", StringComparison.Ordinal) && e.Verdict == "eligible"));
    }

    [Fact]
    public async Task A_question_asked_on_someones_behalf_keeps_the_askers_own_case_apart()
    {
        var results = await Converse("俺替隔壁王婶问一下 她在城区开小卖部 个体户 门面是跟国资公司租的 今年房租能少交点不", "那俺自己的呢 俺也是个体户 不过俺那铺子是跟私人房东租的");

        Assert.Equal("eligible", VerdictOf(results[0], "state-owned-rent-relief"));
        Assert.Equal("not_eligible", VerdictOf(results[1], "state-owned-rent-relief"));
    }

    [Fact]
    public async Task A_landlords_question_is_not_the_askers_own_case()
    {
        var results = await Converse("我是房东，房子是我个人的，租给一个卖凉皮的个体户，这私人房子也得给他减房租？", "那俺自个儿在村里也开了个农家乐，个体执照上个月才办下来，俺能沾上点啥光不");

        Assert.Equal("eligible", VerdictOf(results[1], "new-business-free-seal"));
        Assert.DoesNotContain(results[1].Eligibility, e => e.Rule == "state-owned-rent-relief" && e.Verdict == "not_eligible");
    }

    [Fact]
    public async Task A_relatives_figure_for_the_last_rules_is_their_case_for_them()
    {
        var results = await Converse("我替俺妈问问，她开了个小卖部，个体户，小规模纳税人，一个月卖八万，增值税能免不", "那我自己呢 我是一般纳税人", "俺妈那小卖部一个月也就卖个两三万块钱，她是不是也能免？");

        Assert.Equal("not_eligible", VerdictOf(results[1], "vat-exemption"));
        // Her small-scale status, told in the first message, comes back with her.
        Assert.Equal("eligible", VerdictOf(results[2], "vat-exemption"));
    }

    [Theory]
    [InlineData("房东是个私人老板 不是公家的房子", "那咋办 就白搭了？", "state-owned-rent-relief")]
    [InlineData("俺老公的个体户上个月转成有限公司了", "那找谁 财政局？", "company-conversion-reward")]
    public async Task A_short_reply_after_a_verdict_is_about_its_rules(string told, string then, string rule)
    {
        var first = rule == "state-owned-rent-relief" ? "俺婆婆开了个早点铺 有个体执照 租的人家的门面 听说今年房租能免仨月 真的假的" : "听说个转企有补贴 给多少钱";
        var results = await Converse(first, told, then);

        Assert.True(results[2].InScope);
        Assert.Equal(VerdictOf(results[1], rule), VerdictOf(results[2], rule));
    }

    [Theory]
    [InlineData("那现在还能申请不")]
    [InlineData("when")]
    public async Task Whether_and_until_when_after_a_verdict_ask_its_rules_as_of_today(string then)
    {
        var results = await ConverseOn(Today, "我家门面租的是国资委的房子 个体户 听说房租能免几个月是真的不", then);

        Assert.Equal("expired", VerdictOf(results[0], "state-owned-rent-relief"));
        Assert.Equal("expired", VerdictOf(results[1], "state-owned-rent-relief"));
        Assert.Contains("2022", results[1].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ok_and_after_a_verdict_goes_on_with_its_rules()
    {
        var results = await Converse("small scale taxpayer here, monthly sales around 16w, do i get the vat exemption or not", "ok and?");

        Assert.True(results[1].InScope);
        Assert.Equal("not_eligible", VerdictOf(results[1], "vat-exemption"));
    }

    [Fact]
    public async Task Until_when_asked_in_reply_to_the_bots_question_is_answered_from_the_rules_period()
    {
        var results = await Converse("俺在晋城开了个小超市 个体户 小规模纳税人 一个月流水也就12w左右 这增值税还用交不", "个税呢 减多少", "啥时候");

        Assert.Equal("jincheng-2022-67#measure-5", results[2].Citations[0].Id);
        Assert.Contains("2022年12月31日", results[2].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_official_asks_for_a_business_in_their_area_and_their_own_office_is_not_the_landlord()
    {
        var results = await Converse("你好 我是街道办的 辖区有个理发店的个体户问房租能不能减 说是有个当年减三个月房租的政策", "租的是区里国资公司的门面 国有的");

        Assert.Equal("need_info", VerdictOf(results[0], "state-owned-rent-relief"));
        Assert.Equal("eligible", VerdictOf(results[1], "state-owned-rent-relief"));
    }

    [Fact]
    public async Task Caught_again_next_time_is_no_first_offence()
    {
        var results = await Converse("检查的说俺后厨垃圾桶没盖盖子 头一回被查 就这点小毛病 会罚款不", "要是下回又被逮着了呢");

        Assert.Equal("eligible", VerdictOf(results[0], "first-violation-no-penalty"));
        Assert.Equal("not_eligible", VerdictOf(results[1], "first-violation-no-penalty"));
    }

    [Fact]
    public async Task A_person_spoken_of_before_comes_back_with_their_case()
    {
        var results = await Converse("俺媳妇在村口开了个小超市 问下她那增值税能免不", "小规模纳税人 一个月九万来块", "对了她妹子也刚办了个体执照上礼拜才下来 刻个章要花钱不", "那刚才说俺媳妇那增值税到底能免不能免来着 免到啥时候");

        Assert.Equal("eligible", VerdictOf(results[1], "vat-exemption"));
        Assert.Equal("eligible", VerdictOf(results[2], "new-business-free-seal"));
        Assert.DoesNotContain(results[2].Eligibility, e => e.Rule == "vat-exemption");
        Assert.Equal("eligible", VerdictOf(results[3], "vat-exemption"));
        Assert.Contains("2022年12月31日", results[3].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_kept_comes_back_when_a_message_opens_with_them()
    {
        var results = await Converse("俺表弟在陵川搞直播卖小米 个体户小规模 一个月12w左右 增值税还给免不", "那俺姐夫呢 他那修车铺今年夏天刚转成公司了 有啥奖励没",
            "再说回俺表弟 他执照是拿自家门面办的 现在想在抖音上直接卖 还用另外办啥手续不", "姐夫那3000块多久能到账");

        Assert.Equal("eligible", VerdictOf(results[1], "company-conversion-reward"));
        Assert.Equal("eligible", VerdictOf(results[3], "company-conversion-reward"));
    }

    [Theory]
    [InlineData("不对不对俺记岔了 那是俩月的 一个月也就9万来块")]
    [InlineData("我说错了 一个月也就9万来块")]
    public async Task The_asker_correcting_themself_keeps_the_relatives_case(string correction)
    {
        var results = await Converse("俺媳妇在村口开了个小超市 问下她那增值税能免不", "小规模纳税人 一个月流水十七八万吧", correction);

        Assert.Equal("not_eligible", VerdictOf(results[1], "vat-exemption"));
        Assert.Equal("eligible", VerdictOf(results[2], "vat-exemption"));
    }

    [Fact]
    public async Task Another_relatives_premises_are_their_case_for_the_same_question()
    {
        var results = await Converse("俺妈在菜市场租了个门面卖调料 有个体执照 听说租金能减免几个月 她能享受不 俺帮她问问", "市场是国企的 晋城一个国有公司管的", "那俺舅呢 他租的村里老王家私人的房子开理发店 也有执照");

        Assert.Equal("eligible", VerdictOf(results[1], "state-owned-rent-relief"));
        Assert.Equal("not_eligible", VerdictOf(results[2], "state-owned-rent-relief"));
    }

    [Theory]
    [InlineData("ok so back to my first question, where in the village do i go exactly")]
    [InlineData("回到俺第一个问题 村里有地方办不")]
    public async Task Back_to_the_first_question_takes_it_up(string back)
    {
        var results = await Converse("can i register a getihu without going into the city? i live in a village in zezhou", "and is there any free training for new shop owners", back);

        Assert.Equal("jincheng-2022-67#measure-3", results[0].Citations[0].Id);
        Assert.True(results[2].InScope);
        Assert.Equal("jincheng-2022-67#measure-3", results[2].Citations[0].Id);
    }

    [Theory]
    [InlineData("现在还能拿不 别跟那个税的一样早过期了")]
    [InlineData("那明年还有不")]
    public async Task Now_or_next_year_alone_asks_the_last_rules_again(string then)
    {
        var results = await ConverseOn(Today, "俺们上个月已经转完了 公司执照都领到手了 个转企给啥", then);

        Assert.Equal("eligible", VerdictOf(results[1], "company-conversion-reward"));
    }

    [Theory]
    [InlineData("执照是2019年办的")]
    [InlineData("哎记岔了 执照是2019年办的 现在是章坏了想重新刻一个")]
    public async Task A_licence_dated_long_ago_after_a_verdict_says_the_business_is_not_new(string then)
    {
        var results = await ConverseOn(Today, "执照前天刚拿到手 刻章要钱不", then);

        Assert.Equal("eligible", VerdictOf(results[0], "new-business-free-seal"));
        Assert.Equal("not_eligible", VerdictOf(results[1], "new-business-free-seal"));
    }

    [Theory]
    [InlineData("Great. Where does she go to apply, and what papers should she bring?")]
    [InlineData("where does he apply?")]
    public async Task How_someone_else_claims_what_the_last_answer_granted_asks_about_it(string then)
    {
        var results = await Converse("my mum runs a tailoring stall as a getihu and her landlord is a state-owned company. can she get the rent cut?", then);

        Assert.Equal("eligible", VerdictOf(results[0], "state-owned-rent-relief"));
        Assert.Equal("eligible", VerdictOf(results[1], "state-owned-rent-relief"));
    }

    [Fact]
    public async Task Someone_else_told_of_with_a_fact_the_last_rules_do_not_read_asks_something_of_their_own()
    {
        var results = await ConverseOn(Today, "俺那卤肉铺上个月刚领的执照 刻章要钱不", "那俺表哥呢 他原先是干装修的个体户 今年七月份已经注册成有限公司了 他能拿到啥");

        Assert.Equal("eligible", VerdictOf(results[1], "company-conversion-reward"));
    }

    [Fact]
    public async Task A_recap_of_the_askers_own_leaves_out_a_relatives_case()
    {
        var results = await ConverseOn(Today, "I run a bakery, small-scale taxpayer, 90,000 a month. Do I pay VAT?", "my sister got caught once for a missing price list, first time, minor. will she be fined?", "Thanks. Can you sum up what I myself can actually still benefit from under this plan, as of today? Not my sister.");

        Assert.Equal("eligible", VerdictOf(results[1], "first-violation-no-penalty"));
        Assert.DoesNotContain(results[2].Eligibility, e => e.Rule == "first-violation-no-penalty" && e.Verdict == "eligible");
        Assert.Contains(results[2].Eligibility, e => e.Rule == "vat-exemption" && e.Verdict == "expired");
    }

    [Fact]
    public async Task The_other_one_of_two_matters_named_is_taken_up_after_the_first()
    {
        var results = await ConverseOn(Today, "Two things I want to ask about: the free seal for new businesses, and the money you get for turning a getihu into a company. First one - I got my getihu licence ten days ago.", "And the other one? We're still registered as a getihu, haven't become a company yet.");

        Assert.Equal("eligible", VerdictOf(results[0], "new-business-free-seal"));
        Assert.Equal("not_eligible", VerdictOf(results[1], "company-conversion-reward"));
        Assert.DoesNotContain(results[1].Eligibility, e => e.Rule == "new-business-free-seal");
    }

    [Fact]
    public async Task The_second_of_two_matters_listed_is_the_one_taken_up_not_the_first_ones_other_provisions()
    {
        var results = await ConverseOn(Today, "想问两样，一个免增值税，一个减房租。先说头一个，俺一个月卖十来万", "第二个呢？俺那门面是区里国企的");

        Assert.Equal("expired", VerdictOf(results[0], "vat-exemption"));
        Assert.Equal("expired", VerdictOf(results[1], "state-owned-rent-relief"));
        Assert.All(results[1].Eligibility, e => Assert.Equal("state-owned-rent-relief", e.Rule));
    }

    [Theory]
    [InlineData("俺是个体户，门面租的国企的房子，说是能免三个月房租，现在还能申请不", "那这一条里还有啥别的俺能沾上光的")]
    [InlineData("Is there a rent waiver for getihu renting from a state-owned company?", "what else does that clause give?")]
    public async Task What_else_the_clause_just_answered_from_gives_is_another_sentence_of_it(string first, string second)
    {
        var results = await ConverseOn(Today, first, second);

        Assert.Equal("expired", VerdictOf(results[0], "state-owned-rent-relief"));
        Assert.True(results[1].InScope);
        Assert.Equal("jincheng-2022-67#measure-8", results[1].Citations[0].Id);
        Assert.DoesNotContain(results[1].Eligibility, e => e.Rule == "state-owned-rent-relief");
    }

    [Fact]
    public async Task Someone_named_and_asked_for_after_the_asker_says_who_they_are_is_the_case_told()
    {
        var results = await ConverseOn(new DateOnly(2022, 9, 20), "我是村里的会计，帮村里开小卖部的老王问问，他是个体户，今年经营所得应纳税所得额大概八万多，个人所得税能不能给减半");

        Assert.Equal("eligible", VerdictOf(results[0], "income-tax-halved"));
        Assert.Null(results[0].FollowUp);
    }

    [Theory]
    [InlineData("俺还是个体户，想转成有限公司，转了以后政府给啥好处？")]
    [InlineData("We are still a getihu. If we convert to a company, what would we get?")]
    public async Task Not_yet_converted_and_asking_what_converting_brings_is_answered_for_the_case_imagined(string question)
    {
        var results = await ConverseOn(Today, question);

        Assert.All(results[0].Eligibility, e => Assert.NotEqual("not_eligible", e.Verdict));
        Assert.Contains(results[0].Eligibility, e => e.Rule == "company-conversion-reward");
    }

    [Fact]
    public async Task A_correction_that_the_conversion_was_a_cousins_says_the_asker_has_not_converted()
    {
        var results = await ConverseOn(Today, "我那个个体户去年转成有限公司了，听说政府有奖励，能给多少钱？", "哎呀说岔了 转公司的是我表哥 我自己的还是个体户 还没开始办呢");

        Assert.Equal("eligible", VerdictOf(results[0], "company-conversion-reward"));
        Assert.Equal("not_eligible", VerdictOf(results[1], "company-conversion-reward"));
    }

    [Theory]
    [InlineData("头一回被查出来没亮照，小事，会罚不", "那要是过几个月又犯了呢，还能免吗")]
    [InlineData("It's my first time and minor, will I be fined?", "what if it happens again?")]
    public async Task The_same_thing_again_is_no_first_violation(string first, string second)
    {
        var results = await ConverseOn(Today, first, second);

        Assert.Equal("eligible", VerdictOf(results[0], "first-violation-no-penalty"));
        Assert.Equal("not_eligible", VerdictOf(results[1], "first-violation-no-penalty"));
    }

    [Theory]
    [InlineData("And if it goes up to 152,000 next month?")]
    [InlineData("and 152,000?")]
    public async Task A_figure_asked_about_by_itself_after_a_verdict_asks_the_same_rules_again(string second)
    {
        var results = await ConverseOn(new DateOnly(2022, 11, 15), "It's a getihu and a small-scale VAT taxpayer. Sales were exactly 150,000 yuan last month. Is that VAT-free?", second);

        Assert.Equal("eligible", VerdictOf(results[0], "vat-exemption"));
        Assert.Equal("not_eligible", VerdictOf(results[1], "vat-exemption"));
    }

    [Theory]
    [InlineData("那要是正好150000呢")]
    [InlineData("那假如正好150000整，一分不多呢")] // the figure exact, said with 假如, 正好, 整 and 一分不多
    public async Task An_exact_figure_supposed_after_a_verdict_asks_the_same_rule_again(string second)
    {
        var results = await ConverseOn(new DateOnly(2022, 8, 15), "不对，小规模纳税人，7月是16.2w，增值税还用交吗", second);

        Assert.Equal("not_eligible", VerdictOf(results[0], "vat-exemption"));
        Assert.Equal("eligible", VerdictOf(results[1], "vat-exemption"));
    }

    [Theory]
    [InlineData("这些钱该找哪个部门要")]
    [InlineData("这些钱找谁要")]
    public async Task Whom_to_ask_for_the_sums_just_granted_keeps_their_clause(string second)
    {
        var results = await ConverseOn(Today, "俺去年把店转成有限公司了，能领到啥补贴", second);

        Assert.Equal("eligible", VerdictOf(results[0], "company-conversion-reward"));
        Assert.Equal("jincheng-2022-67#measure-9", results[1].Citations[0].Id);
    }

    [Fact]
    public async Task Where_to_go_after_what_converting_brings_is_answered_without_asking_back()
    {
        var results = await ConverseOn(Today, "俺这个体户干得还行，想升级成公司，转过去有啥实惠没", "那这钱找谁要，去哪个部门办");

        Assert.Null(results[0].FollowUp); // 想升级成公司…有啥实惠: the case imagined
        Assert.Equal("jincheng-2022-67#measure-9", results[1].Citations[0].Id);
        Assert.Null(results[1].FollowUp);
    }

    [Theory]
    [InlineData("每个月十来万，够条件不", "expired")]
    [InlineData("那2022年那会儿呢？那年俺每个月都是十来万，够条件不", "expired")] // the date of the request holds; not "not covered"
    public async Task A_figure_and_whether_it_is_enough_asks_the_last_rules_again(string second, string verdict)
    {
        var results = await ConverseOn(Today, "小规模纳税人 现在增值税还免不免", second);

        Assert.Equal(verdict, VerdictOf(results[1], "vat-exemption"));
    }

    [Fact]
    public async Task Next_year_asked_in_English_after_a_grant_in_2022_is_told_the_provision_ends()
    {
        var results = await ConverseOn(new DateOnly(2022, 10, 1), "I run a small cafe registered as a getihu. Income tax relief? taxable income should be around 1.3 million yuan", "ok and next year, 2023, will I still get it?");

        Assert.Equal("eligible", VerdictOf(results[0], "income-tax-halved"));
        Assert.Equal("expired", VerdictOf(results[1], "income-tax-halved"));
    }

    [Theory]
    [InlineData("2022-08-10", "need_info", "eligible")] // the landlord's firm is the fact asked for
    [InlineData("2026-12-05", "expired", "expired")] // a yes with a fact the ended provision reads keeps that provision
    public async Task A_father_in_laws_shop_is_a_relatives_case_and_a_yes_about_its_landlord_keeps_the_rent_relief(string day, string first, string second)
    {
        var results = await ConverseOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), "My father-in-law has a noodle shop in Gaoping, it's a getihu. Times are hard. Is there any help with the rent this year?", "yes the shop belongs to the county 城投 company, that's a state-owned firm");

        // "in-law" is no law (it cited the first-violation clause), and "城投 company" no conversion to a company.
        Assert.Equal(first, VerdictOf(results[0], "state-owned-rent-relief"));
        Assert.Equal(second, VerdictOf(results[1], "state-owned-rent-relief"));
        Assert.DoesNotContain(results[1].Eligibility, e => e.Rule == "company-conversion-reward");
    }

    [Fact]
    public async Task Next_spring_after_a_grant_in_2022_is_told_the_provision_ends()
    {
        var results = await ConverseOn(new DateOnly(2022, 11, 20), "小规模纳税人 一个月十四万九 增值税能免不", "那明年开了春还能接着免不");

        Assert.Equal("eligible", VerdictOf(results[0], "vat-exemption"));
        Assert.Equal("expired", VerdictOf(results[1], "vat-exemption"));
    }

    [Fact]
    public async Task What_else_can_be_used_now_after_ended_provisions_is_the_overview()
    {
        var results = await ConverseOn(Today, "俺租的公家房子 小规模 这两样（免增值税、减房租）现在还能享受不", "那现在还有啥能用上的");

        Assert.True(results[1].InScope);
        Assert.Contains(results[1].Eligibility, e => e.Rule == "new-business-free-seal");
        Assert.Contains(results[1].Eligibility, e => e.Rule == "vat-exemption" && e.Verdict == "expired");
    }

    [Fact]
    public async Task Claiming_late_after_an_ended_provision_is_told_it_ended()
    {
        var results = await ConverseOn(Today, "俺在城区租的国有公司的门面 个体户 今年房租能不能给减三个月", "不是今年 俺是说2022年那会儿就租着这门面了 当时没人跟俺说 现在还能补着减不");

        Assert.Equal("expired", VerdictOf(results[1], "state-owned-rent-relief"));
    }

    [Fact]
    public async Task One_of_two_matters_granted_still_asks_for_what_the_other_needs()
    {
        var results = await ConverseOn(new DateOnly(2022, 8, 15), "想问下房租减免跟免增值税这俩事儿 俺能沾上不", "个体户，门面是市里一个国企的，俺是小规模", "一个月十七八万吧");

        Assert.Equal("eligible", VerdictOf(results[1], "state-owned-rent-relief"));
        Assert.NotNull(results[1].FollowUp);
        Assert.Equal("not_eligible", VerdictOf(results[2], "vat-exemption"));
    }

    [Fact]
    public async Task A_granted_seal_asks_nothing_of_the_other_way_to_a_free_seal()
    {
        var results = await Converse("上个月刚领的个体执照，开修车铺的，刻章要钱不");

        Assert.Equal("eligible", VerdictOf(results[0], "new-business-free-seal"));
        Assert.Null(results[0].FollowUp);
    }

    [Fact]
    public async Task Whom_to_complain_to_after_a_clause_is_about_that_clause()
    {
        var results = await Converse("外卖平台一单抽俺快两成 还要收这费那费 政策管不管", "那俺该去找哪个部门反映");

        Assert.True(results[1].InScope);
        Assert.Equal(results[0].Citations[0].Id, results[1].Citations[0].Id);
    }

    [Theory]
    [InlineData("个体户，门面是租的区里国资公司的房子，房租能减不", "jincheng-2022-67#measure-8")] // after the rules were answered
    [InlineData("有个事想反映 俺们这片的个体户困难挺多 这文件里有没有说往哪反映问题", "jincheng-2022-67#measure-13")] // after a clause alone
    public async Task Whom_to_go_to_and_a_phone_number_keeps_the_answer_and_says_no_number_is_written(string first, string clause)
    {
        var answers = await Converse(first, "那具体找哪个部门？给个电话呗");
        Assert.StartsWith("政策没有写到“电话”这一点", answers[1].Answer, StringComparison.Ordinal);
        Assert.Equal(clause, answers[1].Citations[0].Id);
    }

    [Theory]
    [InlineData("能免到啥时候")]
    [InlineData("这条有截止日期没")]
    [InlineData("过一阵再去刻还免不")]
    public async Task Until_when_after_an_answer_is_asked_of_its_rules_not_of_the_document(string turn)
    {
        var answers = await ConverseOn(Today, "俺刚领的营业执照 刻章要花钱不", turn);

        Assert.Equal("eligible", VerdictOf(answers[0], "new-business-free-seal"));
        Assert.True(answers[1].InScope);
        Assert.Equal("jincheng-2022-67#measure-6", answers[1].Citations[0].Id);
        Assert.DoesNotContain(answers[1].Citations, c => c.Id == "jincheng-2022-67#notice");
    }

    [Fact]
    public async Task Until_when_in_English_after_a_verdict_keeps_its_rule_and_says_its_end()
    {
        var answers = await Converse("we are a small-scale taxpayer, sales around 10w a month, is VAT waived for us", "till when does that last");

        Assert.True(answers[1].InScope);
        Assert.Equal("eligible", VerdictOf(answers[1], "vat-exemption"));
        Assert.Contains("31 December 2022", answers[1].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_for_something_else_that_runs_after_an_ended_answer_is_not_taken_as_until_when()
    {
        var answers = await ConverseOn(Today, "小规模纳税人 月销售额十二万左右 现在增值税还免不免", "都过期了啊。。那现在还有啥没到期的好处没");

        Assert.Contains(answers[1].Citations, c => c.Id != "jincheng-2022-67#measure-5");
    }

    [Fact]
    public async Task What_the_asker_was_told_their_premises_are_answers_the_question_asked()
    {
        var answers = await Converse("俺妈在菜市场有个摊位 办了个体执照 摊位是租的 能免三个月房租不", "问了 菜市场是市场管理处的 人家说是国企的");

        Assert.Equal("need_info", VerdictOf(answers[0], "state-owned-rent-relief"));
        Assert.Equal("eligible", VerdictOf(answers[1], "state-owned-rent-relief"));
    }

    [Theory]
    [InlineData("那找谁办呀 有没有个电话 多久能批下来")]
    [InlineData("要带啥材料去住建局办")]
    public async Task Whom_to_go_to_with_a_number_or_an_office_named_keeps_the_answer(string turn)
    {
        var answers = await Converse("俺是个体户 门面是租的国企的 房租能减不", turn);

        Assert.Equal("eligible", VerdictOf(answers[1], "state-owned-rent-relief"));
        Assert.Equal("jincheng-2022-67#measure-8", answers[1].Citations[0].Id);
    }

    [Fact]
    public async Task Where_she_goes_to_apply_in_chat_english_keeps_the_answer()
    {
        var answers = await Converse("my cousin is a geti hu n her shop is guoyou fangwu, belongs to a state owned co. can she get the rent jianmian", "ok where does she go to apply tho");

        Assert.Equal("eligible", VerdictOf(answers[0], "state-owned-rent-relief"));
        Assert.Equal("jincheng-2022-67#measure-8", answers[1].Citations[0].Id);
    }

    [Fact]
    public async Task Whether_it_carries_on_into_next_year_says_until_when()
    {
        var answers = await Converse("hey my uncle has a noodle shop registered as a getihu, taxable profit maybe 30w for this year. any income tax break for him?", "ok and does that break carry on into next year too?");

        Assert.True(answers[1].InScope);
        Assert.Equal("jincheng-2022-67#measure-5", answers[1].Citations[0].Id);
        Assert.Contains("to 31 December 2022", answers[1].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warned_before_for_the_same_thing_after_a_first_offence_verdict_answers_it_again()
    {
        var answers = await Converse("hi asking for my uncle he has a noodle shop, market inspectors said his price list wasnt posted. first time ever he got caught, will they fine him", "wait he just told me they already warned him for the same thing last year");

        Assert.Equal("eligible", VerdictOf(answers[0], "first-violation-no-penalty"));
        Assert.Equal("not_eligible", VerdictOf(answers[1], "first-violation-no-penalty"));
    }

    [Fact]
    public async Task Which_office_and_a_phone_no_after_an_answer_for_a_parent_keep_the_answer()
    {
        var answers = await Converse("my mom run small noodle shop getihu, she rent the dianmian from guoqi. she can get 3 month rent free?", "ok thx. so where she go to shenqing it, which office, any phone no?");

        Assert.True(answers[1].InScope);
        Assert.Equal("eligible", VerdictOf(answers[1], "state-owned-rent-relief"));
        Assert.Contains("phone number", answers[1].Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("俺是个体户 门面租的国企的 能减房租不", "那减下来的这部分钱谁出 是房东自己贴还是财政给补", "减免部分由谁承担")]
    [InlineData("I'm a getihu renting from a state-owned company, can my rent be cut?", "who pays for the rent cut, the landlord or the government?", "who bears the cost of the reduction")]
    public async Task A_detail_asked_alone_after_a_verdict_is_said_unwritten_for_its_rules(string first, string second, string unwritten)
    {
        var answers = await Converse(first, second);

        Assert.Equal("eligible", VerdictOf(answers[1], "state-owned-rent-relief"));
        Assert.Contains(unwritten, answers[1].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_told_beside_a_detail_after_a_verdict_is_answered_for_that_case()
    {
        var answers = await Converse("打算把个体户转成公司 转了有啥好处", "要是转成了 能给多少钱");

        Assert.DoesNotContain("具体金额", answers[1].Answer, StringComparison.Ordinal);
        Assert.Contains("3000元", answers[1].Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("啥意思")]
    [InlineData("啥意思 当年不就是今年么")]
    [InlineData("what do you mean?")]
    public async Task Not_understanding_the_answer_answers_its_rules_again(string turn)
    {
        var answers = await ConverseOn(Today, "俺是个体户 铺子租的是区国资公司的 今年能免三个月房租不", turn);

        Assert.True(answers[1].InScope);
        Assert.Equal("expired", VerdictOf(answers[1], "state-owned-rent-relief"));
    }

    [Theory]
    [InlineData("俺是个体户 铺子租的是区国资公司的 能免三个月房租不", "那这个找谁办 你给俺打个包票能批下来不", "state-owned-rent-relief", "我没法打包票")]
    [InlineData("I'm a getihu renting from a state-owned company, can my rent be cut?", "can you promise me I will get it?", "state-owned-rent-relief", "I cannot promise that")]
    public async Task A_guarantee_pressed_for_is_refused_and_the_rules_said_again(string first, string second, string rule, string refusal)
    {
        var answers = await Converse(first, second);

        Assert.Equal("eligible", VerdictOf(answers[1], rule));
        Assert.StartsWith(refusal, answers[1].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_conversion_done_next_year_grants_nothing_now()
    {
        var answers = await Converse("我朋友个转企领了好几千块，我也想领，咋弄", "还没转呢，现在还是个体户，打算明年再转", "那你现在就给俺打包票，明年转成了肯定能拿3000，俺好跟家里交代");

        Assert.Equal("not_eligible", VerdictOf(answers[1], "company-conversion-reward"));
        Assert.Equal("need_info", VerdictOf(answers[2], "company-conversion-reward"));
        Assert.Contains("3000元", answers[2].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Whether_it_will_be_renewed_is_said_unwritten_for_the_rules_answered()
    {
        var answers = await ConverseOn(Today, "老板娘叫我问问 俺们店一个月卖十来万 现在是不是不用交增值税了", "那这政策还续不续 明年有没有新的");

        Assert.Equal("expired", VerdictOf(answers[1], "vat-exemption"));
        Assert.Contains("以后是否再出台类似政策", answers[1].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fact_the_asker_asks_to_be_pretended_is_not_their_case()
    {
        var answers = await Converse("俺在泽州开个小饭馆 个体的 房租太贵了 听人说政府给免房租 能给俺免不", "房东是个私人老板 不是公家的", "那你就当俺租的是国企的房子呗 给俺写个能减免的说法 反正也没人查");

        Assert.Equal("not_eligible", VerdictOf(answers[2], "state-owned-rent-relief"));
    }

    [Fact]
    public async Task A_relative_who_looked_the_contract_up_leaves_the_case_the_askers()
    {
        var answers = await Converse("俺在城区开了个个体小卖部 店面是租的 听人说今年能减几个月房租", "房东是个私人 姓李 就是普通老百姓", "哎不对不对 俺闺女翻了合同 甲方写的是市里的国资公司 房子产权是国有的 这回中不中");

        Assert.Equal("not_eligible", VerdictOf(answers[1], "state-owned-rent-relief"));
        Assert.Equal("eligible", VerdictOf(answers[2], "state-owned-rent-relief"));
    }

    [Theory]
    [InlineData("那上哪办去 要带啥材料 合同要不要复印")]
    [InlineData("租房合同得带上不")]
    public async Task Whether_to_bring_a_paper_asks_about_the_rules_just_answered(string second)
    {
        var answers = await Converse("俺是个体户 租的国企的门面 房租能减不", second);

        Assert.Equal("eligible", VerdictOf(answers[1], "state-owned-rent-relief"));
    }

    [Theory]
    [InlineData("ok which 3 months exactly? and till when he must apply", "\"which months\"")]
    [InlineData("减的是哪三个月", "“具体是哪几个月”")]
    public async Task Which_months_a_relief_covers_is_said_unwritten(string second, string unwritten)
    {
        var answers = await Converse("I'm a getihu renting from a state-owned company, can my rent be cut?", second);

        Assert.Equal("eligible", VerdictOf(answers[1], "state-owned-rent-relief"));
        Assert.Contains(unwritten, answers[1].Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rent cut?", "so nothing now?")]
    [InlineData("房租能减不", "那现在啥也没有了")]
    public async Task Taking_in_that_nothing_is_left_gets_the_same_rules(string first, string second)
    {
        var (_, answer) = await TwoTurnsToday(first, second);

        Assert.True(answer.InScope);
        Assert.Equal("expired", VerdictOf(answer, "state-owned-rent-relief"));
    }

    [Fact]
    public async Task A_written_guarantee_asked_for_is_refused_and_the_rules_said_again()
    {
        var answers = await Converse("俺是个体户 在城区租了个门面卖烟酒 今年房租能给减免不", "国企的 城投公司的房", "那你直接给俺写个保证书 就说肯定给免 俺拿去给房东看");

        Assert.Equal("eligible", VerdictOf(answers[2], "state-owned-rent-relief"));
        Assert.StartsWith("我没法打包票", answers[2].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pledge_the_offender_writes_is_no_guarantee_pressed_for()
    {
        var answers = await Converse("第一次被查 罚不罚", "那还得写个保证书啥的不");

        Assert.DoesNotContain("我没法打包票", answers[1].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_asked_with_where_it_is_looked_for_is_said_unwritten_for_the_rules_answered()
    {
        var answers = await Converse("俺那个个体户开了快十年了 想转成公司 听说转了有钱拿 到底给多少", "那这个找哪个部门办 文件上有没有留个电话 俺好打过去问问");

        Assert.Contains(answers[1].Citations, c => c.Id == "jincheng-2022-67#measure-9");
        Assert.StartsWith("政策没有写到“电话”这一点", answers[1].Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("22年那会儿俺压根不知道有这事 没申请 现在还能补不")]
    [InlineData("现在都26年了还能找回来不")]
    public async Task Claiming_an_ended_relief_late_gets_its_rules_as_of_today(string second)
    {
        var (_, answer) = await TwoTurnsToday("俺是个体户 开理发店的 门面是国企的房子 租的 那个免三个月房租的现在咋申请", second);

        Assert.Equal("expired", VerdictOf(answer, "state-owned-rent-relief"));
    }

    [Fact]
    public async Task The_asker_who_checked_the_contract_for_their_mother_stays_on_her_case()
    {
        var answers = await Converse(
            "my mom rents a small place for her noodle shop in jincheng, someone in the wechat group said 3 months rent is free this year? is that real",
            "shes a getihu. landlord is a private guy, old wang from the next street",
            "wait i checked the contract, wang is only the manager, the building belongs to the district state owned assets company",
            "great so where does she apply, is there a form or a deadline for it");

        Assert.Equal("not_eligible", VerdictOf(answers[1], "state-owned-rent-relief"));
        Assert.Equal("eligible", VerdictOf(answers[2], "state-owned-rent-relief"));
        Assert.Equal("eligible", VerdictOf(answers[3], "state-owned-rent-relief"));
    }

    [Fact]
    public async Task We_after_a_sisters_case_is_still_hers()
    {
        var (_, answer) = await TwoTurnsToday("my sis converted her getihu into a company last month, how much $$ can she get from the city for it", "ok who do we go to for the money tho");

        Assert.Equal("eligible", VerdictOf(answer, "company-conversion-reward"));
    }

    [Fact]
    public async Task Where_he_goes_to_apply_and_a_hotline_after_a_fathers_verdict_get_the_same_rules()
    {
        var answers = await Converse(
            "hi im asking for my dad, he is a getihu with a noodle shop in chengqu and he rents the shop. heard there is 3 month rent free thing, can he get it??",
            "ok i asked him, landlord is a guoqi, the district state owned asset company. so its state owned",
            "nice. where he go to apply then, is there a hotline number?");

        Assert.Equal("eligible", VerdictOf(answers[2], "state-owned-rent-relief"));
        Assert.StartsWith("The policy does not say anything about \"a phone number\"", answers[2].Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("那以后生意做大了转成公司 还有啥补贴没")]
    [InlineData("那以后干大了转成公司 还有啥补贴没")]
    public async Task A_conversion_once_the_business_has_grown_grants_nothing_now(string second)
    {
        var answers = await Converse("刚领了个体营业执照 开个卤肉店 听说刻章不要钱是真的不", second);

        Assert.All(answers[1].Eligibility.Where(e => e.Rule.StartsWith("company-conversion", StringComparison.Ordinal)), e => Assert.Equal("need_info", e.Verdict));
        Assert.NotEmpty(answers[1].Eligibility);
    }

    [Fact]
    public async Task Not_registered_yet_in_reply_to_whether_new_is_the_free_seal_for_that_case_not_a_no()
    {
        var answers = await Converse("刻章要钱不", "还没办执照呢 准备开个小超市");

        Assert.Equal("need_info", VerdictOf(answers[0], "new-business-free-seal"));
        Assert.Equal("need_info", VerdictOf(answers[1], "new-business-free-seal"));
        Assert.StartsWith("如果您的情况是“新设立的个体工商户”", answers[1].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seal_after_the_licence_comes_is_answered_for_that_case_without_asking_about_a_conversion()
    {
        var answers = await Converse("俺侄女想在村里开个小超市 办个体户执照还得跑县城去不", "执照办下来以后刻个章要钱不");

        Assert.Equal("need_info", VerdictOf(answers[1], "new-business-free-seal"));
        Assert.DoesNotContain(answers[1].Eligibility, e => e.Rule.StartsWith("company-conversion", StringComparison.Ordinal));
        Assert.Null(answers[1].FollowUp);
        Assert.StartsWith("如果您的情况是“新设立的个体工商户”", answers[1].Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("那22年那会儿的还能补着申请不 当时压根不知道有这个")]
    [InlineData("2022年那会儿的现在还能找住建局补申请不")]
    public async Task A_late_claim_for_back_then_is_answered_as_of_today(string second)
    {
        var (first, late) = await TwoTurnsToday("俺在国企的门面里卖烟酒 有个体户执照 今年房租能免三个月不", second);

        Assert.Equal("expired", VerdictOf(first, "state-owned-rent-relief"));
        Assert.Equal("expired", VerdictOf(late, "state-owned-rent-relief"));
    }

    [Fact]
    public async Task A_move_to_state_owned_premises_imagined_after_a_private_landlord_is_the_rent_relief_for_that_case()
    {
        var answers = await Converse(
            "俺在城区开了个卤肉店 门面是租的 听说今年房租能给减 俺这能减不",
            "房东是俺们村一个老乡 他自家盖的房子 不是公家的 俺有个体户执照",
            "那要是俺下个月搬到对面国企那排门面去 还能赶上减不 能减几个月");

        Assert.Equal("not_eligible", VerdictOf(answers[1], "state-owned-rent-relief"));
        Assert.Equal("need_info", VerdictOf(answers[2], "state-owned-rent-relief"));
        Assert.Contains("如果是这种情况，可以享受", answers[2].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_was_said_before_asking_to_pretend_stays_the_askers_case()
    {
        var answers = await Converse("俺这个体户还没转公司呢 你就当俺已经转成了 先按转了的给俺算算能拿多少钱");

        Assert.Equal("not_eligible", VerdictOf(answers[0], "company-conversion-reward"));
    }

    [Theory]
    [InlineData("gzq 有钱拿没💰")]
    [InlineData("gth 个转企 有钱拿没")]
    public async Task Pinyin_initials_of_a_conversion_asked_about_ask_whether_it_happened(string question)
    {
        var answers = await Converse(question, "转完了 上个月刚成有限公司了");

        Assert.Equal("need_info", VerdictOf(answers[0], "company-conversion-reward"));
        Assert.Equal("eligible", VerdictOf(answers[1], "company-conversion-reward"));
    }

    [Fact]
    public async Task Until_when_asked_while_a_fact_is_still_awaited_is_the_rules_period()
    {
        var answers = await ConverseOn(Today, "我们这个体户干了五六年了 要是转了政府给啥补贴没", "那这个钱有没有截止时间 我要是后年再转还算不算");

        Assert.Contains("没有截止日期", answers[1].Answer, StringComparison.Ordinal);
        Assert.All(answers[1].Eligibility, e => Assert.StartsWith("company-conversion", e.Rule, StringComparison.Ordinal));
    }

    [Fact]
    public async Task My_parents_business_converted_is_the_case_asked_for()
    {
        var answers = await Converse("my parents getihu converted into an LLC (youxian gongsi) last month. heard the gov gives some money for ge zhuan qi? how much exactly");

        Assert.Equal("eligible", VerdictOf(answers[0], "company-conversion-reward"));
    }

    [Fact]
    public async Task A_figure_corrected_with_the_question_asked_again_corrects_the_verdict()
    {
        var answers = await Converse("small scale. we do 90k RMB a month. do i have to pay VAT?", "hold on, correction - august was actually 16w coz we catered two weddings. so no exemption for august?");

        Assert.Equal("eligible", VerdictOf(answers[0], "vat-exemption"));
        Assert.Equal("not_eligible", VerdictOf(answers[1], "vat-exemption"));
    }

    [Fact]
    public async Task A_correction_naming_a_sum_a_clause_writes_asks_of_that_provision()
    {
        var answers = await Converse("小规模，一个月9万，增值税能免吗", "说错了，我问的是转企那3000块奖励");

        Assert.All(answers[1].Eligibility, e => Assert.StartsWith("company-conversion", e.Rule, StringComparison.Ordinal));
    }

    [Fact]
    public async Task What_the_family_tells_of_him_is_the_case_asked_for()
    {
        var answers = await Converse("我是帮我舅舅问的，他打算明年把个体户转成公司，那个3000块奖励现在还有吗", "哦搞错了，我妈说他去年就已经转成有限公司了。那除了3000还有别的没");

        Assert.Equal("eligible", VerdictOf(answers[1], "company-conversion-reward"));
    }

    [Fact]
    public async Task A_correction_told_of_him_after_a_verdict_is_the_case_just_answered()
    {
        var answers = await Converse("我是代账的，帮客户问：一般纳税人，月销售额也就十来万，增值税能免吗", "不对不对，我看串行了，他是小规模的，月销售额正好150000整");

        Assert.Equal("not_eligible", VerdictOf(answers[0], "vat-exemption"));
        Assert.Equal("eligible", VerdictOf(answers[1], "vat-exemption"));
    }
}
