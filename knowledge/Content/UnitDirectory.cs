using Policy.Knowledge.Diagnostics;
using Policy.Knowledge.Yaml;

namespace Policy.Knowledge.Content;

/// <summary>A responsible unit (责任单位) with one id, whatever name the text uses for it.</summary>
public sealed record Unit(string Id, LocalizedText Name, IReadOnlyList<string> Aliases)
{
    private const string Municipal = "Municipal ";

    /// <summary>
    /// Every name the unit goes by: its Chinese and English names and aliases, and each of them without the city's 市
    /// ("市场监管局" for 市市场监管局, "司法局") or "… Municipal" ("Tax Bureau" for Jincheng Municipal Tax Bureau), as people say them.
    /// </summary>
    public IEnumerable<string> SpokenNames() =>
        Aliases.Append(Name.Zh).Append(Name.En).SelectMany(n =>
            n.StartsWith('市') && n.Length > 3 ? [n, n[1..]]
            : n.IndexOf(Municipal, StringComparison.Ordinal) is var at and > 0 ? [n, n[(at + Municipal.Length)..]]
            : new[] { n });

    /// <summary>Contact details staff fill in from the unit's own published ones; empty until then, never guessed.</summary>
    public UnitContact Contact { get; init; } = UnitContact.Empty;
}

/// <summary>A unit's phone, address, office hours and website, each optional.</summary>
public sealed record UnitContact(string? Phone, LocalizedText? Address, LocalizedText? Hours, string? Website)
{
    public static UnitContact Empty { get; } = new(null, null, null, null);
}

/// <summary>The field that marks a unit's English name as a draft (written by <c>generator units add</c>) until staff review it.</summary>
public static class UnitFields
{
    public const string EnglishDraft = "en_draft";
}

/// <summary>The staff-editable alias table <c>content/units.yml</c>: every way the texts name a unit, mapped to one id.</summary>
public sealed class UnitDirectory
{
    private readonly Dictionary<string, Unit> byAlias = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Unit> byId = new(StringComparer.Ordinal);

    public IReadOnlyList<Unit> Units { get; }

    private UnitDirectory(IReadOnlyList<Unit> units)
    {
        Units = units;
        foreach (var unit in units)
        {
            byId[unit.Id] = unit;
            foreach (var alias in unit.Aliases)
            {
                byAlias[Normalize(alias)] = unit;
            }
        }
    }

    public static UnitDirectory Empty { get; } = new([]);

    public Unit? Resolve(string name) => byAlias.GetValueOrDefault(Normalize(name));

    public Unit? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>Brackets and spaces vary between PDFs; they do not make a different unit.</summary>
    private static string Normalize(string name) =>
        name.Any(c => char.IsWhiteSpace(c) || c is '(' or ')')
            ? string.Concat(name.Where(c => !char.IsWhiteSpace(c))).Replace('(', '（').Replace(')', '）')
            : name; // as almost every name is: no copy (each build resolves every clause's units)

    public static UnitDirectory Load(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var units = new List<Unit>();
        var seenAliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in YamlMap.ParseMapList(File.ReadAllText(path), displayPath, diagnostics, "units"))
        {
            entry.RejectUnknown("id", "zh", "en", "aliases", UnitFields.EnglishDraft, "phone", "address", "hours", "website");
            var id = entry.String("id", required: true);
            var zh = entry.String("zh", required: true);
            var en = entry.String("en", required: true);
            if (id is null || zh is null || en is null)
            {
                continue;
            }

            if (!Slug.IsValid(id))
            {
                diagnostics.Error(displayPath, entry.LineOf("id"), $"单位编号“{id}”只能用小写英文字母、数字和连字符“-”，例如 zezhou-market-regulation", $"unit id '{id}' must be lowercase letters, digits and hyphens");
                continue;
            }

            if (units.Any(u => u.Id == id))
            {
                diagnostics.Error(displayPath, entry.LineOf("id"), $"单位编号“{id}”重复了：每个单位的 id 必须不同", $"duplicate unit id '{id}'");
                continue;
            }

            var aliases = new List<string> { zh };
            foreach (var (alias, line) in entry.StringList("aliases"))
            {
                if (seenAliases.TryGetValue(Normalize(alias), out var owner) && owner != id)
                {
                    diagnostics.Error(displayPath, line, $"别名“{alias}”已经属于单位“{owner}”：一个写法只能对应一个单位，请删掉其中一处", $"alias '{alias}' already belongs to unit '{owner}'");
                    continue;
                }

                if (!aliases.Contains(alias))
                {
                    aliases.Add(alias);
                }
            }

            foreach (var alias in aliases)
            {
                seenAliases.TryAdd(Normalize(alias), id);
            }

            if (entry.Bool(UnitFields.EnglishDraft) == true)
            {
                diagnostics.Warning(displayPath, entry.LineOf(UnitFields.EnglishDraft),
                    $"单位“{zh}”的英文名“{en}”是草稿：请核对（必要时修改）后删除“{UnitFields.EnglishDraft}: true”这一行",
                    $"the English name of '{zh}' ('{en}') is a draft: check it, correct it if needed, then delete the line '{UnitFields.EnglishDraft}: true'");
            }

            var website = entry.String("website");
            if (website is not null && !(Uri.TryCreate(website, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                diagnostics.Error(displayPath, entry.LineOf("website"), $"单位“{id}”的网站“{website}”不是 http(s) 网址", $"unit '{id}': website '{website}' is not an http(s) address");
                website = null;
            }

            var contact = new UnitContact(entry.String("phone"), entry.Localized("address"), entry.Localized("hours"), website);
            units.Add(new Unit(id, new LocalizedText(zh, en), aliases) { Contact = contact });
        }

        return new UnitDirectory(units);
    }
}
