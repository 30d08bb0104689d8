using System.Globalization;
using Policy.Knowledge.Content;

namespace Policy.Knowledge.Rules;

/// <summary>
/// Turns a condition into the words a shop owner reads, from the fact's labels in facts.yml:
/// <c>monthly_sales_yuan &lt;= 150000</c> becomes "月销售额不超过15万元" / "monthly sales at most 150,000 yuan",
/// and, when the visitor's answer fails it, "您的月销售额超过15万元的上限" / "Monthly sales must be at most 150,000 yuan, and you gave more".
/// </summary>
public static class ConditionText
{
    private static readonly Dictionary<string, LocalizedText> Comparisons = new(StringComparer.Ordinal)
    {
        ["=="] = new("等于", "of exactly"),
        ["!="] = new("不等于", "other than"),
        ["<="] = new("不超过", "at most"),
        ["<"] = new("低于", "less than"),
        [">="] = new("不低于", "at least"),
        [">"] = new("大于", "more than"),
    };

    // The answer that fails a number condition, said about the visitor: {0} the label, {1} the amount with its unit.
    private static readonly Dictionary<string, LocalizedText> Failures = new(StringComparer.Ordinal)
    {
        ["=="] = new("您的{0}不是{1}", "{0} must be exactly {1}, and you gave a different amount"),
        ["!="] = new("您的{0}是{1}，这项政策不适用于这个数额", "{0} must not be {1}, and that is what you gave"),
        ["<="] = new("您的{0}超过{1}的上限", "{0} must be at most {1}, and you gave more"),
        ["<"] = new("您的{0}达到或超过{1}的上限", "{0} must be less than {1}, and you gave {1} or more"),
        [">="] = new("您的{0}低于{1}的下限", "{0} must be at least {1}, and you gave less"),
        [">"] = new("您的{0}没有超过{1}", "{0} must be more than {1}, and you gave {1} or less"),
    };

    private static readonly LocalizedText ChoiceFailure = new("这项政策要求{0}，根据您的回答，您的情况不符合", "This benefit requires {0}; from your answer, that is not your case");

    public static LocalizedText Of(Condition condition)
    {
        var fact = condition.Fact;
        switch (fact.Type)
        {
            case FactType.Bool:
                var yes = (condition.Value == "true") == (condition.Operator == "==");
                return (yes ? fact.IfTrue : fact.IfFalse) ?? fact.Label;
            case FactType.Choice:
                var label = fact.Option(condition.Value)?.Label ?? new LocalizedText(condition.Value, condition.Value);
                return condition.Operator == "==" ? label : new LocalizedText("不是" + label.Zh, "not a " + label.En);
            default:
                var comparison = Comparisons[condition.Operator];
                return new LocalizedText(
                    $"{fact.Label.Zh}{comparison.Zh}{WithUnit(condition, Languages.Chinese)}",
                    $"{fact.Label.En} {comparison.En} {WithUnit(condition, Languages.English)}".TrimEnd());
        }
    }

    /// <summary>
    /// What is still to be known about a condition, as "it depends on …" continues: the fact's <c>whether</c> phrase for
    /// yes/no facts ("whether you rent state-owned premises"), "whether your monthly sales are at most 150,000 yuan" for
    /// numbers, "whether your VAT taxpayer type is small-scale VAT taxpayer" for choices.
    /// </summary>
    public static LocalizedText Open(Condition condition)
    {
        var fact = condition.Fact;
        switch (fact.Type)
        {
            case FactType.Bool:
                return fact.Whether ?? Of(condition);
            case FactType.Choice:
                var option = fact.Option(condition.Value)?.Label ?? new LocalizedText(condition.Value, condition.Value);
                var negated = condition.Operator != "==";
                return new LocalizedText(
                    $"{fact.Label.Zh}是否{(negated ? "不是" : "为")}{option.Zh}",
                    $"whether your {fact.Label.En} {Be(fact.Label.En)}{(negated ? " not" : "")} {option.En}");
            default:
                var comparison = Comparisons[condition.Operator];
                return new LocalizedText(
                    $"{fact.Label.Zh}是否{comparison.Zh}{WithUnit(condition, Languages.Chinese)}",
                    $"whether your {fact.Label.En} {Be(fact.Label.En)} {comparison.En} {WithUnit(condition, Languages.English)}".TrimEnd());
        }
    }

    // "monthly sales are", "taxable income is": labels are short noun phrases, plural when they end in s.
    private static string Be(string label) => label.EndsWith('s') && !label.EndsWith("ss", StringComparison.Ordinal) ? "are" : "is";

    /// <summary>A plain sentence (without its full stop) saying why the visitor's answer does not meet the condition.</summary>
    public static LocalizedText Unmet(Condition condition)
    {
        if (condition.Fact.Type != FactType.Number)
        {
            var text = Of(condition);
            return new LocalizedText(ChoiceFailure.Zh.Replace("{0}", text.Zh, StringComparison.Ordinal), ChoiceFailure.En.Replace("{0}", text.En, StringComparison.Ordinal));
        }

        var failure = Failures[condition.Operator];
        var en = failure.En.Replace("{0}", condition.Fact.Label.En, StringComparison.Ordinal).Replace("{1}", WithUnit(condition, Languages.English), StringComparison.Ordinal);
        return new LocalizedText(
            failure.Zh.Replace("{0}", condition.Fact.Label.Zh, StringComparison.Ordinal).Replace("{1}", WithUnit(condition, Languages.Chinese), StringComparison.Ordinal),
            char.ToUpperInvariant(en[0]) + en[1..]);
    }

    private static string WithUnit(Condition condition, string language) =>
        WithUnit(decimal.Parse(condition.Value, CultureInfo.InvariantCulture), condition.Fact, language);

    /// <summary>An amount of the fact with its unit, as a reader says it: "15万元" / "150,000 yuan".</summary>
    public static string WithUnit(decimal value, FactDefinition fact, string language)
    {
        var amount = Written.Amount(value, language);
        var unit = FactUnits.Names.TryGetValue(fact.Unit ?? "", out var u) ? u.In(language) : "";
        return language == Languages.English ? $"{amount} {unit}".TrimEnd() : amount + unit;
    }

    /// <summary>Amounts as the staff's case tables write them: plain digits in Chinese (150000), grouped in English.</summary>
    public static string Amount(decimal value, string language) =>
        value.ToString(language == Languages.English ? "#,0.##" : "0.##", CultureInfo.InvariantCulture);

    /// <summary>Dates as the reasons and the rule box say them: 2022年12月31日 / 31 December 2022.</summary>
    public static string Date(DateOnly date, string language) => Written.Date(date, language);

    public static LocalizedText Date(DateOnly date) => Written.Date(date);
}
