using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Policy.Knowledge.Rules;

namespace Policy.Knowledge.Tests.Rules;

/// <summary>The C# engine (the bot's) and the JavaScript engine (the page's) give identical results, reasons included.</summary>
public sealed class ConformanceTests
{
    private const int RandomFactSets = 1200;

    // Readable Chinese in failure messages; the comparison is the same either way.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    [Theory]
    [InlineData("repository")]
    [InlineData("many-policies")]
    public void Every_staff_written_case_gives_identical_results_in_csharp_and_javascript(string contentName)
    {
        var content = RepositoryContent.Named(contentName);
        var evaluations = content.Rules.SelectMany(r => r.Cases.Select(c => new Evaluation(r, c.Facts, c.AsOf, $"{r.Path}:{c.Line}"))).ToList();

        var compared = AssertSameResults(content, evaluations);

        Assert.Equal(content.Rules.Sum(r => r.Cases.Count), compared);
        Assert.True(compared >= content.Rules.Count * RuleCaseRunner.MinimumCases);
    }

    [Theory]
    [InlineData("repository")]
    [InlineData("many-policies")]
    public void Randomly_drawn_facts_and_dates_give_identical_results_in_csharp_and_javascript(string contentName)
    {
        var content = RepositoryContent.Named(contentName);
        var draw = new RandomFacts(content.Facts, content.Rules, seed: 20220428);
        var evaluations = new List<Evaluation>();
        for (var i = 0; i < RandomFactSets; i++)
        {
            var facts = draw.Facts();
            var asOf = draw.Date();
            evaluations.AddRange(content.Rules.Select(r => new Evaluation(r, facts, asOf, $"random set {i}")));
        }

        var compared = AssertSameResults(content, evaluations);

        Assert.Equal(RandomFactSets * content.Rules.Count, compared);
        var verdicts = evaluations.Select(e => RuleEvaluator.Evaluate(e.Rule, e.Facts, e.AsOf).Verdict).Distinct().ToList();
        Assert.Equal(4, verdicts.Count);
    }

    [Fact]
    public void Both_engines_accept_the_same_fact_values_and_dates()
    {
        var content = RepositoryContent.Content;
        var draw = new RandomFacts(content.Facts, content.Rules, seed: 67);
        var values = content.Facts.Facts.SelectMany(f => Enumerable.Range(0, 200).Select(_ => (Fact: f, Raw: draw.Value(f)))).ToList();
        string[] dates = ["2022-12-31", "2023-01-01", "2022-02-29", "2024-02-29", "2022-13-01", "2022-00-10", "2022-6-1", "2022-06-01T00:00", "", "20220601", "0000-01-01", "2022-04-31"];

        var js = JavaScriptEngine.Run(content, [], values.Select(v => (v.Fact.Id, v.Raw)), dates);

        Assert.Equal(values.Select(v => v.Fact.Accepts(v.Raw)).ToList(), js.Accepts);
        var expectedDates = dates.Select(d => DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)).ToList();
        Assert.Equal(expectedDates, js.Dates);
    }

    private static int AssertSameResults(Content.ContentSet content, List<Evaluation> evaluations)
    {
        var js = JavaScriptEngine.Run(content, evaluations, [], []);
        Assert.Equal(evaluations.Count, js.Evaluations.Count);
        var differences = new List<string>();
        for (var i = 0; i < evaluations.Count; i++)
        {
            var e = evaluations[i];
            var expected = JavaScriptEngine.Shape(RuleEvaluator.Evaluate(e.Rule, e.Facts, e.AsOf)).ToJsonString(Readable);
            var actual = js.Evaluations[i]?.ToJsonString(Readable);
            if (expected != actual)
            {
                var facts = string.Join(" ", e.Facts.Select(f => $"{f.Key}='{f.Value}'"));
                differences.Add($"{e.Label}: rule {e.Rule.Id}, {facts}, as of {JavaScriptEngine.Iso(e.AsOf)}\n  C#: {expected}\n  JS: {actual}");
            }
        }

        Assert.True(differences.Count == 0, $"{differences.Count} difference(s):\n" + string.Join("\n", differences.Take(5)));
        return evaluations.Count;
    }
}
