using Policy.Bot.Understanding;

namespace Policy.Bot.Tests;

/// <summary>Facts read robustly: denial by the clause's scope (and intent as not done), amounts with their period, typos.</summary>
public class RobustFactsTests
{
    private static ExtractedFacts Extract(string text) =>
        TestBots.Knowledge.Facts.Extract(TextNormalizer.AsUnderstood(TestBots.Knowledge.Typos.Correct(TextNormalizer.Normalize(text))));

    [Theory]
    [InlineData("个转企的手续还没办完", "converted_to_company")]
    [InlineData("我们还没转成公司呢", "converted_to_company")]
    [InlineData("正准备转成公司", "converted_to_company")]
    [InlineData("打算下个月个转企", "converted_to_company")]
    [InlineData("个转企尚未完成", "converted_to_company")]
    [InlineData("我的店不是新开的", "newly_registered")]
    [InlineData("转企手续办了一半，奖励能先给吗", "converted_to_company")] // half done is not done
    [InlineData("铺子并不是国有的", "rents_state_owned_premises")]
    [InlineData("we haven't converted to a company yet", "converted_to_company")]
    [InlineData("I haven't converted yet. Can I get the 3000 yuan reward now?", "converted_to_company")]
    [InlineData("sorry my mistake he hasnt actually converted yet", "converted_to_company")] // no apostrophe, typed on a phone
    [InlineData("还在走流程转公司呢，材料刚交上去没批", "converted_to_company")]
    [InlineData("还是个体户 木转公司", "converted_to_company")] // the young's 木 for 没
    [InlineData("I was caught twice for the same problem", "first_minor_violation")]
    [InlineData("转企失败了，退回个体户，奖励还能拿吗", "converted_to_company")]
    [InlineData("开药店的，头一次被查出来卖假药", "first_minor_violation")] // a first offence that is not minor
    [InlineData("我也是个体户，不过是在家开网店，没租门面", "rents_state_owned_premises")]
    [InlineData("上周刚注册了一家装修有限公司", "is_individual_business")]
    [InlineData("俺在自家一楼开的小超市，房子是自己的不交租", "rents_state_owned_premises")]
    [InlineData("其实俺的执照是有限公司", "is_individual_business")]
    [InlineData("转成公司的是我叔那家，我们家执照上类型写的还是个体工商户", "converted_to_company")]
    [InlineData("俺这铺子是跟村里老李家租的，这也能减三个月租金？", "rents_state_owned_premises")] // a villager's premises
    [InlineData("他自个儿盖的房，这也能减三个月租金？", "rents_state_owned_premises")]
    public void A_denial_or_an_intent_anywhere_in_the_clause_means_false(string text, string fact)
    {
        Assert.Equal("false", Extract(text).Values[fact]);
    }

    [Fact]
    public void Asking_back_whether_there_is_a_rule_denies_nothing()
    {
        Assert.Equal("true", Extract("fined last month, first time ever. isnt there some no fine first time rule").Values["first_minor_violation"]);
    }

    [Theory]
    [InlineData("我替俺爹问一下 他上个礼拜刚在陵川办下来个体户的营业直照 卖蜂蜜的")] // 直照 mistyped, 个体户的 before the licence
    [InlineData("俺在沁水 新领的个体户执照 前天刚下来")]
    [InlineData("执照 前天刚下来")]
    [InlineData("我下礼拜要新办个个体执照 刻章要钱不")] // about to register (the help text: 正在办理的选“是”)
    public void A_licence_got_lately_however_said_is_newly_registered(string text)
    {
        Assert.Equal("true", Extract(text).Values["newly_registered"]);
    }

    [Theory]
    [InlineData("俺也搞不清俺是个体户还是公司")]
    [InlineData("tbh not sure if he registered as getihu or as a company")]
    public void Unsure_which_of_two_says_neither(string text)
    {
        Assert.False(Extract(text).Values.ContainsKey("is_individual_business"));
    }

    [Theory]
    [InlineData("我们是一般纳税人不是小规模 月销售额十万左右", "general")]
    [InlineData("俺是小规模不是一般纳税人", "small_scale")]
    public void What_is_said_then_what_is_denied_keeps_the_first(string text, string kind)
    {
        Assert.Equal(kind, Extract(text).Values["taxpayer_kind"]);
    }

    [Fact]
    public void Belonging_said_with_no_question_after_it_is_told()
    {
        Assert.Equal("true", Extract("等下俺搞错了 刚问了房东 这房子是县里国资公司的 属于国有的").Values["rents_state_owned_premises"]);
    }

    [Theory]
    [InlineData("个转企 有钱拿没")]
    [InlineData("个转企，有钱拿没")]
    public void An_event_word_alone_before_a_question_names_the_topic(string text)
    {
        Assert.False(Extract(text).Values.ContainsKey("converted_to_company"));
    }

    [Theory]
    [InlineData("个转企补的那1200开户费，是财政局给还是审批局给？")]
    [InlineData("个体户转公司 政府给钱不")]
    [InlineData("俺家个体店转成公司的话 能有啥补贴")]
    [InlineData("说回我们那门市 公司执照下礼拜就能下来 到时候刻新章还得自己掏钱不")]
    [InlineData("Is the seal free when I turn my shop into a company?")]
    public void A_step_named_but_not_told_as_taken_is_not_the_askers(string text)
    {
        Assert.False(Extract(text).Values.TryGetValue("converted_to_company", out var value) && value == "true");
    }

