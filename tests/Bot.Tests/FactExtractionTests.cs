using Policy.Bot.Understanding;

namespace Policy.Bot.Tests;

/// <summary>Facts recognised with the fact schema's own words (content/facts.yml), in Chinese and English.</summary>
public class FactExtractionTests
{
    private static IReadOnlyDictionary<string, string> Extract(string text) =>
        TestBots.Knowledge.Facts.Extract(TextNormalizer.Normalize(text)).Values;

    [Theory]
    [InlineData("My taxable business income this year looks like about 1.3 million yuan. Since that's over 1 million, I guess the halving doesn't apply?", "1300000")]
    [InlineData("应纳税所得额得有一百二十万 是不是超了一百万就没份了", "1200000")]
    public void The_policys_figure_compared_with_is_not_a_second_figure_of_the_askers(string text, string expected)
    {
        var extracted = TestBots.Knowledge.Facts.Extract(TextNormalizer.Normalize(text));

        var figures = extracted.Values.Where(v => v.Key == "annual_taxable_income_yuan").Select(v => decimal.Parse(v.Value, System.Globalization.CultureInfo.InvariantCulture))
            .Concat(extracted.UnassignedAmounts.Select(a => a.Value)).ToList();
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(figures));
    }

    [Theory]
    [InlineData("individual business, taxable business income for 2022 comes to zero after costs", "annual_taxable_income_yuan", "0")] // a year said with "for" is no figure
    [InlineData("I was running a getihu in 2022 with taxable business income of about 600,000 yuan", "annual_taxable_income_yuan", "600000")]
    [InlineData("small-scale getihu, Q3 sales 480,000 yuan", "monthly_sales_yuan", "160000")] // a quarter's sales
    [InlineData("有个客户 他是小规模 上个月销售额15万", "taxpayer_kind", "small_scale")] // said of the client asked for
    [InlineData("does the plan say anything about new business models?", "newly_registered", null)] // a new way of doing business
    public void Figures_periods_and_kinds_are_read_as_meant(string text, string fact, string? expected)
    {
        Assert.Equal(expected, Extract(text).GetValueOrDefault(fact));
    }

    [Theory]
    [InlineData("俺这店执照是2016年办的，刻章能免费不", "false")] // dated long before: no new business
    [InlineData("I opened my shop in 2019. Is the seal free?", "false")]
    [InlineData("I opened a small shop in 2024. Is the seal free?", null)] // one to two years before: asked
    [InlineData("我2019年就有个体执照卖水果，今年10月又单独办了个个体执照开奶茶店，刻章免费不", null)] // registered again since
    public void A_business_dated_long_before_is_no_new_business(string text, string? expected)
    {
        var normalized = TextNormalizer.Normalize(text);
        var extracted = TestBots.Knowledge.Facts.WithRegistrationDated(TestBots.Knowledge.Facts.Extract(normalized), normalized, new DateOnly(2026, 12, 5));

        Assert.Equal(expected, extracted.Values.GetValueOrDefault("newly_registered"));
    }

    [Theory]
    [InlineData("一个月大概卖十四五万 哦不对 我看了下后台 上个月是十五万二千", "152000")]
    [InlineData("一个月大概卖十四万", "140000")] // no correction
    public void Figures_said_before_a_correction_are_taken_back(string text, string expected)
    {
        var extracted = TestBots.Knowledge.Facts.Extract(TextNormalizer.Normalize(text));

        Assert.Equal(expected, Assert.Single(extracted.UnassignedAmounts).Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("要是多卖一块钱呢", "1")]
    [InlineData("再少卖两万呢", "-20000")]
    [InlineData("what if I sold 5000 more?", "5000")]
    [InlineData("多了一块钱", null)] // a difference from a figure of the same message, not a change of the known one
    public void A_figure_said_as_a_change_is_read_as_one(string text, string? expected)
    {
        var extracted = TestBots.Knowledge.Facts.Extract(TextNormalizer.Normalize(text));

        Assert.Equal(expected, extracted.ChangedBy?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("我是小规模纳税人", "taxpayer_kind", "small_scale")]
    [InlineData("我们是一般纳税人", "taxpayer_kind", "general")]
    [InlineData("我不是一般纳税人", "taxpayer_kind", "small_scale")]
    [InlineData("我刚在城区开了个小面馆，个体户，小规模纳税人，都有啥优惠能享受？", "taxpayer_kind", "small_scale")] // listed among what the asker is
    [InlineData("150000 on the dot, small-scale taxpayer. Am I still inside the VAT exemption or does it have to be under 150k?", "taxpayer_kind", "small_scale")] // the condition asked is the figure's, in another clause
    [InlineData("I'm a small-scale taxpayer", "taxpayer_kind", "small_scale")]
    [InlineData("我刚注册了一个个体户", "newly_registered", "true")]
    [InlineData("宠物美容店，个体户，执照上个月刚办下来", "newly_registered", "true")] // the licence named first
    [InlineData("等会儿 我刚打电话问了 公司执照还在审 没批下来呢", "converted_to_company", "false")]
    [InlineData("We turned our getihu into youxian gongsi (limited company) in March this year", "converted_to_company", "true")]
    [InlineData("changed my getihu into a company (youxian gongsi) in march this year. gov give any money for that?", "converted_to_company", "true")] // the I dropped
    [InlineData("did the gezhuanqi thing in oct, my getihu is now a youxian gongsi", "converted_to_company", "true")]
    [InlineData("my 个转企 is still in progress, paperwork not done yet. can I claim the 3000 reward already?", "converted_to_company", "false")] // was granted
    [InlineData("门面是跟区里国资公司租的国有房子，今年都有啥优惠能享受的？", "rents_state_owned_premises", "true")]
    [InlineData("我是个体户 门面是区里国资公司的房子 算国有的", "rents_state_owned_premises", "true")] // concluded after the premises named
    [InlineData("俺个体户 门面是跟俺村老王家租嘞 私人嘞房", "rents_state_owned_premises", "false")] // the counties' 嘞 for 的
    [InlineData("门面租的是区里国资公司的房子，算国有的吧，今年房租是不是能减", "rents_state_owned_premises", "true")] // 吧 leans to yes
    [InlineData("小规模纳税人 这个月卖了十五万零八百 增值税还能免不 就多那几百块不会卡俺吧", "monthly_sales_yuan", "150800")] // 多那几百块 is the excess
    [InlineData("我已经转成公司了", "converted_to_company", "true")]
    [InlineData("I rent from the state", "rents_state_owned_premises", "true")]
    [InlineData("我租的是国有房屋", "rents_state_owned_premises", "true")]
    [InlineData("租的是国有单位的房子，房租能减几个月", "rents_state_owned_premises", "true")]
    [InlineData("我没有租国有房屋", "rents_state_owned_premises", "false")]
    [InlineData("租的是私人的房子，能减房租不", "rents_state_owned_premises", "false")] // words_false
    [InlineData("我租的房子是私人的，房租能减免吗", "rents_state_owned_premises", "false")]
    [InlineData("开了十几年的老店了，刻章还免费吗", "newly_registered", "false")]
    [InlineData("我没转企，也不是新开的，刻章要钱吗", "converted_to_company", "false")]
    [InlineData("我是开服装店的，已经干了五六年了", "newly_registered", "false")] // years in business
    [InlineData("我的店开了五年了，刻章免费吗", "newly_registered", "false")] // 开了N年 in facts.yml
    [InlineData("店开了5年了", "newly_registered", "false")]
    [InlineData("我是个体户，是国企房子的租户", "rents_state_owned_premises", "true")] // a tenant, not a landlord
    [InlineData("I'm a sole trader and one of the tenants of a state-owned building", "rents_state_owned_premises", "true")]
    [InlineData("我以前是个体户，现在不是了", "is_individual_business", "false")] // words_false: it was, so it is not now
    [InlineData("听说刚开的店刻章免费，我也是刚开的", "newly_registered", "true")] // hearsay first, then the asker's own
    [InlineData("上个月刚领的个体执照，不是说新开的个体户刻章不要钱么", "newly_registered", "true")] // "isn't it said that…" denies nothing
    [InlineData("今年7月份已经转成有限公司了，个转企不是说免刻章费么", "converted_to_company", "true")]
    [InlineData("上个月已经转成有限公司了 执照都换了 个转企不是有补助吗 能给多少钱", "converted_to_company", "true")] // "isn't there…" denies nothing
    [InlineData("个转企了，能免吗", "converted_to_company", "true")] // 了 says it happened
    [InlineData("我转公司了 有奖励吗", "converted_to_company", "true")] // 了 before what it brings
    [InlineData("I had an individual business and last month it was registered as a limited company", "converted_to_company", "true")]
    [InlineData("刚领了个体户执照 刻个章要花钱不", "newly_registered", "true")]
    [InlineData("上个月刚在陵川办下的个体执照 刻章要钱不", "newly_registered", "true")] // 办下的: however the getting is said
    [InlineData("这周才领到营业执照", "newly_registered", "true")]
    [InlineData("上礼拜在城区登记了个体工商户，开个翻译工作室", "newly_registered", "true")] // registered lately, wherever
    [InlineData("我上个月刚注册的个体户", "is_individual_business", "true")] // the registering rewritten keeps what was registered
    [InlineData("去年头回犯这毛病已经给俺免罚了，这回又让查着一样的事，还能再免一回不", "first_minor_violation", "false")] // the first time was last year's
    [InlineData("My friend in Changzhi says small-scale taxpayers there pay no VAT. I'm a getihu in Jincheng, small-scale, about 90,000 yuan a month in sales", "taxpayer_kind", "small_scale")] // said of the asker after it is said of others
    [InlineData("I registered my noodle shop last Tuesday", "newly_registered", "true")]
    [InlineData("we are yiban nashuiren so i know no VAT break", "taxpayer_kind", "general")]
    [InlineData("俺原来是个体户 今年九月份已经注册成有限公司了", "converted_to_company", "true")]
    [InlineData("we were a getihu selling tiles n paint, switched to a youxian gongsi in feb", "converted_to_company", "true")]
    [InlineData("had my noodle shop since 2015, seal is worn out", "newly_registered", "false")]
    [InlineData("nah landlord's just a private guy, the laoban who owns the building", "rents_state_owned_premises", "false")]
    [InlineData("got written up for selling expired snacks, thats the 3rd time this yr", "first_minor_violation", "false")]
    [InlineData("I helped my parents turn their getihu noodle shop in Gaoping into a limited company last month", "converted_to_company", "true")] // the asker speaks for them
    [InlineData("I got caught for a minor issue for the first time. Will I be fined?", "first_minor_violation", "true")]
    [InlineData("去年（2025年）换成有限公司了", "converted_to_company", "true")]
    [InlineData("My shop opened 3 years ago", "newly_registered", "false")]
    [InlineData("I opened my noodle shop last week", "newly_registered", "true")] // the kind of shop is no fact's word
    [InlineData("I opened a small noodle shop in Chengqu last month", "newly_registered", "true")] // small is part of no fact word said here
    [InlineData("I run a small-scale noodle shop", "taxpayer_kind", "small_scale")] // small-scale is a fact word: kept
    [InlineData("去年后厨卫生不合格让市场监管罚过一回款，前两天又查出来了", "first_minor_violation", "false")] // 不 of 不合格 is the kitchen's
    [InlineData("上个月刚在泽州办的执照 卖窗帘布艺的", "newly_registered", "true")] // where it happened says nothing of when
    [InlineData("俺刚在高平开了个烧饼摊", "newly_registered", "true")]
    [InlineData("We just got our individual business licence in Zezhou last month", "newly_registered", "true")]
    [InlineData("I run a cafe, registered as an individual business just last month", "newly_registered", "true")]
    [InlineData("We opened in Gaoping last month", "newly_registered", "true")]
    [InlineData("I registered my individual business (a small bakery) last month.", "newly_registered", "true")]
    [InlineData("俺后厨垃圾桶没盖盖子开这店五年了头一回被查出毛病", "first_minor_violation", "true")] // 没 is the lid's, not the first time's
    [InlineData("这不是头一回被查了", "first_minor_violation", "false")]
    [InlineData("头一回让查着 执法的也说属于轻微的 这回能不罚不", "first_minor_violation", "true")] // 属于 told by the enforcer, as 算 is
    [InlineData("执照昨天刚办下来，个体户，刻章要掏钱不", "newly_registered", "true")]
    [InlineData("俺上个月刚去政务大厅领了个体户的营业执照，开个修车铺，刻个章要花钱不？", "newly_registered", "true")]
    [InlineData("Registered my noodle shop as a getihu last week. Do I have to pay to get a seal made?", "newly_registered", "true")]
    [InlineData("开理发店的 去年没亮照被罚过一回 这回又让查出来没挂执照", "first_minor_violation", "false")] // 没 is the licence's, not the fine's
    [InlineData("这是俺头一回被查出问题，也算轻微的", "first_minor_violation", "true")] // 也算 says it counts; "还算新开的吗" asks
    [InlineData("执法的来查说问题不大算轻微的，这是头一回", "first_minor_violation", "true")] // told it counts: no question
    [InlineData("去年来检查说俺价签标的不全罚了二百块，前天又来了", "first_minor_violation", "false")] // last year's fine
    [InlineData("我们还没转呢，材料还在准备，那1200的开户补助能先领吗", "converted_to_company", "false")] // paperwork under way is said, not asked about
    [InlineData("俺还没转，材料刚递上去", "converted_to_company", "false")] // papers just handed in: said, not asked about
    [InlineData("租的是街道办（国有）的门面", "rents_state_owned_premises", "true")]
    [InlineData("我租的是镇政府的门面", "rents_state_owned_premises", "true")]
    [InlineData("以前从没被罚过，这回让查出来价签没标清楚", "first_minor_violation", "true")]
    [InlineData("之前查过但没罚", "first_minor_violation", "false")] // inspected before: this is not the first time
    [InlineData("we got fined last year for a wrong price tag, first time ever", "first_minor_violation", "true")] // last year's fine was the first
    [InlineData("房管局的", "rents_state_owned_premises", "true")]
    [InlineData("I have been fined twice before. Can I avoid the penalty this time?", "first_minor_violation", "false")]
    [InlineData("去年就因为冰柜里生熟没分开被罚过一回", "first_minor_violation", "false")] // the 没 is the cause's, not the fine's
    [InlineData("因为没贴价签被罚过", "first_minor_violation", "false")]
    [InlineData("I rent a shop from a private landlord. Can my rent be reduced?", "rents_state_owned_premises", "false")]
    [InlineData("I don't rent state-owned premises", "rents_state_owned_premises", "false")]
    [InlineData("我租的村集体的两间房", "rents_state_owned_premises", "false")] // collective property is not the state's
    [InlineData("plan to turn my getihu into a company next spring", "converted_to_company", "false")]
    [InlineData("月销售额12万", "monthly_sales_yuan", "120000")]
    [InlineData("小规模 一个月卖了十五万零一块 就多了一块钱", "monthly_sales_yuan", "150001")] // by how much it is over is no figure of its own
    [InlineData("每月销售额十二万五千元", "monthly_sales_yuan", "125000")]
    [InlineData("my monthly sales are 150k", "monthly_sales_yuan", "150000")]
    [InlineData("monthly sales: 1.5 million yuan", "monthly_sales_yuan", "1500000")]
    [InlineData("一年经营所得应纳税所得额60万", "annual_taxable_income_yuan", "600000")]
    [InlineData("getihu flower shop, xiaoguimo. do i need to pay zengzhishui this month", "taxpayer_kind", "small_scale")] // pinyin in English
    [InlineData("ok we did it, the company licence came through last week. how do I claim the 3000?", "converted_to_company", "true")] // "the" opens no question here
    [InlineData("Hi, I registered my coffee cart as a getihu in Jincheng last week. Do I have to pay for the seal?", "newly_registered", "true")] // a cart, and where
    [InlineData("上午刚在便民服务中心领的个体执照，刻章要交钱吗", "newly_registered", "true")] // an office between 刚 and 领
    [InlineData("营业执照前天刚拿到手 还得刻个章", "newly_registered", "true")]
    [InlineData("这个月刚领的个体营业执照，开早餐铺子的", "newly_registered", "true")]
    [InlineData("today is last day of year. my december sale is exactly 150000 yuan, small scale getihu. VAT free?", "taxpayer_kind", "small_scale")]
    [InlineData("Taxable profit for this year should come to roughly 1.3 million yuan.", "annual_taxable_income_yuan", "1300000")]
    [InlineData("俺开的小超市让查出来卖的酒是假酒，俺也是头一回被逮着", "first_minor_violation", "false")] // fake liquor is no minor offence
    public void Recognises_a_fact_from_everyday_words(string text, string fact, string value)
    {
        var values = Extract(text);

        Assert.True(values.TryGetValue(fact, out var got), $"{fact} not recognised in '{text}'");
        Assert.Equal(value, got);
    }

    [Theory]
    [InlineData("因为以前没被罚过，这次能免罚吗")] // right before the phrase, inside the cause, the 没 still denies it
    [InlineData("因为从来没有被罚过")]
    public void A_denial_right_before_the_phrase_inside_a_cause_still_denies_it(string text)
    {
        Assert.NotEqual("false", Extract(text).GetValueOrDefault("first_minor_violation"));
    }

    [Theory]
    [InlineData("does this plan give getihu any free legal help?", "is_individual_business")] // "this plan" is the policy, not an intention
    [InlineData("条款俺也看不懂 有没有给个体户免费法律咨询的地方", "is_individual_business")] // voice input: a space between characters ends the clause of 看不懂
    [InlineData("执法的说问题不大算轻微的，这是头一回", "first_minor_violation")] // 不大 says how big the problem is
    public void A_noun_that_looks_like_a_denial_denies_nothing(string text, string fact)
    {
        Assert.NotEqual("false", Extract(text).GetValueOrDefault(fact));
    }

    [Theory]
    [InlineData("I want to open a second counter in a mall. Do I need a whole new business licence?", "newly_registered")] // another licence, not a new business
    [InlineData("这回罚了二百块，能免不", "first_minor_violation")] // this time's fine is the one asked about, not one before
    [InlineData("去年才办的执照，现在刻章还免费吗", "newly_registered")] // 才 after a year is "only then", not lately
    [InlineData("俺是刚下岗的，在焦化厂干了二十来年，想自己开个小超市", "newly_registered")] // years worked for an employer, not the shop's age
    [InlineData("在煤矿上干了二十来年 去年退下来了 寻思开个修电动车的铺子", "newly_registered")] // 上 after the mine, as 里 after a plant
    [InlineData("can my getihu get the ge zhuan qi reward money? how much is it", "converted_to_company")] // names the reward
    public void A_word_about_something_else_says_nothing_of_the_fact(string text, string fact)
    {
        Assert.DoesNotContain(fact, Extract(text).Keys);
    }

    [Theory]
    [InlineData("我租的店面，房租能减免吗？")]
    [InlineData("I rent a shop. Can my rent be reduced?")]
    [InlineData("租金太贵了")]
    public void Renting_alone_does_not_mean_renting_state_owned_premises(string text)
    {
        Assert.False(Extract(text).ContainsKey("rents_state_owned_premises"), "a verdict must not assume the landlord is the state");
    }

    [Fact]
    public void Ties_each_amount_to_the_fact_named_beside_it()
    {
        var values = Extract("月销售额12万，年应纳税所得额60万元，我是小规模纳税人");

        Assert.Equal("120000", values["monthly_sales_yuan"]);
        Assert.Equal("600000", values["annual_taxable_income_yuan"]);
        Assert.Equal("small_scale", values["taxpayer_kind"]);
    }

    [Theory]
    [InlineData("不是老店，刚开的")]
    [InlineData("老店的刻章能免费吗？我们不是老店")]
    public void A_no_word_that_is_denied_says_no_no(string text)
    {
        Assert.NotEqual("false", Extract(text).GetValueOrDefault("newly_registered"));
    }

    [Theory]
    [InlineData("我邻居是新开的店，刻章免费", "newly_registered")] // a neighbour's shop, not the asker's
    [InlineData("我是镇便民服务中心的，有个户想个转企，转完以后那1200该找谁要", "converted_to_company")] // a household the staff serve
    [InlineData("My friend just registered his shop", "newly_registered")]
    [InlineData("我朋友的店开了五年了", "newly_registered")]
    [InlineData("My parents turned their getihu into a limited company last month", "converted_to_company")] // told of them, not for them
    [InlineData("俺店上礼拜让执法的查出来点小毛病", "first_minor_violation")] // minor, but whether it is the first is not said
    [InlineData("听说转成公司能拿3000", "converted_to_company")] // hearsay about the policy
    [InlineData("县里说转公司有奖励 是不是那个三千块", "converted_to_company")] // what an office said of the policy
    [InlineData("俺是个体户转的公司 上个月执照才下来", "newly_registered")] // the company's licence
    [InlineData("转公司有奖励 是不是三千块", "converted_to_company")] // what conversion brings, said of it
    [InlineData("不是说新开的个体户刻章不要钱么", "newly_registered")] // the policy quoted back, rhetorically
    [InlineData("我们是国企，租给个体户的房子要减租吗", "is_individual_business")] // a landlord asking about tenants
    [InlineData("Do we have to cut rent for individual businesses we rent to?", "is_individual_business")]
    public void Someone_elses_situation_is_not_the_askers(string text, string fact)
    {
        Assert.DoesNotContain(fact, Extract(text).Keys);
    }

    [Theory]
    [InlineData("个转企那1200和3000是转之前就给还是转完了才给？", "converted_to_company")] // the condition asked about: 转完了 before 才
    [InlineData("个转企有没有奖励", "converted_to_company")] // 有没有 asks what it brings, with no particle after it
    [InlineData("个转企还有没有额外奖励", "converted_to_company")]
    [InlineData("个转企能免吗", "converted_to_company")] // a question right after the word, nothing said of the asker
    [InlineData("转成公司咋申请", "converted_to_company")]
    [InlineData("个体户转企业现在还有吗", "converted_to_company")]
    [InlineData("首次违法能免罚吗", "first_minor_violation")]
    [InlineData("Is a first offence fined?", "first_minor_violation")] // any one, in a question
    [InlineData("turning a getihu into a company, any reward?", "converted_to_company")]
    [InlineData("Do new businesses pay for seals?", "newly_registered")] // a group the question opens with
    [InlineData("转成公司以后才能领吗", "converted_to_company")]
    public void A_condition_asked_about_is_not_the_askers_situation(string text, string fact)
    {
        Assert.NotEqual("true", Extract(text).GetValueOrDefault(fact));
    }

    [Theory]
    [InlineData("刻章要钱吗？")]
    [InlineData("2022年12月31日前有效吗")]
    [InlineData("第一次轻微违法会被罚款吗？")]
    public void Does_not_invent_facts(string text)
    {
        var values = Extract(text);


        Assert.DoesNotContain("monthly_sales_yuan", values.Keys);
        Assert.DoesNotContain("annual_taxable_income_yuan", values.Keys);
        Assert.DoesNotContain("taxpayer_kind", values.Keys);
    }

    [Theory]
    [InlineData("是的", true)]
    [InlineData("是，月销售额10万", true)]
    [InlineData("yes, I am", true)]
    [InlineData("对的", true)]
    [InlineData("不是", false)]
    [InlineData("没有", false)]
    [InlineData("No.", false)]
    [InlineData("是否需要材料", null)]
    [InlineData("不知道", null)]
    [InlineData("有什么奖励", null)]
    [InlineData("不对", false)]
    [InlineData("不对不对，我看串行了，是180万", null)] // a figure corrected, no "no" to the question asked
    public void Reads_a_plain_yes_or_no_reply(string text, bool? expected)
    {
        Assert.Equal(expected, FactExtractor.ReadAffirmation(TextNormalizer.Normalize(text)));
    }
}
