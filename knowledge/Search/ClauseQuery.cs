using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Policy.Knowledge.Content;

namespace Policy.Knowledge.Search;

/// <summary>
/// Turns a <see cref="QueryPlan"/> into a Lucene query, term by term, without Lucene's query syntax: whatever a reader
/// types (<c>title:(</c>, <c>AND*</c>, <c>"unbalanced</c>, <c>\</c>) is only text to analyse, so nothing can fail to parse.
/// The weights are the same as in templates/assets/search.js (WEIGHTS there), so the static site ranks alike.
/// </summary>
public static class ClauseQuery
{
    // Titles are short, so BM25's length normalisation already favours a match there; a higher title weight made
    // the subject every title shares (个体工商户) outrank the reader's actual topic. Measured: docs/benchmarks.md.
    public const float TitleWeight = 1f;
    public const float TextWeight = 1f;
    public const float UnitsWeight = 0.5f;

    /// <summary>The weights as the static site's index carries them to search.js.</summary>
    public static IReadOnlyDictionary<string, float> Weights { get; } = new SortedDictionary<string, float>(StringComparer.Ordinal)
    {
        ["title"] = TitleWeight,
        ["text"] = TextWeight,
        ["units"] = UnitsWeight,
        ["unigram"] = UnigramWeight,
    };

    /// <summary>A single Chinese character says little (个, 税, 章); the bigrams carry the meaning.</summary>
    public const float UnigramWeight = 0.5f;

    private static (string Field, float Weight)[] Fields(string language)
    {
        var (title, text, units) = ClauseFields.Searched(language);
        return [(title, TitleWeight), (text, TextWeight), (units, UnitsWeight)];
    }

    /// <summary>The query, or null when nothing searchable is left (punctuation, emoji, stop words only).</summary>
    /// <param name="lookups">The open index's remembered term statistics, phrase matches and synonym analyses.</param>
    internal static Query? Build(QueryPlan plan, IndexLookups lookups)
    {
        var analyzer = SearchAnalyzers.For(plan.Language);
        var fields = Fields(plan.Language);
        var query = new BooleanQuery();
        if (Terms(analyzer, fields, plan.Plain, requireWords: false, lookups, synonym: false) is { } plain)
        {
            query.Add(plain, Occur.SHOULD);
        }

        foreach (var concept in plan.Concepts)
        {
            // A concept is worth its best-matching word, however many synonyms it has. The reader's own words may match
            // in part; a synonym counts only where it stands as written: its Chinese as a phrase (个体经营户 is not about
            // 经营), its English words all together ("sign up" is not about "speed up").
            var best = new DisjunctionMaxQuery(0f);
            foreach (var alternative in concept.Alternatives)
            {
                var own = alternative == concept.Matched;
                var gates = !own && plan.Language == Languages.Chinese ? PhraseGates(alternative, lookups) : [];
                if (gates is null)
                {
                    continue; // the synonym stands nowhere in the index, so it can match nothing
                }

                // The reader's own English wording of several words is a synonym as written too: "bank account got
                // frozen" is about freezing, not about the bank that lends.
                var whole = !own || (plan.Language != Languages.Chinese && SynonymMatcher.Units(alternative).Count > 1);
                if (Terms(analyzer, fields, [alternative], requireWords: whole, lookups, synonym: true) is { } q)
                {
                    q.Boost = own ? 1f : QueryPlan.AlternativeWeight(concept.Matched, alternative);
                    foreach (var gate in gates)
                    {
                        q.Add(gate, Occur.MUST);
                    }

                    best.Add(q);
                }
            }

            if (best.Disjuncts.Count > 0)
            {
                query.Add(best, Occur.SHOULD);
            }
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>
    /// Queries requiring each run of Chinese characters as a phrase of bigrams in some field, adding nothing to the
    /// score; null when some run stands in no document.
    /// </summary>
    private static List<Query>? PhraseGates(string alternative, IndexLookups lookups)
    {
        var gates = new List<Query>();
        foreach (var run in HanRuns(alternative))
        {
            if (lookups.Gate(run, () => PhraseInAnyField(run)) is not { } gate)
            {
                return null;
            }

            gates.Add(gate);
        }

        return gates;
    }

    private static BooleanQuery PhraseInAnyField(string run)
    {
        var anyField = new BooleanQuery();
        foreach (var (field, _) in Fields(Languages.Chinese))
        {
            if (run.Length == 1)
            {
                anyField.Add(new TermQuery(new Term(field, run)), Occur.SHOULD);
                continue;
            }

            // Bigram i stands at the position of character i, so consecutive positions mean consecutive characters.
            var phrase = new PhraseQuery();
            for (var i = 0; i + 1 < run.Length; i++)
            {
                phrase.Add(new Term(field, run.Substring(i, 2)), i);
            }

            anyField.Add(phrase, Occur.SHOULD);
        }

        return anyField;
    }

    private static IEnumerable<string> HanRuns(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var start = i;
            while (i < text.Length && SearchText.IsHan(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                yield return text[start..i];
            }
        }
    }

    /// <summary>Every distinct term of the texts, each searched in every field, scores summed.</summary>
    /// <param name="requireWords">Every English word must match (a synonym's words count only all together).</param>
    /// <param name="synonym">The texts are synonyms, whose analysis is remembered; otherwise the reader's own words.</param>
    private static BooleanQuery? Terms(Analyzer analyzer, (string Field, float Weight)[] fields, IEnumerable<string> texts, bool requireWords, IndexLookups lookups, bool synonym)
    {
        var query = new BooleanQuery();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in texts.SelectMany(t => synonym ? lookups.Analyse(analyzer, t) : SearchAnalyzers.Terms(analyzer, t)).Where(seen.Add))
        {
            var weight = term.Length == 1 && SearchText.IsHan(term[0]) ? UnigramWeight : 1f;
            var inFields = new BooleanQuery();
            foreach (var (field, fieldWeight) in fields)
            {
                var termQuery = lookups.Term(new Term(field, term));
                termQuery.Boost = weight * fieldWeight;
                inFields.Add(termQuery, Occur.SHOULD);
            }

            var required = requireWords && !term.Any(SearchText.IsHan);
            query.Add(inFields, required ? Occur.MUST : Occur.SHOULD);
        }

        return query.Clauses.Count == 0 ? null : query;
    }
}
