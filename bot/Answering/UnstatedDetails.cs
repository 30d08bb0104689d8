using System.Text.RegularExpressions;
using Policy.Bot.Understanding;
using Policy.Knowledge.Content;
using Policy.Knowledge.Rules;

namespace Policy.Bot.Answering;

/// <summary>
/// The details an English question asks for that the clauses answering it never state: "What's the interest rate and how
/// much can I borrow?", "Is there a cap on the commission?". The answer says they are not written before what is, as a
/// Chinese question's unwritten focus is (<see cref="AskedFocus.Unwritten"/>); a detail the clauses or their rules do state
/// ("what's the deadline for the rent waiver": its rule runs until a date) is not listed.
/// </summary>
internal static partial class UnstatedDetails
{
    /// <summary>What the asker would read in the clause if it were written, in the words a clause or rule would use.</summary>
    private sealed record Detail(Regex Asked, string Label, Func<string, IReadOnlyList<Rule>, bool> Stated);

    private static readonly Detail[] Details =
    [
        new(InterestAsked(), "the interest rate", (text, _) => text.Contains("interest rate", StringComparison.OrdinalIgnoreCase) || text.Contains("% interest", StringComparison.Ordinal)),
        new(BorrowingAsked(), "how much can be borrowed", (text, _) => Sum().IsMatch(text)),
        new(MaximumAsked(), "a maximum or cap", (text, rules) => MaximumStated().IsMatch(text) || rules.Any(r => r.Amount is not null && Sum().IsMatch(r.Amount.En))),
        new(DeadlineAsked(), "a deadline", (text, rules) => Year().IsMatch(text) || rules.Any(r => r.ValidUntil is not null)),
    ];

    /// <summary>The labels of the details asked that neither the clauses' English text nor their rules state.</summary>
    public static IReadOnlyList<string> Of(string normalized, IEnumerable<string> clauseIds, ContentSet content)
    {
        var asked = Details.Where(d => d.Asked.IsMatch(normalized)).ToList();
        if (asked.Count == 0)
        {
            return [];
        }

        var ids = clauseIds.ToList();
        var text = string.Join("\n", ids.Select(id => content.FindClause(id, Languages.English)).OfType<Section>().SelectMany(s => s.Paragraphs));
        var rules = ids.SelectMany(content.RulesFor).ToList();
        return [.. asked.Where(d => !d.Stated(text, rules)).Select(d => d.Label)];
    }

    [GeneratedRegex(@"\binterest( rate)?s?\b|\brate of interest\b|\bloan rates?\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex InterestAsked();

    [GeneratedRegex(@"\bhow much (money )?(can|could|may|will) (i|we|they) (borrow|get|take out)\b|\b(loan|credit|borrowing) (amount|limit|size|ceiling)s?\b|\bhow (big|large) (a|the) loan\b|\bborrow up to\b",
        RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex BorrowingAsked();

    [GeneratedRegex(@"\b(maximum|max|cap|capped|ceiling|upper limit)\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex MaximumAsked();

    [GeneratedRegex(@"\b(maximum|at most|up to|no more than|not more than|cap|capped|ceiling)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex MaximumStated();

    [GeneratedRegex(@"\b(deadline|closing date|last day to apply|apply by when|due date)\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex DeadlineAsked();

    [GeneratedRegex(@"\d[\d,.]*\s*(yuan|rmb)|\d[\d,.]*\s*(million|thousand)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex Sum();

    [GeneratedRegex(@"\b(19|20)\d\d\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex Year();
}
