using Policy.Bot.Answering;
using Policy.Bot.Channels.WeChat;
using Policy.Bot.Hosting;
using Policy.Bot.Model;
using Policy.Bot.Storage.InMemory;
using Policy.Knowledge.Content;

namespace Policy.Bot.Tests;

/// <summary>
/// The bot across policies: nothing about a policy is compiled in, retrieval, rules and overviews span every policy in
/// force, a question naming a document is answered from it, and a replaced policy is said to be replaced. The fixture
/// tests/fixtures/many-policies has a city-wide policy, a county's (泽州县) with its own rule, and a repealed one.
/// </summary>
public sealed class ManyPoliciesTests
{
    private static readonly string TwoPolicies = Path.Combine(RepoPaths.Root, "tests", "Generator.Tests", "Fixtures", "two-policies", "content");
    private static readonly string ManyPolicies = Path.Combine(RepoPaths.Root, "tests", "fixtures", "many-policies", "content");
    private static readonly Lazy<BotKnowledge> Many = new(() => KnowledgeLoader.Load(ManyPolicies, null));
    private const string CityNew = "demo-city-2024-3";
    private const string CityOld = "demo-city-2021-9";
    private const string Zezhou = "demo-zezhou-2024-5";
    private static readonly DateOnly InForceDay = new(2024, 6, 1);

    private static PolicyBot ManyBot() => new(Many.Value, new InMemorySessionStore(TimeSpan.FromMinutes(5)));

    private static Task<BotResult> Ask(string question, string? session = null) =>
        ManyBot().AskAsync(new BotRequest(question, session, InForceDay), TestContext.Current.CancellationToken);

    private static string Number(string policyId) => Many.Value.Content.FindPolicy(policyId)!.Meta.DocNumber!;

    private static string DocumentOf(string clauseId) => clauseId[..clauseId.IndexOf('#', StringComparison.Ordinal)];

