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
        return new Citation(clauseId, section.Title, url, quote);
    }
}
