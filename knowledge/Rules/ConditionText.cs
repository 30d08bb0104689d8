using System.Globalization;
using Policy.Knowledge.Content;

namespace Policy.Knowledge.Rules;

/// <summary>
/// Turns a condition into the words a shop owner reads, from the fact's labels in facts.yml:
/// <c>monthly_sales_yuan &lt;= 150000</c> becomes "月销售额不超过150000元" / "monthly sales at most 150,000 yuan".
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
                var amount = decimal.Parse(condition.Value, CultureInfo.InvariantCulture);
                var unit = FactUnits.Names.TryGetValue(fact.Unit ?? "", out var u) ? u : new LocalizedText("", "");
                var comparison = Comparisons[condition.Operator];
                return new LocalizedText(
                    $"{fact.Label.Zh}{comparison.Zh}{Amount(amount, Languages.Chinese)}{unit.Zh}",
                    $"{fact.Label.En} {comparison.En} {Amount(amount, Languages.English)} {unit.En}".TrimEnd());
        }
    }

    /// <summary>Chinese texts write amounts as plain digits (150000元); English groups thousands (150,000 yuan).</summary>
    public static string Amount(decimal value, string language) =>
        value.ToString(language == Languages.English ? "#,0.##" : "0.##", CultureInfo.InvariantCulture);

    /// <summary>Dates as the reasons and the rule box say them: 2022年12月31日 / 2022-12-31.</summary>
    public static string Date(DateOnly date, string language) =>
        language == Languages.English ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : $"{date.Year}年{date.Month}月{date.Day}日";

    public static LocalizedText Date(DateOnly date) => new(Date(date, Languages.Chinese), Date(date, Languages.English));
}
