using Policy.Knowledge.Content;
using Policy.Knowledge.Rules;

namespace Policy.Generator.Site;

// What the "Who qualifies" box and the checker page show. Scriban sees snake_case: CheckUrl → check_url.

internal sealed record RuleBoxView(
    string Id,
    string ClauseId,
    int HeadingLevel,
    string Benefit,
    IReadOnlyList<string> Conditions,
    string Validity,
    string? Amount,
    string Apply,
    LinkView? Unit,
    IReadOnlyList<string> NotChecked,
    string? Note,
    LinkView Clause,
    string CheckUrl,
    bool InChecker);

internal sealed record OtherSupportView(string Title, string Url, IReadOnlyList<LinkView> Units, string? Lang);

internal sealed record CheckerView(IReadOnlyList<RuleBoxView> Rules, IReadOnlyList<OtherSupportView> Other, string DataJson, string RulesJs, string CheckerJs);

/// <summary>Shapes the rules for the templates: a plain-language box per rule, and the checker page's data.</summary>
internal sealed class RuleViews(ContentSet content, IReadOnlyDictionary<string, LocalizedText> strings)
{
    private readonly string basePath = content.Site.BasePath;

    /// <summary>The boxes for the rules that encode one clause, headed one level below the clause.</summary>
    public List<RuleBoxView> Boxes(string clauseId, string lang, int clauseLevel) =>
        content.RulesFor(clauseId).Select(r => Box(r, lang, Math.Min(6, clauseLevel + 1), inChecker: false)).ToList();

    public CheckerView Checker(string lang, string rulesJs, string checkerJs)
    {
        var withRules = content.Rules.Select(r => r.ClauseId).ToHashSet(StringComparer.Ordinal);
        var other = content.Policies
            .SelectMany(p => p.Chinese.Sections.Where(s => s.Kind == SectionKind.Measure && !withRules.Contains(s.ClauseId)).Select(s => Other(p, s, lang)))
            .ToList();
        return new CheckerView(content.Rules.Select(r => Box(r, lang, 3, inChecker: true)).ToList(), other, RulesJson.Write(content), rulesJs, checkerJs);
    }

    private RuleBoxView Box(Rule rule, string lang, int headingLevel, bool inChecker)
    {
        var unit = content.Units.Find(rule.UnitId);
        var policy = content.FindPolicy(rule.DocumentId);
        var clauseTitle = policy?.In(lang)?.Find(rule.Anchor)?.Title ?? policy?.Chinese.Find(rule.Anchor)?.Title ?? rule.Anchor;
        var validity = rule.ValidUntil is { } until
            ? Format("rule_valid_range", lang, ConditionText.Date(rule.ValidFrom, lang), ConditionText.Date(until, lang))
            : Format("rule_valid_open", lang, ConditionText.Date(rule.ValidFrom, lang));
        return new RuleBoxView(
            rule.Id,
            rule.ClauseId,
            headingLevel,
            rule.Benefit.In(lang),
            rule.Conditions.Select(c => c.Text.In(lang)).ToList(),
            validity,
            rule.Amount?.In(lang),
            rule.Apply.In(lang),
            unit is null ? null : new LinkView(basePath + SiteLinks.Unit(lang, unit.Id), unit.Name.In(lang)),
            rule.NotChecked.Select(n => n.In(lang)).ToList(),
            rule.Note?.In(lang),
            new LinkView(basePath + SiteLinks.Clause(lang, rule.DocumentId, rule.Anchor), clauseTitle),
            $"{basePath}{SiteLinks.Check(lang)}?rule={Uri.EscapeDataString(rule.Id)}",
            inChecker);
    }

    private OtherSupportView Other(BilingualPolicy policy, Section section, string lang)
    {
        var localized = policy.In(lang)?.Find(section.Anchor);
        var units = content.UnitsOf(section).Select(u => new LinkView(basePath + SiteLinks.Unit(lang, u.Id), u.Name.In(lang))).ToList();
        return new OtherSupportView(
            localized?.Title ?? section.Title,
            basePath + SiteLinks.Clause(lang, policy.Id, section.Anchor),
            units,
            localized is null && lang != Languages.Chinese ? Languages.HtmlLang(Languages.Chinese) : null);
    }

    private string Format(string key, string lang, params string[] values)
    {
        var text = strings.TryGetValue(key, out var t) ? t.In(lang) : key;
        for (var i = 0; i < values.Length; i++)
        {
            text = text.Replace("{" + i + "}", values[i], StringComparison.Ordinal);
        }

        return text;
    }
}
