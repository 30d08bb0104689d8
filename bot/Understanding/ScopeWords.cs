using Policy.Knowledge.Content;

namespace Policy.Bot.Understanding;

/// <summary>
/// The scope words that come from content rather than code: every staff synonym (content/synonyms.yml, so a word staff
/// add for search also puts a question in scope), the policies' numbers as people say them ("67号") and short titles,
/// the responsible units' names, and the places of content/regions.yml, which keep a question about one of the city's
/// own divisions in scope.
/// </summary>
public sealed class ScopeWords
{
    public static ScopeWords None { get; } = new([], []);

    public ScopeWords(IReadOnlyList<string> domain, IReadOnlyList<string> ownPlaces)
    {
        Domain = domain;
        OwnPlaces = ownPlaces;
    }

    public IReadOnlyList<string> Domain { get; }

    public IReadOnlyList<string> OwnPlaces { get; }

    public static ScopeWords From(ContentSet content, IEnumerable<string> policyNames)
    {
        var domain = content.Synonyms.In(Languages.Chinese).Concat(content.Synonyms.In(Languages.English)).SelectMany(g => g.Words)
            .Concat(policyNames)
            // The names of the policies' parts: "组织领导讲了啥" (第二部分讲了啥), "组织保障".
            .Concat(content.Policies.SelectMany(p => p.Chinese.Sections).Where(s => s.Kind == SectionKind.Part).Select(s => s.NameOrTitle))
            // The units the policies name: "各县区要做什么", "市税务局负责哪些".
            // A city unit is also said without the city's 市: "司法局管什么", "人社局管哪些".
            .Concat(content.Units.Units.SelectMany(u => u.SpokenNames()))
            // A benefit's own amount, as people write it: "how to get 3000 yuan", "1200块怎么领", "那个3000的俺能拿不", "1200那个是补啥的",
            // "1200跟3000能一块拿不", "能领3000不".
            .Concat(content.Rules.Where(r => r.AmountYuan >= 10).Select(r => r.AmountYuan!.Value.ToString("0", System.Globalization.CultureInfo.InvariantCulture))
                .Distinct().SelectMany(a => new[] { a + "元", a + "块", a + "的", a + "那", "那个" + a, a + "跟", a + "和", "跟" + a, "和" + a, a + "能", a + "给", a + "是", "领" + a, "拿" + a, "补" + a, "领到" + a, "拿到" + a, a + " yuan", a + " rmb", a + " kuai" }))
            .Select(TextNormalizer.Normalize).Where(w => w.Length >= 2).Distinct(StringComparer.Ordinal).ToList();
        // "Zezhou County" is also said "Zezhou".
        var places = content.Regions.Regions.SelectMany(r => r.Names.Append(r.Name.En.Split(' ')[0]))
            .Select(TextNormalizer.Normalize).Where(w => w.Length >= 2).Distinct(StringComparer.Ordinal).ToList();
        return new ScopeWords(domain, places);
    }
}
