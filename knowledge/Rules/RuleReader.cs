using Policy.Knowledge.Content;
using Policy.Knowledge.Diagnostics;
using Policy.Knowledge.Yaml;

namespace Policy.Knowledge.Rules;

/// <summary>
/// Finds the <c>```rule</c> blocks in the Chinese policy texts, each with the <c>```cases</c> table that follows it
/// in the same clause, and reads them against the fact schema and the unit table.
/// </summary>
public static class RuleReader
{
    private static readonly string[] Fields =
        ["id", "benefit", "when", "valid_from", "valid_until", "amount", "amount_yuan", "apply", "unit", "not_checked", "note"];

    /// <summary>One policy's rules, read from its zh.md; their messages go to <paramref name="diagnostics"/>.</summary>
    internal static List<Rule> ReadPolicy(BilingualPolicy policy, FactSchema facts, UnitDirectory units, DiagnosticBag diagnostics)
    {
        var rules = new List<Rule>();
        foreach (var section in policy.Chinese.Sections)
        {
            rules.AddRange(ReadSection(section, policy, facts, units, diagnostics));
        }

        // The rules are bilingual already; a copy in the translation would drift from the Chinese one.
        foreach (var section in policy.English?.Sections ?? [])
        {
            foreach (var block in section.Data)
            {
                diagnostics.Error(policy.English!.DisplayPath, block.FirstLine - 1, $"```{block.Kind} 块只能写在 zh.md 里（规则本身已含中英文）：请从 en.md 删除", $"a ```{block.Kind} block belongs in zh.md only: rules carry both languages themselves");
            }
        }

        return rules;
    }

