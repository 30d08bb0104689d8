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
/// </summary>
internal sealed class ClauseCoverage
{
    private readonly Dictionary<string, List<HashSet<string>>> clauses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, double>> weights = new(StringComparer.Ordinal);

    public ClauseCoverage(ContentSet content)
    {
        foreach (var language in Languages.All)
        {
            var sets = content.Policies.Select(p => p.In(language)).OfType<PolicyDocument>()
                .SelectMany(d => d.Sections).Select(s => TermOverlap.Terms(s.Title + " " + s.Text)).ToList();
            var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var term in sets.SelectMany(s => s))
            {
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
            }

            clauses[language] = sets;
            weights[language] = frequency.ToDictionary(p => p.Key, p => Math.Log(1 + (sets.Count / (double)p.Value)), StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// The floor in units of the weight of a term found in one clause only, so it does not move as policies are added
    /// (weights grow with the number of clauses): a share of 1.67 is 6.0 on one policy of 35 clauses.
    /// </summary>
    public double Floor(double share, string language) =>
        clauses.TryGetValue(language, out var sets) ? share * Math.Log(1 + sets.Count) : 0;

    public double Best(HashSet<string> questionTerms, string language)
    {
        if (!clauses.TryGetValue(language, out var sets))
        {
            return 0;
        }

        var weight = weights[language];
        return sets.Count == 0 ? 0 : sets.Max(s => questionTerms.Where(s.Contains).Sum(t => weight[t]));
    }
}
