using System.Globalization;
using Policy.Bot.Understanding;

namespace Policy.Bot.Tests;

public class NumberParsingTests
{
    [Theory]
    [InlineData("月销售额12万", "120000")]
    [InlineData("8月份流水十五个w零一百块", "150100")] // so many ten-thousands, and what 零 adds
    [InlineData("月销售额15w零100", "150100")]
    [InlineData("一个月十四个万", "140000")]
    [InlineData("月销售额12万元", "120000")]
    [InlineData("十二万五千", "125000")]
    [InlineData("一月卖个八九万", "90000")] // a range, read as its upper end
    [InlineData("每月五六十万", "600000")]
    [InlineData("差不多十二三万", "130000")]
    [InlineData("月营业额20来万", "200000")] // 来, "about", between the number and its unit
    [InlineData("一个月二十来万", "200000")]
    [InlineData("十来万", "100000")]
    [InlineData("一个月20多万", "200001")] // more than 20万 (to 30万): just over its start, never 20 yuan
    [InlineData("三十几万", "300001")]
    [InlineData("15万出头", "150001")] // a little more than 15万 is not 15万
    [InlineData("正好15万一分不多", "150000")] // 一分 is a cent, not 15万一 (151,000)
    [InlineData("十四万多点", "140001")]
    [InlineData("月销售额超过15万", "150001")] // more than the figure
    [InlineData("月销售额不止15万", "150001")] // 不止: more than, though it begins with 不
    [InlineData("15万以上", "150001")]
    [InlineData("monthly sales over 150k", "150001")]
    [InlineData("不到15万", "149999")] // less than the figure
    [InlineData("less than 150,000 yuan", "149999")]
    [InlineData("不超过15万", "150000")] // at most: the figure itself, as 15万元以下（含本数）
    [InlineData("销售额并不是超过十五万", "150000")] // "not over" is at most, not more than
    [InlineData("never gone over 100k", "100000")]
    [InlineData("15万以下", "150000")]
    [InlineData("1.2万", "12000")]
    [InlineData("120,000", "120000")]
    [InlineData("120，000元", "120000")]
    [InlineData("120000元", "120000")]
    [InlineData("150k", "150000")]
    [InlineData("150K yuan", "150000")]
    [InlineData("15w", "150000")]
    [InlineData("一百万", "1000000")]
    [InlineData("两万", "20000")]
    [InlineData("1百万", "1000000")]
    [InlineData("1.5 million", "1500000")]
    [InlineData("150 thousand", "150000")]
    [InlineData("一万五", "15000")]
    [InlineData("12万5", "125000")]
    [InlineData("12万5千", "125000")]
    [InlineData("三千二百元", "3200")]
    [InlineData("一百零五元", "105")]
    [InlineData("十万", "100000")]
    [InlineData("百万", "1000000")]
    [InlineData("壹拾伍万元", "150000")]
    [InlineData("１５万", "150000")]
    [InlineData("¥150000", "150000")]
    [InlineData("RMB 150,001", "150001")]
    [InlineData("sales of 150000 a month", "150000")]
    [InlineData("0.5万", "5000")]
    [InlineData("about eighty thousand a month", "80000")] // in English words, with its thousand
    [InlineData("a hundred and fifty thousand yuan", "150000")]
    [InlineData("two hundred thousand", "200000")]
    [InlineData("more than one hundred and fifty thousand", "150001")]
    [InlineData("two million", "2000000")]
    [InlineData("应纳税所得额得有一百二十万 个人所得税那个减半", "1200000")] // 个人所得税 after it, unpunctuated, counts nothing
    [InlineData("所得额120万 个税减半能享受不", "1200000")]
    [InlineData("今年亏了，应纳税所得额是零", "0")] // nothing, said as a word
    [InlineData("应纳税所得额为零。", "0")]
    [InlineData("i lost money this year so my taxable income is zero", "0")]
    [InlineData("这个月销售额十万零几千", "100001")] // just over 10万, short of 11万
    [InlineData("一个月卖个十四万零几千", "140001")]
    public void Reads_an_amount_in_every_common_form(string text, string expected)
    {
        var mentions = NumberParser.Find(TextNormalizer.Normalize(text));

        var mention = Assert.Single(mentions);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), mention.Value);
    }

    [Theory]
    [InlineData("this yr taxable income looking like 1.3 mil", "1300000")] // chat shorthand: 1.3 yuan before
    [InlineData("my monthly sales r around 148k", "148000")]
    public void Reads_an_amount_in_chat_shorthand(string text, string expected)
    {
        var mention = Assert.Single(NumberParser.Find(TextNormalizer.WithShorthandSpelledOut(TextNormalizer.Normalize(text))));

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), mention.Value);
    }

    [Theory]
    [InlineData("一个月16、7万", "160000,170000")] // sixteen or seventeen: the unit is each figure's
    [InlineData("一个月16,7万", "160000,170000")]
    [InlineData("一个月16-17万", "160000,170000")]
    [InlineData("一个月14~16w", "140000,160000")]
    [InlineData("一个月13、14万", "130000,140000")]
    [InlineData("进了3、15万的货", "3,150000")] // no range: three and fifteen are far apart
    [InlineData("每个月在十四到十六万之间", "140000,160000")] // the unit said once, after the second figure
    [InlineData("每个月营业额在12到16万之间", "120000,160000")]
    public void Reads_a_range_of_figures_written_with_digits_as_both(string text, string expected)
    {
        var mentions = NumberParser.Find(TextNormalizer.WithFigureRangesSpelledOut(TextNormalizer.Normalize(text)));

        Assert.Equal(expected, string.Join(",", mentions.Select(m => m.Value.ToString(CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("2022年12月31日前")]
    [InlineData("2022-06-01")]
    [InlineData("第5条")]
    [InlineData("减免3个月租金")]
    [InlineData("一般纳税人")]
    [InlineData("第一次轻微违法")]
    [InlineData("two shops and one employee")] // number words without thousand or million count things
    [InlineData("平均资费再降10%")]
    [InlineData("measure-5")]
    [InlineData("一次性")]
    [InlineData("店里有十来个人")] // 来 before a count, not a unit of money
    [InlineData("雇了3个人")]
    [InlineData("月销售额十几万")] // 10万 to 20万: too vague to decide on, asked again
    [InlineData("一年一百多万")]
    [InlineData("开票的不开票的加一块")] // 一块 said as "together", not one yuan
    [InlineData("几样放一块算")]
    [InlineData("我是搞零售的")] // 零 in a word of its own
    [InlineData("在网上打零工")]
    [InlineData("is there a zero-interest loan")]
    [InlineData("")]
    public void Does_not_take_dates_counts_ordinals_or_words_for_amounts(string text)
    {
        Assert.Empty(NumberParser.Find(TextNormalizer.Normalize(text)));
    }

    [Fact]
    public void Finds_each_amount_in_a_sentence_with_several()
    {
        var mentions = NumberParser.Find(TextNormalizer.Normalize("月销售额12万，年应纳税所得额60万元"));

        Assert.Equal([120000m, 600000m], mentions.Select(m => m.Value));
        Assert.All(mentions, m => Assert.True(m.IsMoney));
    }

    [Theory]
    [InlineData("99999999999999999999999999999999999")]
    [InlineData("1.2.3.4万")]
    [InlineData("万万万万")]
    [InlineData("十十十十")]
    [InlineData("1,2,3,4")]
    [InlineData("12,34万")]
    [InlineData("..........")]
    [InlineData("一二三四五六七八九十百千万亿")]
    public void Odd_number_forms_never_throw(string text)
    {
        var mentions = NumberParser.Find(TextNormalizer.Normalize(text));

        Assert.All(mentions, m => Assert.True(m.Value >= 0));
    }
}
