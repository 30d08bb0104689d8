using Policy.Knowledge.Content;

namespace Policy.Knowledge.Rules;

/// <summary>
/// An eligibility rule, written by staff as a <c>```rule</c> block directly under the clause it encodes.
/// The clause is implied by where the block stands.
/// </summary>
public sealed class Rule
{
    public required string Id { get; init; }

    /// <summary>The clause the rule encodes, e.g. <c>jincheng-2022-67#measure-5</c>.</summary>
    public required string ClauseId { get; init; }

    public required LocalizedText Benefit { get; init; }

    /// <summary>All must hold. Their order is the order in which the missing facts are asked.</summary>
    public required IReadOnlyList<Condition> Conditions { get; init; }

    public required DateOnly ValidFrom { get; init; }

    /// <summary>The last day the provision applies; null when the text sets no end.</summary>
    public DateOnly? ValidUntil { get; init; }

    /// <summary>Whether the provision applies on <paramref name="date"/> (begun and not ended).</summary>
    public bool AppliesOn(DateOnly date) => ValidFrom <= date && (ValidUntil is null || date <= ValidUntil);

    /// <summary>What the benefit is worth, in the words of the clause.</summary>
    public LocalizedText? Amount { get; init; }

    /// <summary>The amount in yuan, where the clause states one figure.</summary>
    public decimal? AmountYuan { get; init; }

    /// <summary>Where and how to apply, as far as the clause says.</summary>
    public required LocalizedText Apply { get; init; }

    /// <summary>The responsible unit to contact (an id in content/units.yml).</summary>
    public required string UnitId { get; init; }

    /// <summary>Conditions in the clause that no fact can check; shown, never evaluated.</summary>
    public IReadOnlyList<LocalizedText> NotChecked { get; init; } = [];

    /// <summary>How staff read the clause, where a reading was needed.</summary>
    public LocalizedText? Note { get; init; }

    public IReadOnlyList<RuleCase> Cases { get; init; } = [];

    /// <summary>The file and the line of the rule block's opening fence, for messages.</summary>
    public required string Path { get; init; }

    public required int Line { get; init; }

    /// <summary>The rule of a regional policy: the region condition first, so "where are you registered?" is asked before anything else.</summary>
    public Rule LimitedTo(Condition region) => new()
    {
        Id = Id, ClauseId = ClauseId, Benefit = Benefit, Conditions = [region, .. Conditions], ValidFrom = ValidFrom, ValidUntil = ValidUntil,
        Amount = Amount, AmountYuan = AmountYuan, Apply = Apply, UnitId = UnitId, NotChecked = NotChecked, Note = Note, Cases = Cases, Path = Path, Line = Line,
    };

    public string DocumentId => ClauseId[..ClauseId.IndexOf('#', StringComparison.Ordinal)];

    public string Anchor => ClauseId[(ClauseId.IndexOf('#', StringComparison.Ordinal) + 1)..];

    /// <summary>The facts the rule reads, each once, in the order they are asked.</summary>
    public IReadOnlyList<string> FactIds => factIds ??= Conditions.Select(c => c.Fact.Id).Distinct().ToList();

    private IReadOnlyList<string>? factIds; // the conditions never change once the rule is made
}
