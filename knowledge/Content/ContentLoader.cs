using Policy.Knowledge.Diagnostics;
using Policy.Knowledge.Rules;
using Policy.Knowledge.Search;

namespace Policy.Knowledge.Content;

/// <summary>Reads <c>content/</c> and validates it; one place for every content check shared by build and check.</summary>
public static class ContentLoader
{
    /// <param name="cache">Parsed files and per-policy checks to reuse; the process's shared cache by default.</param>
    public static (ContentSet? Content, DiagnosticBag Diagnostics) Load(string root, DocumentCache? cache = null)
    {
        cache ??= DocumentCache.Shared;
        var diagnostics = new DiagnosticBag();
        root = Path.GetFullPath(root);
        string Display(string path) => ContentPaths.Display(root, path);

        var sitePath = Path.Combine(root, ContentPaths.SiteFile);
        if (!File.Exists(sitePath))
        {
            diagnostics.Error(Display(sitePath), 1, "找不到网站设置文件 site.yml：请确认 content 文件夹完整", "site settings file is missing");
            return (null, diagnostics);
        }

        // The shared files, hashed before and after they are read: the per-policy checks are kept under that hash, so
        // files that changed while being read get a key no later load can match (their results are never reused).
        var sharedKey = PolicyChecks.SharedInputs(root);
        var sharedFiles = cache.SharedFilesOf(root, sharedKey, () =>
        {
            var own = new DiagnosticBag();
            var site = SiteSettings.Load(sitePath, Display(sitePath), own);
            var unitsPath = Path.Combine(root, ContentPaths.UnitsFile);
            var units = File.Exists(unitsPath) ? UnitDirectory.Load(unitsPath, Display(unitsPath), own) : UnitDirectory.Empty;
            var synonymsPath = Path.Combine(root, SynonymSet.FileName);
            var synonyms = File.Exists(synonymsPath) ? SynonymSet.Load(synonymsPath, Display(synonymsPath), own) : SynonymSet.Empty;
            var regionsPath = Path.Combine(root, RegionDirectory.FileName);
            var regions = File.Exists(regionsPath) ? RegionDirectory.Load(regionsPath, Display(regionsPath), own) : RegionDirectory.Empty;
            var factsPath = Path.Combine(root, FactSchema.FileName);
            var facts = File.Exists(factsPath) ? FactSchema.Load(factsPath, Display(factsPath), own, regions) : FactSchema.Empty;
            var stable = PolicyChecks.SharedInputs(root) == sharedKey;
            return new SharedFiles(stable ? sharedKey : "changed while read " + Guid.NewGuid(), site, units, synonyms, regions, facts, [.. own.Items]);
        });
        var (shared, site, units, synonyms, regions, facts, sharedMessages) = sharedFiles;
        diagnostics.AddRange(sharedMessages);

        var policies = new List<BilingualPolicy>();
        var policiesRoot = Path.Combine(root, ContentPaths.PoliciesFolder);
        var folders = Directory.Exists(policiesRoot) ? Directory.GetDirectories(policiesRoot).Order(StringComparer.Ordinal).ToArray() : [];
        // Policies are read on all cores (parsing is most of loading a large library); their messages keep folder order.
        var loaded = new (BilingualPolicy? Policy, DiagnosticBag Diagnostics)[folders.Length];
        Parallel.For(0, folders.Length, i =>
        {
            var own = new DiagnosticBag();
            loaded[i] = (LoadPolicy(folders[i], Display, regions, cache, own), own);
        });
        foreach (var (policy, own) in loaded)
        {
            diagnostics.AddRange(own.Items);
            if (policy is not null)
            {
                policies.Add(policy);
            }
        }

        if (site is null)
        {
            return (null, diagnostics);
        }

        // Newest first, as a policy library lists them; the id breaks ties so the order never depends on the file system.
        var ordered = policies.OrderByDescending(p => p.Meta.DateWritten ?? DateOnly.MinValue).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        // Each policy's rules and own checks, on all cores, reused from the last load (or the last good build) when
        // neither its files nor the shared files changed; rules and messages keep the policies' order.
        var checks = new PolicyChecks[ordered.Count];
        Parallel.For(0, ordered.Count, i => checks[i] = cache.Check(ordered[i], shared, facts, units));
        var rules = new List<Rule>();
        foreach (var own in checks)
        {
            rules.AddRange(own.Rules);
            diagnostics.AddRange(own.Reading);
        }

        RuleReader.CheckDuplicateIds(rules, diagnostics);
        foreach (var own in checks)
        {
            diagnostics.AddRange(own.Cases);
        }

        var content = new ContentSet { Root = root, Site = site, Units = units, Policies = ordered, Synonyms = synonyms, Facts = facts, Rules = rules, Regions = regions };
        ContentValidator.Validate(content, checks.Select(c => c.Checks).ToList(), diagnostics);
        return (content, diagnostics);
    }