    [Theory]
    [InlineData("俺原来是个体户 在泽州开建材门市的 去年年底听市场监管所动员 改成了有限公司 执照也换了")]
    [InlineData("we were a getihu selling tiles n paint, switched to a youxian gongsi in feb")]
    [InlineData("个转企那个1200的开户补贴是不是只给22年转的？我今年才转成公司")]
    [InlineData("我们是一家有限公司，以前是个体户，两年前转的，现在能领奖励吗")]
    [InlineData("Can I get the 1200 yuan if I converted in 2021?")]
    public void A_step_told_as_taken_is_the_askers(string text)
    {
        Assert.Equal("true", Extract(text).Values["converted_to_company"]);
    }

    [Fact]
    public void A_change_not_made_yet_leaves_what_the_phrase_names_standing()
    {
        var facts = Extract("俺这个体户还没转公司").Values;

        Assert.Equal("true", facts["is_individual_business"]);
        Assert.Equal("false", facts["converted_to_company"]);
    }

    [Theory]
    [InlineData("打算明年转企业，到时候还有奖励不")]
    [InlineData("我准备转企，有什么好处")]
    [InlineData("计划转成公司，能拿多少钱")]
    [InlineData("I'm planning to convert to a company, what would I get?")]
    [InlineData("个体户打算转成公司，有啥鼓励")]
    [InlineData("个体户想升级成公司，政府有啥鼓励")] // 想 just before the word: wanted, not done
    [InlineData("想转成公司，政府给什么激励")]
    public void An_intent_asked_about_what_doing_it_will_bring_supposes_it(string text)
    {
        var facts = Extract(text);
        Assert.Contains("converted_to_company", facts.Mentioned);
        Assert.False(facts.Values.ContainsKey("converted_to_company"));
    }

    [Theory]
    [InlineData("转企以后还能再转回个体户吗")]
    [InlineData("个转企之后能转回个体户不")]
    public void Being_able_to_undo_it_is_asked_not_said(string text)
    {
        // A "no" word (转回个体户) only wanted or asked possible says neither that it happened nor that it did not.
        Assert.False(Extract(text).Values.ContainsKey("converted_to_company"));
    }

    [Theory]
    [InlineData("I'm not sure if I'm small-scale or general. How do I check?")]
    [InlineData("不确定是不是小规模纳税人")]
    [InlineData("小规模纳税人和一般纳税人哪个能免增值税")]
    public void Doubt_or_two_kinds_named_side_by_side_say_neither(string text)
    {
        var facts = Extract(text);
        Assert.Contains("taxpayer_kind", facts.Mentioned);
        Assert.False(facts.Values.ContainsKey("taxpayer_kind"));
    }

    [Theory]
    [InlineData("我是小规模纳税人，不是一般纳税人", "small_scale")]
    [InlineData("不是小规模，是一般纳税人", "general")]
    public void One_kind_said_and_the_other_denied_is_the_one_said(string text, string kind)
    {
        Assert.Equal(kind, Extract(text).Values["taxpayer_kind"]);
    }

    [Theory]
    [InlineData("听说月销售额20万以下免增值税")] // hearsay about the policy
    [InlineData("我记得文件写的是小规模纳税人月销售额20万以下免征增值税，没记错吧")] // what the policy is remembered to say
    [InlineData("我朋友一个月卖20万，小规模")] // someone else's figure
    [InlineData("他一个月卖20万，小规模")] // a third person's figure
    public void A_figure_said_of_the_policy_or_of_someone_else_is_not_the_askers(string text)
    {
        var facts = Extract(text);
        Assert.False(facts.Values.ContainsKey("monthly_sales_yuan"));
        Assert.Empty(facts.UnassignedAmounts);
    }

    [Fact]
    public void The_askers_own_figure_beside_hearsay_is_theirs()
    {
        var facts = Extract("my cousin said sales under 15w dont pay vat. mine is small scale ~9w a month");

        Assert.False(facts.Values.ContainsKey("monthly_sales_yuan")); // not the cousin's 15w
        Assert.Equal(90000m, Assert.Single(facts.UnassignedAmounts).Value); // the asker's, for the rule that needs it
    }

    [Theory]
    [InlineData("新开个体户免费刻章，跟个转企那个免刻章费，到底有啥不一样？")]
    [InlineData("What's the difference between the free seal for new businesses and the one after converting?")]
    public void Two_benefits_compared_are_named_not_said_of_the_asker(string text)
    {
        var facts = Extract(text);
        Assert.False(facts.Values.ContainsKey("converted_to_company"));
        Assert.False(facts.Values.ContainsKey("newly_registered"));
    }

    [Theory]
    [InlineData("国有房屋租金减免三个月那个，我能申请不", null)] // the relief named by its premises
    [InlineData("国企门面减租的政策还有吗", null)]
    [InlineData("我租的国有房屋，租金减免怎么申请", "true")] // whose premises, said
    [InlineData("租的国企的门面，房租能减免吗", "true")]
    public void Premises_run_into_the_relief_name_it_and_say_nothing_of_the_asker(string text, string? rentsStateOwned)
    {
        Assert.Equal(rentsStateOwned, Extract(text).Values.GetValueOrDefault("rents_state_owned_premises"));
    }

