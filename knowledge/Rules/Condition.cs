using System.Globalization;
using System.Text.RegularExpressions;
using Policy.Knowledge.Content;
using Policy.Knowledge.Diagnostics;

namespace Policy.Knowledge.Rules;

/// <summary>
/// One line of a rule's <c>when:</c> list, in a grammar staff can read: a fact, an operator and a value,
/// e.g. <c>monthly_sales_yuan &lt;= 150000</c> or <c>taxpayer_kind == small_scale</c>.
/// </summary>
public sealed partial record Condition(FactDefinition Fact, string Operator, string Value, string Source, int Line)
{
    public static readonly IReadOnlyList<string> Operators = ["==", "!=", "<=", "<", ">=", ">"];

    /// <summary>The condition in plain words, e.g. "月销售额不超过15万元" / "monthly sales at most 150,000 yuan".</summary>
    public LocalizedText Text => ConditionText.Of(this);

    /// <summary>Why an answer fails the condition, as a plain sentence, e.g. "您的月销售额超过15万元的上限".</summary>
    public LocalizedText Unmet => ConditionText.Unmet(this);

    /// <summary>What is still to be known while the condition cannot be decided, e.g. "是否承租国有房屋" / "whether you rent state-owned premises".</summary>
    public LocalizedText Open => ConditionText.Open(this);

    /// <summary>Whether the given value meets the condition; null when the value is missing or unusable (never a guess).</summary>
    public bool? Test(string? raw)
    {
        if (!Fact.Accepts(raw))
        {
            return null;
        }

        if (Fact.Type != FactType.Number)
        {
            return Operator == "==" ? raw == Value : raw != Value;
        }

        Fact.TryReadNumber(raw, out var given);
        var limit = decimal.Parse(Value, CultureInfo.InvariantCulture);
        return Operator switch
        {
            "==" => given == limit,
            "!=" => given != limit,
            "<=" => given <= limit,
            "<" => given < limit,
            ">=" => given >= limit,
            _ => given > limit,
        };
    }

    /// <summary>Reads one condition line; reports what is wrong with it at its line and returns null.</summary>
    public static Condition? Parse(string source, int line, FactSchema facts, string path, DiagnosticBag diagnostics)
    {
        var match = Grammar().Match(source);
        if (!match.Success)
        {
            diagnostics.Error(path, line,
                $"条件“{source}”看不懂：请写成“事实 比较符 值”，比较符为 {string.Join(" ", Operators)}，例如“monthly_sales_yuan <= 150000”",
                $"condition '{source}' does not parse: write a fact, an operator ({string.Join(" ", Operators)}) and a value, e.g. 'monthly_sales_yuan <= 150000'");
            return null;
        }

        var (id, op, value) = (match.Groups["fact"].Value, match.Groups["op"].Value, match.Groups["value"].Value);
        var fact = facts.Find(id);
        if (fact is null)
        {
            var known = facts.Facts.Count == 0 ? "none: content/facts.yml is missing or empty" : string.Join(", ", facts.Facts.Select(f => f.Id));
            var (zh, en) = NearestMatch.Suggest(id, facts.Facts.Select(f => f.Id));
            diagnostics.Error(path, line,
                $"条件“{source}”里的“{id}”不在 content/facts.yml 里。{zh}（已有的事实：{known}）",
                $"condition '{source}' names an unknown fact '{id}' (known facts: {known}){en}",
                followsFrom: FactSchema.FileName);
            return null;
        }

        var problem = fact.Type switch
        {
            FactType.Number when !FactDefinition.PlainNumber().IsMatch(value) => $"'{value}' is not a number; write digits only, e.g. 150000",
            FactType.Bool when op is not ("==" or "!=") => $"'{id}' is yes/no: use == or !=",
            FactType.Bool when value is not ("true" or "false") => $"'{id}' is yes/no: the value must be true or false",
            FactType.Choice when op is not ("==" or "!=") => $"'{id}' is a choice: use == or !=",
            FactType.Choice when fact.Option(value) is null => $"'{value}' is not an option of '{id}' (options: {string.Join(", ", fact.Options.Select(o => o.Value))})",
            _ => null,
        };
        if (problem is not null)
        {
            diagnostics.Error(path, line, $"条件“{source}”的写法不对：{problem}", $"condition '{source}' does not parse: {problem}");
            return null;
        }

        return new Condition(fact, op, value, source, line);
    }

    [GeneratedRegex("^\\s*(?<fact>[a-z][a-z0-9_]*)\\s*(?<op>==|!=|<=|>=|<|>)\\s*(?<value>[^\\s]+)\\s*$")]
    private static partial Regex Grammar();
}
