namespace Policy.Knowledge.Rules;

/// <summary>
/// One row of a rule's <c>```cases</c> table: facts and a date, and what the rule must say for them.
/// Optional expectations are null when the row leaves them empty.
/// </summary>
/// <param name="Facts">The values in the fact columns; an empty cell is a fact not given.</param>
/// <param name="AmountYuan">Expected amount in yuan; "-" in the table (no amount) is <see cref="NoAmount"/>.</param>
/// <param name="Asks">Expected missing facts, in order.</param>
/// <param name="Met">Expected conditions_met: "true", "false" or "unknown".</param>
public sealed record RuleCase(
    int Line,
    IReadOnlyDictionary<string, string> Facts,
    DateOnly AsOf,
    Verdict Verdict,
    string? AmountYuan,
    IReadOnlyList<string>? Asks,
    string? Met,
    string? Note)
{
    public const string NoAmount = "-";

    /// <summary>What the result gets wrong against this case, or null when it matches.</summary>
    public string? Mismatch(RuleResult result)
    {
        if (result.Verdict != Verdict)
        {
            return $"expected verdict {Verdict.Name()}, but the rule gives {result.Verdict.Name()} ({result.Reasons[0].En})";
        }

        var amount = result.AmountYuan is { } a ? ConditionText.Amount(a, Content.Languages.Chinese) : NoAmount;
        if (AmountYuan is not null && AmountYuan != amount)
        {
            return $"expected amount_yuan {AmountYuan}, but the rule gives {amount}";
        }

        if (Asks is not null && !Asks.SequenceEqual(result.Missing))
        {
            return $"expected to ask for {Show(Asks)}, but the rule asks for {Show(result.Missing)}";
        }

        var met = result.ConditionsMet switch { true => "true", false => "false", null => "unknown" };
        return Met is not null && Met != met ? $"expected met {Met}, but conditions_met is {met}" : null;
    }

    private static string Show(IReadOnlyList<string> facts) => facts.Count == 0 ? NoAmount : string.Join(" ", facts);
}
