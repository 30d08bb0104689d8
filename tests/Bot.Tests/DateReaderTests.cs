using Policy.Bot.Understanding;

namespace Policy.Bot.Tests;

public class DateReaderTests
{
    [Theory]
    [InlineData("2022年6月的时候，小规模，月销售10万，能免增值税吗", "2022-06-30")] // a month: its last day
    [InlineData("2022年6月1日能免吗", "2022-06-01")]
    [InlineData("2022-06-15那天还免吗", "2022-06-15")]
    [InlineData("房租减免2022年能享受吗", "2022-12-31")] // a year: its last day
    [InlineData("个体户，22年能减几个月房租", "2022-12-31")] // a two-digit year before 能
    [InlineData("Was the rent relief available in 2023?", "2023-12-31")]
    [InlineData("Could I skip VAT in June 2022?", "2022-06-30")]
    [InlineData("2022年的政策现在还有效吗", null)] // asks about now
    [InlineData("Is the 2022 policy still valid now?", null)]
    [InlineData("Did I qualify for the rent relief in 2022, and can I still get it this year?", null)] // asks about now too
    [InlineData("22年减过三个月房租，今年还能减吗", null)]
    [InlineData("文号是晋市市监〔2022〕67号吗", null)] // a number, not a date
    [InlineData("房东是国企，22年5月份的事，那时候能减房租吗", "2022-05-31")] // a year in two digits, with its month
    [InlineData("22年的时候房东是国企，能减房租吗", "2022-12-31")]
    [InlineData("月流水十来万，小规模，22年免增值税不", "2022-12-31")] // a two-digit year before what is asked for
    [InlineData("一年卖了一百五六十万 小规模 22年增值税免不免", "2022-12-31")]
    [InlineData("was I VAT exempt in mid 2022", "2022-06-30")]
    [InlineData("early 2022, was the VAT waived?", "2022-03-31")]
    [InlineData("by late 2022 could I still skip VAT", "2022-12-31")]
    [InlineData("开了22年了，刻章免费吗", null)]
    [InlineData("我开了22年的店，刻章免费吗", null)] // a count of years
    [InlineData("我2015年开的店，刻章免费吗", null)] // when the shop opened is the asker's situation
    [InlineData("no, I opened in 2015", null)]
    [InlineData("原来那个个体户2021年就注销了，上周又重新办了一个", null)] // when the old one closed
    [InlineData("我2019年就有个体执照卖水果，今年10月又单独办了个个体执照开奶茶店，这个新店刻章是不是也免费", null)] // since when the asker has had it
    [InlineData("I opened a small shop in 2023, is the seal free for me?", null)] // the verb further back in the same clause
    [InlineData("I opened my shop in 2021, could I get the VAT exemption in 2022?", "2022-12-31")] // the year of another clause is asked about
    [InlineData("我2022年10月开的店，租的国有门面，那年房租能减吗", "2022-10-31")] // unless the question asks about that time
    [InlineData("2022年13月", null)]
    [InlineData("刻章免费吗", null)]
    public void Reads_the_date_a_question_asks_about(string question, string? expected)
    {
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateReader.AskedAbout(TextNormalizer.Normalize(question)));
    }

    [Theory]
    [InlineData("2026年还能享受啥", "2026-12-03")] // the year today is in: now, not its last day
    [InlineData("What can I still get in 2026?", "2026-12-03")]
    [InlineData("2026年12月能免吗", "2026-12-03")] // the month today is in
    [InlineData("2026年11月能免吗", "2026-11-30")]
    [InlineData("2025年能免吗", "2025-12-31")]
    [InlineData("2026年12月25日能免吗", "2026-12-25")] // a day named is that day
    public void A_year_or_month_that_holds_today_asks_about_today(string question, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateReader.AskedAbout(TextNormalizer.Normalize(question), new DateOnly(2026, 12, 3)));
    }

    [Theory]
    [InlineData("那过了年一月份呢 还免不", "2023-01-31")] // the new year, said late in a year, and its month
    [InlineData("明年一月份还免不", "2023-01-31")]
    [InlineData("过了年呢", "2023-12-31")]
    [InlineData("明年呢", "2023-12-31")]
    [InlineData("过了年还有个新政策要出吗", null)] // asks something more than the time
    public void A_follow_up_asking_only_about_another_time_reads_that_time(string question, string? expected)
    {
        var expectedDate = expected is null ? (DateOnly?)null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expectedDate, DateReader.OnlyAnotherTime(TextNormalizer.Normalize(question), new DateOnly(2022, 12, 28)));
    }

    [Fact]
    public async Task A_question_about_a_past_month_is_answered_for_that_month_and_says_so()
    {
        var result = await TestBots.Create().AskAsync(new Answering.BotRequest("2022年6月的时候，小规模，月销售10万，能免增值税吗", "u1", null), TestContext.Current.CancellationToken);

        Assert.StartsWith("按您问的时间（2022年6月30日）回答：\n可以享受。\n注意：“免征增值税”只执行到2022年12月31日，现在已结束，不能再享受。", result.Answer, StringComparison.Ordinal);
        Assert.Equal("eligible", Assert.Single(result.Eligibility).Verdict);
    }

    [Theory]
    [InlineData("2021年的房租能减免吗，个体户，国企的房子")] // not yet in force then: no note that it has ended since
    [InlineData("2022年6月，小规模，月销售20万，能免增值税吗")] // not eligible then
    public async Task Only_what_the_answer_grants_or_leaves_open_is_said_to_have_ended_since(string question)
    {
        var result = await TestBots.Create().AskAsync(new Answering.BotRequest(question, "u1", null), TestContext.Current.CancellationToken);

        Assert.StartsWith("按您问的时间", result.Answer, StringComparison.Ordinal);
        Assert.Equal("not_eligible", Assert.Single(result.Eligibility).Verdict);
        Assert.DoesNotContain("现在已结束", result.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task This_year_named_is_today_and_is_not_announced_as_another_time()
    {
        var year = DateTime.Now.Year; // the bot's clock is the machine's
        var result = await TestBots.Create().AskAsync(new Answering.BotRequest($"{year}年了，新开的个体户刻章还免费吗", "u1", null), TestContext.Current.CancellationToken);

        Assert.DoesNotContain("按您问的时间", result.Answer, StringComparison.Ordinal);
        Assert.Contains(result.Eligibility, e => e.Rule == "new-business-free-seal" && e.Verdict == "eligible");
    }

    [Theory]
    [InlineData("I opened a shop in 2019, is the seal free?", "2019-12-31")]
    [InlineData("我2019年3月刚开的店，刻章免费吗", "2019-03-31")] // 刚 between the date and the event
    [InlineData("俺家2020年在城区开了个小吃店，那个减免还有没有", "2020-12-31")] // where, between the date and the event
    [InlineData("2022年6月能免吗", null)] // a time asked about, not an event
    [InlineData("Registered my noodle shop as a getihu on May 10 2022. Is the seal free?", "2022-05-10")] // month, day, year
    [InlineData("Registered my noodle shop as a getihu on May 10. Is the seal free?", "2026-05-10")] // no year: this year's
    [InlineData("We opened on the 20th of December. Is the seal free?", "2025-12-20")] // still to come this year: last year's
    [InlineData("我们店2019年就办照了，新办户刻章免费那个我能用不", "2019-12-31")] // 办照: the licence got
    public void The_date_of_an_event_of_the_askers_business_is_read(string question, string? expected)
    {
        var expectedDate = expected is null ? (DateOnly?)null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expectedDate, DateReader.EventDate(TextNormalizer.Normalize(question), new DateOnly(2026, 12, 4)));
    }

    [Theory]
    [InlineData("I opened a shop in 2024, is the seal free?", null)] // new means recent: one to two years before, the bot asks
    [InlineData("I opened a shop in 2019, is the seal free?", "not_eligible")] // years before: no new business, as "开了七八年" says
    [InlineData("我们店2019年就办照了，一直是个体户，现在想重新刻个章，新办户刻章免费那个我能用不", "not_eligible")] // 新办户 names the benefit, no second licence
    [InlineData("I opened my noodle shop last week, is the seal free?", "eligible")]
    [InlineData("I opened a shop in 2026, is the seal free?", "eligible")]
    public async Task A_word_for_a_new_business_dated_long_ago_is_not_taken(string question, string? verdict)
    {
        var result = await TestBots.Create().AskAsync(new Answering.BotRequest(question, null, new DateOnly(2026, 12, 4)), TestContext.Current.CancellationToken);

        var seal = Assert.Single(result.Eligibility, e => e.Rule == "new-business-free-seal");
        Assert.Equal(verdict ?? "need_info", seal.Verdict);
    }
}
