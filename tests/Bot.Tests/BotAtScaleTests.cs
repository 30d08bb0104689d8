using Policy.Bot.Answering;
using Policy.Bot.Hosting;
using Policy.Bot.Storage.InMemory;

namespace Policy.Bot.Tests;

/// <summary>
/// A library of many policies that share provisions (made by scripts/make-corpus from the real one, as the scale
/// benchmark makes its thousand): one reply speaks about a few policies, says how many more there are and how to name
/// one, and a question naming a policy is answered from it alone.
/// </summary>
public sealed class BotAtScaleTests(BotAtScaleTests.Corpus corpus) : IClassFixture<BotAtScaleTests.Corpus>
{
    private static readonly DateOnly InForceDay = new(2022, 6, 1);

    public sealed class Corpus : IDisposable
    {
        public const int Policies = 30;
        private readonly TempFolder folder = new();

        public Corpus()
        {
            Policy.Tests.SyntheticCorpus.Make(RepoPaths.Root, folder.Path, Policies);
            Knowledge = KnowledgeLoader.Load(Path.Combine(folder.Path, "content"), null);
        }

        public BotKnowledge Knowledge { get; }

        public void Dispose() => folder.Dispose();
    }

    private Task<BotResult> Ask(string question, string? session = null) =>
        new PolicyBot(corpus.Knowledge, new InMemorySessionStore(TimeSpan.FromMinutes(5)))
            .AskAsync(new BotRequest(question, session, InForceDay), TestContext.Current.CancellationToken);

    private static IEnumerable<string> PoliciesOf(BotResult result) =>
        result.Citations.Select(c => PolicyShortlist.DocumentOf(c.Id)).Concat(result.Eligibility.Select(e => PolicyShortlist.DocumentOf(e.Clause))).Distinct();

    /// <summary>Whether the reply ends by saying how many more policies it left out.</summary>
    private static bool CountsOthers(BotResult result)
    {
        var parts = BotTexts.MorePolicies.In(result.Language).Split("{0}");
        return result.Answer.Contains(parts[0], StringComparison.Ordinal) && result.Answer.Contains(parts[1], StringComparison.Ordinal);
    }

    /// <summary>The policies in force with a rule granting this benefit (the generated ones copy the real rules).</summary>
    private int PoliciesGranting(string benefitZh) =>
        corpus.Knowledge.Rules.Where(r => r.Benefit.Zh == benefitZh).Select(r => r.DocumentId).Distinct().Count();

    [Theory]
    [InlineData("个体工商户免征增值税吗", "zh")]
    [InlineData("刻章费用 1200元 3,000元奖励", "zh")]
    [InlineData("first minor violations penalties waived", "en")]
    public void Clause_coverage_of_a_library_repeating_its_provisions_scores_as_every_clause_compared_one_by_one(string question, string language)
    {
        // Each provision's text is listed once, counted as often as it stands: the weights must still be every clause's.
        var terms = Understanding.TermOverlap.Terms(question);

        Assert.Equal(TermOverlapTests.CoverageOneByOne(corpus.Knowledge.Content, terms, language), new ClauseCoverage(corpus.Knowledge.Content).Best(terms, language), 9);
    }

