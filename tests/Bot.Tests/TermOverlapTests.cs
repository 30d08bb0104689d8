using Policy.Bot.Answering;
using Policy.Bot.Understanding;
using Policy.Knowledge.Content;
using Policy.Knowledge.Search;

namespace Policy.Bot.Tests;

public sealed class TermOverlapTests
{
    [Fact]
    public void Terms_are_chinese_pairs_english_words_folded_and_amounts_in_any_form()
    {
        var terms = TermOverlap.Terms("Rent of 1,200 yuan for the Shops; 小规模纳税人，月销售额15万元 (120000)");

        Assert.Equal(
            new HashSet<string>(["rent", "1200", "yuan", "shop", "小规", "规模", "模纳", "纳税", "税人", "月销", "销售", "售额", "万元", "15", "120000"]),
            terms);
    }

    [Fact]
    public void Single_characters_are_added_only_when_asked_for()
    {
        Assert.Equal(new HashSet<string>(["水电", "电费"]), TermOverlap.Terms("水电费"));
        Assert.Equal(new HashSet<string>(["水", "电", "费", "水电", "电费"]), TermOverlap.Terms("水电费", singleCharacters: true));
    }

    [Fact]
    public void A_run_of_more_digits_than_any_amount_is_still_one_term()
    {
        var digits = string.Concat(Enumerable.Repeat("1234567890", 10));

        Assert.Equal(new HashSet<string>([digits, "99"]), TermOverlap.Terms($"{digits[..50]},{digits[50..]} 9,9"));
    }

    [Theory]
    [InlineData("个体工商户免征增值税吗", Languages.Chinese)]
    [InlineData("刻章费用 1200元 3,000元奖励", Languages.Chinese)]
    [InlineData("Can I get 1,200 yuan for opening the financial account?", Languages.English)]
    [InlineData("first minor violations penalties waived", Languages.English)]
    [InlineData("天气 weather", Languages.Chinese)]
    public void Clause_coverage_scores_as_the_terms_of_every_clause_compared_one_by_one(string question, string language)
    {
        var content = TestBots.Knowledge.Content;
        var terms = TermOverlap.Terms(question);

        var best = new ClauseCoverage(content).Best(terms, language);

        Assert.Equal(CoverageOneByOne(content, terms, language), best, 9);
        Assert.True(language == Languages.Chinese && question.StartsWith("天气", StringComparison.Ordinal) ? best == 0 : best > 0);
    }

    [Fact]
    public void Clause_coverage_is_kept_between_starts_for_the_same_content_only()
    {
        using var folder = new TempFolder();
        var snapshot = Path.Combine(folder.Path, "_build", "bot", "coverage.bin");
        var real = TestBots.Knowledge.Content;
        var other = ManyPoliciesContent();
        var questions = new[] { "个体工商户免征增值税吗", "刻章费用 1200元", "租金减免 国有房屋", "Can I get 1,200 yuan for the account?" };
        double[] Scores(ClauseCoverage coverage) => [.. questions.Select(q => coverage.Best(TermOverlap.Terms(q), q.Any(TermOverlap.IsHan) ? Languages.Chinese : Languages.English))];
        var expected = Scores(new ClauseCoverage(real));
        var expectedOther = Scores(new ClauseCoverage(other));
        Assert.NotEqual(expected, expectedOther);

        Assert.Equal(expected, Scores(new ClauseCoverage(real, snapshot))); // built, then written
        var written = File.GetLastWriteTimeUtc(snapshot);
        Assert.Equal(expected, Scores(new ClauseCoverage(real, snapshot))); // read, not written again
        Assert.Equal(written, File.GetLastWriteTimeUtc(snapshot));

        Assert.Equal(expectedOther, Scores(new ClauseCoverage(other, snapshot))); // other content: not the snapshot's postings

        File.WriteAllBytes(snapshot, [.. File.ReadAllBytes(snapshot).Take(200)]); // damaged
        Assert.Equal(expectedOther, Scores(new ClauseCoverage(other, snapshot)));
        Assert.Equal(expectedOther, Scores(new ClauseCoverage(other, Path.Combine(snapshot, "not-a-folder", "coverage.bin")))); // cannot be written: no error
    }

    /// <summary>What clause coverage means: the question's terms weighed in every clause, compared one by one.</summary>
    internal static double CoverageOneByOne(ContentSet content, HashSet<string> terms, string language)
    {
        var clauses = content.Policies.Select(p => p.In(language)).OfType<PolicyDocument>().SelectMany(d => d.Sections)
            .Select(s => TermOverlap.Terms(s.Title + " " + s.Text)).ToList();
        return clauses.Count == 0 ? 0 : clauses.Max(clause => terms.Where(clause.Contains)
            .Sum(t => Math.Log(1 + (clauses.Count / (double)clauses.Count(c => c.Contains(t))))));
    }

    private static ContentSet ManyPoliciesContent() =>
        ContentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "fixtures", "many-policies", "content")).Content!;

    [Theory]
    [InlineData("need money to buy a freezer", false)] // "freeze" inside "freezer"
    [InlineData("they froze my account", true)]
    [InlineData("can they freeze my bank account", true)]
    [InlineData("my account is frozen", true)]
    [InlineData("the bank freezes accounts", true)] // inflected
    public void An_english_synonym_is_found_as_a_word_not_inside_a_longer_one(string question, bool usesTheFreezeGroup)
    {
        var synonyms = SynonymSet.Create(new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>
        {
            ["en"] = [["freeze", "froze", "frozen", "seized"]],
        });

        var topics = new QuestionTerms(synonyms).Topics(question).ToList();

        Assert.Equal(usesTheFreezeGroup, topics.Count == 1);
    }
}
