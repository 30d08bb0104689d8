using Policy.Bot.Understanding;
using Policy.Knowledge.Rules;

namespace Policy.Bot.Answering;

/// <summary>
/// Which rules a question is about. A clause can hold several rules (measure 5: VAT and income tax), so the clause found by
/// search is not enough: a rule is chosen when its clause ranks high, its benefit shares words with the question, or the
/// message names the facts it reads. Rules scoring well below the best are left out, so "免增值税" does not also ask about income tax.
/// </summary>
internal static class RuleSelector
{
    private const double KeepShareOfBest = 0.6;

    public static IReadOnlyList<Rule> Select(
        IReadOnlyList<Rule> rules,
        IReadOnlyList<ClauseHit> hits,
        ExtractedFacts extracted,
        string question)
    {
        var questionTerms = TermOverlap.Terms(question);
        var topical = TopicalFacts(rules);
        var scored = new List<(Rule Rule, double Score)>();
        foreach (var rule in rules)
        {
            var rank = IndexOf(hits, rule.ClauseId);
            var clauseScore = rank switch { 0 => 2.0, 1 => 1.0, 2 => 0.5, _ => 0.0 };
            var factScore = 3.0 * rule.FactIds.Count(id => topical.Contains(id) && extracted.Mentioned.Contains(id));
            // Each language on its own: mixing them would halve the share for a question written in one.
            var benefitScore = 4.0 * Math.Max(
                TermOverlap.Coverage(TermOverlap.Terms(rule.Benefit.Zh), questionTerms),
                TermOverlap.Coverage(TermOverlap.Terms(rule.Benefit.En), questionTerms));
            var score = clauseScore + factScore + benefitScore;

            // A clause can hold several provisions (measure 8: water, rent, social insurance), so ranking high is not enough:
            // the question must name the rule's benefit or one of its own facts.
            if ((benefitScore > 0 || factScore > 0) && score >= 2.0)
            {
                scored.Add((rule, score));
            }
        }

        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored.Max(s => s.Score);
        return scored.Where(s => s.Score >= best * KeepShareOfBest).OrderByDescending(s => s.Score).Select(s => s.Rule).ToList();
    }

    /// <summary>
    /// Facts that point at one clause. A fact read by rules of several clauses ("is it an individual business?") is named in
    /// almost every question and says nothing about which benefit is meant.
    /// </summary>
    private static HashSet<string> TopicalFacts(IReadOnlyList<Rule> rules) =>
        rules.SelectMany(r => r.FactIds.Select(f => (Fact: f, r.ClauseId)))
            .GroupBy(p => p.Fact)
            .Where(g => g.Select(p => p.ClauseId).Distinct().Count() == 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);

    private static int IndexOf(IReadOnlyList<ClauseHit> hits, string clauseId)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            if (hits[i].ClauseId == clauseId)
            {
                return i;
            }
        }

        return -1;
    }
}
