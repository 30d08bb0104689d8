using System.Text.RegularExpressions;
using Policy.Bot.Answering;
using Policy.Bot.Understanding;

namespace Policy.Bot.Tests;

/// <summary>
/// A message that asks about two matters gets both answered: the second after "您还问到", its citations numbered on from
/// the first's; two questions about one matter stay one.
/// </summary>
public partial class MessagePartsTests
{
    private static readonly DateOnly During = new(2022, 7, 15);
    private const string Rent = "jincheng-2022-67#measure-8";
    private const string Loans = "jincheng-2022-67#measure-7";
    private const string Franchise = "jincheng-2022-67#measure-2";
    private const string Closures = "jincheng-2022-67#measure-18";
    private const string FirstOffence = "jincheng-2022-67#measure-17";

    private static Task<BotResult> Ask(string question) =>
        TestBots.Create().AskAsync(new BotRequest(question, null, During), TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("听说今年房租能减？另外想贷点款，没房子抵押能贷不", 2)]
    [InlineData("问两个事：一是房租能不能减，二是想加盟个连锁的牌子，政策上支持不", 2)]
    [InlineData("Can I get the rent waiver? Also, is there any help with loans?", 2)]
    [InlineData("会罚钱不？还有啊听说要整条街先停业，这合规吗", 2)]
    [InlineData("执照能不能一次办完还有俺从来没开过店有没有人教教", 2)] // voice input: no break before 还有俺
    [InlineData("房租今年能减免不，我还想贷点款进货，没房子抵押能行不", 2)] // 还想 turns to another; the first part ends in 不 before a comma
    [InlineData("个转企是有奖励是吧？具体给多少钱", 0)] // two questions about one matter
    [InlineData("还有没有别的补贴", 0)] // 还有没有 asks whether there is more
    [InlineData("房租能减吗？另外谢谢你", 0)] // the second part asks nothing
    [InlineData("Can I also sell online?", 0)] // "also" inside a question
    [InlineData("个转企有啥奖励？另外这个去哪申请", 0)] // the second part points back at the first
    [InlineData("这个补贴能拿吗？另外贷款有啥政策", 2)] // the first part's 这个 points at an earlier turn
    [InlineData("今年还能免增值税不？那个减三个月房租今年还有没？", 2)] // 那个 after a question mark opens another matter
    [InlineData("Couple of questions. Any help with loans? Is there free legal advice for small shop owners? And can someone help me with quality control?", 3)]
    [InlineData("Where do I register as a getihu? And once the stand is registered, can I also sell online?", 2)]
    [InlineData("ok. once we've converted, which office do I go to? and the free seal thing - how much is it worth?", 0)] // "and the …" points back
    [InlineData("俺是小规模个体户 月营业额十来万 现在还免曾值税不 顺便问问那个租国有房子减三个月房租的现在还有没有", 2)] // 那个 before a matter described at length
    [InlineData("个体户 想问三个事 1能不能贷到款 没抵押的那种 2有没有不要钱的法律咨询 3办执照能在乡里办不 不想跑城里", 3)] // numbered matters, voice input
    public void A_message_is_split_where_it_turns_to_another_matter(string message, int parts)
    {
        Assert.Equal(parts, MessageParts.Split(TextNormalizer.Normalize(message)).Count);
    }

    [Theory]
    [InlineData("我是个体户，租的国企的门面。今年房租能减不？另外想贷点款买设备，没房子抵押能贷吗", Rent, Loans)]
    [InlineData("我开了个小卖部，个体户，问两个事：一是想加盟个连锁便利店的牌子，政策支持不，二是说要整治让整条街先关门再查，这样合规吗", Franchise, Closures)]
    [InlineData("The street office says every shop must close first and be checked later, is that allowed? Also, it's my first time being caught without price tags, will I be fined?", Closures, FirstOffence)]
    public async Task Both_matters_asked_are_answered_with_their_own_citations(string question, string first, string second)
    {
        var result = await Ask(question);

        var cited = result.Citations.Select(c => c.Id).ToList();
        Assert.Contains(first, cited);
        Assert.Contains(second, cited);
        // Every marker points at a citation of the merged list, and each clause cited is marked in the text.
        var markers = Marker().Matches(result.Answer).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        Assert.All(markers, n => Assert.InRange(n, 1, result.Citations.Count));
        Assert.Contains(cited.IndexOf(second) + 1, markers);
    }

    [Fact]
    public async Task A_clause_the_whole_answer_lists_unmarked_is_the_parts_and_no_number_is_skipped()
    {
        var result = await Ask("去年俺店里因为明码标价不规范被罚了五百块今年又因为这个事被查着了这回还算头一回不能免罚不 还有俺想贷个十来万进货手里没房没车抵押不了银行能给贷不");

        Assert.Contains(BotTexts.AlsoAsked.Zh, result.Answer, StringComparison.Ordinal);
        Assert.Equal(result.Citations.Select(c => c.Id).Distinct().Count(), result.Citations.Count);
        var markers = Marker().Matches(result.Answer).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        Assert.Equal(Enumerable.Range(1, result.Citations.Count), markers.Order());
    }

    [Fact]
    public async Task The_matter_the_whole_answer_leaves_out_comes_after_you_also_asked()
    {
        var result = await Ask("我是个体户，租的国企的门面。今年房租能减不？另外想贷点款买设备，没房子抵押能贷吗");

        var also = result.Answer.IndexOf(BotTexts.AlsoAsked.Zh, StringComparison.Ordinal);
        Assert.True(also > 0, result.Answer);
        // Before it one matter, after it the other, each quoted under its own number.
        var numbers = result.Citations.Select((c, i) => (c.Id, Marker: $"[{i + 1}]")).ToList();
        var rent = numbers.First(n => n.Id == Rent).Marker;
        var loans = numbers.First(n => n.Id == Loans).Marker;
        Assert.True(result.Answer.IndexOf(rent, StringComparison.Ordinal) < also != result.Answer.IndexOf(loans, StringComparison.Ordinal) < also, result.Answer);
    }

    [Fact]
    public async Task A_part_whose_sentence_the_whole_answer_already_quotes_is_not_answered_twice()
    {
        var result = await Ask("俺是河南人，在城区开了个烩面馆，户口不在晋城，孩子想在这边上学中不中？还有店里水费电费太贵了，能降不");

        Assert.Single(result.Citations, c => c.Id == Rent);
        Assert.DoesNotContain(BotTexts.AlsoAsked.Zh, result.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_part_answered_is_not_preceded_by_not_covered_for_the_whole()
    {
        var result = await Ask("想在村里开个饭馆，营业执照跟食品许可能不能一次弄完还有俺从来没开过店有没有人教教");

        Assert.DoesNotContain(BotTexts.NotCovered.Zh, result.Answer, StringComparison.Ordinal);
        Assert.NotEmpty(result.Citations);
    }

    [Fact]
    public async Task The_verdict_on_the_second_matter_is_given_from_the_facts_told_before_either()
    {
        var result = await Ask("我是个体户，租的国企的门面。想贷点款买设备，有啥政策？另外今年房租能减不");

        Assert.Equal("eligible", Assert.Single(result.Eligibility, e => e.Rule == "state-owned-rent-relief").Verdict);
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Marker();
}
