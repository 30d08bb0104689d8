using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Policy.Knowledge.Content;

namespace Policy.Knowledge.Rules;

/// <summary>
/// The facts and rules as the JavaScript engine and the checker page read them. The same JSON feeds the
/// conformance test, so C# and JavaScript decide from identical data. Deterministic: same content, same bytes.
/// What the results do not show (notes, how to apply, the bot's words) stays out, to keep the page light.
/// </summary>
public static class RulesJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        // Chinese stays readable and compact; '<' and '&' are still escaped, so the JSON can sit inside a <script>.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <param name="rules">The rules to write; the rules in force (what the checker offers) when not given.</param>
    /// <param name="ruleJson">Each rule's JSON (<see cref="Rule(Knowledge.Rules.Rule, ContentSet)"/>), for a caller that keeps it between builds.</param>
    public static string Write(ContentSet content, IEnumerable<Rule>? rules = null, Func<Rule, string>? ruleJson = null)
    {
        // The object's last property is the rules: its JSON up to the closing brace, then the rules' JSON one by one.
        var head = JsonSerializer.Serialize(new
        {
            Reasons = ReasonTexts.All.ToDictionary(p => p.Key, p => Text(p.Value)),
            Facts = content.Facts.Facts.Select(Fact).ToList(),
        }, Options);
        var json = new System.Text.StringBuilder(head, 0, head.Length - 1, head.Length + 2048);
        json.Append(",\"rules\":[");
        var first = true;
        foreach (var rule in rules ?? content.RulesInForce)
        {
            json.Append(first ? "" : ",").Append(ruleJson?.Invoke(rule) ?? Rule(rule, content));
            first = false;
        }

        return json.Append("]}").ToString();
    }

    /// <summary>One rule as the "rules" array of <see cref="Write"/> holds it.</summary>
    public static string Rule(Rule rule, ContentSet content) => JsonSerializer.Serialize(RuleObject(rule, content), Options);

    private static object Fact(FactDefinition fact) => new
    {
        fact.Id,
        Type = fact.Type.ToString().ToLowerInvariant(),
        Label = Text(fact.Label),
        Question = Text(fact.Question),
        Help = Text(fact.Help),
        Unit = fact.Unit is null ? null : Text(FactUnits.Names[fact.Unit]),
        Min = fact.Type == FactType.Number ? fact.Min : (decimal?)null,
        Max = fact.Type == FactType.Number ? fact.Max : (decimal?)null,
        Options = fact.Type == FactType.Choice ? fact.Options.Select(o => new { o.Value, Label = Text(o.Label) }).ToList() : null,
        IfTrue = fact.IfTrue is null ? null : Text(fact.IfTrue),
        IfFalse = fact.IfFalse is null ? null : Text(fact.IfFalse),
        fact.Of,
        fact.EndedBy,
    };

    private static object RuleObject(Rule rule, ContentSet content)
    {
        var policy = content.FindPolicy(rule.DocumentId);
        var zhTitle = policy?.Chinese.Find(rule.Anchor)?.Title ?? rule.Anchor;
        var enTitle = policy?.English?.Find(rule.Anchor)?.Title ?? zhTitle;
        var unit = content.Units.Find(rule.UnitId);
        var basePath = content.Site.BasePath;
        return new
        {
            rule.Id,
            Clause = rule.ClauseId,
            ClauseTitle = new { Zh = zhTitle, En = enTitle },
            ClauseUrl = PerLanguage(lang => basePath + SiteLinks.Clause(lang, rule.DocumentId, rule.Anchor)),
            Benefit = Text(rule.Benefit),
            Conditions = rule.Conditions.Select(c => new { Fact = c.Fact.Id, Op = c.Operator, c.Value, Text = Text(c.Text), Unmet = Text(c.Unmet), Open = Text(c.Open) }).ToList(),
            ValidFrom = Iso(rule.ValidFrom),
            ValidUntil = rule.ValidUntil is { } until ? Iso(until) : null,
            ValidFromText = Text(ConditionText.Date(rule.ValidFrom)),
            ValidUntilText = rule.ValidUntil is { } end ? Text(ConditionText.Date(end)) : null,
            Amount = rule.Amount is null ? null : Text(rule.Amount),
            rule.AmountYuan,
            Unit = unit is null ? null : new { unit.Id, Name = Text(unit.Name), Url = PerLanguage(lang => basePath + SiteLinks.Unit(lang, unit.Id)), unit.Contact.Phone },
            NotChecked = rule.NotChecked.Select(Text).ToList(),
        };
    }

    private static object Text(LocalizedText text) => new { text.Zh, text.En };

    private static object PerLanguage(Func<string, string> value) => new { Zh = value(Languages.Chinese), En = value(Languages.English) };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
