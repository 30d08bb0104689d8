using Policy.Bot.Understanding;
using Policy.Knowledge.Rules;

namespace Policy.Bot.Answering;

/// <summary>Everything the default answerer needs about one message, after understanding and the session.</summary>
public sealed record AnswerContext
{
    public required string Question { get; init; }

    public required string Normalized { get; init; }

    /// <summary>The reply's language.</summary>
    public required string Language { get; init; }

    /// <summary>
    /// The language the message is written in, which reads it (search, coverage); it differs from <see cref="Language"/>
    /// when the message asks for the other ("用英文回答：增值税免到什么时候"). Null: the same.
    /// </summary>
    public string? WrittenIn { get; init; }

    public string Reading => WrittenIn ?? Language;

    /// <summary>What the message asks about a document itself (<see cref="DocumentQuestion"/>), read once.</summary>
    internal DocumentFacet Document { get; init; }

    public required Intent Intent { get; init; }

    public bool HasInjection { get; init; }

    public required ExtractedFacts Extracted { get; init; }

    /// <summary>All facts known: the session's merged with this message's.</summary>
    public required IReadOnlyDictionary<string, string> Facts { get; init; }

    public IReadOnlyCollection<string> Unknown { get; init; } = [];

    public required DateOnly AsOf { get; init; }

    /// <summary>The day the question is asked; <see cref="AsOf"/> differs when the question or the caller names another date.</summary>
    public DateOnly Today { get; init; }

    /// <summary>Whether the user gave the date; only then does the checker link carry it.</summary>
    public bool AsOfGiven { get; init; }

    /// <summary>Whether the date is one the question itself named ("2022年6月能免吗"): the answer then says so.</summary>
    public bool AsOfAsked { get; init; }

    /// <summary>
    /// The clause the last answer quoted without a verdict, when this message only asks how, where or from whom about it
    /// ("那我找谁办" after the answer on loans): the answer is about that clause.
    /// </summary>
    public string? FollowsClause { get; init; }

    /// <summary>The sentence of <see cref="FollowsClause"/> the last answer quoted, when known.</summary>
    public string? FollowsQuote { get; init; }

    /// <summary>
    /// The rules the last answer gave verdicts on, when this message asks for something else ("那还有啥别的法子能让房租便宜点不"
    /// after the rent relief): what else their clauses say is answered, not those provisions again.
    /// </summary>
    public IReadOnlySet<string> AnsweredBefore { get; init; } = new HashSet<string>();

    /// <summary>
    /// What the conversation covered (<see cref="Sessions.SessionState.Discussed"/>), when this message asks for a recap
    /// ("你给俺总结下", "can you recap what I qualify for"); null otherwise.
    /// </summary>
    public IReadOnlyList<string>? Recap { get; init; }

    /// <summary>Rules carried over from the previous turn, when this message answers the bot's question.</summary>
    public IReadOnlyList<Rule>? ContinuingRules { get; init; }
}

/// <summary>The default answer and what the session should remember from it.</summary>
/// <param name="LearnedFacts">Facts the answerer worked out beyond the message's words, e.g. a bare "12万" for the one amount the rule needs.</param>
public sealed record DefaultAnswer(BotResult Result, IReadOnlyList<string> PendingRules, string? PendingFact, IReadOnlyDictionary<string, string> LearnedFacts);
