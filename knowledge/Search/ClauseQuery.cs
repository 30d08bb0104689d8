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

    /// <summary>SmartCn words add precision on top of the bigrams, which alone already find the clause.</summary>
    public const float ChineseWordWeight = 0.5f;

    /// <param name="Primary">The analysis the static site shares; required words are required in it alone.</param>
    private sealed record FieldSet(Analyzer Analyzer, float Weight, bool Primary, (string Field, float Weight)[] Fields);

    private static readonly FieldSet[] Chinese =
    [
        new(SearchAnalyzers.ChineseGrams, 1f, true, [(ClauseFields.TitleGrams, TitleWeight), (ClauseFields.TextGrams, TextWeight), (ClauseFields.UnitsGrams, UnitsWeight)]),
        new(SearchAnalyzers.ChineseWords, ChineseWordWeight, false, [(ClauseFields.Title, TitleWeight), (ClauseFields.Text, TextWeight), (ClauseFields.Units, UnitsWeight)]),
    ];

    private static readonly FieldSet[] English =
    [
        new(SearchAnalyzers.English, 1f, true, [(ClauseFields.Title, TitleWeight), (ClauseFields.Text, TextWeight), (ClauseFields.Units, UnitsWeight)]),
    ];

    /// <summary>The query, or null when nothing searchable is left (punctuation, emoji, stop words only).</summary>
    internal static Query? Build(QueryPlan plan)
    {
        var fieldSets = plan.Language == Languages.Chinese ? Chinese : English;
        var query = new BooleanQuery();
        if (Terms(fieldSets, plan.Plain, requireWords: false) is { } plain)
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
                if (Terms(fieldSets, [alternative], requireWords: !own) is { } q)
                {
                    q.Boost = own ? 1f : QueryPlan.AlternativeWeight(concept.Matched, alternative);
                    if (!own && plan.Language == Languages.Chinese)
                    {
                        AddPhraseGates(q, alternative);
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

    /// <summary>Requires each run of Chinese characters as a phrase of bigrams in some field, adding nothing to the score.</summary>
    private static void AddPhraseGates(BooleanQuery query, string alternative)
    {
        foreach (var run in HanRuns(alternative))
        {
            var anyField = new BooleanQuery { Boost = 0f };
            foreach (var field in new[] { ClauseFields.TitleGrams, ClauseFields.TextGrams, ClauseFields.UnitsGrams })
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

            query.Add(anyField, Occur.MUST);
        }
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

    /// <summary>Every distinct term of the texts, each searched in every field of its analyzer, scores summed.</summary>
    private static BooleanQuery? Terms(FieldSet[] fieldSets, IEnumerable<string> texts, bool requireWords)
    {
        var query = new BooleanQuery();
        foreach (var set in fieldSets)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var term in texts.SelectMany(t => SearchAnalyzers.Terms(set.Analyzer, t)).Where(seen.Add))
            {
                var weight = set.Weight * (term.Length == 1 && SearchText.IsHan(term[0]) ? UnigramWeight : 1f);
                var inFields = new BooleanQuery();
                foreach (var (field, fieldWeight) in set.Fields)
                {
                    inFields.Add(new TermQuery(new Term(field, term)) { Boost = weight * fieldWeight }, Occur.SHOULD);
                }

                var required = requireWords && set.Primary && !term.Any(SearchText.IsHan);
                query.Add(inFields, required ? Occur.MUST : Occur.SHOULD);
            }
        }

        return query.Clauses.Count == 0 ? null : query;
    }
}
