using Policy.Bot.Citations;
using Policy.Bot.Understanding;
using Policy.Knowledge.Content;
using Policy.Knowledge.Rules;

namespace Policy.Bot.Answering;

/// <summary>
/// The embedded answerer: no model, no network. Search finds the clauses, the rules engine gives the verdicts, and the
/// answer is put together only from clause sentences, rule texts and unit names, so it never says what no cited clause says.
/// </summary>
public sealed class DefaultAnswerer(BotKnowledge knowledge)
{
    private const int SearchTop = 5;
    private const int MaxCitations = 3;
    private const float CloseToBest = 0.6f;
    private const int MaxSearchLength = 300;

    public DefaultAnswer Answer(AnswerContext context)
    {
        var language = context.Language;
        var query = context.Question.Length > MaxSearchLength ? context.Question[..MaxSearchLength] : context.Question;
        var hits = context.ContinuingRules is null ? knowledge.Retriever.Search(query, language, SearchTop) : [];
        var rules = context.ContinuingRules ?? RuleSelector.Select(knowledge.Rules, hits, context.Extracted, context.Normalized);
        var learned = AssignBareAmount(rules, context);
        var facts = learned.Count == 0 ? context.Facts : context.Facts.Concat(learned).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        context = context with { Facts = facts };
        var verdicts = rules.Select(rule => BotKnowledge.Evaluate(rule, facts, context.AsOf)).ToList();

        var clauseIds = ChooseClauses(hits, verdicts);
        if (clauseIds.Count == 0)
        {
            return new DefaultAnswer(new BotResult { Language = language, InScope = true, Answer = BotTexts.NotFound.In(language) }, [], null, learned);
        }

        var citations = new List<Citation>();
        foreach (var id in clauseIds)
        {
            var rule = verdicts.FirstOrDefault(v => v.Rule.ClauseId == id)?.Rule;
            var focus = rule is null ? null : rule.Benefit.In(language) + " " + rule.Amount?.In(language);
            var quote = knowledge.Sentences.Best(id, language, context.Question, focus);
            if (quote is not null && knowledge.Cite(id, language, quote) is { } citation)
            {
                citations.Add(citation);
            }
        }

        // Once a benefit asked about is granted the answer is yes: no further questions about other ways to the same thing.
        var next = verdicts.Any(v => v.Verdict == Verdict.Eligible) ? null : NextQuestion(verdicts, context);
        var asksEligibility = context.Intent == Intent.Eligibility || context.ContinuingRules is not null;
        var text = new AnswerComposer(knowledge, language).Compose(context, citations, verdicts, asksEligibility, next?.Fact);
        var result = new BotResult
        {
            Language = language,
            InScope = true,
            Answer = text,
            Citations = citations,
            Eligibility = verdicts.Select(v => ToResult(v, language)).ToList(),
            FollowUp = asksEligibility && next is not null ? FollowUpText(next.Fact, language) : null,
        };

        var pending = asksEligibility && next is not null
            ? verdicts.Where(v => v.Verdict == Verdict.NeedInfo).Select(v => v.Rule.Id).ToList()
            : [];
        return new DefaultAnswer(result, pending, pending.Count > 0 ? next!.Fact.Id : null, learned);
    }

    /// <summary>
    /// An amount with no fact word beside it ("我每个月卖12万") belongs to a fact only when the rules in question
    /// lack exactly one amount; otherwise it is not guessed.
    /// </summary>
    private Dictionary<string, string> AssignBareAmount(IReadOnlyList<Rule> rules, AnswerContext context)
    {
        var learned = new Dictionary<string, string>(StringComparer.Ordinal);
        if (context.Extracted.UnassignedAmounts.Count != 1)
        {
            return learned;
        }

        var missingNumbers = rules.SelectMany(r => r.FactIds).Distinct()
            .Where(id => !context.Facts.ContainsKey(id) && knowledge.Fact(id)?.Type == FactType.Number)
            .ToList();
        if (missingNumbers.Count == 1)
        {
            learned[missingNumbers[0]] = Understanding.FactExtractor.FormatNumber(context.Extracted.UnassignedAmounts[0]);
        }

        return learned;
    }

    /// <summary>The clauses to cite: those of the rules answered, then the best search results close to the top score.</summary>
    private List<string> ChooseClauses(IReadOnlyList<ClauseHit> hits, List<RuleResult> verdicts)
    {
        var ids = verdicts.Select(v => v.Rule.ClauseId).Distinct().ToList();
        if (hits.Count > 0)
        {
            var top = hits[0].Score;
            foreach (var hit in hits)
            {
                if (ids.Count >= MaxCitations || (ids.Count > 0 && hit.Score < top * CloseToBest))
                {
                    break;
                }

                // A preamble or a heading over other clauses is cited only when it is the best match itself.
                var kind = knowledge.Content.FindClause(hit.ClauseId)?.Kind;
                var answersItself = kind is not (SectionKind.Notice or SectionKind.Plan or SectionKind.Group) || hit == hits[0];
                if (!ids.Contains(hit.ClauseId) && answersItself)
                {
                    ids.Add(hit.ClauseId);
                }
            }
        }

        return ids;
    }

    /// <summary>The next fact to ask: the first missing one of the first rule that needs information, skipping facts the user does not know.</summary>
    private NextFact? NextQuestion(List<RuleResult> verdicts, AnswerContext context)
    {
        foreach (var verdict in verdicts.Where(v => v.Verdict == Verdict.NeedInfo))
        {
            foreach (var missing in verdict.Missing)
            {
                if (!context.Unknown.Contains(missing) && knowledge.Fact(missing) is { } fact)
                {
                    return new NextFact(fact, verdict);
                }
            }
        }

        return null;
    }

    /// <summary>The fact's own question; a choice also lists its options, so "小规模" or "general" is an answer.</summary>
    internal static string FollowUpText(FactDefinition fact, string language)
    {
        var question = fact.Question.In(language);
        if (fact.Type != FactType.Choice || fact.Options.Count == 0)
        {
            return question;
        }

        var options = fact.Options.Select(c => c.Label.In(language));
        return language == Languages.English
            ? $"{question} ({string.Join(" / ", options)})"
            : $"{question}（{string.Join("／", options)}）";
    }

    private static EligibilityResult ToResult(RuleResult verdict, string language) => new(
        verdict.Rule.Id,
        verdict.Rule.Benefit.In(language),
        verdict.Rule.ClauseId,
        verdict.Verdict.Name(),
        verdict.ConditionsMet,
        verdict.Missing,
        verdict.Amount?.In(language),
        verdict.Reasons.Select(r => r.In(language)).ToList());

    private sealed record NextFact(FactDefinition Fact, RuleResult Verdict);
}
