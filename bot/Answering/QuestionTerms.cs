using Policy.Bot.Understanding;
using Policy.Knowledge.Content;
using Policy.Knowledge.Search;

namespace Policy.Bot.Answering;

/// <summary>The terms of a question and of every staff synonym group it uses (content/synonyms.yml), so 开户 finds 设立财务账户 if staff say so.</summary>
internal sealed class QuestionTerms(SynonymSet synonyms)
{
    // A pair of these says how something is asked, not what about: 能不, 是个, 这个.
    private const string FunctionCharacters = "的了吗呢吧啊么我你他这那个是有能在不没要会都就还也和或给俺咋啥怎什哪些谁几多少想问下一点么样";

    private readonly IReadOnlyList<SynonymGroup> groups = [.. synonyms.In(Languages.Chinese), .. synonyms.In(Languages.English)];

    public HashSet<string> Of(string question)
    {
        var terms = TermOverlap.Terms(question);
        terms.RemoveWhere(t => t.Length == 2 && FunctionCharacters.Contains(t[0]) && FunctionCharacters.Contains(t[1]));
        foreach (var group in groups)
        {
            if (group.Words.Any(w => Mentions(question, w)))
            {
                foreach (var word in group.Words)
                {
                    terms.UnionWith(TermOverlap.Terms(word));
                }
            }
        }

        return terms;
    }

    private static bool Mentions(string question, string word)
    {
        var at = question.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && (!char.IsAsciiLetter(word[0]) || at == 0 || !char.IsAsciiLetter(question[at - 1]));
    }
}

/// <summary>
/// How much of a question some clause speaks to: the rare terms it shares with the best clause, weighed by how few clauses
/// hold them. Below a floor no clause covers the question, and the bot says so instead of quoting unrelated clauses.
/// Kept as postings (term → the clauses holding it), so a question costs the clauses of its own terms, not a pass over
/// every clause; built on all cores at start-up.
/// </summary>
internal sealed class ClauseCoverage
{
    private readonly Dictionary<string, Postings> byLanguage = new(StringComparer.Ordinal);

    private sealed record Postings(int Clauses, Dictionary<string, (double Weight, int[] Clauses)> Terms);

    public ClauseCoverage(ContentSet content)
    {
        foreach (var language in Languages.All)
        {
            var sections = content.Policies.Select(p => p.In(language)).OfType<PolicyDocument>().SelectMany(d => d.Sections).ToArray();
            var sets = new HashSet<string>[sections.Length];
            Parallel.For(0, sections.Length, i => sets[i] = TermOverlap.Terms(sections[i].Title + " " + sections[i].Text));
            var holders = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < sets.Length; i++)
            {
                foreach (var term in sets[i])
                {
                    if (!holders.TryGetValue(term, out var list))
                    {
                        holders[term] = list = [];
                    }

                    list.Add(i);
                }
            }

            byLanguage[language] = new Postings(
                sets.Length,
                holders.ToDictionary(p => p.Key, p => (Math.Log(1 + (sets.Length / (double)p.Value.Count)), p.Value.ToArray()), StringComparer.Ordinal));
        }
    }

    /// <summary>
    /// The floor in units of the weight of a term found in one clause only, so it does not move as policies are added
    /// (weights grow with the number of clauses): a share of 1.67 is 6.0 on one policy of 35 clauses.
    /// </summary>
    public double Floor(double share, string language) =>
        byLanguage.TryGetValue(language, out var postings) ? share * Math.Log(1 + postings.Clauses) : 0;

    /// <summary>The weight of the question's terms found in the clause that holds the most of them.</summary>
    public double Best(HashSet<string> questionTerms, string language)
    {
        if (!byLanguage.TryGetValue(language, out var postings) || postings.Clauses == 0)
        {
            return 0;
        }

        var scores = new Dictionary<int, double>();
        var best = 0.0;
        foreach (var term in questionTerms)
        {
            if (!postings.Terms.TryGetValue(term, out var holders))
            {
                continue;
            }

            foreach (var clause in holders.Clauses)
            {
                var score = scores.GetValueOrDefault(clause) + holders.Weight;
                scores[clause] = score;
                best = Math.Max(best, score);
            }
        }

        return best;
    }
}
