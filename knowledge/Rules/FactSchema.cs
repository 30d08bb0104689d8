using System.Text.RegularExpressions;
using Policy.Knowledge.Content;
using Policy.Knowledge.Diagnostics;
using Policy.Knowledge.Yaml;

namespace Policy.Knowledge.Rules;

/// <summary>The staff-editable list of facts in <c>content/facts.yml</c>.</summary>
public sealed partial class FactSchema
{
    public const string FileName = "facts.yml";

    private static readonly string[] Fields =
        ["id", "type", "label", "question", "help", "words", "unit", "min", "max", "period", "convert", "options", "options_from", "if_true", "if_false", "whether", "words_false", "of", "ended_by", "recent", "event", "step"];

    /// <summary>The fact a regional policy's rules read: the division the business is registered in.</summary>
    public const string RegionFact = "registered_region";

    private readonly Dictionary<string, FactDefinition> byId;

    private FactSchema(IReadOnlyList<FactDefinition> facts)
    {
        Facts = facts;
        byId = facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
    }

    public static FactSchema Empty { get; } = new([]);

    public IReadOnlyList<FactDefinition> Facts { get; }

    public FactDefinition? Find(string id) => byId.GetValueOrDefault(id);

    public static FactSchema Load(string path, string displayPath, DiagnosticBag diagnostics, RegionDirectory? regions = null)
    {
        var facts = new List<FactDefinition>();
        foreach (var entry in YamlMap.ParseMapList(File.ReadAllText(path), displayPath, diagnostics, "facts"))
        {
            var fact = Read(entry, regions ?? RegionDirectory.Empty);
            if (fact is null)
            {
                continue;
            }

            if (facts.Any(f => f.Id == fact.Id))
            {
                diagnostics.Error(displayPath, entry.LineOf("id"), $"事实编号“{fact.Id}”重复了：每个事实的 id 必须不同", $"duplicate fact id '{fact.Id}'");
                continue;
            }

            facts.Add(fact);
        }

        // "of" and "ended_by" name another yes/no fact, never the fact itself.
        bool NamesAnotherBoolFact(FactDefinition fact, string key, string? named)
        {
            if (named is null || (named != fact.Id && facts.FirstOrDefault(f => f.Id == named) is { Type: FactType.Bool }))
            {
                return true;
            }

            diagnostics.Error(displayPath, fact.Line, $"事实“{fact.Id}”的 {key} 写的是“{named}”：它必须是本文件中另一个是/否类（bool）事实的 id", $"fact '{fact.Id}': {key} '{named}' must be the id of another yes/no (bool) fact in this file");
            return false;
        }

        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            facts[i] = fact with
            {
                Of = NamesAnotherBoolFact(fact, "of", fact.Of) ? fact.Of : null,
                EndedBy = NamesAnotherBoolFact(fact, "ended_by", fact.EndedBy) ? fact.EndedBy : null,
            };
        }

