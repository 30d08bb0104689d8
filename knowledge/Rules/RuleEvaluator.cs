using Policy.Knowledge.Content;

namespace Policy.Knowledge.Rules;

/// <summary>
/// Decides a rule for some facts on a date. It never guesses: a fact that is not given, or given in a form the
/// schema does not accept, is unknown. The JavaScript twin (templates/assets/rules.js) must give the same results.
/// </summary>
public static class RuleEvaluator
{
    /// <summary>
    /// Evaluates <paramref name="rule"/>. <paramref name="facts"/> maps fact ids to values as the checker's URL writes them:
    /// <c>small_scale</c>, <c>120000</c>, <c>true</c>/<c>false</c>.
    /// </summary>
    /// <remarks>
    /// The conditions are all required. One known fact that fails its condition decides: not_eligible, even while
    /// other facts are unknown, since no answer to them could change the outcome. Otherwise any unknown fact gives
    /// need_info with the unknown facts in the order of the conditions. An as-of date after valid_until gives expired
    /// (still reporting conditions_met); a date before valid_from gives not_eligible.
    /// </remarks>
    public static RuleResult Evaluate(Rule rule, IReadOnlyDictionary<string, string> facts, DateOnly asOf)
    {
        Condition? failed = null;
        var unknown = new List<Condition>();
        foreach (var condition in rule.Conditions)
        {
            var outcome = condition.Test(Value(condition.Fact, facts));
            if (outcome is null)
            {
                unknown.Add(condition);
            }
            else if (outcome == false)
            {
                failed ??= condition;
            }
        }

        bool? met = failed is not null ? false : unknown.Count > 0 ? null : true;
        var reasons = new List<LocalizedText>();
        Verdict verdict;
        if (rule.ValidUntil is { } until && asOf > until)
        {
            verdict = Verdict.Expired;
            reasons.Add(ReasonTexts.Fill(ReasonTexts.Ended, [ConditionText.Date(until)]));
        }
        else if (asOf < rule.ValidFrom)
        {
            verdict = Verdict.NotEligible;
            reasons.Add(ReasonTexts.Fill(ReasonTexts.NotYet, [ConditionText.Date(rule.ValidFrom)]));
        }
        else
        {
            verdict = met switch { true => Verdict.Eligible, false => Verdict.NotEligible, null => Verdict.NeedInfo };
        }

        // A date that decides needs no "cannot tell yet" beside it; a known outcome of the conditions is still worth saying.
        if (reasons.Count == 0 || met is not null)
        {
            reasons.Add(met switch
            {
                true => ReasonTexts.Fill(ReasonTexts.Met, rule.Conditions.Select(c => c.Text)),
                false => ReasonTexts.Fill(ReasonTexts.Failed, [failed!.Unmet]),
                null => ReasonTexts.Fill(ReasonTexts.Unknown, unknown.Select(c => c.Open), ReasonTexts.OpenJoiner),
            });
        }

        var missing = met is null ? unknown.Select(c => c.Fact.Id).Distinct().ToList() : [];
        var eligible = verdict == Verdict.Eligible;
        return new RuleResult(rule, verdict, met, missing, reasons, eligible ? rule.Amount : null, eligible ? rule.AmountYuan : null);
    }

    /// <summary>
    /// The fact's value. A yes/no fact that describes another (<see cref="FactDefinition.Of"/>) is false when that one is:
    /// a new company is no newly established individual business, whatever was said of it. One ended by another
    /// (<see cref="FactDefinition.EndedBy"/>) is false when that one is true: a business converted to a company is no
    /// individual business.
    /// </summary>
    private static string? Value(FactDefinition fact, IReadOnlyDictionary<string, string> facts) =>
        (fact.Of is { } of && facts.GetValueOrDefault(of) == "false") || (fact.EndedBy is { } endedBy && facts.GetValueOrDefault(endedBy) == "true") ? "false" : facts.GetValueOrDefault(fact.Id);

    /// <summary>Every rule, in document order.</summary>
    public static IReadOnlyList<RuleResult> EvaluateAll(IEnumerable<Rule> rules, IReadOnlyDictionary<string, string> facts, DateOnly asOf) =>
        rules.Select(r => Evaluate(r, facts, asOf)).ToList();

    /// <summary>The next fact worth asking: the first missing fact of the first rule that still needs information.</summary>
    public static string? NextQuestion(IEnumerable<RuleResult> results) =>
        results.Where(r => r.Verdict == Verdict.NeedInfo).SelectMany(r => r.Missing).FirstOrDefault();
}