    [Theory]
    [InlineData("听隔壁老李说，他把个体户转成了公司，政府还给钱")] // someone else as the clause's subject
    [InlineData("我们也想着是不是把规模弄大点、转成公司算了")] // only thought about
    public void Someone_elses_or_a_considered_conversion_is_not_the_askers(string text)
    {
        Assert.False(Extract(text).Values.ContainsKey("converted_to_company"));
    }

    [Fact]
    public void A_half_years_sales_is_not_read_as_the_years()
    {
        var facts = Extract("小规模纳税人，今年上半年总共卖了九十万");

        Assert.False(facts.Values.ContainsKey("monthly_sales_yuan"));
        Assert.Equal("half_year", facts.WrongPeriod["monthly_sales_yuan"]);
    }

    [Theory]
    [InlineData("小规模，一个月也就几万块流水", 10_000, 99_000)]
    [InlineData("一个月好几十万的流水", 100_000, 990_000)]
    [InlineData("一个月几万流水", 10_000, 99_000)]
    [InlineData("一个月卖个几千块", 1_000, 9_900)]
    public void A_few_of_a_unit_is_the_range_of_one_to_nine_of_it(string text, int least, int most)
    {
        var facts = TestBots.Knowledge.Facts.Extract(TextNormalizer.AsUnderstood(TextNormalizer.Normalize(text)));

        Assert.Equal([least, most], facts.Spreads["monthly_sales_yuan"]);
    }

    [Fact]
    public void A_limit_said_as_a_rule_is_not_the_askers_figure()
    {
        var facts = Extract("上个月算下来卖了十四万八千多点 媳妇说超过十五万就得交增值税 我这没超吧");

        Assert.Equal("148001", facts.Values["monthly_sales_yuan"]);
        Assert.False(facts.Spreads.ContainsKey("monthly_sales_yuan"));
    }

    [Theory]
    [InlineData("俺是小规模纳税人，一个月能卖十二万，哦不对说错了，是二十一万，那增值税还能免不", "210000")]
    [InlineData("small-scale VAT taxpayer here, monthly sales about 160k yuan. sorry typo, not 160k, I meant 106k. so do I get the VAT exemption or not?", "106000")]
    [InlineData("不对不对 刚对了下账 多算了两万 7月实际卖了14万2 那这样呢", "142000")]
    public void A_figure_said_after_a_correction_is_the_figure(string text, string sales)
    {
        var facts = TestBots.Knowledge.Facts.Extract(TextNormalizer.AsUnderstood(TextNormalizer.Normalize(text)));

        Assert.Equal(sales, facts.Values["monthly_sales_yuan"]);
    }

    [Theory]
    [InlineData("hi my dad runs a 个体 noodle shop and we r thinking to turn it into a company (个转企) is there any money for doing that")]
    [InlineData("we would like to turn our getihu into a company, any money for that?")]
    [InlineData("会计劝俺把个体户转成公司 能领3000不")] // advised, not done
    [InlineData("会计劝俺们转成公司。听说个体户转公司市里有奖励，都有啥？")]
    [InlineData("do i have to convert to a company before a date?")] // a step needed, not taken
    [InlineData("is there a deadline? like does he have to convert before some date")]
    [InlineData("do we need to convert to a company")]
    public void An_intent_in_everyday_english_is_no_conversion_done(string text)
    {
        Assert.NotEqual("true", Extract(text).Values.GetValueOrDefault("converted_to_company"));
    }

    [Fact]
    public void Converted_from_an_individual_business_is_no_longer_one()
    {
        var facts = Extract("我们是从个体户转过来的 上个月才刚换成公司执照");

        Assert.Equal("false", facts.Values["is_individual_business"]);
        Assert.Equal("true", facts.Values["converted_to_company"]);
    }

    [Fact]
    public void Today_said_with_its_date_is_no_period_of_the_figure_before_it()
    {
        var facts = Extract("我是开奶茶店的小规模 这个月营业额不多不少刚好15万整 今天都31号了 这个月还免增值税不");

        Assert.Equal("150000", facts.Values["monthly_sales_yuan"]);
        Assert.Empty(facts.WrongPeriod);
    }

    [Fact]
    public void Grand_is_a_thousand()
    {
        Assert.Equal("151000", Extract("We did 151 grand in sales last month").Values["monthly_sales_yuan"]);
    }

    [Fact]
    public void Registering_again_does_not_hold_the_word_for_newly_registered()
    {
        Assert.False(Extract("以前开过个体户后来注销了，现在重新办，算新设立吗").Values.ContainsKey("newly_registered"));
    }

    [Fact]
    public void A_figure_in_the_words_clause_makes_a_how_question_after_it_the_askers_own_case()
    {
        Assert.Equal("true", Extract("个体户年应纳税所得额200万，个税怎么减").Values["is_individual_business"]);
        Assert.False(Extract("个体户，个税怎么减").Values.ContainsKey("is_individual_business"));
    }

    [Theory]
    [InlineData("去年三月份转的公司，3000块奖励没领到怎么办")] // a time that has passed says when it happened
    [InlineData("我个转企了，去哪领")]
    public void A_how_question_after_the_askers_own_past_says_it_happened(string text)
    {
        Assert.Equal("true", Extract(text).Values["converted_to_company"]);
    }

