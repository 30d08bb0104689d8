using System.Collections.Concurrent;
using Policy.Bot.Understanding;
using Policy.Knowledge.Content;

namespace Policy.Bot.Citations;

/// <summary>
/// Every quotable sentence of a policy's clauses, split and reduced to terms the first time the bot quotes that policy,
/// with how rare each term is across the policy (both languages): "个体工商户" is in nearly every sentence and says
/// little; "奖励" or "1200" says a lot. Per policy and on first use, so that start-up does not grow with the library
/// (a thousand policies took 7.7 s here when all were split at start). Thread-safe.
/// </summary>
public sealed class QuotableSentences(ContentSet content)
{
    private readonly ConcurrentDictionary<string, Lazy<PolicySentences?>> byPolicy = new(StringComparer.Ordinal);

    /// <summary>The sentence of the clause sharing the most rare terms with the question; <paramref name="focus"/> (what the answer is about) weighs double.</summary>
    public string? Best(string clauseId, string language, string question, string? focus)
    {
        var hash = clauseId.IndexOf('#', StringComparison.Ordinal);
        var policyId = hash < 0 ? clauseId : clauseId[..hash];
        var policy = byPolicy.GetOrAdd(policyId, id => new(() => content.FindPolicy(id) is { } p ? new PolicySentences(p) : null)).Value;
        return policy?.Best(clauseId, language, question, focus);
    }

    private sealed class PolicySentences
    {
        private readonly Dictionary<string, List<(string Text, HashSet<string> Terms)>> byClause = new(StringComparer.Ordinal);
        private readonly Dictionary<string, double> weights = new(StringComparer.Ordinal);

        public PolicySentences(BilingualPolicy policy)
        {
            var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
            var count = 0;
            foreach (var document in new[] { policy.Chinese, policy.English }.OfType<PolicyDocument>())
            {
                foreach (var section in document.Sections)
                {
                    var sentences = ClauseSentences.Of(section).Select(s => (s, TermOverlap.Terms(s, singleCharacters: true))).ToList();
                    byClause[Key(section.ClauseId, document.Language)] = sentences;
                    foreach (var term in sentences.SelectMany(s => s.Item2))
                    {
                        documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
                    }

                    count += sentences.Count;
                }
            }

            foreach (var (term, frequency) in documentFrequency)
            {
                weights[term] = Math.Log(1 + (count / (double)frequency));
            }
        }

        public string? Best(string clauseId, string language, string question, string? focus)
        {
            // An untranslated clause is quoted in Chinese, as the English page shows it.
            if ((!byClause.TryGetValue(Key(clauseId, language), out var sentences) || sentences.Count == 0)
                && !byClause.TryGetValue(Key(clauseId, Languages.Chinese), out sentences))
            {
                return null;
            }

            if (sentences.Count == 0)
            {
                return null;
            }

            var questionTerms = TermOverlap.Terms(question, singleCharacters: true);
            var focusTerms = focus is null ? [] : TermOverlap.Terms(focus, singleCharacters: true);
            var best = sentences[0].Text;
            var bestScore = 0.0;
            // A signature or a date line ("晋城市市场监督管理局", "2022年4月28日") says nothing a question asks about.
            var anyLong = sentences.Any(s => s.Text.Length >= MinQuoteLength);
            foreach (var (text, terms) in sentences)
            {
                if (anyLong && text.Length < MinQuoteLength)
                {
                    continue;
                }

                var score = Weight(questionTerms, terms) + (2 * Weight(focusTerms, terms));
                if (score > bestScore)
                {
                    (best, bestScore) = (text, score);
                }
            }

            return best;
        }

        // Shorter sentences are quoted only from a clause that has no longer one.
        private const int MinQuoteLength = 12;

        private double Weight(HashSet<string> query, HashSet<string> sentence) =>
            query.Where(sentence.Contains).Sum(t => weights.GetValueOrDefault(t, 1));

        private static string Key(string clauseId, string language) => clauseId + "|" + language;
    }
}