    /// <summary>The check across policies: every rule id is used once (the first rule keeps it).</summary>
    internal static void CheckDuplicateIds(IEnumerable<Rule> rules, DiagnosticBag diagnostics)
    {
        foreach (var duplicate in rules.GroupBy(r => r.Id).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
        {
            diagnostics.Error(duplicate.Path, duplicate.Line, $"规则编号“{duplicate.Id}”已被另一条规则使用：请换一个", $"rule id '{duplicate.Id}' is already used by another rule");
        }
    }

    private static List<Rule> ReadSection(Section section, BilingualPolicy policy, FactSchema facts, UnitDirectory units, DiagnosticBag diagnostics)
    {
        var path = policy.Chinese.DisplayPath;
        var regional = RegionCondition(policy, facts, section, diagnostics);
        var rules = new List<Rule>();
        List<RuleCase>? cases = null;
        var afterBrokenRule = false;
        foreach (var block in section.Data)
        {
            if (block.Kind == "rule")
            {
                cases = [];
                var rule = ReadRule(block, section, path, facts, units, cases, diagnostics);
                if (rule is not null && regional is not null)
                {
                    rule = rule.LimitedTo(regional);
                }

                afterBrokenRule = rule is null;
                if (rule is not null)
                {
                    rules.Add(rule);
                }
            }
            else if (cases is not null)
            {
                // A regional rule's cases are businesses registered in its region unless the table says otherwise.
                var defaults = regional is null ? null : new Dictionary<string, string> { [regional.Fact.Id] = regional.Value };
                cases.AddRange(CaseTable.Parse(block, facts, path, diagnostics, defaults));
            }
            else if (!afterBrokenRule)
            {
                diagnostics.Error(path, block.FirstLine - 1, "```cases 表必须紧跟在它所测试的 ```rule 块后面，并在同一条款里", "a ```cases table must follow the ```rule block it tests, in the same clause");
            }
        }

        return rules;
    }

    /// <summary>
    /// The condition every rule of a regional policy carries first: the business is registered in the policy's region.
    /// Null for a city-wide policy, and for a section without rules (nothing to report there).
    /// </summary>
    private static Condition? RegionCondition(BilingualPolicy policy, FactSchema facts, Section section, DiagnosticBag diagnostics)
    {
        if (policy.Region.CityWide || !section.Data.Any(d => d.Kind == "rule"))
        {
            return null;
        }

        var value = FactSchema.RegionValue(policy.Region);
        if (facts.Find(FactSchema.RegionFact) is not { } fact || fact.Option(value) is null)
        {
            diagnostics.Error(policy.Chinese.DisplayPath, policy.Meta.LineOf("region"),
                $"本政策只适用于{policy.Region.Name.Zh}，它的规则需要 content/facts.yml 里有事实“{FactSchema.RegionFact}”（options_from: regions）",
                $"this policy applies in {policy.Region.Name.Zh} only, so its rules need the fact '{FactSchema.RegionFact}' (options_from: regions) in content/facts.yml",
                followsFrom: FactSchema.FileName);
            return null;
        }

        var source = $"{FactSchema.RegionFact} == {value}";
        return new Condition(fact, "==", value, source, policy.Meta.LineOf("region"));
    }

    private static Rule? ReadRule(FencedData block, Section section, string path, FactSchema facts, UnitDirectory units, List<RuleCase> cases, DiagnosticBag diagnostics)
    {
        // The YAML starts on the line after the opening fence.
        var map = YamlMap.ParseMap(block.Text, path, block.FirstLine - 1, diagnostics, "a rule");
        if (map is null)
        {
            return null;
        }

        map.RejectUnknown(Fields);
        var id = map.String("id", required: true);
        if (id is not null && !Slug.IsValid(id))
        {
            diagnostics.Error(path, map.LineOf("id"), $"规则编号“{id}”只能用小写英文字母、数字和连字符“-”，例如 vat-exemption", $"rule id '{id}' must be lowercase letters, digits and hyphens, e.g. vat-exemption");
            id = null;
        }

        var benefit = map.Localized("benefit", required: true);
        var conditions = ReadConditions(map, facts);
        var validFrom = map.Date("valid_from", required: true);
        var validUntil = map.Date("valid_until");
        if (validFrom is not null && validUntil is not null && validUntil < validFrom)
        {
            diagnostics.Error(path, map.LineOf("valid_until"), $"截止日期 valid_until {validUntil:yyyy-MM-dd} 早于开始日期 valid_from {validFrom:yyyy-MM-dd}：请核对", $"valid_until {validUntil:yyyy-MM-dd} is before valid_from {validFrom:yyyy-MM-dd}");
        }

        var apply = map.Localized("apply", required: true);
        var unitId = ReadUnit(map, section, units);
        var notChecked = map.MapList("not_checked").Select(ReadLocalized).OfType<LocalizedText>().ToList();
        var amount = map.Localized("amount");
        var amountYuan = map.Number("amount_yuan");
        var note = map.Localized("note");

        // A valid_until that does not parse must not quietly become "no end date".
        if (id is null || benefit is null || conditions is null || validFrom is null || (validUntil is null && map.Has("valid_until")) || apply is null || unitId is null)
        {
            return null;
        }

        return new Rule
        {
            Id = id,
            ClauseId = section.ClauseId,
            Benefit = benefit,
            Conditions = conditions,
            ValidFrom = validFrom.Value,
            ValidUntil = validUntil,
            Amount = amount,
            AmountYuan = amountYuan,
            Apply = apply,
            UnitId = unitId,
            NotChecked = notChecked,
            Note = note,
            Cases = cases,
            Path = path,
            Line = block.FirstLine - 1,
        };
    }

    private static List<Condition>? ReadConditions(YamlMap map, FactSchema facts)
    {
        var lines = map.StringList("when");
        if (lines.Count == 0)
        {
            map.Diagnostics.Error(map.Path, map.LineOf("when"), "规则需要“when:”条件列表，每行一个条件，例如“- monthly_sales_yuan <= 150000”", "a rule needs its conditions as a 'when:' list, one per line, e.g. '- monthly_sales_yuan <= 150000'");
            return null;
        }

        var conditions = lines.Select(l => Condition.Parse(l.Value, l.Line, facts, map.Path, map.Diagnostics)).ToList();
        return conditions.Contains(null) ? null : conditions.OfType<Condition>().ToList();
    }

    private static string? ReadUnit(YamlMap map, Section section, UnitDirectory units)
    {
        var unitId = map.String("unit", required: true);
        if (unitId is null)
        {
            return null;
        }

        var unit = units.Find(unitId);
        var clauseUnits = section.UnitNames.Select(units.Resolve).OfType<Unit>().ToList();
        if (unit is null)
        {
            var (zh, en) = NearestMatch.Suggest(unitId, units.Units.Select(u => u.Id));
            map.Diagnostics.Error(map.Path, map.LineOf("unit"), $"单位编号“{unitId}”不在 content/units.yml 里：请用该文件里的 id。{zh}",
                $"unknown unit '{unitId}': use an id from content/units.yml.{en}".TrimEnd('.'), followsFrom: ContentPaths.UnitsFile);
            return null;
        }

        if (!clauseUnits.Contains(unit))
        {
            var ids = string.Join(", ", clauseUnits.Select(u => u.Id));
            map.Diagnostics.Error(map.Path, map.LineOf("unit"), $"单位“{unitId}”不是本条款的责任单位（本条款的是：{ids}）",
                $"unit '{unitId}' is not among this clause's responsible units ({ids})", followsFrom: ContentPaths.UnitsFile);
            return null;
        }

        return unitId;
    }

    private static LocalizedText? ReadLocalized(YamlMap item)
    {
        item.RejectUnknown("zh", "en");
        var zh = item.String("zh", required: true);
        var en = item.String("en", required: true);
        return zh is null || en is null ? null : new LocalizedText(zh, en);
    }
}