    [Theory]
    [InlineData("我是打算明年转公司，现在能拿奖励吗")]
    [InlineData("我打算转企")]
    [InlineData("I'm planning to convert to a company, do I get the reward now?")]
    public void An_intent_alone_or_asked_about_now_says_it_has_not_happened(string text)
    {
        Assert.Equal("false", Extract(text).Values["converted_to_company"]);
    }

    [Theory]
    [InlineData("已经改制成公司了", "converted_to_company")]
    [InlineData("房东是国企", "rents_state_owned_premises")]
    [InlineData("在国企门面房里开店", "rents_state_owned_premises")]
    [InlineData("我是头一回被查到", "first_minor_violation")]
    [InlineData("前天刚领的执照", "newly_registered")]
    [InlineData("我三周前开了家奶茶店", "newly_registered")]
    [InlineData("好的，刻章免费吗？我上周刚办的个体户执照", "newly_registered")]
    [InlineData("刚领的个体执照，刻章免费不？", "newly_registered")]
    [InlineData("以前那个个体户前年就注销了，这礼拜又重新领了个新执照，刻章还得自己掏钱不", "newly_registered")]
    [InlineData("头一回让执法的查着，就是几样货价签没标全，也不是啥不轻微的大毛病", "first_minor_violation")] // a denial denied
    [InlineData("上个月在高平开了个卤肉店，执照刚领下来，个体户", "newly_registered")]
    [InlineData("在老家沁水开了个小卖部 个体执照上个礼拜刚领下来", "newly_registered")]
    [InlineData("just got licence, free seal?", "newly_registered")]
    [InlineData("buddy of mine runs a geti, taxable income was like 130w last yr", "is_individual_business")]
    [InlineData("听说个转企政府一共给5000 俺上个月刚把个体户转成公司了 到底能拿多少", "converted_to_company")] // the asker's own doing after hearsay
    public void Everyday_words_from_facts_yml_mean_true(string text, string fact)
    {
        Assert.Equal("true", Extract(text).Values[fact]);
    }

    [Theory]
    [InlineData("They let us off with a warning last spring, and now the food-safety lot have found the very same thing again. Do we get another free pass?")]
    [InlineData("上回被警告过，这次又查出同样的问题")]
    [InlineData("His BBQ stall has been written up for the same oil fume issue three times already this year")]
    public void The_same_thing_found_again_is_no_comparison_and_says_no_first_offence(string text)
    {
        Assert.Equal("false", Extract(text).Values["first_minor_violation"]);
    }

    [Theory]
    [InlineData("个转企给奖励那个事儿，现在还有没有啊", "converted_to_company")] // 给奖励 after the word names the benefit
    public void A_benefit_named_after_the_word_says_nothing_of_the_asker(string text, string fact)
    {
        Assert.False(Extract(text).Values.ContainsKey(fact));
    }

    [Theory]
    [InlineData("俺那修鞋配钥匙的摊子开了快六年了，章磨坏了想重刻一个", "newly_registered")]
    [InlineData("等公司执照下来了能拿多少钱", "newly_registered")] // a company's licence is no new individual business
    [InlineData("租的是村里老李家自己盖的门面房 一个月八百", "rents_state_owned_premises")]
    [InlineData("去年门口占道摆货让人家教育过一回 这回还能免罚不", "first_minor_violation")] // 让人家: who did it, not whose case
    public void Everyday_words_from_facts_yml_mean_false(string text, string fact)
    {
        Assert.Equal("false", Extract(text).Values[fact]);
    }

    [Fact]
    public void A_no_said_of_before_gives_way_to_a_yes_said_of_now()
    {
        Assert.Equal("true", Extract("以前租的是私人的门面，今年开春搬进了国企的铺面").Values["rents_state_owned_premises"]);
        Assert.Equal("false", Extract("以前租的是国企的门面，现在租的是私人的房子").Values["rents_state_owned_premises"]);
    }

    [Fact]
    public void A_denial_about_oneself_wins_over_a_mention_of_the_policy()
    {
        var values = Extract("听说新设立的才免费，可我的店不是新开的").Values;

        Assert.Equal("false", values["newly_registered"]);
    }

    [Theory]
    [InlineData("It was no first offence", "first_minor_violation")]
    [InlineData("a shop without a first offence", "first_minor_violation")]
    public void An_english_no_right_before_the_phrase_denies_it(string text, string fact)
    {
        Assert.Equal("false", Extract(text).Values[fact]);
    }

    [Theory]
    [InlineData("What does no fine for a first offence mean?")]
    [InlineData("Is there no penalty for a first offence?")]
    public void An_english_no_that_belongs_to_another_noun_does_not_deny_the_phrase(string text)
    {
        Assert.NotEqual("false", Extract(text).Values.GetValueOrDefault("first_minor_violation"));
    }

    [Fact]
    public void A_question_particle_after_a_fact_word_is_no_denial()
    {
        Assert.Equal("true", Extract("个体户能办信用贷款不？").Values["is_individual_business"]);
    }

    [Theory]
    [InlineData("每季度营业额36万", "120000")]
    [InlineData("一年营业额240万", "200000")]
    [InlineData("sales are 300,000 yuan per quarter", "100000")]
    [InlineData("第三季度三个月一共卖了39万", "130000")] // three months together are a quarter
    [InlineData("8月份流水十五个w零一百块", "150100")]
    [InlineData("月销售额9万", "90000")]
    public void An_amount_for_another_period_is_converted_as_the_fact_declares(string text, string monthly)
    {
        Assert.Equal(monthly, Extract(text).Values["monthly_sales_yuan"]);
    }