        return new FactSchema(facts);
    }

    private static FactDefinition? Read(YamlMap entry, RegionDirectory regions)
    {
        entry.RejectUnknown(Fields);
        var id = entry.String("id", required: true);
        var typeText = entry.String("type", required: true);
        var label = entry.Localized("label", required: true);
        var question = entry.Localized("question", required: true);
        var help = entry.Localized("help", required: true);
        var (wordsZh, wordsEn) = Words(entry);
        if (id is null || typeText is null || label is null || question is null || help is null)
        {
            return null;
        }

        if (!FactIdPattern().IsMatch(id))
        {
            entry.Diagnostics.Error(entry.Path, entry.LineOf("id"), $"事实编号“{id}”只能用小写英文字母、数字和下划线“_”，例如 monthly_sales_yuan", $"fact id '{id}' must be lowercase letters, digits and underscores, e.g. monthly_sales_yuan");
            return null;
        }

        FactType? type = typeText switch { "bool" => FactType.Bool, "number" => FactType.Number, "choice" => FactType.Choice, _ => null };
        if (type is null)
        {
            entry.Diagnostics.Error(entry.Path, entry.LineOf("type"), $"事实“{id}”的类型“{typeText}”不对：只能是 bool（是/否）、number（数字）或 choice（选项）", $"fact '{id}': type '{typeText}' is not one of bool, number, choice");
            return null;
        }

        if (type != FactType.Bool && entry.Has("words_false"))
        {
            entry.Diagnostics.Error(entry.Path, entry.LineOf("words_false"), $"事实“{id}”不是是/否类（bool）事实，不能写 words_false：它只用于表示“不是”的说法", $"fact '{id}': words_false is for yes/no (bool) facts only");
            return null;
        }

        foreach (var boolOnly in new[] { "of", "ended_by", "recent", "event", "step" })
        {
            if (type != FactType.Bool && entry.Has(boolOnly))
            {
                entry.Diagnostics.Error(entry.Path, entry.LineOf(boolOnly), $"事实“{id}”不是是/否类（bool）事实，不能写 {boolOnly}", $"fact '{id}': {boolOnly} is for yes/no (bool) facts only");
                return null;
            }
        }

        var fact = new FactDefinition
        {
            Id = id, Type = type.Value, Label = label, Question = question, Help = help, WordsZh = wordsZh, WordsEn = wordsEn, Line = entry.Line,
        };
        return type switch
        {
            FactType.Number => WithNumber(fact, entry),
            FactType.Choice when entry.Has("options_from") => WithRegionOptions(fact, entry, regions),
            FactType.Choice => WithOptions(fact, entry),
            _ => WithBoolTexts(fact, entry),
        };
    }

    private static FactDefinition? WithNumber(FactDefinition fact, YamlMap entry)
    {
        var unit = entry.String("unit", required: true);
        var min = entry.Number("min");
        var max = entry.Number("max");
        if (unit is not null && !FactUnits.Names.ContainsKey(unit))
        {
            entry.Diagnostics.Error(entry.Path, entry.LineOf("unit"), $"事实“{fact.Id}”的计量单位“{unit}”不认识（可用：{string.Join("、", FactUnits.Names.Keys)}）", $"fact '{fact.Id}': unknown unit '{unit}' (known: {string.Join(", ", FactUnits.Names.Keys)})");
            return null;
        }

        if (min is null || max is null || min > max)
        {
            entry.Diagnostics.Error(entry.Path, entry.Line, $"数字类事实“{fact.Id}”需要 min（最小值）和 max（最大值），且 min 不大于 max", $"fact '{fact.Id}': a number fact needs 'min' and 'max', with min <= max");
            return null;
        }

        if (unit is null)
        {
            return null;
        }

        var period = entry.String("period");
        if (period is not null && !FactPeriods.Known.Contains(period))
        {
            entry.Diagnostics.Error(entry.Path, entry.LineOf("period"), $"fact '{fact.Id}': unknown period '{period}' (known: {string.Join(", ", FactPeriods.Known)})");
            return null;
        }

        var conversions = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (entry.Map("convert") is { } convert)
        {
            foreach (var (from, text) in convert.Scalars())
            {
                // "/3" divides a quarter's figure into a month's; "*12" multiplies a month's into a year's.
                var factor = text.Length > 1 && text[0] is '/' or '*' && decimal.TryParse(text[1..], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0
                    ? (text[0] == '/' ? 1 / n : n)
                    : (decimal?)null;
                if (period is null || !FactPeriods.Known.Contains(from) || factor is null)
                {
                    entry.Diagnostics.Error(entry.Path, entry.LineOf("convert"), $"fact '{fact.Id}': convert needs a period and entries like 'quarter: /3' or 'month: *12' (periods: {string.Join(", ", FactPeriods.Known)})");
                    return null;
                }

                conversions[from] = factor.Value;
            }
        }

        return fact with { Unit = unit, Min = min.Value, Max = max.Value, Period = period, Conversions = conversions };
    }

    private static FactDefinition? WithOptions(FactDefinition fact, YamlMap entry)
    {
        var options = new List<FactOption>();
        foreach (var item in entry.MapList("options"))
        {
            item.RejectUnknown("value", "zh", "en", "words");
            var value = item.String("value", required: true);
            var zh = item.String("zh", required: true);
            var en = item.String("en", required: true);
            var (wordsZh, wordsEn) = Words(item);
            if (value is null || zh is null || en is null)
            {
                continue;
            }

            if (!FactIdPattern().IsMatch(value) || options.Any(o => o.Value == value))
            {
                entry.Diagnostics.Error(entry.Path, item.LineOf("value"), $"事实“{fact.Id}”的选项值“{value}”必须不重复，且只用小写英文字母、数字和下划线", $"fact '{fact.Id}': option value '{value}' must be unique and written in lowercase letters, digits and underscores");
                continue;
            }

            options.Add(new FactOption(value, new LocalizedText(zh, en), wordsZh, wordsEn));
        }

        if (options.Count < 2)
        {
            entry.Diagnostics.Error(entry.Path, entry.LineOf("options"), $"选项类事实“{fact.Id}”至少要有两个选项", $"fact '{fact.Id}': a choice needs at least two options");
            return null;
        }

        return fact with { Options = options };
    }

    /// <summary>
    /// A choice whose options are the divisions in content/regions.yml (<c>options_from: regions</c>), so a place
    /// and the words for it are written once: "登记在泽州县" / "registered in Zezhou County", known by its aliases.
    /// </summary>
    private static FactDefinition? WithRegionOptions(FactDefinition fact, YamlMap entry, RegionDirectory regions)
    {
        var source = entry.String("options_from");
        if (source != "regions" || entry.Has("options"))
        {
            entry.Diagnostics.Error(entry.Path, entry.LineOf("options_from"), $"事实“{fact.Id}”：options_from 只能写 regions（content/regions.yml 里的县市区），且不能再写 options", $"fact '{fact.Id}': options_from can only be 'regions' (the divisions in content/regions.yml), without an options list");
            return null;
        }

        var options = regions.Divisions
            .Select(r => new FactOption(
                RegionValue(r),
                new LocalizedText("登记在" + r.Name.Zh, "registered in " + r.Name.En),
                r.Aliases,
                EnglishWords(r.Name.En)))
            .ToList();
        if (options.Count < 2)
        {
            entry.Diagnostics.Error(entry.Path, entry.LineOf("options_from"), $"事实“{fact.Id}”：content/{RegionDirectory.FileName} 除全市外至少要有两个县市区", $"fact '{fact.Id}': content/{RegionDirectory.FileName} needs at least two divisions besides the city as a whole", followsFrom: RegionDirectory.FileName);
            return null;
        }

        return fact with { Options = options };
    }

    /// <summary>The option of <see cref="RegionFact"/> that stands for a region (option values use underscores, region ids hyphens).</summary>
    public static string RegionValue(Region region) => region.Id.Replace('-', '_');

    /// <summary>"Zezhou County" is also just "Zezhou".</summary>
    private static List<string> EnglishWords(string name) =>
        name.Split(' ') is [var first, _, ..] ? [name, first] : [name];

    private static FactDefinition? WithBoolTexts(FactDefinition fact, YamlMap entry)
    {
        var ifTrue = entry.Localized("if_true", required: true);
        var ifFalse = entry.Localized("if_false", required: true);
        var whether = entry.Localized("whether", required: true);
        var (falseZh, falseEn) = Words(entry, "words_false");
        return ifTrue is null || ifFalse is null || whether is null ? null
            : fact with { IfTrue = ifTrue, IfFalse = ifFalse, Whether = whether, FalseWordsZh = falseZh, FalseWordsEn = falseEn, Of = entry.String("of"), EndedBy = entry.String("ended_by"), Recent = entry.Bool("recent") ?? false, Event = entry.Bool("event") ?? false, Step = entry.Bool("step") ?? false };
    }

    private static (IReadOnlyList<string> Zh, IReadOnlyList<string> En) Words(YamlMap entry, string key = "words")
    {
        var words = entry.Map(key);
        if (words is null)
        {
            return ([], []);
        }

        words.RejectUnknown("zh", "en");
        return (Counted(words.StringList("zh").Select(w => w.Value), ChineseCounts), Counted(words.StringList("en").Select(w => w.Value), EnglishCounts));
    }

    /// <summary>
    /// A word with a capital N standing alone stands for the same word with any count of two or more in its place ("开了N年":
    /// 开了两年, 开了5年, 开了十几年 …; "for N years"), so staff write a duration once rather than each number.
    /// </summary>
    private static List<string> Counted(IEnumerable<string> words, string[] counts) =>
        [.. words.SelectMany(w => CountPlaceholder().IsMatch(w) ? counts.Select(n => CountPlaceholder().Replace(w, n)) : [w])];

    [GeneratedRegex("(?<![A-Za-z])N(?![A-Za-z])")]
    private static partial Regex CountPlaceholder();

    // In no particular order: the bot orders every fact's words by length.
    private static readonly string[] ChineseCounts =
        [.. new[] { "两", "二", "三", "四", "五", "六", "七", "八", "九", "十", "几", "好几", "十几", "二十几", "十多", "二十多", "好多", "很多" }
            .Concat(Enumerable.Range(11, 19).Select(n => ToChinese(n))).Concat(Enumerable.Range(2, 49).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    private static readonly string[] EnglishCounts =
        [.. new[] { "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a few", "several", "many" }
            .Concat(Enumerable.Range(2, 49).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    /// <summary>11 to 29 in Chinese numerals (十一, 二十九).</summary>
    private static string ToChinese(int n) => (n / 10 == 1 ? "十" : "二十") + (n % 10 == 0 ? "" : "一二三四五六七八九"[(n % 10) - 1].ToString());

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex FactIdPattern();
}
