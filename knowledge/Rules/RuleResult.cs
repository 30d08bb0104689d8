using Policy.Knowledge.Content;

namespace Policy.Knowledge.Rules;

public enum Verdict
{
    Eligible,
    NotEligible,
    NeedInfo,
    Expired,
}

public static class Verdicts
{
    /// <summary>The verdict as written in rule cases, JSON and the page's <c>data-verdict</c>: eligible, not_eligible, need_info, expired.</summary>
    public static string Name(this Verdict verdict) => verdict switch
    {
        Verdict.Eligible => "eligible",
        Verdict.NotEligible => "not_eligible",
        Verdict.NeedInfo => "need_info",
        _ => "expired",
    };

    public static Verdict? Parse(string text) => text switch
    {
        "eligible" => Verdict.Eligible,
        "not_eligible" => Verdict.NotEligible,
        "need_info" => Verdict.NeedInfo,
        "expired" => Verdict.Expired,
        _ => null,
    };
}

/// <summary>What a rule says for some facts on a date.</summary>
/// <param name="ConditionsMet">Whether the known facts meet the conditions: false as soon as one known fact fails one, null while any is unknown.</param>
/// <param name="Missing">The facts still unknown, in the order to ask them; empty unless <paramref name="ConditionsMet"/> is null.</param>
/// <param name="Reasons">The deciding reason first: the date for expired or not-yet-applicable rules, then the condition(s).</param>
/// <param name="Amount">The benefit's amount; only given with <see cref="Verdict.Eligible"/>.</param>
public sealed record RuleResult(
    Rule Rule,
    Verdict Verdict,
    bool? ConditionsMet,
    IReadOnlyList<string> Missing,
    IReadOnlyList<LocalizedText> Reasons,
    LocalizedText? Amount,
    decimal? AmountYuan)
{
    public string ClauseId => Rule.ClauseId;
}