    [Theory]
    [InlineData("每周营业额3万", "week")]
    [InlineData("一天流水五千元", "day")]
    public void An_amount_for_a_period_without_a_declared_conversion_is_not_read_as_monthly(string text, string period)
    {
        var facts = Extract(text);

        Assert.False(facts.Values.ContainsKey("monthly_sales_yuan"));
        Assert.Equal(period, facts.WrongPeriod["monthly_sales_yuan"]);
    }

    [Theory]
    [InlineData("我是小规摸纳税人", "taxpayer_kind", "small_scale")]
    [InlineData("开了家个体护小店", "is_individual_business", "true")]
    [InlineData("我已经个转啟了", "converted_to_company", "true")]
    public void A_mistyped_key_word_still_matches(string text, string fact, string value)
    {
        Assert.Equal(value, Extract(text).Values[fact]);
    }

    [Theory]
    [InlineData("个体工商户")]
    [InlineData("个体的")]
    [InlineData("不是小规模")]
    [InlineData("房租能少交点吗")] // 少交点 is "a bit less", not the staff word 少交税
    [InlineData("营业执照丢了要去哪补")] // 去哪办 is a way of asking, not a key word to put back
    [InlineData("一市一业一县一品是什么")] // the policy's own words, not a slip for 一业一证
    [InlineData("这个实施方案的工作目标是啥")] // 目 begins 目标, a heading's word: not a slip for 工作组
    [InlineData("能不能在手机上办营业执照")] // 上办 as in the clause's 掌上办: not a slip for 手机办
    [InlineData("各县要不要出自己的实施方案")] // a negation's next word varies: 不要出 is no slip for 不要钱
    [InlineData("开个体户需要交多少钱的注册费")] // 费 ends staff words (刻章费): 注册费 is no slip for 注册地
    [InlineData("我是开服装店的，已经干了五六年了")] // 已经转了 is a phrase, not a key word: 干 is no slip for 转
    [InlineData("个体户经营所得四十万，个人所得税能少交一半不")] // a numeral is never a slip: 所得四十万 is not 所得税十万
    [InlineData("应纳税所得额一年八十万")] // nor 一年赚十万
    [InlineData("一年大概挣二十万")] // 大 and 赚 sound nothing alike
    [InlineData("银行不给个体户贷款怎么办")]
    [InlineData("我在网上卖东西，没有实体店")]
    [InlineData("新开的个体户刻章找谁")]
    public void Correct_words_and_function_characters_are_not_typos(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        Assert.Equal(normalized, TestBots.Knowledge.Typos.Correct(normalized));
    }

    [Theory]
    [InlineData("个体户想贷点款", "个体户想贷款")] // a measure word inside 贷款
    [InlineData("想刻个章，免费吗", "想刻章，免费吗")]
    [InlineData("办个照难不难", "办照难不难")]
    [InlineData("能免个税吗", "能免个税吗")] // 个 begins 个税: the question is about income tax
    [InlineData("想带点款周转", "想贷款周转")] // 带 sounds like 贷, and 带款 is no known word: voice input's commoner character
    [InlineData("想买点菜", "想买点菜")] // no known word ends in 菜
    [InlineData("一单剩不了几个钱", "一单剩不了几个钱")] // 几 asks how many: no slip for 给 (also read ji) in 给钱
    public void A_measure_word_inside_a_two_character_word_is_taken_out(string text, string expected)
    {
        Assert.Equal(TextNormalizer.Normalize(expected), TestBots.Knowledge.Typos.Correct(TextNormalizer.Normalize(text)));
    }

    [Theory]
    [InlineData("房东是街道办，算guoyou的吧", "房东是街道办，算国有的吧")]
    [InlineData("个体户zhizhao咋办", "个体户执照咋办")] // also spells 支招, which no policy writes
    [InlineData("I lost my zhizhao, what now?", "I lost my zhizhao, what now?")] // a pinyin word the content reads in English stays
    [InlineData("need a daikuan for my bros car repair shop", "need a 贷款 for my bros car repair shop")] // one the content does not
    [InlineData("so where she go to shenqing it, which office?", "so where she go to 申请 it, which office?")]
    [InlineData("we turned it into a youxian gongsi", "we turned it into a youxian gongsi")]
    [InlineData("the women who run the shop", "the women who run the shop")] // an English word that is syllables too
    [InlineData("my brother wants a chuangye danbao daikuan for his getihu", "my brother wants a 创业担保贷款 for his getihu")] // typed apart, joined
    [InlineData("what is this xin yi dai thing", "what is this 信易贷 thing")]
    [InlineData("how much can he borrow", "how much can he borrow")] // English words of syllables in a run stay
    [InlineData("个体户有啥policy", "个体户有啥policy")] // an English word spells no known word
    [InlineData("zhege zhengce shi shenme shihou fa de", "zhege 政策 shi 什么时候发的")] // the document, asked of in pinyin
    [InlineData("zhege zhengce guoqi le ma", "zhege 政策过期了 ma")] // gone by, not a state firm (国企), where 了 follows
    [InlineData("wo zu de shi guoqi de fangzi", "wo zu de shi 国企的 fangzi")] // a fact's word before one read back only
    [InlineData("税务那边登记的是小规么纳税人", "税务那边登记的是小规模纳税人")] // a function character slipped inside a long word
    [InlineData("我是小规么", "我是小规么")] // at a word's end it may ask
    [InlineData("wo de getihu 2024 nian zhuan cheng youxian gongsi le", "wo de 个体户 2024 nian 转成有限公司了")] // le after a word read back is 了
    [InlineData("wo gang ban le getihu yingye zhizhao, kezhang yao huaqian ma", "wo 刚办了个体户营业执照, 刻章 yao 花钱 ma")] // all pinyin: the words read back joined
    public void A_known_word_spelt_in_pinyin_is_read_as_the_word(string text, string expected)
    {
        Assert.Equal(TextNormalizer.Normalize(expected), TestBots.Knowledge.Typos.Correct(TextNormalizer.Normalize(text)));
    }

