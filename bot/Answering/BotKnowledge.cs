using Policy.Bot.Citations;
using Policy.Bot.Understanding;
using Policy.Knowledge.Content;
using Policy.Knowledge.Rules;

namespace Policy.Bot.Answering;

/// <summary>
/// Everything the bot knows, loaded once at start-up and shared by every request: the content with its rules and facts
/// (shared library), search, and the sentences that may be quoted.
/// </summary>
public sealed class BotKnowledge
{
    public BotKnowledge(ContentSet content, IClauseRetriever retriever)
    {
        Content = content;
        Retriever = retriever;
        Facts = new FactExtractor(content.Facts.Facts);
        Verifier = new CitationVerifier(content);
        Sentences = new QuotableSentences(content);
        Typos = new TypoCorrector(content.Facts.Facts.SelectMany(f => f.WordsZh.Concat(f.Options.SelectMany(o => o.WordsZh)))
            .Concat(content.Synonyms.In(Languages.Chinese).SelectMany(g => g.Words)));
        LeadUnits = FindLeadUnits(content);
        factWords = content.Facts.Facts.SelectMany(f => f.WordsZh.Concat(f.WordsEn).Concat(f.Options.SelectMany(o => o.WordsZh.Concat(o.WordsEn))))
            .Select(TextNormalizer.Normalize).Where(w => w.Length > 0).Distinct().OrderByDescending(w => w.Length).ToList();
    }

    private readonly List<string> factWords;

    /// <summary>Puts back mistyped key words (增直税 → 增值税) before anything else reads the message.</summary>
    public TypoCorrector Typos { get; }

    /// <summary>The units each policy names as its lead (牵头单位), to ask when no clause covers a question.</summary>
    public IReadOnlyList<Unit> LeadUnits { get; }

    /// <summary>The message without the facts' words: what is left is what the user asks about.</summary>
    public string WithoutFactWords(string normalized)
    {
        foreach (var word in factWords)
        {
            normalized = normalized.Replace(word, " ", StringComparison.Ordinal);
        }

        return normalized;
    }

    /// <summary>The policies a question names by number ("67号文") or title; all of them when it names none.</summary>
    public IReadOnlyList<BilingualPolicy> PoliciesNamedIn(string normalized)
    {
        var named = Content.Policies.Where(p => Names(p).Any(n => n.Length > 0 && normalized.Contains(n, StringComparison.OrdinalIgnoreCase))).ToList();
        return named.Count > 0 ? named : Content.Policies;

        static IEnumerable<string> Names(BilingualPolicy policy)
        {
            if (policy.Meta.DocNumber is { } number)
            {
                yield return number;
                // 晋市市监〔2022〕67号 is said "67号" or "67号文".
                var close = number.LastIndexOfAny(['〕', ']', ')', '）']);
                if (close >= 0 && close + 1 < number.Length)
                {
                    yield return number[(close + 1)..];
                }
            }

            foreach (var title in new[] { policy.Meta.ShortTitle, policy.English?.Meta.ShortTitle })
            {
                if (title is not null)
                {
                    yield return title;
                }
            }
        }
    }

    /// <summary>"…市市场监管局为牵头单位": the unit named just before 牵头单位 in a policy's text.</summary>
    private static List<Unit> FindLeadUnits(ContentSet content)
    {
        var units = new List<Unit>();
        foreach (var section in content.Policies.SelectMany(p => p.Chinese.Sections))
        {
            var text = section.Text;
            for (var at = text.IndexOf("牵头单位", StringComparison.Ordinal); at >= 0; at = text.IndexOf("牵头单位", at + 1, StringComparison.Ordinal))
            {
                var start = text.LastIndexOfAny(['，', '。', '；', '、', '\n'], Math.Max(at - 1, 0)) + 1;
                var phrase = text[start..at].TrimEnd('为', '是', '作', ' ');
                if (content.Units.Resolve(phrase) is { } unit && !units.Contains(unit))
                {
                    units.Add(unit);
                }
            }
        }

        return units;
    }

    public QuotableSentences Sentences { get; }

    public ContentSet Content { get; }

    public IClauseRetriever Retriever { get; }

    public FactExtractor Facts { get; }

    public CitationVerifier Verifier { get; }

    /// <summary>The rules the bot evaluates: those of the policies in force (a repealed policy's rules are not offered).</summary>
    public IReadOnlyList<Rule> Rules => Content.RulesInForce;

    public IReadOnlyList<FactDefinition> FactSchema => Content.Facts.Facts;

    public FactDefinition? Fact(string id) => Content.Facts.Find(id);

    public Rule? Rule(string id) => Content.FindRule(id);

    /// <summary>The shared rules engine: the same verdicts as the checker page.</summary>
    public static RuleResult Evaluate(Rule rule, IReadOnlyDictionary<string, string> facts, DateOnly asOf) => RuleEvaluator.Evaluate(rule, facts, asOf);

    /// <summary>The clause in the answer's language, or the Chinese one where there is no translation.</summary>
    public Section? Clause(string clauseId, string language) =>
        Content.FindClause(clauseId, language) ?? Content.FindClause(clauseId, Languages.Chinese);

    public Citation? Cite(string clauseId, string language, string quote)
    {
        var section = Clause(clauseId, language);
        if (section is null)
        {
            return null;
        }

        var hash = clauseId.IndexOf('#', StringComparison.Ordinal);
        var url = Content.Site.AbsoluteUrl(SiteLinks.Clause(language, clauseId[..hash], clauseId[(hash + 1)..]));
        return new Citation(clauseId, section.Title, url, quote, DocumentName(clauseId[..hash], language));
    }

    /// <summary>"关于支持个体工商户倍增质升的实施方案（晋市市监〔2022〕67号）": which policy a citation is from.</summary>
    private string? DocumentName(string documentId, string language)
    {
        var policy = Content.FindPolicy(documentId);
        if (policy is null)
        {
            return null;
        }

        var name = policy.In(language)?.Meta.ShortTitle ?? policy.Meta.ShortTitle ?? policy.Meta.Title;
        return policy.Meta.DocNumber is { } number ? (language == Languages.English ? $"{name} ({number})" : $"{name}（{number}）") : name;
    }
}