    private static BilingualPolicy? LoadPolicy(string folder, Func<string, string> display, RegionDirectory regions, DocumentCache cache, DiagnosticBag diagnostics)
    {
        var zhPath = Path.Combine(folder, "zh.md");
        if (!File.Exists(zhPath))
        {
            diagnostics.Error(display(folder), 1, "这个政策文件夹里没有 zh.md：中文正文是必须的（可用 generator import 从原文生成）", "policy folder has no zh.md: the Chinese text is required");
            return null;
        }

        var zh = cache.ParseFile(zhPath, Languages.Chinese, display(zhPath), diagnostics);
        if (zh is null)
        {
            return null;
        }

        var folderName = Path.GetFileName(folder);
        if (zh.Id != folderName)
        {
            diagnostics.Error(zh.DisplayPath, 2, $"id“{zh.Id}”必须与文件夹名“{folderName}”相同：请改其中一个", $"document id '{zh.Id}' must match its folder name '{folderName}'");
        }

        var enPath = Path.Combine(folder, "en.md");
        PolicyDocument? en = null;
        if (!File.Exists(enPath))
        {
            diagnostics.Warning(display(enPath), 1, $"“{zh.Id}”还没有英文版：英文网站会把它列为“仅有中文”并链接到中文页面（可运行 generator translate {zh.Id} 起草英文）", $"no English translation of '{zh.Id}': the English site shows the Chinese text with a notice");
        }
        else
        {
            en = cache.ParseFile(enPath, Languages.English, display(enPath), diagnostics);
            if (en is not null && en.Id != zh.Id)
            {
                diagnostics.Error(en.DisplayPath, 2, $"id“{en.Id}”必须与 zh.md 里的相同（“{zh.Id}”）", $"document id '{en.Id}' must be the same as in zh.md ('{zh.Id}')");
            }
        }

        return new BilingualPolicy { Chinese = zh, English = en, Region = ResolveRegion(zh, regions, diagnostics) };
    }

    private static Region ResolveRegion(PolicyDocument zh, RegionDirectory regions, DiagnosticBag diagnostics)
    {
        if (zh.Meta.Region is not { } name)
        {
            return regions.CityWide;
        }

        if (regions.Resolve(name) is { } region)
        {
            return region;
        }

        var known = regions.Regions.Count == 0 ? "" : string.Join("、", regions.Regions.Select(r => r.Name.Zh));
        diagnostics.Error(zh.DisplayPath, zh.Meta.LineOf("region"),
            $"地区“{name}”不在 content/regions.yml 里（{(known.Length == 0 ? "该文件不存在" : "可用：" + known)}）",
            $"region '{name}' is not in content/regions.yml (regions: {(known.Length == 0 ? "none: content/regions.yml is missing" : known)})",
            followsFrom: RegionDirectory.FileName);
        return regions.CityWide;
    }
}