    [Theory]
    [InlineData('殖', '值', true)] // zhi
    [InlineData('摸', '模', true)] // mo
    [InlineData('护', '户', true)] // hu
    [InlineData('资', '字', true)] // zi
    [InlineData('四', '税', false)] // si and shui (sui, loosely): and a numeral is never corrected in any case
    [InlineData('费', '地', false)]
    [InlineData('大', '赚', false)]
    [InlineData('拿', '办', false)]
    public void Characters_sound_alike_when_an_input_method_could_take_one_for_the_other(char typed, char meant, bool alike)
    {
        Assert.Equal(alike, Pinyin.SoundAlike(typed, meant));
    }

    [Theory]
    [InlineData("我们店以前从没被处罚过，就这点小事")]
    [InlineData("We've never been penalised before, it's a small thing")]
    public void Never_penalised_before_is_a_first_minor_violation(string text)
    {
        Assert.Equal("true", Extract(text).Values["first_minor_violation"]);
    }

    [Theory]
    [InlineData("我自己是一般纳税人这个我知道免不了，我表哥跟我不一样，他是小规模，月销售额十二三万，他能免增值税不", "small_scale")]
    [InlineData("我是一般纳税人，我表哥是小规模，月销售额12万，他能免增值税不", "small_scale")]
    [InlineData("我是小规模，我表哥是一般纳税人，他能免增值税不", "general")]
    public void Asked_of_someone_else_the_option_said_of_them_is_taken(string text, string expected)
    {
        Assert.Equal(expected, Extract(text).Values["taxpayer_kind"]);
    }

    [Fact]
    public void Two_options_of_the_asker_say_neither()
    {
        Assert.False(Extract("不确定是小规模还是一般纳税人").Values.ContainsKey("taxpayer_kind"));
    }

    [Theory]
    [InlineData("以后转成公司能拿啥")]
    [InlineData("归拢归拢 俺现在能拿啥 以后转成了又能拿啥")]
    public void A_time_to_come_just_before_the_word_imagines_it(string text)
    {
        var facts = Extract(text);

        Assert.False(facts.Values.ContainsKey("converted_to_company"));
        Assert.Contains("converted_to_company", facts.Imagined);
    }

    [Fact]
    public void After_something_done_is_no_time_to_come()
    {
        Assert.Equal("true", Extract("今年三月份俺接手以后把个体户转成了有限公司").Values["converted_to_company"]);
    }

    [Theory]
    [InlineData("俺弟弟今年9月份把个体户转成有限公司了，转企奖励他能拿多少")] // 弟弟, not 弟 and a stray 弟
    [InlineData("我妈妈去年把个体户转成公司了 奖励她能领不")]
    public void A_relative_named_twice_over_is_the_case_asked_for(string text)
    {
        var facts = TestBots.Knowledge.Facts.Extract(TextNormalizer.AsTheCaseAskedFor(TestBots.Knowledge.Typos.Correct(TextNormalizer.Normalize(text))));

        Assert.Equal("true", facts.Values["converted_to_company"]);
    }

    [Theory]
    [InlineData("I'm a foreigner helping my wife's auntie. She has an individual business licence and her shop is rented from the city's state-owned asset company. Any rent break for her?")]
    [InlineData("I'm just helping my aunt. She has an individual business licence and rents a state-owned shop. Can she get the rent relief?")]
    public void Who_the_asker_is_in_English_leaves_the_relatives_case_the_one_asked_for(string text)
    {
        var facts = TestBots.Knowledge.Facts.Extract(TextNormalizer.AsTheCaseAskedFor(TestBots.Knowledge.Typos.Correct(TextNormalizer.Normalize(text))));

        Assert.Equal("true", facts.Values["is_individual_business"]);
        Assert.Equal("true", facts.Values["rents_state_owned_premises"]);
    }

    [Theory]
    [InlineData("我是代账会计，帮客户问一哈：他是个体户，个税那个再减半能享受不？")]
    [InlineData("帮客户问一下：他是个体户，个税那个再减半能享受不？")]
    public void He_that_an_accountant_asks_for_is_the_case_asked_about(string text)
    {
        Assert.Equal("true", Extract(text).Values["is_individual_business"]);
    }

    [Fact]
    public void A_cost_said_to_be_no_small_sum_denies_nothing_after_it()
    {
        Assert.Equal("true", Extract("个体户房子租的是市里国资公司的门面一年房租不老少听说租国有的房子能少收几个月房租是真的不").Values["rents_state_owned_premises"]);
    }

    [Fact]
    public void But_before_a_fact_denies_nothing()
    {
        Assert.Equal("false", Extract("俺也是个体户 不过俺那铺子是跟私人房东租的").Values["rents_state_owned_premises"]);
    }

