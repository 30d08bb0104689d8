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
    bool InChecker,
    StatusView Status);

/// <summary>A policy on the checker page without JavaScript: how many of its benefits have conditions, and how many measures do not.</summary>
internal sealed record CheckerPolicyView(string Title, string Url, int Rules, int Other, string? Lang);

/// <summary>
/// The checker page. The rules reach the script as a data file (<see cref="DataUrl"/>), not inside the page, and the
/// list for readers without JavaScript is one line per policy (its rule boxes are on its own page): the page weighs the
/// same at one policy or a thousand.
/// </summary>
internal sealed record CheckerView(IReadOnlyList<CheckerPolicyView> Policies, string DataUrl, string RulesJs, string CheckerJs);

/// <summary>Shapes the rules for the templates: a plain-language box per rule, and the checker page's data.</summary>
internal sealed class RuleViews(ContentSet content, IReadOnlyDictionary<string, LocalizedText> strings, StatusViews statuses)
{
    private readonly string basePath = content.Site.BasePath;

    /// <summary>The boxes for the rules that encode one clause, headed one level below the clause.</summary>
    public List<RuleBoxView> Boxes(string clauseId, string lang, int clauseLevel) =>
        content.RulesFor(clauseId).Select(r => Box(r, lang, Math.Min(6, clauseLevel + 1), inChecker: false)).ToList();

    /// <summary>Where the checker's data file goes in the site (one file for both languages: the texts are bilingual).</summary>
    public const string DataPath = AssetCopier.Folder + "/rules.json";

    /// <summary>
    /// The dated provisions of a clause: its rules that end, grouped by their dates, each line naming its benefits
    /// ("免征增值税、…：已于2022年12月31日到期"). Open-ended rules need no line: their boxes say it.
    /// </summary>
    public List<StatusView> Provisions(string clauseId, string lang) =>
        content.RulesFor(clauseId)
            .Where(r => r.ValidUntil is not null)
            .GroupBy(r => (r.ValidFrom, r.ValidUntil))
            .Select(g => statuses.Provision(g.Key.ValidFrom, g.Key.ValidUntil, lang, string.Join(strings.Text("list_joiner", lang), g.Select(r => r.Benefit.In(lang)))))
            .ToList();

    /// <param name="globalKey">What every page depends on (<see cref="BuildKeys.Global"/>): with the policy's text, what its counts are made from.</param>
    public CheckerView Checker(string lang, string dataUrl, string rulesJs, string checkerJs, string globalKey)
    {
        // The checker offers the policies in force only: a repealed policy's rules stay in boxes on its own page.
        var policies = content.Policies
            .Where(policy => policy.Status.Applies())
            .Select(policy =>
            {
                var (rules, other) = PerPolicy.CheckerCounts(content, policy, globalKey);
                var localized = policy.In(lang);
                return new CheckerPolicyView(
                    localized?.Meta.ShortTitle ?? policy.Meta.ShortTitle ?? policy.Meta.Title,
                    basePath + SiteLinks.Policy(lang, policy.Id),
                    rules,
                    other,
                    localized is null ? Languages.HtmlLang(Languages.Chinese) : null);
            })
            .Where(p => p.Rules > 0)
            .ToList();
        return new CheckerView(policies, dataUrl, rulesJs, checkerJs);
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
            inChecker,
            statuses.Provision(rule.ValidFrom, rule.ValidUntil, lang));
    }

    private string Format(string key, string lang, params string[] values) => strings.Format(key, lang, values);
}
