using Policy.Knowledge.Rules;

namespace Policy.Knowledge.Tests.Rules;

/// <summary>The cases staff wrote beside each rule in the policy text hold in the C# engine.</summary>
public sealed class RuleCaseTests
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var rule in RepositoryContent.Content.Rules)
        {
            foreach (var @case in rule.Cases)
            {
                data.Add(rule.Id, @case.Line);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Staff_written_case_holds(string ruleId, int line)
    {
        var rule = RepositoryContent.Content.FindRule(ruleId)!;
        var @case = rule.Cases.Single(c => c.Line == line);

        var result = RuleEvaluator.Evaluate(rule, @case.Facts, @case.AsOf);

        Assert.Null(@case.Mismatch(result));
    }

    [Fact]
    public void Every_rule_has_at_least_five_cases_and_each_verdict_its_reasons()
    {
        var rules = RepositoryContent.Content.Rules;

        Assert.NotEmpty(rules);
        Assert.All(rules, r => Assert.True(r.Cases.Count >= RuleCaseRunner.MinimumCases, $"{r.Id} has {r.Cases.Count} cases"));
        Assert.All(rules.SelectMany(r => r.Cases.Select(c => RuleEvaluator.Evaluate(r, c.Facts, c.AsOf))), result => Assert.NotEmpty(result.Reasons));
    }

    [Fact]
    public void The_rules_encode_measures_5_6_8_9_and_17_and_no_others()
    {
        var clauses = RepositoryContent.Content.Rules.Select(r => r.Anchor).Distinct().ToList();

        Assert.Equal(["measure-5", "measure-6", "measure-8", "measure-9", "measure-17"], clauses);
    }
}