    [Theory]
    [InlineData("is there a no-penalty-first-time rule? first time he's ever been caught")]
    [InlineData("I read there's a no fine first time rule, it's my first offence")]
    public void No_before_a_penalty_is_the_penaltys_not_the_first_times(string text)
    {
        Assert.NotEqual("false", Extract(text).Values.GetValueOrDefault("first_minor_violation"));
    }

    [Theory]
    [InlineData("Registered a getihu in March 2022 selling imported snacks, small-scale taxpayer, about 90k yuan sales a month.", "90000")]
    [InlineData("俺是小规模纳税人，开五金店的，去年一个月也就卖个十来万，今年生意好点一个月十三四万", "140000")]
    [InlineData("前几个月每月也就卖个八九万，这个月冲到14万了，小规模的", "140000")]
    [InlineData("第二个也是小规模，上个月开票15.3w", "153000")] // the sum invoiced in a month
    public void The_monthly_sales_are_the_figure_of_now_and_never_a_year(string text, string sales)
    {
        Assert.Equal(sales, Extract(text).Values["monthly_sales_yuan"]);
    }

    [Theory]
    [InlineData("我跟我弟合伙开的那个建材门市是个体的 想转成公司 转完了有啥奖励没有")]
    [InlineData("俺们准备明年把个体户转成有限公司，转完了政府有啥奖励没？")]
    public void Done_only_after_an_intention_is_imagined(string text)
    {
        Assert.False(Extract(text).Values.ContainsKey("converted_to_company"));
    }

    [Fact]
    public void Carving_a_seal_again_is_no_second_registration()
    {
        Assert.Equal("false", TestBots.Knowledge.Facts.WithRegistrationDated(Extract("执照是2019年办的 现在是章坏了想重新刻一个"), "执照是2019年办的 现在是章坏了想重新刻一个", new DateOnly(2026, 12, 6)).Values["newly_registered"]);
    }

    [Theory]
    [InlineData("running a noodle getihu out of an SOE-owned storefront", "rents_state_owned_premises")]
    [InlineData("Converted my getihu into an LLC in Aug 2025", "converted_to_company")]
    [InlineData("And the free seal thing? I only registered the getihu last week.", "newly_registered")]
    public void An_english_abbreviation_or_phrasing_says_the_fact(string text, string fact)
    {
        Assert.Equal("true", Extract(text).Values[fact]);
    }

