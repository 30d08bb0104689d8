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
    }

    public QuotableSentences Sentences { get; }

    public ContentSet Content { get; }

    public IClauseRetriever Retriever { get; }

    public FactExtractor Facts { get; }

    public CitationVerifier Verifier { get; }

    public IReadOnlyList<Rule> Rules => Content.Rules;

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
