using Policy.Knowledge.Diagnostics;

namespace Policy.Knowledge.Rules;

/// <summary>Runs the staff-written cases of every rule; a case the rule does not reproduce is an error at the case's line.</summary>
public static class RuleCaseRunner
{
    public const int MinimumCases = 5;

    public static void Run(IEnumerable<Rule> rules, DiagnosticBag diagnostics)
    {
        foreach (var rule in rules)
        {
            if (rule.Cases.Count < MinimumCases)
            {
                diagnostics.Warning(rule.Path, rule.Line, $"规则“{rule.Id}”只有 {rule.Cases.Count} 个用例：请在它下面的 ```cases 表里至少写 {MinimumCases} 个，覆盖每个临界值和截止日期", $"rule '{rule.Id}' has {rule.Cases.Count} case(s): write at least {MinimumCases} in a ```cases table below it, covering every boundary and the end date");
            }

            foreach (var @case in rule.Cases)
            {
                var mismatch = @case.Mismatch(RuleEvaluator.Evaluate(rule, @case.Facts, @case.AsOf));
                if (mismatch is not null)
                {
                    diagnostics.Error(rule.Path, @case.Line, $"规则“{rule.Id}”的这个用例结果与预期不符：{mismatch}", $"case of rule '{rule.Id}': {mismatch}");
                }
            }
        }
    }
}