    [Theory]
    [InlineData("我能免增值税吗？", "免征增值税")]
    [InlineData("刚办的执照，刻章要钱吗", "免除新设立个体工商户印章刻制费用")]
    [InlineData("Can I get the VAT exemption?", "免征增值税")]
    public async Task A_benefit_many_policies_grant_is_answered_from_a_few_and_the_rest_are_counted(string question, string benefit)
    {
        var granting = PoliciesGranting(benefit);
        Assert.True(granting > PolicyShortlist.MaxPolicies, $"the corpus should have more than {PolicyShortlist.MaxPolicies} policies granting {benefit}, has {granting}");

        var result = await Ask(question);

        var shown = PoliciesOf(result).ToList();
        Assert.InRange(shown.Count, 1, PolicyShortlist.MaxPolicies);
        Assert.All(result.Eligibility, e => Assert.Contains(PolicyShortlist.DocumentOf(e.Clause), shown));
        // The last line counts the policies left out: at least the other ones granting this benefit.
        var parts = BotTexts.MorePolicies.In(result.Language).Split("{0}");
        var last = result.Answer.TrimEnd().Split('\n')[^1];
        Assert.StartsWith(parts[0], last, StringComparison.Ordinal);
        Assert.EndsWith(parts[1], last, StringComparison.Ordinal);
        var others = int.Parse(last[parts[0].Length..^parts[1].Length], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(others, granting - shown.Count, Corpus.Policies - shown.Count);
    }

    [Theory]
    [InlineData("个体户都有哪些扶持？给俺列一列")]
    [InlineData("What benefits can I get?")]
    [InlineData("这个政策现在还有效吗？")]
    [InlineData("文号是多少，哪个单位发的？")]
    public async Task Overviews_and_questions_about_the_document_speak_about_a_few_policies_and_count_the_rest(string question)
    {
        var result = await Ask(question);

        Assert.InRange(PoliciesOf(result).Count(), 1, PolicyShortlist.MaxPolicies);
        Assert.True(CountsOthers(result), result.Answer);
        Assert.True(result.Answer.Length < 3000, $"a chat reply of {result.Answer.Length} characters");
    }

    [Fact]
    public async Task A_question_naming_a_policy_by_its_number_is_answered_from_that_policy_alone()
    {
        var policy = corpus.Knowledge.Content.Policies.First(p => p.Id != "jincheng-2022-67" && corpus.Knowledge.Content.RulesOf(p.Id).Any(r => r.Benefit.Zh == "免征增值税"));

        var result = await Ask($"{policy.Meta.DocNumber}里，我能免增值税吗？");

        Assert.Equal([policy.Id], PoliciesOf(result));
        Assert.False(CountsOthers(result), result.Answer);
    }

    [Fact]
    public async Task The_greeting_names_a_few_policies_in_force_and_counts_them_all()
    {
        var result = await Ask("你好");

        var inForce = corpus.Knowledge.Content.Policies.Count(p => p.Status == Policy.Knowledge.Content.PolicyStatus.InForce);
        var named = corpus.Knowledge.Content.Policies.Count(p => p.Meta.DocNumber is { } n && result.Answer.Contains(n, StringComparison.Ordinal));
        Assert.Equal(PolicyShortlist.MaxPolicies, named);
        Assert.Contains($"等{inForce}份政策", result.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void The_facts_that_say_who_rather_than_which_benefit_are_the_same_in_a_library_as_in_its_one_real_policy()
    {
        // Every fact is read by rules of many clauses once many policies repeat the same rules; only within one policy
        // does a fact read by several clauses' rules say who may claim rather than which benefit is meant.
        var real = TestBots.Knowledge.Rules;

        Assert.Equal(RuleSelector.SharedFacts(real).Order(StringComparer.Ordinal), RuleSelector.SharedFacts(corpus.Knowledge.Rules).Order(StringComparer.Ordinal));
        Assert.NotEmpty(RuleSelector.SharedFacts(real));
        Assert.NotEqual(real.SelectMany(r => r.FactIds).Distinct().Count(), RuleSelector.SharedFacts(real).Count());
    }

    [Theory]
    [InlineData("刚办的执照，刻章要钱吗")]
    [InlineData("我能免增值税吗？")]
    [InlineData("租的国有房子，房租能减吗")]
    [InlineData("第一次轻微违法会被罚款吗")]
    [InlineData("Can I get the reward for converting to a company?")]
    [InlineData("Is the income tax halved for my shop?")]
    public async Task A_library_repeating_the_real_policy_answers_with_the_same_provisions_and_verdicts_as_the_policy_alone(string question)
    {
        var alone = await new PolicyBot(TestBots.Knowledge, new InMemorySessionStore(TimeSpan.FromMinutes(5)))
            .AskAsync(new BotRequest(question, null, InForceDay), TestContext.Current.CancellationToken);
        var library = await Ask(question);

        static IEnumerable<string> Verdicts(BotResult result) => result.Eligibility.Select(e => $"{e.Benefit}: {e.Verdict}").Distinct().Order(StringComparer.Ordinal);
        Assert.NotEmpty(alone.Eligibility);
        Assert.Equal(Verdicts(alone), Verdicts(library));
    }
}
