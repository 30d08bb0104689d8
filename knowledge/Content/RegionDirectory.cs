using Policy.Knowledge.Diagnostics;
using Policy.Knowledge.Yaml;

namespace Policy.Knowledge.Content;

/// <summary>
/// A place a policy applies to: one of the city's counties, districts and county-level cities, or the city as a whole.
/// </summary>
public sealed record Region(string Id, LocalizedText Name, IReadOnlyList<string> Aliases, bool CityWide)
{
    /// <summary>Every way the place is written: its aliases, then its Chinese and English names.</summary>
    public IEnumerable<string> Names => Aliases.Append(Name.Zh).Append(Name.En);
}

/// <summary>The staff-editable list <c>content/regions.yml</c>: the divisions a policy can be limited to, with the words people use for them.</summary>
public sealed class RegionDirectory
{
    public const string FileName = "regions.yml";

    /// <summary>The region of a content set without <c>regions.yml</c>: every policy applies everywhere.</summary>
    private static readonly Region Everywhere = new("city-wide", new LocalizedText("全市", "city-wide"), [], CityWide: true);

    private readonly Dictionary<string, Region> byName = new(StringComparer.Ordinal);

    private RegionDirectory(IReadOnlyList<Region> regions)
    {
        Regions = regions;
        foreach (var region in regions)
        {
            byName.TryAdd(region.Id, region);
            foreach (var alias in region.Aliases)
            {
                byName.TryAdd(alias, region);
            }
        }
    }

    public static RegionDirectory Empty { get; } = new([]);

    /// <summary>All regions in file order, the city as a whole included.</summary>
    public IReadOnlyList<Region> Regions { get; }

    /// <summary>The divisions a business can be registered in (every region but the city as a whole).</summary>
    public IEnumerable<Region> Divisions => Regions.Where(r => !r.CityWide);

    /// <summary>The region a policy has when it names none.</summary>
    public Region CityWide => Regions.FirstOrDefault(r => r.CityWide) ?? Everywhere;

    public Region? Find(string id) => Regions.FirstOrDefault(r => r.Id == id) ?? (id == CityWide.Id ? CityWide : null);

    /// <summary>A region by its id, its Chinese or English name, or an alias.</summary>
    public Region? Resolve(string name)
    {
        var trimmed = name.Trim();
        return byName.GetValueOrDefault(trimmed)
            ?? Regions.FirstOrDefault(r => string.Equals(r.Name.En, trimmed, StringComparison.OrdinalIgnoreCase))
            ?? (trimmed == CityWide.Id ? CityWide : null);
    }

    public static RegionDirectory Load(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var regions = new List<Region>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in YamlMap.ParseMapList(File.ReadAllText(path), displayPath, diagnostics, "regions"))
        {
            entry.RejectUnknown("id", "zh", "en", "aliases", "city_wide");
            var id = entry.String("id", required: true);
            var zh = entry.String("zh", required: true);
            var en = entry.String("en", required: true);
            var cityWide = entry.Bool("city_wide") ?? false;
            if (id is null || zh is null || en is null)
            {
                continue;
            }

            if (!Slug.IsValid(id) || regions.Any(r => r.Id == id))
            {
                diagnostics.Error(displayPath, entry.LineOf("id"), $"地区编号 id“{id}”必须唯一，并且只用小写字母、数字和连字符，例如 zezhou", $"region id '{id}' must be unique and written in lowercase letters, digits and hyphens, e.g. zezhou");
                continue;
            }

            if (cityWide && regions.Any(r => r.CityWide))
            {
                diagnostics.Error(displayPath, entry.LineOf("city_wide"), $"地区“{id}”：只能有一个地区代表全市（city_wide: true）", $"region '{id}': only one region can be the city as a whole (city_wide: true)");
                continue;
            }

            var aliases = new List<string> { zh };
            foreach (var (alias, line) in entry.StringList("aliases").Prepend((zh, entry.LineOf("zh"))))
            {
                if (seen.TryGetValue(alias, out var owner) && owner != id)
                {
                    diagnostics.Error(displayPath, line, $"“{alias}”已经是地区“{owner}”的名称：一个词只能指一个地区", $"'{alias}' already names region '{owner}': a word can name one region only");
                    continue;
                }

                seen[alias] = id;
                if (!aliases.Contains(alias))
                {
                    aliases.Add(alias);
                }
            }

            regions.Add(new Region(id, new LocalizedText(zh, en), aliases, cityWide));
        }

        if (regions.Count > 0 && !regions.Any(r => r.CityWide))
        {
            diagnostics.Error(displayPath, 1, "必须有一个地区代表全市（city_wide: true）：没有写 region 的政策都适用于全市", "one region must be the city as a whole (city_wide: true): it is the region of every policy that names none");
        }

        return new RegionDirectory(regions);
    }
}
