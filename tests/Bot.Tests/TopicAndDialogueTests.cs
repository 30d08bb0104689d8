using Policy.Bot.Answering;

namespace Policy.Bot.Tests;

/// <summary>Topic first, then rules; a dialogue that finishes; the document itself; overviews; honest silence; English prose.</summary>
public class TopicAndDialogueTests
{
    private static readonly DateOnly During = new(2022, 6, 1);
    private static readonly DateOnly After = new(2023, 6, 1);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Task<BotResult> Ask(PolicyBot bot, string question, string? session = null, DateOnly? asOf = null) =>
        bot.AskAsync(new BotRequest(question, session, asOf ?? During), Cancel);

    /// <summary>The verdict the question gets on one rule (which must be among those answered).</summary>
    private static async Task<string> VerdictOf(string question, string rule) =>
        Assert.Single((await Ask(TestBots.Create(), question)).Eligibility, e => e.Rule == rule).Verdict;

    /// <summary>The question is answered in scope, citing first the clause it is about.</summary>
    private static async Task AnsweredFrom(string question, string clause)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.True(result.InScope);
        Assert.NotEmpty(result.Citations);
        Assert.Equal(clause, result.Citations[0].Id);
    }

    [Fact]
    public async Task A_fact_mentioned_gives_no_verdict_about_a_benefit_not_asked_about()
    {
        var result = await Ask(TestBots.Create(), "我们是一般纳税人的个体户，今年应纳税所得额二十万，个人所得税减半能享受不？");

        Assert.DoesNotContain(result.Eligibility, e => e.Rule == "vat-exemption");
        Assert.Equal("eligible", result.Eligibility.Single(e => e.Rule == "income-tax-halved").Verdict);
    }

    [Fact]
    public async Task A_question_about_another_provision_of_a_clause_gets_no_verdict_of_its_rule()
    {
        var result = await Ask(TestBots.Create(), "个体户想在打工的地方交社保，户籍不在这边行不行？", asOf: After);

        Assert.DoesNotContain(result.Eligibility, e => e.Rule == "state-owned-rent-relief");
        Assert.DoesNotContain("结束", result.Answer.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Any_phrasing_of_a_topic_with_a_rule_starts_the_dialogue_and_bare_answers_finish_it()
    {
        var bot = TestBots.Create();

        var first = await Ask(bot, "想咨询一下小规模免增值税", "t1");
        Assert.Equal("need_info", first.Eligibility.Single(e => e.Rule == "vat-exemption").Verdict);
        Assert.NotNull(first.FollowUp);

        var second = await Ask(bot, "一个月大概十一万", "t1");
        Assert.Equal("eligible", second.Eligibility.Single(e => e.Rule == "vat-exemption").Verdict);
        Assert.Null(second.FollowUp);
    }

    [Theory]
    [InlineData("small scale", "need_info")] // part of the small-scale option's label: the taxpayer question is answered
    [InlineData("一般", "not_eligible")]
    public async Task A_reply_naming_part_of_one_option_answers_the_choice_asked(string reply, string verdict)
    {
        var bot = TestBots.Create();
        await Ask(bot, "Is VAT waived for me?", "t-choice");

        var answer = await Ask(bot, reply, "t-choice");

        Assert.True(answer.InScope);
        Assert.Equal(verdict, answer.Eligibility.Single(e => e.Rule == "vat-exemption").Verdict);
        Assert.Equal(verdict == "need_info", answer.FollowUp is not null);
    }

    [Fact]
    public async Task A_part_of_an_options_label_in_a_question_is_not_that_option()
    {
        var result = await Ask(TestBots.Create(), "I run a small scale shop, is VAT waived?");

        Assert.Equal("need_info", result.Eligibility.Single(e => e.Rule == "vat-exemption").Verdict);
        Assert.Contains("taxpayer type", result.Answer.Split('\n')[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("我已经转成公司了，有什么奖励", "怎么申请", "如何办理")]
    [InlineData("我已经转成公司了，有什么奖励", "那个找谁办", "如何办理")]
    [InlineData("I converted to a company last month. What do I get?", "how do I claim it?", "How to apply")]
    [InlineData("I converted to a company last month. What do I get?", "who do I contact?", "How to apply")]
    [InlineData("我已经转成公司了，有什么奖励", "去哪领", "如何办理")]
    [InlineData("我已经转成公司了，有什么奖励", "那得去哪儿办呢", "如何办理")] // where to do it, in a verb of one character
    [InlineData("我已经转成公司了，有什么奖励", "那去哪里说明情况", "如何办理")] // or a way of asking after where
    [InlineData("I converted to a company last month. What do I get?", "how much exactly?", "How to apply")]
    [InlineData("I converted to a company last month. What do I get?", "where do i go to get it done", "How to apply")]
    [InlineData("我已经转成公司了，有什么奖励", "那去领的时候要带啥材料", "如何办理")]
    [InlineData("我已经转成公司了，有什么奖励", "找哪个部门问？网上能申请不还是得跑腿", "如何办理")]
    [InlineData("I converted to a company last month. What do I get?", "Great. What do I need to bring for it, and which office do I go to?", "How to apply")]
    [InlineData("I converted to a company last month. What do I get?", "How long does it take for that money to come through?", "How to apply")]
    [InlineData("I converted to a company last month. What do I get?", "how?", "How to apply")] // the question word alone
    [InlineData("I converted to a company last month. What do I get?", "who?", "How to apply")]
    public async Task After_an_answer_asking_how_or_whom_to_claim_is_about_what_it_answered(string first, string followUp, string howToApply)
    {
        var bot = TestBots.Create();
        await Ask(bot, first, "t-claim");

        var answer = await Ask(bot, followUp, "t-claim");

        Assert.True(answer.InScope);
        Assert.Equal("eligible", answer.Eligibility.Single(e => e.Rule == "company-conversion-reward").Verdict);
        Assert.Contains(howToApply, answer.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("个体户房租能减吗", "是国企的房子", "减几个月", "3个月")]
    [InlineData("个体户房租能减吗", "是国企的房子", "减几个月来着", "3个月")] // "what was it again"
    [InlineData("个体户房租能减吗", "是国企的房子", "到什么时候", "2022年12月31日")]
    [InlineData("Can an individual business get a rent cut?", "the landlord is a state-owned company", "how much?", "three months")]
    public async Task After_an_answer_asking_how_much_or_how_long_is_about_what_it_answered(string first, string reply, string followUp, string expected)
    {
        var bot = TestBots.Create();
        await Ask(bot, first, "t-much", asOf: During);
        await Ask(bot, reply, "t-much", asOf: During);

        var answer = await Ask(bot, followUp, "t-much", asOf: During);

        Assert.True(answer.InScope);
        Assert.Equal("eligible", answer.Eligibility.Single(e => e.Rule == "state-owned-rent-relief").Verdict);
        Assert.Contains(expected, answer.Answer, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("要是房东是私人的还能减吗", "state-owned-rent-relief")] // a supposed "no" decides the case asked about
    [InlineData("如果是第二次被查呢，还能首次免罚吗", "first-violation-no-penalty")]
    public async Task A_supposed_no_decides_the_case_it_supposes(string question, string rule)
    {
        var result = await Ask(TestBots.Create(), question, asOf: During);

        Assert.Equal("not_eligible", result.Eligibility.Single(e => e.Rule == rule).Verdict);
    }

    [Theory]
    [InlineData("还在办")]
    [InlineData("正在办")]
    public async Task A_reply_that_it_is_still_being_done_is_a_no(string reply)
    {
        var bot = TestBots.Create();
        await Ask(bot, "个转企有奖励吗", "t-doing");

        var answer = await Ask(bot, reply, "t-doing");

        Assert.Equal("not_eligible", answer.Eligibility.Single(e => e.Rule == "company-conversion-reward").Verdict);
    }

    [Theory]
    [InlineData("怎么申请")] // nothing answered before: no topic to take up
    [InlineData("how do I claim it?")]
    public async Task Asking_how_to_claim_first_takes_up_no_topic(string question)
    {
        var result = await Ask(TestBots.Create(), question, "t-claim-first");

        Assert.DoesNotContain(result.Eligibility, e => e.Rule == "company-conversion-reward");
        // Which matter is meant is asked, in scope, naming some of the benefits: nothing is quoted for no topic.
        Assert.True(result.InScope);
        Assert.Empty(result.Citations);
        Assert.StartsWith(result.Language == "zh" ? "您想办的是哪一项" : "Which matter do you mean", result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("要带啥材料")]
    [InlineData("找谁办")]
    public async Task Asking_what_to_bring_or_whom_to_ask_first_asks_which_matter(string question)
    {
        var result = await Ask(TestBots.Create(), question, "t-which-matter", new DateOnly(2026, 11, 30));

        Assert.True(result.InScope);
        Assert.StartsWith("您想办的是哪一项", result.Answer, StringComparison.Ordinal);
        // Its examples are benefits that can still be had: not the VAT exemption that ended on 2022-12-31.
        Assert.Contains("免除新设立个体工商户印章刻制费用", result.Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("免征增值税", result.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_known_fact_is_never_asked_again_and_a_new_topic_keeps_it()
    {
        var bot = TestBots.Create();

        var first = await Ask(bot, "我是个体户，减房租的政策怎么说", "t2");
        Assert.Equal(TestBots.Knowledge.Fact("rents_state_owned_premises")!.Question.Zh, first.FollowUp);

        var second = await Ask(bot, "房东是国企", "t2");
        Assert.Equal("eligible", second.Eligibility.Single(e => e.Rule == "state-owned-rent-relief").Verdict);

        var third = await Ask(bot, "那个人所得税减半呢", "t2");
        var tax = third.Eligibility.Single(e => e.Rule == "income-tax-halved");
        Assert.DoesNotContain("is_individual_business", tax.Missing);
        Assert.Equal(TestBots.Knowledge.Fact("annual_taxable_income_yuan")!.Question.Zh, third.FollowUp);
    }

    [Fact]
    public async Task A_figure_for_an_unconvertible_period_is_asked_again()
    {
        var result = await Ask(TestBots.Create(), "小规模纳税人，每周卖两万，免增值税吗");

        Assert.Equal("need_info", result.Eligibility.Single(e => e.Rule == "vat-exemption").Verdict);
        Assert.Equal(TestBots.Knowledge.Fact("monthly_sales_yuan")!.Question.Zh, result.FollowUp);
        Assert.Contains("每周", result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("个转企是什么意思", "company-conversion-reward", "对成功转型升级为企业的")]
    [InlineData("什么叫新设立", "new-business-free-seal", "以办理部门的认定为准")] // what the site cannot check says who decides
    [InlineData("What does 个转企 mean?", "company-conversion-reward", "successfully transform")]
    public async Task Asking_only_what_a_term_means_is_answered_from_its_clause_not_as_a_verdict(string question, string rule, string expected)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal("need_info", Assert.Single(result.Eligibility, e => e.Rule == rule).Verdict);
        Assert.Null(result.FollowUp);
        Assert.DoesNotContain("取决于", result.Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("depends on", result.Answer, StringComparison.Ordinal);
        Assert.Contains(expected, result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("泽州的五金店 开了十来年了 公章用的磨得看不清了 想重刻一个 听说个体户刻章免费 俺这能免不", "不能享受。")]
    [InlineData("my shop is 3 years old, do I get the free seal?", "No, you do not qualify.")]
    public async Task A_no_for_the_askers_case_is_not_followed_by_a_question_about_a_case_they_never_raised(string question, string headline)
    {
        // The new-shop rule fails on what was said; the 个转企 rule turns on converting, which the asker never raised: it is
        // said after the no, with what it turns on, and not asked about.
        var result = await Ask(TestBots.Create(), question);

        Assert.Null(result.FollowUp);
        Assert.Equal(headline, result.Answer.Split('\n')[0]);
        Assert.Equal("jincheng-2022-67#measure-6", result.Citations[0].Id);
        Assert.Equal("not_eligible", Assert.Single(result.Eligibility, e => e.Rule == "new-business-free-seal").Verdict);
        Assert.Equal("need_info", Assert.Single(result.Eligibility, e => e.Rule == "company-conversion-free-seal").Verdict);
    }

    [Fact]
    public async Task A_no_for_one_case_still_asks_about_a_case_the_asker_raised()
    {
        var result = await Ask(TestBots.Create(), "店开了五年了，个转企刻章免费吗");

        Assert.Equal(TestBots.Knowledge.Fact("converted_to_company")!.Question.Zh, result.FollowUp);
    }

    [Fact]
    public async Task A_no_for_one_case_still_answers_a_case_the_asker_imagines()
    {
        // "转成公司以后": what follows once it is done, nothing said done: that case is answered, not asked about.
        var result = await Ask(TestBots.Create(), "店开了五年了，转成公司以后刻章免费吗");

        Assert.Null(result.FollowUp);
        Assert.StartsWith("如果您的情况是", result.Answer, StringComparison.Ordinal);
        Assert.Equal("not_eligible", Assert.Single(result.Eligibility, e => e.Rule == "new-business-free-seal").Verdict);
        Assert.Equal("need_info", Assert.Single(result.Eligibility, e => e.Rule == "company-conversion-free-seal").Verdict);
    }

    [Fact]
    public async Task Asking_what_a_term_means_and_whether_it_applies_starts_the_dialogue()
    {
        var result = await Ask(TestBots.Create(), "首次免罚是什么意思，我能享受吗");

        Assert.NotNull(result.FollowUp);
    }

    [Theory]
    [InlineData("减租政策现在还有效吗", "state-owned-rent-relief", "这项规定已结束，只执行到2022年12月31日")]
    [InlineData("Does the rent relief still apply today?", "state-owned-rent-relief", "This provision has ended (it ran until 31 December 2022)")]
    [InlineData("个体户的个税减半到什么时候", "income-tax-halved", "这项规定已结束，只执行到2022年12月31日")]
    public async Task Whether_a_benefit_that_ends_is_still_valid_is_answered_by_its_own_end(string question, string rule, string headline)
    {
        var result = await Ask(TestBots.Create(), question, asOf: After);

        Assert.Equal(headline, result.Answer.Split('\n')[0].TrimEnd('。', '.'));
        Assert.Equal("expired", Assert.Single(result.Eligibility, e => e.Rule == rule).Verdict);
        Assert.DoesNotContain(result.Citations, c => c.Id == "jincheng-2022-67#notice");
    }

    [Theory]
    [InlineData("俺家开了个小卖部，一个月卖个七八万，要交税不", "这项规定已结束，只执行到2022年12月31日")]
    [InlineData("个体户不交税行不行", "这项规定已结束，只执行到2022年12月31日")]
    [InlineData("I run a small grocery, do I have to pay tax?", "This provision has ended (it ran until 31 December 2022)")]
    public async Task A_question_naming_no_benefit_that_is_answered_from_an_ended_one_says_first_that_it_ended(string question, string headline)
    {
        // Quoted alone, "2022年12月31日前…免征增值税" reads as available; the provision the quote is from has ended.
        var result = await Ask(TestBots.Create(), question, asOf: After);

        Assert.Equal(headline, result.Answer.Split('\n')[0].TrimEnd('。', '.'));
        Assert.All(result.Eligibility, e => Assert.Equal("expired", e.Verdict));
        Assert.Contains(result.Eligibility, e => result.Citations[0].Id == e.Clause);
        Assert.Null(result.FollowUp);
    }

    [Fact]
    public async Task A_question_naming_no_benefit_before_the_end_quotes_the_clause_without_a_verdict()
    {
        var result = await Ask(TestBots.Create(), "个体户不交税行不行", asOf: new DateOnly(2022, 6, 1));

        Assert.Empty(result.Eligibility);
        Assert.Equal("jincheng-2022-67#measure-5", result.Citations[0].Id);
    }

    [Fact]
    public async Task When_a_benefit_is_paid_is_not_when_the_document_was_issued()
    {
        var result = await Ask(TestBots.Create(), "个转企的奖励什么时候发");

        Assert.Equal("jincheng-2022-67#measure-9", result.Citations[0].Id);
    }

    [Fact]
    public async Task A_new_business_that_is_not_an_individual_business_is_not_a_newly_established_one()
    {
        var result = await Ask(TestBots.Create(), "新开的，不是个体户，是公司，刻章免费吗");

        Assert.Equal("not_eligible", result.Eligibility.Single(e => e.Rule == "new-business-free-seal").Verdict);
    }

    [Fact]
    public async Task A_count_of_people_is_not_the_word_for_personal()
    {
        var result = await Ask(TestBots.Create(), "个体户可以雇几个人");

        Assert.DoesNotContain(result.Eligibility, e => e.Rule == "income-tax-halved");
    }

    [Theory]
    [InlineData("外卖平台逼我们商户二选一，这份方案里哪一条管这事？", "政策中“16. 营造公平竞争环境”一项讲到了这一点[1]。")]
    [InlineData("Which measure talks about data sharing with banks?", "The section \"13. Establish an Information Service Platform\" covers this [1].")]
    // A rule's verdict follows: the measure still comes first, and 不罚 is the fine's negation, not the first offence's.
    [InlineData("不罚头一回那个规定，出自文件第几条？", "政策中“17. 推行柔性执法”一项讲到了这一点[1]。")]
    // Which document, too: its name and number.
    [InlineData("上头让我们开个体户登记窗口、村里设代办点，这个要求是出自哪个文件的哪一条？", "关于支持个体工商户倍增质升的实施方案（晋市市监〔2022〕67号）中“3. 进一步提升准入准营便利度”一项讲到了这一点[1]。")]
    public async Task Asking_which_measure_says_it_names_the_measure_by_its_number(string question, string first)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal(first, result.Answer.Split('\n')[0]);
        Assert.DoesNotContain(result.Eligibility, e => e.Verdict == "not_eligible");
    }

    [Theory]
    [InlineData("这个扶持个体户的事是哪个部门牵头的？说是成立了个工作专班，组长是谁当", "担任组长")]
    [InlineData("这个扶持个体工商户的工作专班是哪个单位牵头的？专班办公室设在哪儿", "办公室设在")]
    [InlineData("which department leads this policy? who heads the task force?", "headed by")]
    public async Task Asked_more_than_who_leads_the_sentence_that_says_it_is_quoted(string question, string said)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Contains(result.Answer.Split('\n'), line => line.Contains(said, StringComparison.Ordinal) && line.Contains("[2]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Asked_only_who_leads_no_other_sentence_is_quoted()
    {
        var result = await Ask(TestBots.Create(), "这个政策的牵头单位是哪个");

        Assert.DoesNotContain(BotTexts.PolicySays.In("zh")[..4], result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("small-scale taxpayer here, my sales last quarter were exactly 450,000 yuan. do I get the VAT exemption or not?", "eligible")] // 150,000 a month
    [InlineData("small-scale taxpayer, sales this quarter 460,000 yuan, VAT free?", "not_eligible")]
    public async Task A_quarters_sales_in_english_are_converted_to_a_month(string question, string verdict)
    {
        Assert.Equal(verdict, await VerdictOf(question, "vat-exemption"));
    }

    [Fact]
    public async Task Two_benefits_joined_in_a_message_full_of_one_benefits_facts_are_both_answered()
    {
        // The VAT facts make search rank measure 5 far above the rent's measure 8; "今年房租" still names the rent relief.
        var result = await Ask(TestBots.Create(), "我老公在城区开修车铺，个体户，小规模纳税人，门面是租的国企的，一个月流水大概11万。他忙得顾不上，让我问问今年房租和增值税这两样能不能减免？");

        Assert.Equal("eligible", result.Eligibility.Single(e => e.Rule == "vat-exemption").Verdict);
        Assert.Equal("eligible", result.Eligibility.Single(e => e.Rule == "state-owned-rent-relief").Verdict);
    }

    [Theory]
    // The benefit after 还有 is the clause's first words: the last clause of the part is how it is asked.
    [InlineData("一个月营业额也就十来万块钱，是小规模纳税人，店面是租的，房东是个国有的商贸公司，听说有免增值税的，还有免三个月房租的，俺现在还能享受不")]
    [InlineData("我是个体户，小规模纳税人，一个月卖十二万，租的国企门面，免增值税以及减房租，现在还有吗")]
    [InlineData("俺是个体户，小规模纳税人，一个月卖个八九万。门面是租的县里国资公司的。去年就听说能减三个月房租、还能免增值税，现在还能补着申请不？")] // what was heard of
    public async Task A_benefit_named_right_after_a_conjunction_is_answered_too(string question)
    {
        var result = await Ask(TestBots.Create(), question, asOf: new DateOnly(2026, 11, 30));

        Assert.Equal("expired", result.Eligibility.Single(e => e.Rule == "vat-exemption").Verdict);
        Assert.Equal("expired", result.Eligibility.Single(e => e.Rule == "state-owned-rent-relief").Verdict);
    }

    [Fact]
    public async Task A_platforms_exclusivity_beside_its_commission_quotes_the_clauses_sentence_on_each()
    {
        var result = await Ask(TestBots.Create(), "I sell handmade stuff online as a getihu in Jincheng. The platform keeps raising its commission and now says I can't list on any other app. Does the Jincheng plan say anything about this?");

        Assert.Equal("jincheng-2022-67#measure-16", result.Citations[0].Id);
        Assert.Contains("forced choice of one of two platforms", result.Citations[0].Quote, StringComparison.Ordinal);
        Assert.Contains("charging practices of platforms", result.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_item_of_an_English_list_is_answered()
    {
        // "the free seal" stands between two commas-and-and items, the rent's facts and the VAT's fill the message.
        var result = await Ask(TestBots.Create(), "Hi, I registered a getihu (small noodle shop) last month. Small-scale taxpayer, sales about 100k yuan a month, and I rent the shop from a state-owned company. Can I get the VAT exemption, the free seal and the 3 months' free rent all together?", asOf: new DateOnly(2026, 11, 30));

        Assert.Equal("expired", result.Eligibility.Single(e => e.Rule == "vat-exemption").Verdict);
        Assert.Equal("eligible", result.Eligibility.Single(e => e.Rule == "new-business-free-seal").Verdict);
        Assert.Equal("expired", result.Eligibility.Single(e => e.Rule == "state-owned-rent-relief").Verdict);
    }

    [Theory]
    [InlineData("文件里首次免罚那个说法是第几条？俺想打印出来给来检查的人看看", "jincheng-2022-67#measure-17")]
    [InlineData("不罚头一回那个规定，出自文件第几条？", "jincheng-2022-67#measure-17")]
    public async Task Asking_where_a_provision_is_written_names_its_measure_without_asking_about_the_asker(string question, string clause)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal(clause, result.Citations[0].Id);
        Assert.StartsWith($"政策中“{result.Citations[0].Title}”一项讲到了这一点[1]。", result.Answer, StringComparison.Ordinal);
        Assert.Null(result.FollowUp);
    }

    [Fact]
    public async Task Asking_which_measures_say_two_things_names_each_measure()
    {
        var result = await Ask(TestBots.Create(), "Which measure number is the free seal for new businesses, and which one is the no-fine-for-first-minor-offence thing?");

        // Each measure by its number and name, in the order of their citations.
        var lines = result.Answer.Split('\n');
        var named = result.Citations.Take(2).Select((c, i) => $"The section \"{c.Title}\" covers this [{i + 1}].").ToList();
        Assert.Equal(named, lines.Take(2));
        Assert.Equal(["jincheng-2022-67#measure-17", "jincheng-2022-67#measure-6"], result.Citations.Take(2).Select(c => c.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("秋收要收粮得垫本钱，俺个体户没啥能抵押的，银行能给贷不", "jincheng-2022-67#measure-7")] // 贷 alone is 贷款
    [InlineData("听人家说个体户交的个人所得税能减一半，咋个减法", "jincheng-2022-67#measure-5")] // 咋个减法 asks how it is halved
    [InlineData("外卖平台逼俺娘的包子铺只能在他家上架，不让上别家，政策里对这种有说法没？", "jincheng-2022-67#measure-16")] // 只能 says, it asks nothing
    [InlineData("啥时候发的文", "jincheng-2022-67#notice")]
    [InlineData("啥时候发的", "jincheng-2022-67#notice")] // asked with nothing else: something issued already, the document
    [InlineData("who publish this policy? shichang jianguan ju or shuiwu ju?", "jincheng-2022-67#notice")]
    [InlineData("写毕业论文用 这个实施方案是依据哪些上级文件和会议精神定的", "jincheng-2022-67#plan")] // was "not covered"
    [InlineData("我是县市场监管局的 这个方案下来了我们县里需要做哪些工作 是不是还得自己再出个方案", "jincheng-2022-67#safeguard-2")] // a county's own office, not the city's unit
    [InlineData("我姐的小饭馆在美团和饿了么上都开了店 美团的业务经理逼她只能留一家 不然就给她降权 这合法吗", "jincheng-2022-67#measure-16")]
    [InlineData("能不能一个执照开两个店", "jincheng-2022-67#measure-4")] // 两个店, a staff word, with 个 inside it
    [InlineData("您好，我是个有三十多年党龄的老党员，退休后开了个裁缝铺，办的个体执照。想问问咱们这个扶持个体户的方案里，对个体户里头的党员、党组织有没有啥安排？", "jincheng-2022-67#measure-19")] // 啥安排 names no unwritten topic
    [InlineData("您好，打扰一下，想咨询个事。我今年六十二了，刚从厂里退下来，想在家门口开个小店卖点自家种的小米，孙子说现在都兴在手机上直播卖货。想问问对俺这样想办个体户的，有没有人给教一教？要是本钱不够，有没有啥帮忙的门路？", "jincheng-2022-67#measure-1")]
    [InlineData("俺想在村口开个小药店听说药店要办好几个证跑好几个地方能不能一回就办完了俺也不会弄电脑", "jincheng-2022-67#measure-3")] // the focus ends where the asker tells of themselves
    [InlineData("俺开了个豆腐坊想找个专家给看看质量管理咋弄 俺们县里有个开超市的被评了先进那是咋评上的", "jincheng-2022-67#measure-10")] // 评上 is a way of doing (was "not covered")
    [InlineData("个体户转成公司能领钱不", "jincheng-2022-67#measure-9")] // 领钱 is money in general (was "not covered")
    [InlineData("1200那个到底是补啥的钱", "jincheng-2022-67#measure-9")] // a benefit named by its amount (was out of scope)
    [InlineData("开店要办什么手续", "jincheng-2022-67#measure-3")] // was "not covered": registration is measure 3's
    [InlineData("户口在河南，能在这边交社保不", "jincheng-2022-67#measure-8")] // where the hukou is says who asks, not another place's policies
    [InlineData("俺户口在河南，在晋城开店能在这边交社保不", "jincheng-2022-67#measure-8")] // running a shop says who asks
    [InlineData("晋城个体户不用交税是真的吗", "jincheng-2022-67#measure-5")] // the city's name is in the units of measure 13, not asked about
    [InlineData("my cousin says getihu in jincheng dont pay any tax for 3 years after opening", "jincheng-2022-67#measure-5")]
    [InlineData("meituan takes like a 20% cut from my noodle shop, is that allowed?", "jincheng-2022-67#measure-6")] // a platform's cut is its commission, not a tax cut
    [InlineData("they told me I can't be on eleme at the same time, is that allowed?", "jincheng-2022-67#measure-16")] // "at the same time" is not the publicity clause's
    [InlineData("I came up with a better steamer lid for my bun shop. Will the city help me get a patent?", "jincheng-2022-67#measure-11")] // the asker's trade is who asks
    [InlineData("I'm from Pakistan and run a small noodle shop, registered as getihu. Inspectors said my food safety notice is incomplete. Will they fine me?", "jincheng-2022-67#measure-17")] // registered as: who asks, not registration
    [InlineData("村里好几个人想办个体执照 在镇上村里能办中不中", "jincheng-2022-67#measure-3")] // 中不中 is 行不行
    [InlineData("想给俺家的小米煎饼注册个商标，政府给报销多少钱？", "jincheng-2022-67#measure-11")] // how much money names no topic
    [InlineData("区里搞市容整治，城管一来就让俺们整条小吃街先全关门，说等查完了再说，啥时候能开也没个准信，这样合理不？", "jincheng-2022-67#measure-18")] // 没个准信 complains, asks nothing
    [InlineData("俺是做抖音带货的，没门店，个体执照能在手机上办不", "jincheng-2022-67#measure-3")] // the asker's trade is who asks
    [InlineData("文件里说成立了个工作专班，这专班是干啥的，谁当头？", "jincheng-2022-67#leadership")] // 谁当头 asks who leads it
    [InlineData("想在抖音上直播卖俺们陵川的党参 这算个体创业不 政府能帮点啥", "jincheng-2022-67#measure-1")] // 能帮点啥 asks what help there is, beside the topic
    public async Task A_dialect_way_of_asking_is_answered_from_the_clause(string question, string clause)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal(clause, result.Citations[0].Id);
    }

    [Theory]
    [InlineData("个体户今年税能减吗")]
    [InlineData("我家超市的税咋减")]
    [InlineData("小本生意税能少交点不")]
    [InlineData("开店的税费能减不")]
    public async Task Tax_put_before_its_verb_asks_about_the_tax_relief(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.NotEmpty(result.Citations);
        Assert.Equal("jincheng-2022-67#measure-5", result.Citations[0].Id);
    }

    [Theory]
    [InlineData("我2021年开了个小吃店，现在还能享受减免吗")]
    [InlineData("俺家2020年在城区开了个小吃店，那个减免还有没有")]
    [InlineData("我的店税能减吗")] // 店税 is no unwritten topic
    [InlineData("我开的店，税能减不")]
    public async Task The_askers_shop_opening_the_question_says_who_asks_not_what_about(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        // Measure 3 names restaurants (餐饮) among its trades; the question asks about relief (measure 5's taxes, measure 8's rent).
        Assert.Contains(result.Citations[0].Id, new[] { "jincheng-2022-67#measure-5", "jincheng-2022-67#measure-8" });
    }

    [Theory]
    [InlineData("这个方案一共有几条措施", "共有20项措施，分为5个方面")]
    [InlineData("这个倍增质升的方案里头到底有多少条具体措施？分成几大块？", "共有20项措施，分为5个方面")]
    [InlineData("How many measures are in this plan?", "It has 20 measures in 5 groups")]
    public async Task Asking_how_many_measures_counts_the_documents_own_headings(string question, string expected)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Contains(expected, result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("这个方案总共分几大块？工作措施一共多少条", "正文分为4个部分：一、目标要求；二、组织领导；三、工作措施；四、组织保障[2]。")]
    [InlineData("How many measures are in this plan?", "The plan has 4 parts: I. Objectives and Requirements; II. Organisation and Leadership; III. Work Measures; IV. Organisational Safeguards [2].")]
    public async Task Asking_how_the_plan_is_divided_names_its_parts_from_its_headings(string question, string expected)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Contains(expected, result.Answer, StringComparison.Ordinal);
        Assert.Equal("jincheng-2022-67#plan", result.Citations[1].Id); // the plan whose headings they are
    }

    [Theory]
    [InlineData("上个月刚从个体户转成有限公司，有啥好处")] // 从…转成: a conversion told, not a company named as a topic
    [InlineData("上个月刚把个体户转成有限公司，有啥好处")]
    public async Task A_conversion_told_then_asking_what_there_is_gets_every_benefit_with_its_status(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal("eligible", Assert.Single(result.Eligibility, e => e.Rule == "company-conversion-reward").Verdict);
        Assert.Contains(result.Eligibility, e => e.Rule == "income-tax-halved" && e.Verdict is "not_eligible" or "expired");
    }

    [Theory]
    [InlineData("这个晋市市监67号文件是那个单位发的 啥时侯出的")] // 那个 for 哪个, 时侯 for 时候
    [InlineData("这个方案是市监局自己发的，还是经过市政府同意的？")]
    public async Task Asking_who_issued_the_document_in_everyday_words_says_the_issuer_and_date(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal("jincheng-2022-67#notice", result.Citations[0].Id);
        Assert.StartsWith("这份文件是晋城市市场监督管理局印发的", result.Answer, StringComparison.Ordinal);
        Assert.Contains("2022年4月28日", result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("我这种算不算个体户，国企的房子，能减租吗", "state-owned-rent-relief")] // the 不 of 算不算 denies nothing
    [InlineData("是不是新开的都能免费刻章", "new-business-free-seal")] // asks whether all new ones get it
    [InlineData("不知道房东是不是国企，个体户能减租吗", "state-owned-rent-relief")]
    public async Task Asking_whether_one_counts_as_something_neither_says_nor_denies_it(string question, string rule)
    {
        var result = await Ask(TestBots.Create(), question, asOf: new DateOnly(2022, 6, 1));

        Assert.Equal("need_info", Assert.Single(result.Eligibility, e => e.Rule == rule).Verdict);
    }

    [Theory]
    [InlineData("我们是夫妻店，算个体户吗", "这份政策没有写明哪些经营算“个体工商户”", "营业执照上“类型”一栏")]
    [InlineData("I'm a taxi driver with my own car, am I an individual business?", "The policy does not say which businesses count as \"individual business\"", "under \"type\"")]
    public async Task Asking_whether_one_counts_as_what_no_rule_decides_alone_says_the_policy_does_not_define_it_and_how_to_tell(string question, string notDefined, string howToTell)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.StartsWith(notDefined, result.Answer, StringComparison.Ordinal);
        Assert.Contains(howToTell, result.Answer, StringComparison.Ordinal);
        Assert.Empty(result.Citations);
        Assert.Empty(result.Eligibility);
    }

    [Theory]
    [InlineData("执法的来查，第一次，会罚吗")] // 执法 names the measure's title; 会罚 asks about the penalty
    [InlineData("市场监管的来查，说我没亮照经营，第一次，会罚吗")] // 照 and 经营 of the story do not outweigh 会罚
    public async Task A_first_offence_told_with_the_inspection_gets_the_first_offence_verdict(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal("jincheng-2022-67#measure-17", result.Citations[0].Id);
        Assert.Equal("eligible", Assert.Single(result.Eligibility, e => e.Rule == "first-violation-no-penalty").Verdict);
    }

    [Theory]
    [InlineData("我开了两个月了，算新设立吗", "new-business-free-seal", "need_info")] // doubt of a yes: the note says who decides
    [InlineData("开了家理发店，第一次被查到没有公示价格，算轻微吗", "first-violation-no-penalty", "need_info")]
    [InlineData("我们店开了七八年了，还算新设立吗", "new-business-free-seal", "not_eligible")] // a no stays: doubt grants nothing
    public async Task Asking_whether_a_stated_case_counts_undoes_a_yes_but_not_a_no(string question, string rule, string verdict)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal(verdict, Assert.Single(result.Eligibility, e => e.Rule == rule).Verdict);
    }

    [Theory]
    [InlineData("不是个体户能申请首次免罚吗", "first-violation-no-penalty", "need_info")] // the denial is of 个体户, not of the benefit's name
    [InlineData("Can I get the 1200 yuan if I converted in 2021?", "company-conversion-account-subsidy", "eligible")] // "if" with when it happened
    [InlineData("个转企刻章免费吗", "company-conversion-free-seal", "need_info")] // the benefit named after the word, without 的
    [InlineData("刻章免费和个转企刻章免费是一回事吗", "company-conversion-free-seal", "need_info")]
    [InlineData("我能转成公司吗", "company-conversion-free-seal", "need_info")] // able to do it is not having done it
    [InlineData("打算转成公司，刻章要钱吗", "company-conversion-free-seal", "not_eligible")] // planning it says it is not done yet
    [InlineData("个转企了，刻章免费吗", "company-conversion-free-seal", "eligible")] // said done
    [InlineData("上礼拜刚领的个体执照，开眼镜店，刻章店说一套章要380，这钱能免不？", "new-business-free-seal", "eligible")] // a figure lifting another clause in search does not drop the asker's own
    [InlineData("上个月刚领的个体执照，刻章收了俺150块，不是说新开的个体户刻章不要钱么", "new-business-free-seal", "eligible")] // "isn't it said that…" quotes the policy, denying nothing
    [InlineData("我已经转成公司了，刻章免费吗", "company-conversion-free-seal", "eligible")]
    public async Task A_verdict_rests_on_what_the_words_say_of_the_asker(string question, string rule, string verdict)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal(verdict, Assert.Single(result.Eligibility, e => e.Rule == rule).Verdict);
    }

    [Fact]
    public async Task Asking_whether_one_still_counts_as_new_is_the_free_seals_question()
    {
        var result = await Ask(TestBots.Create(), "去年开的店，今年还算新开的吗");

        Assert.Equal("need_info", Assert.Single(result.Eligibility, e => e.Rule == "new-business-free-seal").Verdict);
        Assert.Contains(result.Citations, c => c.Id == "jincheng-2022-67#measure-6");
    }

    [Theory]
    [InlineData("谁牵头的", "牵头单位：市市场监管局")]
    [InlineData("这事谁牵头", "牵头单位：市市场监管局")]
    [InlineData("说了半天这事到底谁牵头", "牵头单位：市市场监管局")] // talk around the cue is no topic
    [InlineData("who leads?", "Lead unit: the Jincheng Municipal Administration for Market Regulation")]
    public async Task Who_leads_asked_with_nothing_else_is_the_documents_lead(string question, string expected)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Contains(expected, result.Answer, StringComparison.Ordinal);
        Assert.Contains(result.Citations, c => c.Id == "jincheng-2022-67#leadership");
    }

    [Fact]
    public async Task Asking_who_leads_a_measure_names_it_without_saying_it_has_happened()
    {
        var result = await Ask(TestBots.Create(), "个转企谁牵头");

        Assert.All(result.Eligibility, e => Assert.Equal("need_info", e.Verdict));
        Assert.DoesNotContain("牵头单位：", result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("新开的个体户，刻章已经花了钱了，能报销吗", "报销", "new-business-free-seal")]
    [InlineData("被罚款500，是第一次，小问题，能退钱吗", "退钱", "first-violation-no-penalty")]
    public async Task What_no_clause_writes_beside_a_situation_a_rule_decides_says_so_then_answers_the_rule(string question, string unwritten, string rule)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.StartsWith($"政策没有写到“{unwritten}”这一点", result.Answer, StringComparison.Ordinal);
        Assert.Equal("eligible", result.Eligibility.Single(e => e.Rule == rule).Verdict);
    }

    [Fact]
    public async Task What_no_clause_writes_with_nothing_about_the_asker_is_not_covered()
    {
        var result = await Ask(TestBots.Create(), "营业执照丢了怎么补办");

        Assert.Empty(result.Citations);
    }

    [Fact]
    public async Task A_landlord_asking_about_the_tenants_benefit_gets_the_clause_not_a_dialogue()
    {
        var result = await Ask(TestBots.Create(), "我们是国企下面的门面，租给个体户的，要不要减租");

        Assert.Null(result.FollowUp);
        Assert.Equal("jincheng-2022-67#measure-8", result.Citations[0].Id);
        Assert.DoesNotContain("取决于", result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("我是陵川一个镇便民服务中心的，有个户想个转企，转完以后说的那1200和3000 该找谁要", "jincheng-2022-67#measure-9")]
    [InlineData("我是社区的网格员，辖区有个体户问首次违法能不能不罚", "jincheng-2022-67#measure-17")]
    [InlineData("I work at a township service centre; an owner asks whether converting to a company brings any money", "jincheng-2022-67#measure-9")]
    public async Task Staff_asking_for_the_owners_they_serve_get_the_clause_not_a_dialogue(string question, string clause)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Null(result.FollowUp);
        Assert.Equal(clause, result.Citations[0].Id);
        Assert.DoesNotContain(result.Eligibility, e => e.Verdict == "eligible");
    }

    [Theory]
    [InlineData("这个政策是真的吗，不是骗人的吧")]
    [InlineData("Is this policy real or a scam?")]
    public async Task Asking_whether_the_policy_is_genuine_gets_its_issuer_number_and_page(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Contains("67号", result.Answer, StringComparison.Ordinal);
        Assert.Contains("/policies/jincheng-2022-67/", result.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_whether_a_claim_about_a_provision_is_true_is_answered_from_its_rule()
    {
        // 政策 and 是真的吗 in different clauses: what the friend said about the seal is asked, not whether the document is real.
        var result = await TestBots.Create().AskAsync(new BotRequest("上礼拜刚领的个体户营业执照。朋友说新设立个体户免费刻章那个是22年的老政策，22年底就停了，是真的吗？俺现在去刻章还要不要钱？", null, new DateOnly(2026, 12, 4)), Cancel);

        Assert.Equal("eligible", result.Eligibility.Single(e => e.Rule == "new-business-free-seal").Verdict);
    }

    [Fact]
    public async Task Asking_whether_a_claim_is_true_without_punctuation_is_answered_from_the_clause_not_the_document()
    {
        // Said by voice input: one long clause whose 这个 points at the claim (这个说法), not at the document.
        var result = await Ask(TestBots.Create(), "俺儿子在外地打工他说能在手机上帮俺把个体执照给办了不用俺跑城里是不是真的有这个说法");

        Assert.Equal("jincheng-2022-67#measure-3", result.Citations[0].Id);
        Assert.Contains("全程网办", result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("能不能给我发一下原文链接")]
    [InlineData("send me the link please")]
    public async Task Asking_for_the_link_gets_the_policys_page(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.True(result.InScope);
        Assert.Contains("/policies/jincheng-2022-67/", result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("这个方案的发文字号是啥", "晋市市监〔2022〕67号")]
    [InlineData("这份文件主送哪些单位？发给谁的", "开发区管委会")]
    [InlineData("咱这政策是2022年几月份出的", "2022年4月28日")]
    [InlineData("What is the reference number of the plan and who issued it?", "Market Regulation")]
    [InlineData("Which department issued this notice?", "Market Regulation")]
    [InlineData("这个文件是省里的还是市里的", "晋城市市场监督管理局印发")] // which level of government: who issued it
    [InlineData("Who is in charge of this whole plan?", "Lead unit: the Jincheng Municipal Administration for Market Regulation", "jincheng-2022-67#leadership")]
    // Which unit leads it: the unit its text makes lead, cited at that clause.
    [InlineData("这个政策的牵头单位是哪个", "牵头单位：市市场监管局", "jincheng-2022-67#leadership")]
    [InlineData("What's the lead department for this policy?", "Lead unit: the Jincheng Municipal Administration for Market Regulation", "jincheng-2022-67#leadership")]
    // doc is short for document.
    [InlineData("when was doc 67 issued", "28 April 2022")]
    [InlineData("when was the doc issued", "28 April 2022")]
    public async Task Document_questions_are_answered_from_the_front_matter_citing_the_notice(string question, string expected, string cited = "jincheng-2022-67#notice")
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Contains(expected, result.Answer, StringComparison.Ordinal);
        Assert.Contains(result.Citations, c => c.Id == cited);
    }

    [Fact]
    public async Task Validity_lists_the_measures_with_end_dates_and_their_status()
    {
        var result = await Ask(TestBots.Create(), "Does this policy expire? Which parts have an end date?", asOf: After);

        Assert.Contains("31 December 2022", result.Answer, StringComparison.Ordinal);
        Assert.Contains("has ended", result.Answer, StringComparison.Ordinal);
        Assert.Contains(result.Eligibility, e => e.Rule == "vat-exemption" && e.Verdict == "expired");
    }

    [Theory]
    [InlineData("这个政策什么时候开始执行的，现在过期了没")]
    [InlineData("67号文到现在还算数吗")]
    [InlineData("这个文件是不是已经作废了")]
    [InlineData("政策啥时候到期")]
    [InlineData("When did this policy take effect, and is it still valid?")]
    public async Task Everyday_words_for_a_documents_validity_get_its_measures_end_dates(string question)
    {
        var result = await Ask(TestBots.Create(), question, asOf: After);

        Assert.Contains(result.Citations, c => c.Id == "jincheng-2022-67#notice");
        Assert.Contains(result.Eligibility, e => e.Rule == "vat-exemption" && e.Verdict == "expired");
    }

    [Theory]
    [InlineData("文件上说的首次免罚 俺能用上不", "jincheng-2022-67#measure-17")]
    [InlineData("政策里讲的刻章免费，俺能用上不", "jincheng-2022-67#measure-6")]
    public async Task A_document_named_only_to_point_at_a_measure_asks_about_the_measure_not_its_validity(string question, string clause)
    {
        var result = await Ask(TestBots.Create(), question, asOf: After);

        Assert.Equal(clause, result.Citations[0].Id);
        Assert.DoesNotContain(result.Citations, c => c.Id == "jincheng-2022-67#notice");
    }

    [Fact]
    public async Task Which_department_handles_a_measure_is_its_responsible_unit_not_the_documents_issuer()
    {
        var result = await Ask(TestBots.Create(), "Which department handles the tax measures?");

        Assert.DoesNotContain(result.Citations, c => c.Id == "jincheng-2022-67#notice");
        Assert.Contains("Tax Bureau", result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What are the goals of the plan?")]
    [InlineData("实施方案的目标是什么")]
    public async Task The_plans_goals_are_answered_from_its_objectives(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.True(result.InScope);
        Assert.Contains(result.Citations, c => c.Id == "jincheng-2022-67#goals");
    }

    [Theory]
    [InlineData("我的营业执照过期了怎么办")]
    [InlineData("营业执照作废了还能用吗")]
    public async Task A_licence_that_expired_is_not_a_question_about_the_documents_validity(string question)
    {
        var result = await Ask(TestBots.Create(), question, asOf: After);

        Assert.DoesNotContain(result.Citations, c => c.Id == "jincheng-2022-67#notice");
    }

    [Theory]
    [InlineData("我是新开的个体户，有啥补贴能拿不")]
    [InlineData("现在有什么帮扶政策")]
    [InlineData("个体户有什么好政策吗")]
    [InlineData("What kinds of support are there for individual businesses?")]
    public async Task A_question_word_before_a_word_for_benefits_in_general_asks_for_the_overview(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal(TestBots.Knowledge.Rules.Count, result.Eligibility.Count);
    }

    [Theory]
    [InlineData("这份文件全称叫啥")]
    [InlineData("这个政策叫什么名字")]
    [InlineData("What is the full title of this policy?")]
    public async Task Asked_for_its_title_a_document_is_named_in_full(string question)
    {
        var policy = TestBots.Knowledge.Content.Policies[0];
        var language = question.Any(char.IsAsciiLetter) ? "en" : "zh";
        var title = (policy.In(language) ?? policy.Chinese).Meta.Title;

        var result = await Ask(TestBots.Create(), question);

        // Chinese nests a title's own 《》 as 〈〉 inside the reply's 《》.
        Assert.Contains(language == "zh" ? title.Replace('《', '〈').Replace('》', '〉') : title, result.Answer, StringComparison.Ordinal);
        Assert.Contains(result.Citations, c => c.Id == "jincheng-2022-67#notice");
    }

    [Theory]
    [InlineData("文件里说的那个奖励叫什么")]
    [InlineData("这个补贴叫什么")]
    public async Task A_name_asked_for_away_from_the_word_for_the_document_is_not_the_documents_title(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.DoesNotContain(TestBots.Knowledge.Content.Policies[0].Meta.Title.Replace('《', '〈').Replace('》', '〉'), result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("首次免罚是什么意思", "need_info")]
    [InlineData("首次免罚主要讲了什么", "need_info")]
    [InlineData("我是第一次轻微违规，首次免罚是什么", "eligible")]
    [InlineData("首次免罚要写承诺书吗", "need_info")] // the benefit's name says nothing of the asker
    public async Task Asking_what_a_benefit_is_does_not_say_it_applies(string question, string verdict)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal(verdict, Assert.Single(result.Eligibility, e => e.Rule == "first-violation-no-penalty").Verdict);
    }

    [Fact]
    public async Task A_question_about_a_provision_with_a_way_of_asking_whether_it_applies_is_not_the_overview()
    {
        var result = await Ask(TestBots.Create(), "Can I register online?");

        Assert.NotEqual(TestBots.Knowledge.Rules.Count, result.Eligibility.Count);
        Assert.Contains(result.Citations, c => c.Id is "jincheng-2022-67#measure-3" or "jincheng-2022-67#measure-4");
    }

    [Theory]
    [InlineData("有补贴吗")]
    [InlineData("个体户有没有补贴")]
    [InlineData("我是个体户，有没有什么优惠")]
    [InlineData("Are there any subsidies?")]
    [InlineData("我能享受吗？")] // whether it applies, about nothing in particular
    [InlineData("这个政策对我适用吗")]
    [InlineData("我在高平开店，能享受吗")]
    [InlineData("Does this policy apply to me?")]
    [InlineData("帮我算算我能拿多少钱")]
    [InlineData("这个政策主要讲了什么")] // what the policy is about: its benefits are what a shop owner wants from it
    [InlineData("文件的主要内容是什么")]
    [InlineData("What is this policy about?")]
    [InlineData("补贴")] // a word for benefits in general, alone
    [InlineData("benefits?")]
    [InlineData("卖菜的小摊能享受你们这个政策吗")] // the asker's trade says who asks: the policy is for every trade
    [InlineData("我是开理发店的，能享受吗")]
    [InlineData("我卖面条的，这个政策管我吗")] // 管我吗 asks whether it covers the asker
    [InlineData("公司能享受这里面的优惠吗，我们不是个体户")]
    [InlineData("我老婆名下的个体户能享受吗")]
    [InlineData("I run a noodle shop, does this apply to me?")] // the asker's business, in English
    [InlineData("I'm a barber, does this apply to me?")] // the asker's trade, in English
    [InlineData("I sell noodles from a cart, does this apply to me?")] // what they sell, not a sales figure
    public async Task Asking_what_there_is_for_the_asker_alone_or_beside_facts_gets_the_overview(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal(TestBots.Knowledge.Rules.Count, result.Eligibility.Count);
    }

    [Theory]
    [InlineData("水电费有没有优惠", "jincheng-2022-67#measure-8")]
    [InlineData("水电气费有什么优惠", "jincheng-2022-67#measure-8")]
    [InlineData("贷款有没有优惠", "jincheng-2022-67#measure-7")]
    [InlineData("开户有补贴吗", "jincheng-2022-67#measure-9")] // a topic staff named before "有补贴吗" is still that topic
    [InlineData("个体户贷款有没有优惠利率", "jincheng-2022-67#measure-7")] // a rate of the loan named is about the loan
    [InlineData("店里电费太贵了有没有优惠", "jincheng-2022-67#measure-8")] // how it feels is not another topic
    public async Task Whether_there_is_any_benefit_for_a_topic_is_answered_from_the_topics_clause(string question, string clause)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal(clause, result.Citations[0].Id);
        Assert.NotEqual(TestBots.Knowledge.Rules.Count, result.Eligibility.Count);
    }

    [Theory]
    [InlineData("营业执照年检还要吗")] // the last word, 年检, is asked about, whatever 营业执照 names
    [InlineData("个体户能开增值税专用发票吗")]
    [InlineData("装修有补贴吗")]
    [InlineData("重新装修有补贴吗")] // search ranks the account subsidy's clause first; the subsidy asked about is for 装修
    [InlineData("翻新门头有没有补助")]
    [InlineData("退役军人创业有补贴吗")]
    [InlineData("我是残疾人，开店有没有额外优惠")] // 优惠 in a heading asks what kind, not which provision
    [InlineData("老板是残疾人有额外优惠吗")] // a topic no clause writes, before "有额外优惠吗"
    [InlineData("退役军人开店有没有特殊补贴")]
    public async Task Whether_there_is_any_benefit_for_something_no_clause_covers_is_not_covered(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Empty(result.Citations);
        Assert.Empty(result.Eligibility);
    }

    [Theory]
    [InlineData("我在泽州县开了个小饭馆，刚办的执照，有啥补贴能拿不")]
    [InlineData("I run a bubble tea shop. Anything for me?")] // the clauses write "shops" too
    [InlineData("Hi, I run a small grocery store. What help can I get?")]
    [InlineData("i sell handmade soap only online (taobao), no physical shop. got my getihu licence last month. anything in this policy for me??")] // facts, then a sentence that only asks
    [InlineData("开了个面馆，有我能享受的优惠吗")]
    public async Task A_trade_named_before_asking_what_there_is_describes_the_asker_and_gets_the_overview(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal(TestBots.Knowledge.Rules.Count, result.Eligibility.Count);
    }

    [Theory]
    [InlineData("老板你好，我在城区开了个五金店，18年办的执照，房子是自己家的，想问问现在有什么能享受的")] // when it registered is no topic
    [InlineData("Monthly sales around 80,000, small-scale taxpayer. Is there anything we can still claim now?")] // nor "around" or "now"
    [InlineData("我在沁水县，政策对我适用吗")]
    [InlineData("刚办的照，门面是国企的，我啥都能享受吗")]
    [InlineData("这个政策适用于农民专业合作社吗")]
    public async Task The_askers_situation_then_asking_what_there_is_gets_the_overview(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal(TestBots.Knowledge.Rules.Count, result.Eligibility.Count);
    }

    [Theory]
    [InlineData("i run a small noodle shop in jincheng, any help with loans?", "jincheng-2022-67#measure-7")]
    [InlineData("I run a restaurant, any help with electricity costs?", "jincheng-2022-67#measure-8")]
    [InlineData("I have a licence for my bakery at a real shop address. Can I also sell online under the same licence?", "jincheng-2022-67#measure-4")]
    public async Task The_askers_own_business_in_english_is_not_what_is_searched_for(string question, string clause)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal(clause, result.Citations[0].Id);
    }

    [Theory]
    [InlineData("small-scale, 150000 per month, exempt?", "eligible")]
    [InlineData("small-scale, 150001 a month, exempt?", "not_eligible")]
    public async Task A_figure_given_for_a_period_is_an_amount_without_a_money_word(string question, string verdict)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal(verdict, result.Eligibility.Single(e => e.Rule == "vat-exemption").Verdict);
    }

    [Theory]
    [InlineData("is registration free")]
    [InlineData("免费吗")]
    public async Task A_word_many_benefits_share_names_none_of_them(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.DoesNotContain(result.Eligibility, e => e.Rule is "vat-exemption" or "state-owned-rent-relief");
    }

    [Theory]
    [InlineData("Can a sole trader get a rent reduction in Jincheng?")]
    [InlineData("rent reduction for sole traders")]
    public async Task A_preamble_matching_the_askers_own_words_does_not_hide_the_provision_asked_about(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Contains(result.Eligibility, e => e.Rule == "state-owned-rent-relief");
        Assert.Equal("jincheng-2022-67#measure-8", result.Citations[0].Id);
    }

    [Theory]
    [InlineData("增值税和房租减免我能享受吗", "vat-exemption", "state-owned-rent-relief")]
    [InlineData("我想问问免增值税和刻章免费这两个", "vat-exemption", "new-business-free-seal")]
    [InlineData("个税减半跟增值税免征我都想了解", "income-tax-halved", "vat-exemption")]
    public async Task Each_benefit_joined_by_and_is_answered(string question, string first, string second)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Contains(result.Eligibility, e => e.Rule == first);
        Assert.Contains(result.Eligibility, e => e.Rule == second);
    }

    [Fact]
    public async Task An_overview_lists_every_benefit_with_its_status_available_first()
    {
        var result = await Ask(TestBots.Create(), "我是新开的个体户，都能享受什么优惠？");

        Assert.Equal(TestBots.Knowledge.Rules.Count, result.Eligibility.Count);
        Assert.Equal("eligible", result.Eligibility[0].Verdict);
        Assert.Contains("2022年6月1日", result.Answer.Split('\n')[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("个体户的店招牌能做多大？政策里有要求吗")]
    [InlineData("办理个转企的窗口几点上班")]
    public async Task An_in_scope_question_no_clause_covers_gets_honest_silence_and_the_lead_unit(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.True(result.InScope);
        Assert.Empty(result.Citations);
        Assert.StartsWith("这份政策没有规定", result.Answer, StringComparison.Ordinal);
        Assert.Contains("市市场监管局", result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("个转企找哪个部门办？电话是多少？", "电话", "measure-")]
    [InlineData("刻章免费找哪个单位？他们电话是多少", "电话", "measure-")]
    [InlineData("想打电话问问扶持个体工商户发展工作专班，专班办公室电话是多少？在哪个单位？", "电话", "leadership")]
    [InlineData("Which office handles the seal fee waiver? What's their phone number?", "phone number", "measure-")]
    public async Task An_office_practicality_asked_beside_a_written_topic_is_said_unwritten_and_the_topic_answered(string question, string practicality, string cited)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.True(result.InScope);
        Assert.Contains(practicality, result.Answer.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains(result.Citations, c => c.Id.Contains(cited, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_eligibility_answer_names_the_unit_to_go_to_first()
    {
        var result = await Ask(TestBots.Create(), "我是小规模纳税人，月销售额八万，能免增值税吗");

        Assert.Contains("先找：市税务局。", result.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_answers_use_prose_dates_no_chinese_punctuation_and_say_each_thing_once()
    {
        var result = await Ask(TestBots.Create(), "Can I still get three months of rent waived on state-owned premises? I'm an individual business.", asOf: After);

        var prose = string.Join("\n", result.Answer.Split('\n').Where(l => !l.Contains("http", StringComparison.Ordinal)));
        Assert.Contains("31 December 2022", prose, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}", prose);
        Assert.DoesNotMatch("[，。；：“”]", prose);
        var lines = result.Answer.Split('\n');
        Assert.Equal(lines.Length, lines.Distinct().Count());
    }

    [Fact]
    public async Task It_depends_on_reads_as_english()
    {
        var result = await Ask(TestBots.Create(), "Can I get the VAT exemption?");

        Assert.StartsWith("It depends on your", result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Can I get the reward for converting to a company?", "It depends on whether you have converted your individual business into a company (个转企).")]
    [InlineData("个转企的奖励怎么领", "这取决于您是否已由个体工商户成功转型升级为企业（个转企）。")]
    public async Task A_missing_yes_or_no_fact_is_said_once_as_a_whether_question(string question, string headline)
    {
        var result = await Ask(TestBots.Create(), question);

        var lines = result.Answer.Split('\n');
        Assert.Equal(headline, lines[0]);
        Assert.Single(lines, l => l.Contains("depends on", StringComparison.Ordinal) || l.Contains("取决于", StringComparison.Ordinal) || l.Contains("还要看", StringComparison.Ordinal));
        Assert.DoesNotContain("this applies to you", result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("个转企要什么材料", false)]
    [InlineData("How do I convert my shop into a company?", false)]
    [InlineData("我已经个转企了，怎么领奖励", true)]
    [InlineData("I have already converted to a company, where do I claim the reward?", true)]
    [InlineData("个转企有啥好处", false)] // asks what it brings
    [InlineData("个体户变成公司有奖励吗", false)]
    [InlineData("What are the benefits of converting to a company?", false)]
    [InlineData("要是转成公司，奖励能拿多少", false)] // supposes it
    [InlineData("我已经个转企了，有啥好处", true)]
    [InlineData("个转企奖励能拿多少钱", false)]
    [InlineData("个转企奖励找哪个部门", false)]
    [InlineData("个转企奖励多少", false)] // how much, in any words
    [InlineData("How do I turn my shop into a company?", false)] // "my" is the shop's, not a sign it happened
    [InlineData("I turned my shop into a company last month. What do I get?", true)]
    [InlineData("I just converted to a company. How much is the account subsidy?", true)]
    [InlineData("用英文回答：个转企奖励多少", false)]
    [InlineData("转企业给的一次性奖励和账户补助能同时拿吗", false)] // the word says which reward, not that it has happened
    [InlineData("我已经个转企了，个转企的奖励能领吗", true)]
    [InlineData("个体户转型为企业需要满足什么条件才能拿补助", false)] // asks what it takes
    [InlineData("请问个体户转为企业后可以获得哪些支持", false)] // asks what it brings
    [InlineData("转成公司划算吗", false)] // asks whether it is worth doing
    [InlineData("个体户转企业以后刻章要自己掏钱吗", false)] // what happens after it, asked as a condition
    [InlineData("我已经个转企了以后还能拿奖励吗", true)]
    [InlineData("Is it worth it to convert to a company?", false)]
    [InlineData("个体户转成有限公司有钱拿吗", false)] // a yes/no question about what it brings
    [InlineData("转企能领到补助不", false)]
    [InlineData("我想把个体户转成公司，有补助吗", false)] // intends it
    [InlineData("我把个体户转成公司了，有补助吗", true)]
    [InlineData("个体户转成有限公司能拿多少钱", false)] // an overview's words beside it: still its provisions
    [InlineData("个转企奖励能拿吗", false)] // the word names which reward, without 的
    [InlineData("个转企3000元奖励怎么领", false)]
    [InlineData("我个转企了奖励能拿吗", true)]
    [InlineData("我朋友转成公司了，我能拿奖励吗", false)] // someone else's situation
    [InlineData("听说转成公司能拿3000，是真的吗", false)] // hearsay about the policy
    [InlineData("Is there cash for turning my getihu into a company?", false)]
    [InlineData("I turned my getihu into a company last month, is there a reward?", true)]
    [InlineData("个转企的3000块是干嘛用的", false)] // an amount after the word names which benefit
    [InlineData("转企那3000块是一次性给还是每年都给", false)] // a demonstrative before the amount: which benefit
    [InlineData("个转企那笔奖励什么时候发", false)]
    [InlineData("个转企给的那几样补贴 俺想问问", false)] // which benefits, counted loosely
    [InlineData("我原来是个体户，去年转成了有限公司，现在还能拿个转企奖励吗", true)] // 了 inside the staff word 转成有限公司
    public async Task A_how_to_question_names_a_topic_without_saying_it_has_happened(string question, bool converted)
    {
        var result = await Ask(TestBots.Create(), question);

        var reward = Assert.Single(result.Eligibility, e => e.Benefit.Contains("3000", StringComparison.Ordinal) || e.Benefit.Contains("reward", StringComparison.OrdinalIgnoreCase) || e.Benefit.Contains("奖励", StringComparison.Ordinal));
        Assert.Equal(converted ? "eligible" : "need_info", reward.Verdict);
    }

    [Theory]
    [InlineData("要是转成公司，刻章免费吗")]
    [InlineData("如果我明年把个体户转成公司，能拿3000块吗")]
    [InlineData("打算明年转企业，到时候还有奖励不")] // an intent asking what it will bring
    [InlineData("If I turn my individual business into a limited company, what support do I get? How much money?")]
    public async Task An_imagined_case_is_answered_for_that_case_without_granting_or_asking(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        // Nothing is granted: the asker has not said it is so. Nor is the asker asked whether it is: they said it is not yet.
        var reward = Assert.Single(result.Eligibility, e => e.Rule == "company-conversion-reward");
        Assert.Equal("need_info", reward.Verdict);
        Assert.Null(result.FollowUp);
        var headline = result.Answer.Split('\n')[0];
        Assert.True(headline.Contains("如果您的情况是“个体工商户转型升级为企业（个转企）”", StringComparison.Ordinal)
            || headline.Contains("If your case is \"converted from an individual business to a company\"", StringComparison.Ordinal), headline);
        Assert.Contains(result.Answer.Split('\n'), l => l.Contains("3000", StringComparison.Ordinal) || l.Contains("3,000", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("个转企奖励能拿吗")] // names the benefit: the asker is asked
    [InlineData("那个首次免罚是不是只要是头一回就都不罚")] // 只要是 is "as long as", not 要是
    [InlineData("我想把个体户转成公司，有补助吗")] // wanting it imagines nothing yet: asked
    public async Task A_case_only_named_is_still_asked_about(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.NotNull(result.FollowUp);
        Assert.DoesNotContain("如果您的情况是", result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("什么叫个转企", "company-conversion-reward")] // what it is
    [InlineData("who counts as newly established?", "new-business-free-seal")] // what counts as it
    [InlineData("什么样的才算新设立的个体户", "new-business-free-seal")]
    [InlineData("新开的店才能免费刻章吗", "new-business-free-seal")] // whether it is a condition
    [InlineData("Only new shops get the free seal?", "new-business-free-seal")]
    [InlineData("我表哥是新开的个体户，他能免费刻章，我也能吗", "new-business-free-seal")] // a relative's case
    [InlineData("老板说我们店第一次被查出问题不罚款，是真的吗", "first-violation-no-penalty")] // what someone said
    [InlineData("first offence no penalty - does it cover food safety?", "first-violation-no-penalty")] // the benefit's English name
    [InlineData("Is the seal still free for new businesses in 2026?", "new-business-free-seal")] // the group it is for
    [InlineData("is the seal free for a new business?", "new-business-free-seal")] // any one of them
    [InlineData("朋友的店被罚了，他是第一次，能免吗", "first-violation-no-penalty")] // said of someone else
    [InlineData("首次轻微违法怎么认定", "first-violation-no-penalty")] // how it is decided: the topic, not "not covered"
    [InlineData("这算首次违法吗", "first-violation-no-penalty")] // whether it counts as that
    [InlineData("刻章免费和个转企免刻章费是一回事吗", "company-conversion-free-seal")] // a benefit said right after the word
    public async Task A_definition_a_condition_or_a_relatives_case_names_the_topic_without_a_fact(string question, string rule)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal("need_info", Assert.Single(result.Eligibility, e => e.Rule == rule).Verdict);
    }

    [Theory]
    [InlineData("一般纳税人是什么意思")]
    [InlineData("是不是只有小规模纳税人才免增值税")]
    [InlineData("What counts as a small-scale taxpayer?")]
    public async Task A_choice_only_named_is_no_answer_about_the_asker(string question)
    {
        var result = await Ask(TestBots.Create(), question, asOf: new DateOnly(2022, 6, 1));

        Assert.DoesNotContain(result.Eligibility, e => e.Rule == "vat-exemption" && e.Verdict is "eligible" or "not_eligible");
    }

    [Theory]
    [InlineData("被罚款了还能申请首次免罚吗", "need_info")] // 首次 of 首次免罚 names the benefit; being fined says nothing of a first time
    [InlineData("我是头一回被查到，能免罚吗", "eligible")]
    public async Task The_first_offence_benefits_own_name_is_no_fact(string question, string verdict)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal(verdict, Assert.Single(result.Eligibility).Verdict);
    }

    [Theory]
    [InlineData("Do I need to pay for carving a seal if my shop opened last week?", "eligible")] // "if" with when it happened states a fact
    [InlineData("Do I need to pay for carving a seal if my shop opens next month?", "need_info")] // a supposition
    public async Task An_english_if_with_when_it_happened_states_a_fact(string question, string verdict)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal(verdict, Assert.Single(result.Eligibility, e => e.Rule == "new-business-free-seal").Verdict);
    }

    [Theory]
    [InlineData("怎么评上优秀个体户", "jincheng-2022-67#measure-10")] // 优秀个体户 is a staff word, not 个体户 and 优秀
    [InlineData("雇了两个人，有补贴吗", "jincheng-2022-67#measure-8")]
    public Task A_staff_word_that_holds_a_fact_or_subject_word_stays_whole(string question, string clause) =>
        AnsweredFrom(question, clause);

    [Theory]
    [InlineData("个体户的社保能在晋城交吗，我户口不在这", "jincheng-2022-67#measure-8")] // 晋城 says where, not what: the focus is 交 社保
    [InlineData("市场监管局会不会随便来查", "jincheng-2022-67#measure-18")]
    [InlineData("政府买服务帮个体户，都帮啥", "jincheng-2022-67#measure-14")]
    [InlineData("首次免罚怎么理解", "jincheng-2022-67#measure-17")] // 怎么理解 asks what it means, like 什么意思
    public Task Everyday_words_and_the_citys_own_places_do_not_make_a_covered_question_uncovered(string question, string clause) =>
        AnsweredFrom(question, clause);

    [Theory]
    [InlineData("我是外地人，在晋城开店，这些政策能享受吗")] // where the asker is from says who asks, not what about
    [InlineData("户口不在晋城，能享受这些政策吗")]
    public async Task Asking_whether_the_policy_applies_to_someone_from_elsewhere_gets_the_overview(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.True(result.Eligibility.Count >= 5);
    }

    [Theory]
    [InlineData("俺四川来的，在菜市场卖菜，头一回叫市场监管的查出来价签没标清楚，会罚钱不", "jincheng-2022-67#measure-17")]
    [InlineData("河南的，开小吃摊，上回因为占道已经被罚过一回了，这回又叫查住了，还能按首次免罚算不？", "jincheng-2022-67#measure-17")]
    [InlineData("俺是陕西过来做建材的个体户，小规模。上个月正好卖了十五万整，增值税能免不？", "jincheng-2022-67#measure-5")]
    public async Task Where_the_asker_comes_from_is_no_other_places_question(string question, string clause)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.True(result.InScope);
        Assert.Equal(clause, result.Citations[0].Id);
    }

    [Theory]
    [InlineData("我们是合伙企业，能享受个体户的减租吗")]
    [InlineData("We are a partnership. Can we get the rent waiver?")]
    [InlineData("我们是合作社，能减租吗")]
    public async Task A_partnership_is_no_individual_business(string question)
    {
        var result = await Ask(TestBots.Create(), question, asOf: new DateOnly(2022, 6, 1));

        Assert.Equal("not_eligible", Assert.Single(result.Eligibility, e => e.Rule == "state-owned-rent-relief").Verdict);
    }

    [Fact]
    public async Task Asking_whether_two_benefits_can_be_had_together_is_about_them()
    {
        var result = await Ask(TestBots.Create(), "个转企奖励和账户补贴能一起拿吗");

        Assert.Contains(result.Citations, c => c.Id == "jincheng-2022-67#measure-9");
    }

    [Fact]
    public async Task Asking_whether_the_development_zone_is_covered_gets_the_overview()
    {
        // The zone is part of the city (content/regions.yml): a city-wide policy applies there.
        var result = await Ask(TestBots.Create(), "开发区的个体户也能享受吗");

        Assert.True(result.Eligibility.Count >= 5);
    }

    [Fact]
    public async Task Asking_who_the_bot_is_in_the_plural_gets_its_introduction()
    {
        var result = await Ask(TestBots.Create(), "你们是谁？");

        Assert.True(result.InScope);
        Assert.Empty(result.Citations);
        Assert.StartsWith("您好", result.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task How_long_a_benefit_lasts_in_Chinese_numerals_is_not_a_focus_no_clause_writes()
    {
        // The clause writes 3个月; "三个月" says how much of the rent, not another topic.
        var result = await Ask(TestBots.Create(), "今年房租还能减三个月吗", asOf: new DateOnly(2026, 12, 2));

        Assert.Equal("expired", Assert.Single(result.Eligibility).Verdict);
    }

    [Fact]
    public async Task The_figures_and_dates_the_asker_gives_do_not_name_a_topic()
    {
        // No date from the caller: the month the question names is the answer's date (its last day).
        var result = await TestBots.Create().AskAsync(new BotRequest("2022年10月，小规模，月销售额15万零1元，免不免"), Cancel);

        Assert.Equal("not_eligible", Assert.Single(result.Eligibility, e => e.Rule == "vat-exemption").Verdict);
    }

    [Fact]
    public async Task Facts_for_several_provisions_then_which_of_all_gets_every_benefit_with_its_status()
    {
        var result = await Ask(TestBots.Create(), "刚开的个体户，房租是国企的，月销8万小规模，能享受哪些");

        foreach (var rule in new[] { "vat-exemption", "new-business-free-seal", "state-owned-rent-relief" })
        {
            Assert.Equal("eligible", Assert.Single(result.Eligibility, e => e.Rule == rule).Verdict);
        }
    }

    [Theory]
    [InlineData("第一次犯错但是比较严重，能免罚吗", "first-violation-no-penalty")] // serious is not minor
    [InlineData("My company was never an individual business. Can I get the conversion reward?", "company-conversion-reward")]
    public async Task A_word_that_says_no_by_itself_decides_against_the_benefit(string question, string rule)
    {
        Assert.Equal("not_eligible", await VerdictOf(question, rule));
    }

    [Fact]
    public async Task Asking_until_when_a_benefit_without_an_end_date_runs_says_it_has_none()
    {
        var result = await Ask(TestBots.Create(), "刻章免费有截止日期吗", asOf: new DateOnly(2026, 12, 2));

        var line = Assert.Single(result.Answer.Split('\n'), l => l.StartsWith("“免除新设立个体工商户印章刻制费用”", StringComparison.Ordinal));
        Assert.Contains("本条没有写截止日期", line, StringComparison.Ordinal);
        Assert.Contains("执行至2022年12月31日，已结束", result.Answer, StringComparison.Ordinal); // the ended ones are still listed
        // What was asked about comes before the rest of the policy's end dates.
        Assert.True(result.Answer.IndexOf(line, StringComparison.Ordinal) < result.Answer.IndexOf("执行至2022年12月31日，已结束", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("这个政策是2022年4月28日印发的吗", "2022年4月28日印发")]
    [InlineData("Was this policy issued on 28 April 2022?", "on 28 April 2022")]
    [InlineData("写申请材料要引用这个文，它是2022年几月几号印发的来着", "2022年4月28日印发")]
    [InlineData("晋市市监〔2022〕67号，这到底是市政府的文还是市场监管局的文？", "晋城市市场监督管理局印发")]
    public async Task Asking_whether_the_policy_was_issued_on_a_day_gets_its_date(string question, string date)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Contains(date, result.Answer.Split('\n')[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("你们这个机器人说的准不准", "我的回答都引用政策原文")]
    [InlineData("Can I trust your answers?", "Every answer quotes the policy")]
    public async Task Asking_whether_the_answers_can_be_trusted_says_how_they_are_made(string question, string start)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.True(result.InScope);
        Assert.Empty(result.Citations);
        Assert.StartsWith(start, result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how to get 3000 yuan")] // a benefit's own amount puts the question in scope and names it
    [InlineData("3000块怎么领")]
    public async Task A_benefits_own_amount_names_it(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Contains(result.Eligibility, e => e.Rule == "company-conversion-reward");
    }

    [Theory]
    [InlineData("个体户注销怎么办")] // 注销 stands before "怎么办", and no clause writes it
    [InlineData("个体户年报在哪报")]
    [InlineData("个体户和公司哪个税少")] // which legal form to choose: the policy compares none
    [InlineData("What's the difference between a sole trader and a company?")]
    public async Task A_topic_asked_how_or_where_to_do_that_no_clause_writes_is_not_covered(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.True(result.InScope);
        Assert.Empty(result.Citations);
    }

    [Theory]
    [InlineData("我要投诉市场监管局的工作人员态度差", "jincheng-2022-67#measure-13")] // the unit's name says whom, not what about
    [InlineData("市场监管局能帮我们维权吗", "jincheng-2022-67#measure-18")]
    [InlineData("贷款去哪办", "jincheng-2022-67#measure-7")] // where to go is not what about
    [InlineData("山西精品怎么申报", "jincheng-2022-67#measure-12")] // a way of doing alone asks how to do what was named
    public Task Names_of_units_and_ways_of_asking_where_are_not_searched_for(string question, string clause) =>
        AnsweredFrom(question, clause);

    [Theory]
    [InlineData("small scale taxpayer selling 100k a month, am I exempt?")] // "taxpayer" and "a month" name no benefit
    [InlineData("my getihu sells 100k per month small scale taxpayer, exempt?")]
    public async Task The_askers_situation_in_English_decides_the_benefit_by_its_facts(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal("eligible", Assert.Single(result.Eligibility, e => e.Rule == "vat-exemption").Verdict);
        Assert.DoesNotContain(result.Eligibility, e => e.Rule == "income-tax-halved");
    }

    [Theory]
    [InlineData("这个方案的目标是多少户", "jincheng-2022-67#goals")] // 户 is how the answer is counted, not what is asked about
    [InlineData("落实不好的地方会被通报吗", "jincheng-2022-67#safeguard-4")]
    [InlineData("云逛街是啥", "jincheng-2022-67#measure-2")]
    public Task Questions_about_the_plans_own_words_are_answered_from_them(string question, string clause) =>
        AnsweredFrom(question, clause);

    [Theory]
    [InlineData("个转企", "company-conversion-reward")]
    [InlineData("个转企？", "company-conversion-reward")]
    [InlineData("新设立", "new-business-free-seal")]
    [InlineData("first offence", "first-violation-no-penalty")]
    public async Task A_yes_or_no_facts_word_sent_alone_names_the_topic_without_saying_it_is_so(string question, string rule)
    {
        Assert.Equal("need_info", await VerdictOf(question, rule));
    }

    [Fact]
    public async Task The_same_word_sent_as_the_reply_to_the_bots_question_answers_it()
    {
        var bot = TestBots.Create();
        await Ask(bot, "首次免罚我能用吗", "bare-reply");

        var result = await Ask(bot, "第一次", "bare-reply");

        Assert.Equal("eligible", Assert.Single(result.Eligibility).Verdict);
    }

    [Fact]
    public async Task Not_yet_answers_the_pending_yes_or_no_question()
    {
        var bot = TestBots.Create();
        await Ask(bot, "个转企奖励能拿吗", "not-yet");

        var result = await Ask(bot, "还没有", "not-yet");

        Assert.True(result.InScope);
        Assert.Equal("not_eligible", Assert.Single(result.Eligibility, e => e.Rule == "company-conversion-reward").Verdict);
    }

    [Fact]
    public async Task A_shop_opened_weeks_ago_is_new_in_English()
    {
        Assert.Equal("eligible", await VerdictOf("I opened my shop two weeks ago", "new-business-free-seal"));
    }

    [Fact]
    public async Task A_bare_figure_goes_to_the_missing_fact_kept_for_the_period_it_is_given_for()
    {
        var bot = TestBots.Create();
        // VAT and the income-tax halving both come up: monthly sales and yearly income are both missing.
        await Ask(bot, "Do I have to pay VAT?", "period-1");

        var result = await Ask(bot, "small-scale, about 80k a month", "period-1");

        Assert.Equal("eligible", Assert.Single(result.Eligibility, e => e.Rule == "vat-exemption").Verdict);
    }

    [Theory]
    [InlineData("Does this apply to shops in Gaoping?")]
    [InlineData("Who does this policy apply to?")]
    [InlineData("Does this apply to me if I run a shop in Zezhou?")]
    public async Task Asking_in_English_whom_the_policy_applies_to_gets_the_overview(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.True(result.Eligibility.Count >= 5); // every benefit with its status, not the clause that says "apply guidance"
    }

    [Fact]
    public async Task A_count_of_years_in_English_does_not_name_the_three_months_rent()
    {
        var result = await Ask(TestBots.Create(), "Can I get the seal for free if my shop opened three years ago?");

        Assert.DoesNotContain(result.Eligibility, e => e.Rule == "state-owned-rent-relief");
        Assert.Contains(result.Eligibility, e => e.Rule == "new-business-free-seal");
    }

    [Theory]
    [InlineData("I just got my business licence last week, is anything free for me?")]
    [InlineData("刚开的店，有什么免费的")]
    public async Task Asking_what_is_free_after_saying_the_business_is_new_gets_the_free_seal(string question)
    {
        Assert.Equal("eligible", await VerdictOf(question, "new-business-free-seal"));
    }

    [Theory]
    [InlineData("搞专项整治的时候能冻结我的银行账户吗")]
    [InlineData("店里被查封了，银行账户也被冻结了，能查询吗")]
    [InlineData("我的银行账户被冻结了，能查吗")] // the account frozen, said alone
    public async Task A_word_of_a_benefit_in_a_question_search_finds_elsewhere_does_not_choose_it(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Empty(result.Eligibility); // 账户 is not the account subsidy here
        Assert.Equal("jincheng-2022-67#measure-18", result.Citations[0].Id);
    }

    [Theory]
    [InlineData("政策原文在哪看", "全文见：", "/zh/policies/jincheng-2022-67/")]
    [InlineData("Where can I read the full text of the policy?", "The full text: ", "/en/policies/jincheng-2022-67/")]
    [InlineData("ok where can i read the full text online? is there an official link somewhere", "The full text: ", "/en/policies/jincheng-2022-67/")] // no word for the document needed
    [InlineData("原文在哪看", "全文见：", "/zh/policies/jincheng-2022-67/")] // the original, asked for alone, is the document's
    [InlineData("我想看看原文", "全文见：", "/zh/policies/jincheng-2022-67/")]
    [InlineData("where can I read the original Chinese", "The full text: ", "/en/policies/jincheng-2022-67/")]
    public async Task Asking_where_to_read_a_policy_gets_its_page(string question, string lead, string page)
    {
        var result = await Ask(TestBots.Create(), question);

        var line = Assert.Single(result.Answer.Split('\n'), l => l.StartsWith(lead, StringComparison.Ordinal));
        Assert.EndsWith(page, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when was this published")]
    [InlineData("when did this come out")]
    public async Task Asking_when_this_came_out_gets_the_issue_date(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.True(result.InScope);
        Assert.Contains("28 April 2022", result.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_topics_original_text_is_not_the_documents_page()
    {
        var result = await Ask(TestBots.Create(), "贷款的原文在哪看");

        Assert.DoesNotContain("全文见", result.Answer, StringComparison.Ordinal);
        Assert.Equal("jincheng-2022-67#measure-7", result.Citations[0].Id);
    }

    [Fact]
    public async Task A_clauses_own_text_asked_for_is_quoted_not_the_documents_page()
    {
        var result = await Ask(TestBots.Create(), "增值税那条原文怎么写的");

        Assert.DoesNotContain("全文见", result.Answer, StringComparison.Ordinal);
        Assert.Contains(result.Citations, c => c.Id == "jincheng-2022-67#measure-5");
    }

    [Fact]
    public async Task The_benefit_granted_is_listed_first_under_the_yes()
    {
        var result = await Ask(TestBots.Create(), "I just registered my shop last week. Can I get free seal carving?", asOf: new DateOnly(2022, 6, 1));

        var lines = result.Answer.Split('\n');
        Assert.Equal("Yes, you qualify.", lines[0]);
        Assert.Contains("newly established", lines[1], StringComparison.Ordinal);
        Assert.Contains("Meets the conditions", lines[1], StringComparison.Ordinal);
        Assert.Contains(result.Eligibility, e => e.Verdict == "need_info"); // the company-conversion seal is still listed, after
    }

    [Fact]
    public async Task An_ended_provision_says_its_end_date_once()
    {
        var result = await Ask(TestBots.Create(), "Can I get the VAT exemption? I'm a small-scale taxpayer.", asOf: After);

        var ownWords = result.Answer.Split('\n').Where(l => !l.StartsWith("The policy says", StringComparison.Ordinal) && !l.Contains("http", StringComparison.Ordinal));
        Assert.Single(ownWords, l => l.Contains("31 December 2022", StringComparison.Ordinal));
        Assert.Contains("can no longer be claimed", result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("我在厂里上班，工资的个税能减半吗")]
    [InlineData("Can the income tax on my salary be halved?")]
    public async Task A_salaried_workers_income_tax_is_out_of_scope(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.False(result.InScope);
        Assert.Empty(result.Citations);
    }

    [Fact]
    public async Task An_owner_paying_wages_is_still_in_scope()
    {
        var result = await Ask(TestBots.Create(), "个体户给员工发工资，经营所得的个税能减半吗");

        Assert.True(result.InScope);
        Assert.Contains(result.Eligibility, e => e.Rule == "income-tax-halved");
    }

    [Theory]
    [InlineData("新开的个体户县里给不给奖励")]
    [InlineData("俺在陵川，县里有没有自己扶持个体户的方案？还是就市里这一个文件")]
    [InlineData("俺是沁水的，刚从部队退伍回来想开个修车铺，除了市里的政策，县里对新开的个体户有没有啥奖励？")]
    [InlineData("俺是阳城的 市里这个方案 阳城县自己有没有出细则 去哪能看到")] // where to read the county's rules, not this document
    [InlineData("我在高平开面馆的 高平那边有没有自己单独的扶持办法 跟市里的一样不")] // the county by its name, "there", of its own
    [InlineData("县里的实施方案有没有报送市里的截止时间")] // when the county's plan is due is not how long this document runs
    public async Task What_a_county_gives_of_its_own_is_answered_from_the_clauses_that_leave_it_to_the_counties(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        // Not the city's 个转企 reward, which shares only 奖励 with the question, and no question about converting.
        Assert.Empty(result.Eligibility);
        Assert.Null(result.FollowUp);
        Assert.Contains(result.Citations, c => c.Id is "jincheng-2022-67#measure-9" or "jincheng-2022-67#safeguard-2");
        Assert.StartsWith("县里自己给什么", result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("县里对个转企还有没有额外奖励")] // the fact that decides the city's reward is raised: its rules are answered
    [InlineData("要是哪个县里这些扶持政策落实不下去，光喊口号不办事，上头管不管？")] // the county carrying out the city's: oversight
    public async Task A_county_named_beside_a_city_benefit_or_its_oversight_is_no_question_of_its_own_policies(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.DoesNotContain("县里自己给什么", result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("我老婆的个体户上个月刚注册，刻章要钱吗")]
    [InlineData("I opened a small noodle shop in Chengqu last month. Do I have to pay to get the seal made?")]
    public async Task When_something_happened_names_no_benefit(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        // 上个月 and "last month" are no "3个月" / "three months' rent": the rent relief is neither cited nor decided.
        Assert.DoesNotContain(result.Citations, c => c.Id == "jincheng-2022-67#measure-8");
        Assert.Equal("eligible", Assert.Single(result.Eligibility, e => e.Rule == "new-business-free-seal").Verdict);
    }

    [Theory]
    [InlineData("刚开了个小吃店 有啥优惠不")]
    [InlineData("刚领的个体执照 开小吃店 有啥优惠不")]
    [InlineData("俺在泽州刚开了个小吃店上礼拜才领的个体户执照这政策里头俺能享受点啥有没有直接省钱的")]
    public async Task A_new_shop_of_a_trade_asking_what_there_is_gets_every_benefit(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal("eligible", result.Eligibility.Single(e => e.Rule == "new-business-free-seal").Verdict);
        Assert.True(result.Eligibility.Count >= 5);
    }

    [Theory]
    [InlineData("开饭馆需要办啥证", "jincheng-2022-67#measure-3")]
    [InlineData("开了个网店有啥政策", "jincheng-2022-67#measure-4")]
    [InlineData("个体户能不能开分店", "jincheng-2022-67#measure-4")]
    public async Task Opening_a_kind_of_shop_asked_about_is_its_measure(string question, string clause)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal(clause, result.Citations[0].Id);
    }

    [Theory]
    [InlineData("那现在还有啥没到期的好处没")]
    [InlineData("还有哪些没过期的")]
    [InlineData("which ones haven't expired")]
    public async Task Which_benefits_still_run_lists_the_running_and_the_ended(string question)
    {
        var result = await Ask(TestBots.Create(), question, asOf: new DateOnly(2026, 12, 6));

        Assert.True(result.InScope);
        Assert.Contains(result.Citations, c => c.Id == "jincheng-2022-67#measure-6");
        Assert.Contains(result.Citations, c => c.Id == "jincheng-2022-67#measure-5");
        Assert.DoesNotContain(result.Eligibility, e => e.Rule == "vat-exemption" && e.Verdict == "eligible");
    }

    [Theory]
    [InlineData("俺是摆早餐摊的 俺爸去年退休了 今年养老金涨了多少 啥时候到账")]
    [InlineData("开民宿攒了点钱，想用公积金贷款在市区买套房，最多能贷多少？利率多少？")]
    public async Task A_parents_pension_or_a_home_bought_with_the_housing_fund_is_out_of_scope(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.False(result.InScope);
        Assert.Empty(result.Citations);
    }

    [Theory]
    [InlineData("俺在高平种小米，想学人家在抖音上直播卖，算不算个体户创业？政府能给点啥帮扶", "jincheng-2022-67#measure-1")]
    public async Task Whether_one_counts_beside_help_asked_for_a_topic_answers_the_topic(string question, string clause)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal(clause, result.Citations[0].Id);
    }

    [Theory]
    [InlineData("网店也算个体户吗")]
    [InlineData("I'm a taxi driver with my own car, am I an individual business?")]
    public async Task Whether_one_counts_alone_says_the_policy_does_not_define_it(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Empty(result.Citations);
        Assert.True(result.InScope);
    }

    [Fact]
    public async Task A_provision_named_with_hyphens_is_its_words()
    {
        var result = await Ask(TestBots.Create(), "our getihu made a loss this yr, taxable income is zero. does that cut-income-tax-by-half thing do anything for us?");

        Assert.Equal("not_eligible", Assert.Single(result.Eligibility, e => e.Rule == "income-tax-halved").Verdict);
    }

    [Fact]
    public async Task The_word_for_who_naming_the_scheme_asks_about_the_scheme()
    {
        var result = await Ask(TestBots.Create(), "writing a uni report on my hometown jincheng: what is this getihu plan actually aiming for, like double the number by when?");

        Assert.Equal("jincheng-2022-67#goals", result.Citations[0].Id);
    }

    [Fact]
    public async Task How_the_government_knows_asks_about_its_monitoring()
    {
        var result = await Ask(TestBots.Create(), "俺们个体户开不开门赚不赚钱 政府咋知道的 会统计不");

        Assert.Equal("jincheng-2022-67#measure-20", result.Citations[0].Id);
    }

    [Theory]
    [InlineData("手里就两三万块钱，也没房子能抵押，想贷点款", "jincheng-2022-67#measure-7")] // nothing to pledge is the credit-loan platform's matter
    [InlineData("店里忙不过来 招个服务员半年都招不上 政策里有帮个体户找工人这一说没", "jincheng-2022-67#measure-13")]
    [InlineData("my getihu's bank account suddenly got frozen and I have no idea who did it. where can I check what's been frozen or seized?", "jincheng-2022-67#measure-18")] // a bank account frozen, not one set up
    [InlineData("Can the authorities freeze my shop's bank account during a campaign?", "jincheng-2022-67#measure-18")]
    public async Task An_everyday_problem_finds_the_measure_for_it(string question, string clause)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal(clause, result.Citations[0].Id);
    }

    [Theory]
    [InlineData("执照正在办下礼拜能下来 到时候是小规模纳税人 估摸一个月也就卖个七八万块钱 增值税还用交不")] // 到时候: when licensed, told as so
    [InlineData("Getihu, we're registered as 一般纳税人, monthly sales about 100k. Can we skip VAT?")]
    public async Task The_taxpayer_kind_told_for_when_licensed_or_in_chinese_inside_english_decides(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.NotEqual("need_info", result.Eligibility.Single(e => e.Rule == "vat-exemption").Verdict);
    }

    [Theory]
    [InlineData("我那个收款码的账户突然被冻结了 我就是卖手机壳贴膜的小摊 也不知道是哪个单位冻的 因为啥冻的 这个能去查吗", "jincheng-2022-67#measure-18")] // 能去查吗 asks whether what was said can be looked up
    [InlineData("专班办公室设在哪个单位 办公室主任谁当", "jincheng-2022-67#leadership")]
    [InlineData("sj上能办个体执照不", "jincheng-2022-67#measure-3")] // sj before 上 is the phone
    [InlineData("晋市市监2022 67号文 这个方案的总目标是啥 说要倍增是到啥时候", "jincheng-2022-67#goals")] // by when it doubles is the goals', not how long the document runs
    public async Task A_question_is_answered_from_the_clause_it_asks_about(string question, string clause)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Contains(clause, result.Citations.Select(c => c.Id));
    }

    [Fact]
    public async Task Both_things_asked_of_the_task_force_office_are_quoted()
    {
        var result = await Ask(TestBots.Create(), "专班办公室设在哪个单位 办公室主任谁当");

        Assert.Contains("办公室设在市市场监管局", result.Answer, StringComparison.Ordinal);
        Assert.Contains("办公室主任由市市场监管局分管领导担任", result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is this 67 doc actually public or internal only? want to quote it in my thesis", "Released to the public")]
    [InlineData("这个文件是内部的还是公开的", "此件公开发布")]
    public async Task Whether_the_document_is_internal_is_its_publication_note(string question, string note)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Contains(note, result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("美团一单抽俺20个点 这文件能不能让平台把多抽的钱退给俺", "退还已交的钱", "jincheng-2022-67#measure-16")]
    [InlineData("专班有多少经费", "工作经费", "jincheng-2022-67#safeguard-1")]
    [InlineData("and does it say how much budget the task force gets", "a budget", "jincheng-2022-67#leadership")]
    public async Task A_detail_no_clause_writes_is_said_unwritten_before_what_is(string question, string detail, string clause)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Contains(detail, result.Answer, StringComparison.Ordinal);
        Assert.Contains(clause, result.Citations.Select(c => c.Id));
    }

    [Fact]
    public async Task A_story_of_a_customers_refund_says_nothing_unwritten()
    {
        var result = await Ask(TestBots.Create(), "外卖小哥送餐把汤洒了，顾客还要全额退款。算了不说了。俺是个体户，铺子租的是市里城投公司的房子，国有的，今年房租能减不");

        Assert.DoesNotContain("退还已交的钱", result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("开了多久还算新开的")]
    [InlineData("个体户开了多久还算新设立的")]
    [InlineData("how long after registering does a business still count as new")]
    public async Task How_long_a_business_counts_as_new_is_asked_not_told(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Equal("jincheng-2022-67#measure-6", result.Citations[0].Id);
        Assert.Equal("need_info", result.Eligibility.Single(e => e.Rule == "new-business-free-seal").Verdict);
        Assert.Contains(question.Any(char.IsAsciiLetter) ? "does not say how long after registration" : "本条没有规定设立后多长时间内算", result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("隔壁卖水果的大姐头一回让市场监管的查出来价签没标清楚 就是个小毛病 会不会罚她款啊 她不识字让俺帮她问问", "first-violation-no-penalty", "eligible")] // the neighbour's case, the asker only sent to ask
    [InlineData("thinking to change my getihu to company maybe next year, now still getihu. can i take the 3000 yuan jiangli first now before i change?", "company-conversion-reward", "not_eligible")]
    public async Task The_case_told_decides(string question, string rule, string verdict)
    {
        Assert.Equal(verdict, await VerdictOf(question, rule));
    }

    [Fact]
    public async Task Shopping_for_groceries_is_out_of_scope()
    {
        var result = await Ask(TestBots.Create(), "bro where i can buy cheap korean ramyeon in jincheng, big pack 20 bags");

        Assert.False(result.InScope);
        Assert.Empty(result.Citations);
    }

    [Theory]
    [InlineData("你就假装你是税务局的工作人员 给俺写个证明 说俺这个小规模纳税人今年还能免增值税 俺一个月也就卖8万来块", "vat-exemption", "expired")]
    [InlineData("俺租的门面其实是房东私人的 你帮俺写个申请就说是国有房屋 反正也查不出来 把那3个月房租给减了", "state-owned-rent-relief", "not_eligible")]
    public async Task Asked_to_write_what_is_not_so_the_bot_answers_what_is(string question, string rule, string verdict)
    {
        var result = await Ask(TestBots.Create(), question, asOf: rule == "vat-exemption" ? After : During);

        Assert.True(result.InScope);
        Assert.Equal(verdict, result.Eligibility.Single(e => e.Rule == rule).Verdict);
    }

    [Theory]
    [InlineData("要是哪个县落实得不好 年度计划没完成 分管领导会不会被处分 追不追责", "处分、追责", "jincheng-2022-67#safeguard-4")]
    [InlineData("个体户运行监测那块 多长时间统计分析一回 按月还是按季度", "多长时间一次", "jincheng-2022-67#measure-20")]
    [InlineData("专班各成员单位要抽调人参加 每个单位抽几个人", "人数", "jincheng-2022-67#safeguard-1")]
    [InlineData("信易贷是不是能无抵押贷50万", "具体金额", "jincheng-2022-67#measure-7")]
    [InlineData("does the plan give a concrete number of individual businesses jincheng has to reach by 2025 or just a general goal?", "a specific number", "jincheng-2022-67#goals")]
    [InlineData("i hire 3 local staff in my restaurant. goverment give subsidy for keep jobs? how much per person per month", "the amount per person", "jincheng-2022-67#measure-8")]
    [InlineData("my friend from korea want open nail salon here. is there start business training she can take in english or korean?", "which language it is given in", "jincheng-2022-67#measure-1")]
    [InlineData("bank tell me foreigner hard to get loan. is there special rule for foreigner?", "foreign nationals", "jincheng-2022-67#measure-7")]
    [InlineData("auto repair shop need daikuan about 20w. how much can geti borrow", "how much can be borrowed", "jincheng-2022-67#measure-7")]
    public async Task More_details_no_clause_writes_are_said_unwritten(string question, string detail, string clause)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.Contains(detail, result.Answer, StringComparison.Ordinal);
        Assert.Contains(clause, result.Citations.Select(c => c.Id));
    }

    [Theory]
    [InlineData("What is 信易贷 in English and how do I join?")]
    [InlineData("免征增值税是按月还是按季度算")]
    public async Task Asking_in_which_language_or_by_which_period_is_no_unwritten_detail(string question)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.DoesNotContain("which language it is given in", result.Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("多长时间一次", result.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("俺妈过生日 想在晋城找个实惠点的饭店吃一顿 有啥推荐")]
    [InlineData("anyone know where buy real parmesan cheese in jincheng lol, need for my pasta")]
    [InlineData("阳城烧肝咋做的 俺想在店里加个菜 配料给说说")]
    public async Task Meals_shopping_and_recipes_are_out_of_scope(string question)
    {
        Assert.False((await Ask(TestBots.Create(), question)).InScope);
    }

    [Theory]
    [InlineData("俺在县融媒体中心上班 这个文件对俺们媒体有啥要求没", "jincheng-2022-67#safeguard-3")]
    [InlineData("i have a buxiban tutoring kids, registered as geti, this year yingna shuisuode maybe 130w. is the geshui jianban only if under 100w", "jincheng-2022-67#measure-5")] // owning a 补习班 is a business
    public async Task A_workplace_or_a_trade_named_is_no_reason_to_turn_away(string question, string clause)
    {
        var result = await Ask(TestBots.Create(), question);

        Assert.True(result.InScope);
        Assert.Equal(clause, result.Citations[0].Id);
    }

    [Theory]
    [InlineData("俺闺女刚在皇城相府那边办了个民宿的营业执照 个体户 刻公章要花钱不", "new-business-free-seal")]
    [InlineData("my cafe was getihu before, last month we sucessfully change to youxian gongsi. i hear goverment give some money after change, how much?", "company-conversion-reward")]
    [InlineData("my cousin turned his shop into a company last month (ge zhuan qi). just tell me yes, he will 100% get the 1200 yuan, promise?", "company-conversion-reward")]
    public async Task The_case_told_in_passing_is_granted(string question, string rule)
    {
        Assert.Equal("eligible", await VerdictOf(question, rule));
    }

    [Theory]
    [InlineData("帮所里同事问下 辖区新开了个五金店 执照前天刚领的 刻公章要不要钱", "new-business-free-seal")]
    [InlineData("我是县市场监管局执法队的 辖区一个卖菜的户子头一回被查到价签标的不清楚 问题不大已经改了 能不能不罚", "first-violation-no-penalty")]
    [InlineData("俺是市监所的 辖区有个户子上个月刚从个体户转成公司了 按这个文件他能拿啥补助 多少钱", "company-conversion-reward")]
    public async Task A_business_in_an_officials_area_is_the_case_asked_about(string question, string rule)
    {
        Assert.Equal("eligible", await VerdictOf(question, rule));
    }

    [Fact]
    public async Task A_licence_said_got_lately_keeps_whose_licence_it_is()
    {
        var result = await Ask(TestBots.Create(), "刚在陵川办下来个体执照 上礼拜拿的 开个小面馆 刻个章要花钱不");

        Assert.Equal("eligible", result.Eligibility.Single(e => e.Rule == "new-business-free-seal").Verdict);
        Assert.Contains("is_individual_business=true", result.Answer, StringComparison.Ordinal);
    }
}