    [Theory]
    [InlineData("每个月差不多卖十三万左右吧", "130000")] // the 多 of 差不多 changes no figure
    [InlineData("每月至少卖12万", "120000")] // nor the 少 of 至少
    [InlineData("俺们建材店小规模 上个月走货16万 差一万块钱的事", "160000")] // 差 a sum: by how much, no figure of its own
    public void Approximately_at_least_and_short_by_are_no_change_of_the_figure(string text, string sales)
    {
        var facts = Extract(text);

        Assert.Null(facts.ChangedBy);
        Assert.Equal(sales, facts.Values.GetValueOrDefault("monthly_sales_yuan") ?? Assert.Single(facts.UnassignedAmounts).Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("俺替俺爸问问 他是个体户修自行车的 门面是租的隔壁老王家私房", "true", "false")]
    [InlineData("帮我妈问一下 她是个体户 跟亲戚租的门面", "true", "false")]
    public void He_or_she_after_asking_for_a_parent_is_the_case_asked_for(string text, string individual, string stateOwned)
    {
        var facts = Extract(text);

        Assert.Equal(individual, facts.Values["is_individual_business"]);
        Assert.Equal(stateOwned, facts.Values["rents_state_owned_premises"]);
    }

    [Fact]
    public void He_without_asking_for_anyone_is_someone_else()
    {
        Assert.False(Extract("俺隔壁那家 他是个体户 能减房租不").Values.ContainsKey("is_individual_business"));
    }

    [Theory]
    [InlineData("门面是跟一个私人老头租的")]
    [InlineData("房东是俺表叔 他自己家的房")]
    public void A_private_person_or_a_relative_as_landlord_is_no_state_premises(string text)
    {
        Assert.Equal("false", Extract(text).Values["rents_state_owned_premises"]);
    }

    [Fact]
    public void Thinking_to_convert_next_year_and_asking_now_is_not_converted()
    {
        Assert.Equal("false", Extract("Im thinking maybe convert my getihu to company next year. can i take the 3000 reward first now").Values["converted_to_company"]);
    }

    [Theory]
    [InlineData("执照办下来以后刻个章要花钱不", "newly_registered")]
    [InlineData("个体户变成公司以后，开银行账户的钱有补贴吗", "converted_to_company")]
    public void What_follows_once_it_is_done_is_a_time_to_come(string text, string fact)
    {
        var facts = Extract(text);

        Assert.False(facts.Values.ContainsKey(fact));
        Assert.Contains(fact, facts.Imagined);
    }

    [Theory]
    [InlineData("去年转成公司以后一直没领到钱")]
    [InlineData("俺已经转成公司以后一直没领到钱")]
    public void What_followed_once_it_was_done_says_it_happened(string text)
    {
        Assert.Equal("true", Extract(text).Values["converted_to_company"]);
    }

    [Fact]
    public void A_licence_held_since_the_year_before_last_is_no_new_business()
    {
        Assert.Equal("false", Extract("她那店前年就有执照了 就是章丢了想重刻一个").Values["newly_registered"]);
    }

    [Theory]
    [InlineData("俺对象要开个美甲店 执照是这礼拜刚去办下来的 刻章要花钱不", "newly_registered")]
    [InlineData("yeah its minor, just a few dishes had no price shown, she fixed it same day, never had any trouble before", "first_minor_violation")]
    [InlineData("刚给闺女办了个凉皮店的执照 刻章要钱不", "newly_registered")] // got for someone, the shop's kind between
    [InlineData("哦不对 执照上个月已经下来了 个体工商户 那刻公章要掏钱不", "newly_registered")]
    [InlineData("刚办的 执照下来还没一个礼拜呢", "newly_registered")]
    [InlineData("第1次 小毛病 罚钱不", "first_minor_violation")]
    [InlineData("he converted it into a company", "converted_to_company")]
    [InlineData("we turned my dad's getihu into a limited company last month. what exactly do we get?", "converted_to_company")] // the family's shop
    [InlineData("上个月已经转好了 执照换成有限公司了 这钱去哪领", "converted_to_company")]
    [InlineData("就这点小毛病 以前从来没被查过没被罚过", "first_minor_violation")] // two denials run on
    [InlineData("the building belongs to the district state owned assets company", "rents_state_owned_premises")]
    [InlineData("俺家那口子搞装修的 不是公司是个体户 去年应纳税所得额120来万", "is_individual_business")] // the company is what is denied
    [InlineData("my sis just got her new getihu license this week for a nail salon", "newly_registered")]
    public void Everyday_words_say_the_fact(string text, string fact)
    {
        Assert.Equal("true", Extract(text).Values[fact]);
    }

    [Theory]
    [InlineData("small scale 12w/mo vat?")]
    [InlineData("mine is small scale ~9w a month")]
    [InlineData("俺是开粮油店的个体户 晓规模纳税人 这个月卖了十五万")] // 晓 for 小, by voice
    public void The_small_scale_kind_said_alone_or_misheard_is_the_taxpayers_kind(string text)
    {
        Assert.Equal("small_scale", Extract(text).Values["taxpayer_kind"]);
    }

    [Theory]
    [InlineData("房东是个私人 姓李 就是普通老百姓 不是啥单位", "rents_state_owned_premises")]
    [InlineData("我那店面是跟个人租的 房东是个退休老太太", "rents_state_owned_premises")]
    [InlineData("son still runs it as a getihu hasnt converted yet can he get the 3000 gezhuanqi reward now", "converted_to_company")]
    public void Everyday_words_deny_the_fact(string text, string fact)
    {
        Assert.Equal("false", Extract(text).Values[fact]);
    }

    [Theory]
    [InlineData("个转企那个设财务账户补的一千二，有没有截止日子？俺打算明年再转成公司，到时候还给不给")]
    [InlineData("thinking of doing ge zhuan qi, turning my getihu into a youxian gongsi. what perks do i get from the city for that")]
    [InlineData("my parents are thinking of doing gezhuanqi, turning their getihu into a proper company. what would they get")]
    public void A_conversion_a_plan_in_the_message_puts_ahead_is_imagined_not_done(string text)
    {
        var facts = Extract(text);

        Assert.False(facts.Values.ContainsKey("converted_to_company"));
        Assert.Contains("converted_to_company", facts.Imagined);
    }

    [Fact]
    public void A_conversion_said_done_beside_a_plan_stays_done()
    {
        Assert.Equal("true", Extract("去年已经转成公司了 俺还打算再开个分店").Values["converted_to_company"]);
    }

    [Fact]
    public void A_month_shortened_in_chat_is_a_months_sales()
    {
        Assert.Equal("150000", Extract("today last day of the yr cousin is small scale n his dec sales were exactly 15w").Values["monthly_sales_yuan"]);
    }

    [Fact]
    public void By_how_much_a_figure_is_over_the_limit_is_no_second_figure()
    {
        Assert.Equal("150300", Extract("俺是小规模的 这个月卖了十五万零三百 就多那么三百块 增值税还能免不").Values["monthly_sales_yuan"]);
    }

    [Theory]
    // A period word after a pause is the next thought's: "前年" after the monthly figure, "每个月" after the quarter's.
    [InlineData("俺是做建材批发的 个体户 小规模纳税人 今年行情还行 一个月能卖个十六七万 前年因为开票的事被税务罚过一回 问下俺这增值税能免不", "170000")]
    [InlineData("按季度报税的 三季度一共卖了40万 每个月都差不多 小规模纳税人 能免增值税不", "133333.33")]
    public void The_period_said_before_a_figure_wins_over_one_after_a_pause(string text, string sales)
    {
        Assert.Equal(sales, Extract(text).Values["monthly_sales_yuan"]);
    }

    [Fact]
    public void Premises_moved_out_of_are_not_the_premises_rented()
    {
        Assert.Equal("true", Extract("个体户 今年6月份店从私人房子搬到国企的门面里了 租的国企的房 这房租能减几个月").Values["rents_state_owned_premises"]);
    }

    [Fact]
    public void A_licence_got_two_years_ago_is_not_new()
    {
        Assert.Equal("false", Extract("哦我搞岔了 执照是前年就办了的 一直没刻章 现在去刻还免不").Values["newly_registered"]);
    }
}