    [Theory]
    [InlineData("你好")]
    [InlineData("hello")]
    [InlineData("今天天气怎么样")]
    [InlineData("what's the weather like?")]
    public async Task Greeting_and_out_of_scope_replies_name_this_contents_policies_in_force_and_no_other(string message)
    {
        var result = await Ask(message);
        var main = TestBots.Knowledge.Content.Policies.Select(p => p.Meta.DocNumber).OfType<string>().ToList();

        Assert.Contains(Number(CityNew), result.Answer, StringComparison.Ordinal);
        Assert.Contains(Number(Zezhou), result.Answer, StringComparison.Ordinal);
        Assert.DoesNotContain(Number(CityOld), result.Answer, StringComparison.Ordinal); // repealed: not offered
        Assert.Contains(Many.Value.Content.Site.Title.In(result.Language), result.Answer, StringComparison.Ordinal);
        Assert.All(main, number => Assert.DoesNotContain(number, result.Answer, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_real_contents_greeting_comes_from_its_own_policy_and_example_questions()
    {
        var zh = await TestBots.Create().AskAsync(new BotRequest("你好"), TestContext.Current.CancellationToken);
        var en = await TestBots.Create().AskAsync(new BotRequest("hello"), TestContext.Current.CancellationToken);
        var content = TestBots.Knowledge.Content;

        Assert.All(content.Policies, p => Assert.Contains(p.Meta.DocNumber!, zh.Answer, StringComparison.Ordinal));
        Assert.Contains(content.Site.BotExamples[0].Zh, zh.Answer, StringComparison.Ordinal);
        Assert.Contains(content.Site.BotExamples[0].En, en.Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("。", en.Answer.Replace(content.Policies[0].Meta.DocNumber!, "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void The_WeChat_welcome_and_the_model_brief_come_from_content()
    {
        var knowledge = Many.Value;
        var welcome = WeChatTexts.Welcome(knowledge.Content.Site, knowledge.Intro);
        var brief = ModelPrompt.System(knowledge.Intro, Languages.Chinese);

        foreach (var text in new[] { welcome, brief })
        {
            Assert.Contains(Number(CityNew), text, StringComparison.Ordinal);
            Assert.Contains(Number(Zezhou), text, StringComparison.Ordinal);
            Assert.DoesNotContain(Number(CityOld), text, StringComparison.Ordinal);
            Assert.All(TestBots.Knowledge.Content.Policies, p => Assert.DoesNotContain(p.Meta.DocNumber!, text, StringComparison.Ordinal));
        }

        // The benefits offered are the fixture's own rules', and no example is made up when staff give none.
        Assert.Contains(knowledge.Content.RulesInForce[0].Benefit.Zh, welcome, StringComparison.Ordinal);
        Assert.DoesNotContain("您可以这样问", welcome, StringComparison.Ordinal);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(WeChatTexts.Welcome(TestBots.Knowledge.Content.Site, TestBots.Knowledge.Intro)) <= WeChatTexts.MaxReplyBytes);
    }

    [Theory]
    [InlineData("新开的个体户刻章要钱吗？")]
    [InlineData("Is the company seal free for a newly established individual business?")]
    public async Task Retrieval_and_rules_prefer_the_policy_in_force_over_the_one_it_replaced(string question)
    {
        var result = await Ask(question);

        Assert.NotEmpty(result.Citations);
        Assert.All(result.Citations, c => Assert.NotEqual(CityOld, DocumentOf(c.Id)));
        Assert.Contains(result.Eligibility, e => e.Rule == "city-free-seal");
        Assert.DoesNotContain(result.Eligibility, e => e.Rule == "city-opening-grant");
        Assert.All(result.Citations, c => Assert.Contains(Number(DocumentOf(c.Id)), c.Document!, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("泽州县那个通知里，登记窗口设在哪？")]
    [InlineData("Where does the Zezhou notice put the registration windows?")]
    public async Task A_question_naming_a_document_is_answered_from_that_document(string question)
    {
        var result = await Ask(question);

        Assert.NotEmpty(result.Citations);
        Assert.All(result.Citations, c => Assert.Equal(Zezhou, DocumentOf(c.Id)));
    }

    [Theory]
    [InlineData("3号文对经营管理培训是怎么规定的？")]
    [InlineData("Does document 3号 say anything about training?")]
    public async Task A_document_named_by_its_number_is_answered_from_it(string question)
    {
        var result = await Ask(question);

        Assert.NotEmpty(result.Citations);
        Assert.All(result.Citations, c => Assert.Equal(CityNew, DocumentOf(c.Id)));
    }

    [Theory]
    [InlineData("9号文的开业补贴还能领吗？", "zh")]
    [InlineData("Can I still get the opening grant under 9号?", "en")]
    public async Task A_question_about_a_replaced_policy_says_what_replaced_it_and_answers_from_the_policy_in_force(string question, string language)
    {
        var result = await Ask(question);
        var first = result.Answer.Split('\n')[0];

        Assert.Equal(language, result.Language);
        Assert.Contains(Number(CityOld), first, StringComparison.Ordinal);
        Assert.Contains(Number(CityNew), first, StringComparison.Ordinal);
        Assert.All(result.Citations, c => Assert.NotEqual(CityOld, DocumentOf(c.Id)));
        Assert.DoesNotContain(result.Eligibility, e => e.Rule == "city-opening-grant");
    }

    [Theory]
    [InlineData("示政发〔2021〕9号还有效吗？")]
    [InlineData("Is 示政发〔2021〕9号 still in force?")]
    public async Task A_document_question_about_a_replaced_policy_names_its_replacement(string question)
    {
        var result = await Ask(question);

        Assert.Contains(result.Answer.Split('\n'), line => line.Contains(Number(CityOld), StringComparison.Ordinal) && line.Contains(Number(CityNew), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("我能享受哪些优惠？")]
    [InlineData("What benefits can I get?")]
    public async Task The_overview_spans_every_policy_in_force_and_no_repealed_one(string question)
    {
        var result = await Ask(question);
        var inForce = Many.Value.Content.RulesInForce.Select(r => r.Id).ToHashSet();

        Assert.Contains(result.Eligibility, e => DocumentOf(e.Clause) == CityNew);
        Assert.Contains(result.Eligibility, e => DocumentOf(e.Clause) == Zezhou);
        Assert.All(result.Eligibility, e => Assert.Contains(e.Rule, inForce));
        Assert.All(result.Citations, c => Assert.Contains(Number(DocumentOf(c.Id)), c.Document!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_county_rule_asks_where_the_business_is_registered_and_a_shop_elsewhere_does_not_qualify()
    {
        var bot = ManyBot();
        var session = "region-" + Guid.NewGuid().ToString("N");
        var first = await bot.AskAsync(new BotRequest("我是个体户，租的国有房屋，能减免房租吗？", session, InForceDay), TestContext.Current.CancellationToken);
        var elsewhere = await bot.AskAsync(new BotRequest("我在阳城", session, InForceDay), TestContext.Current.CancellationToken);

        Assert.Contains(first.Eligibility, e => e.Rule == "zezhou-rent-relief" && e.Verdict == "need_info" && e.Missing.Contains("registered_region"));
        Assert.Contains(elsewhere.Eligibility, e => e.Rule == "zezhou-rent-relief" && e.Verdict == "not_eligible");
    }

    [Fact]
    public async Task Citations_name_their_document_with_its_number()
    {
        var result = await TestBots.Create().AskAsync(new BotRequest("新办个体工商户刻公章要收费吗？"), TestContext.Current.CancellationToken);

        var citation = Assert.Single(result.Citations, c => c.Id == "jincheng-2022-67#measure-6");
        Assert.Equal("关于支持个体工商户倍增质升的实施方案（晋市市监〔2022〕67号）", citation.Document);
    }

    [Fact]
    public async Task A_question_finds_the_clause_in_whichever_document_has_it()
    {
        var knowledge = KnowledgeLoader.Load(TwoPolicies, null);
        var bot = new PolicyBot(knowledge, new InMemorySessionStore(TimeSpan.FromMinutes(5)));

        var rent = await bot.AskAsync(new BotRequest("承租国有房屋的个体工商户能减免租金吗？"), TestContext.Current.CancellationToken);
        var seal = await bot.AskAsync(new BotRequest("新设立个体工商户刻章收费吗？"), TestContext.Current.CancellationToken);

        Assert.Contains(rent.Citations, c => c.Id == "demo-2023-7#measure-1" && c.Document == "关于扶持个体工商户的若干措施（示政发〔2023〕7号）");
        Assert.Contains(seal.Citations, c => c.Id == "demo-2024-1#measure-2" && c.Document!.Contains("测〔2024〕1号", StringComparison.Ordinal));
    }
}
