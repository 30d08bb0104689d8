using Policy.Knowledge.Diagnostics;

namespace Policy.Knowledge.Content;

/// <summary>Checks that need more than one file: anchors across languages, units, links and translations.</summary>
internal static class ContentValidator
{
    /// <summary>
    /// The checks across policies, with each policy's own checks (<paramref name="own"/>, in the policies' order, from
    /// <see cref="ValidateAlone"/>) placed before its checks that read other policies.
    /// </summary>
    public static void Validate(ContentSet content, IReadOnlyList<IReadOnlyList<Diagnostic>> own, DiagnosticBag diagnostics)
    {
        // Policies are checked on all cores; their messages keep the policies' order. The lookups are built first, once.
        _ = content.FindPolicy("");
        var checkedPolicies = new DiagnosticBag[content.Policies.Count];
        Parallel.For(0, content.Policies.Count, i =>
        {
            checkedPolicies[i] = new DiagnosticBag();
            ValidateAcross(content.Policies[i], content, checkedPolicies[i]);
        });
        for (var i = 0; i < checkedPolicies.Length; i++)
        {
            diagnostics.AddRange(own[i]);
            diagnostics.AddRange(checkedPolicies[i].Items);
        }

        var ids = content.Policies.GroupBy(p => p.Id).Where(g => g.Count() > 1);
        foreach (var group in ids)
        {
            diagnostics.Error(group.Last().Chinese.DisplayPath, 2, $"文件编号 id“{group.Key}”已被另一份政策使用：每份政策的 id 必须不同", $"document id '{group.Key}' is used by more than one policy");
        }
    }

    /// <summary>The checks that read nothing but the policy's own files and the unit table (kept per policy by <see cref="PolicyChecks"/>).</summary>
    public static void ValidateAlone(BilingualPolicy policy, UnitDirectory units, DiagnosticBag diagnostics)
    {
        CheckDuplicateAnchors(policy.Chinese, diagnostics);
        CheckPlaceholders(policy.Chinese, diagnostics);
        CheckUnits(policy.Chinese, units, diagnostics);
        CheckSummaries(policy.Chinese, policy.Chinese, diagnostics);
        if (policy.English is { } english)
        {
            CheckDuplicateAnchors(english, diagnostics);
            CheckAnchorParity(policy.Chinese, english, diagnostics);
            CheckAnchorParity(english, policy.Chinese, diagnostics);
            CheckTranslation(policy.Chinese, english, diagnostics);
            CheckSummaries(english, policy.Chinese, diagnostics);
        }
    }

    /// <summary>The checks of one policy that read other policies: its links and its relations.</summary>
    private static void ValidateAcross(BilingualPolicy policy, ContentSet content, DiagnosticBag diagnostics)
    {
        CheckMarkdownLinks(policy.Chinese, content, diagnostics);
        CheckRelations(policy, content, diagnostics);
        if (policy.English is { } english)
        {
            CheckMarkdownLinks(english, content, diagnostics);
        }
    }

    /// <summary>
    /// A summary says what its clause says, more plainly: it may not bring a number, date or amount the Chinese clause
    /// does not have (the Chinese is authoritative for the English summary too).
    /// </summary>
    private static void CheckSummaries(PolicyDocument document, PolicyDocument chinese, DiagnosticBag diagnostics)
    {
        foreach (var section in document.Sections.Where(s => s.Summary is not null))
        {
            var clause = chinese.Find(section.Anchor) is { } zh ? zh.Title + "\n" + zh.Text : "";
            var added = Figures.Added(section.Summary!, clause);
            if (added.Count > 0)
            {
                diagnostics.Error(document.DisplayPath, section.SummaryLine,
                    $"“#{section.Anchor}”的要点写了条款里没有的数字、日期或金额：{string.Join("、", added)}。要点只能用条款原文里的数字，请改正或删掉",
                    $"the summary of '#{section.Anchor}' has figures its clause does not have: {string.Join(", ", added)}. A summary may only use the clause's own numbers, dates and amounts");
            }
        }
    }

    /// <summary>Fields an import could not fill are marked for staff; they must not reach the public unnoticed.</summary>
    private static void CheckPlaceholders(PolicyDocument document, DiagnosticBag diagnostics)
    {
        var meta = document.Meta;
        var fields = new (string Name, string? Value)[]
        {
            ("issuer", meta.Issuer), ("doc_number", meta.DocNumber), ("publication", meta.Publication),
            ("topic", meta.Topic), ("addressees", meta.Addressees), ("validity", meta.Validity),
        };
        foreach (var (name, _) in fields.Where(f => f.Value == DocumentMetadata.ToFill))
        {
            diagnostics.Warning(document.DisplayPath, 1, $"“{name}”还是“{DocumentMetadata.ToFill}”：发布前请填写", $"field '{name}' is still '{DocumentMetadata.ToFill}': fill it in before publishing");
        }
    }

    private static void CheckDuplicateAnchors(PolicyDocument document, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var section in document.Sections)
        {
            if (!seen.TryAdd(section.Anchor, section.Line))
            {
                diagnostics.Error(document.DisplayPath, section.Line, $"锚点“#{section.Anchor}”重复了（第{seen[section.Anchor]}行已用过）：每个标题的锚点必须不同，请换一个新的", $"duplicate anchor '#{section.Anchor}' (first used on line {seen[section.Anchor]})");
            }
        }
    }

    private static void CheckAnchorParity(PolicyDocument document, PolicyDocument counterpart, DiagnosticBag diagnostics)
    {
        if (document.Language == Languages.English)
        {
            foreach (var section in document.Sections.Where(s => counterpart.Find(s.Anchor) is { } zh && zh.Kind != s.Kind))
            {
                var zh = counterpart.Find(section.Anchor)!;
                diagnostics.Error(document.DisplayPath, section.Line,
                    $"“#{section.Anchor}”在这里是 .{section.Kind.Key()}，在 {counterpart.DisplayPath} 第{zh.Line}行是 .{zh.Kind.Key()}：中英文两个文件的类型必须相同",
                    $"'#{section.Anchor}' is declared .{section.Kind.Key()} here but .{zh.Kind.Key()} in {counterpart.DisplayPath}:{zh.Line}: both languages declare the same kind");
            }
        }

        foreach (var section in document.Sections.Where(s => counterpart.Find(s.Anchor) is null))
        {
            var (zh, en) = NearestMatch.Suggest(section.Anchor, counterpart.Sections.Select(s => s.Anchor).Where(a => document.Find(a) is null), "#");
            diagnostics.Error(document.DisplayPath, section.Line,
                $"锚点“#{section.Anchor}”在 {counterpart.DisplayPath} 里没有：中英文两个文件的标题锚点必须一一对应。{zh}",
                $"anchor '#{section.Anchor}' is missing from {counterpart.DisplayPath}: both languages must have the same sections.{en}".TrimEnd('.'));
        }
    }

    private static void CheckUnits(PolicyDocument document, UnitDirectory units, DiagnosticBag diagnostics)
    {
        // Some policies name no responsible units at all; in one that does, a measure without them is a slip.
        var namesUnits = document.Sections.Any(s => s.UnitNames.Count > 0);
        if (!namesUnits && document.Sections.Any(s => s.Kind == SectionKind.Measure))
        {
            diagnostics.Warning(document.DisplayPath, 1, "没有一条措施写明责任单位（（责任单位：…））：网站无法告诉读者该找谁", "no measure names a responsible unit (（责任单位：…）): the site cannot say whom to contact");
        }

        foreach (var section in document.Sections)
        {
            // Measure counts, the checker's "other support" list and the unit check all read the kind, not the anchor.
            if (section.UnitNames.Count > 0 && section.Kind != SectionKind.Measure)
            {
                diagnostics.Warning(document.DisplayPath, section.Line,
                    $"“#{section.Anchor}”写了责任单位，但它的类型是 .{section.Kind.Key()}，不是措施 .measure：如果它是一项措施，请在标题里写明，例如“{{#{section.Anchor} .measure}}”",
                    $"'#{section.Anchor}' names responsible units but is declared .{section.Kind.Key()}, not .measure: if it is a measure, declare it in its heading, e.g. '{{#{section.Anchor} .measure}}'");
            }

            if (namesUnits && section.Kind == SectionKind.Measure && section.UnitNames.Count == 0)
            {
                diagnostics.Error(document.DisplayPath, section.Line, $"措施“#{section.Anchor}”没有写责任单位：请在这一条末尾加上（责任单位：…）", $"measure '#{section.Anchor}' names no responsible unit: end its text with （责任单位：…）");
            }

            foreach (var name in section.UnitNames.Where(n => units.Resolve(n) is null))
            {
                var (zh, en) = NearestMatch.Suggest(name, units.Units.SelectMany(u => u.Aliases));
                diagnostics.Add(new Diagnostic(document.DisplayPath, section.UnitsLine, Severity.Error, new(
                    $"责任单位“{name}”不在 content/units.yml 里。{zh}如果是新单位，运行 generator units add {name} --id 英文编号 --en \"English name\" 登记它（或在已有单位的 aliases 里加上这个写法）",
                    $"unknown responsible unit '{name}': add it, or an alias for it, to content/units.yml (generator units add {name} --id ID --en \"English name\").{en}".TrimEnd('.')))
                {
                    FollowsFrom = ContentPaths.UnitsFile,
                    PublishOnly = true,
                });
            }
        }
    }

    private static void CheckRelations(BilingualPolicy policy, ContentSet content, DiagnosticBag diagnostics)
    {
        var meta = policy.Meta;
        var path = policy.Chinese.DisplayPath;
        foreach (var (kind, ids) in PolicyRelation.Recorded(meta))
        {
            var field = kind switch { RelationKind.Supersedes => "supersedes", RelationKind.Repeals => "repeals", _ => "amended_by" };
            foreach (var id in ids)
            {
                if (id == policy.Id)
                {
                    diagnostics.Error(path, meta.LineOf(field), $"{field}：不能写本文件自己的 id", $"{field}: a policy cannot name itself");
                }
                else if (content.FindPolicy(id) is null)
                {
                    diagnostics.Warning(path, meta.LineOf(field), $"{field}：content/policies 里没有政策“{id}”，这一关系不会显示；请核对 id，或先导入那份政策", $"{field}: no policy '{id}' in content/policies, so the relation is not shown; check the id or import that policy");
                }
            }
        }

        // A replaced policy that still says it is in force would keep its rules in the checker and the bot.
        if (policy.Status == PolicyStatus.InForce && content.ReplacementOf(policy.Id) is { } replacement)
        {
            diagnostics.Warning(path, meta.LineOf("status"),
                $"政策“{policy.Id}”已被“{replacement.Id}”（{replacement.Chinese.DisplayPath}）替代或废止，但状态还是{PolicyStatus.InForce.Name().Zh}：请写“status: {PolicyStatus.Repealed.Name().Zh}”",
                $"policy '{policy.Id}' is replaced or repealed by '{replacement.Id}' ({replacement.Chinese.DisplayPath}), but its status is {PolicyStatus.InForce.Name().Zh}: set 'status: {PolicyStatus.Repealed.Name().Zh}'");
        }
    }

    private static void CheckMarkdownLinks(PolicyDocument document, ContentSet content, DiagnosticBag diagnostics)
    {
        foreach (var link in document.Links)
        {
            if (SiteLinks.ExplainBrokenContentLink(link.Url, document, content) is { } problem)
            {
                diagnostics.Error(document.DisplayPath, link.Line, problem.Zh, problem.En);
            }
        }
    }

    private static void CheckTranslation(PolicyDocument chinese, PolicyDocument english, DiagnosticBag diagnostics)
    {
        foreach (var section in chinese.Sections)
        {
            var target = english.Find(section.Anchor);
            if (target is null)
            {
                continue;
            }

            if (english.Meta.Untranslated.Contains(section.Anchor))
            {
                diagnostics.Warning(english.DisplayPath, target.Line, $"“#{section.Anchor}”一节还没有英文翻译（可运行 generator translate {chinese.Id} --sections {section.Anchor} 起草）", $"section '#{section.Anchor}' is not translated yet");
                continue;
            }

            var current = SectionHash.Of(section);
            if (english.Meta.MachineTranslated.Contains(section.Anchor))
            {
                diagnostics.Warning(english.DisplayPath, target.Line,
                    $"“#{section.Anchor}”一节的英文是机器翻译草稿，网页上会注明：请对照中文核对修改，然后运行 generator translation --stamp --doc {chinese.Id}",
                    $"section '#{section.Anchor}' is a machine-translated draft, and the page says so: review it against the Chinese, then run 'generator translation --stamp --doc {chinese.Id}'");
                continue;
            }

            if (!english.Meta.Translates.TryGetValue(section.Anchor, out var recorded))
            {
                diagnostics.Warning(english.DisplayPath, target.Line, $"“#{section.Anchor}”一节没有记录它翻译的是哪一版中文：核对译文后运行 generator translation --stamp", $"section '#{section.Anchor}' does not record which Chinese text it translates (translates: {section.Anchor}: {current})");
            }
            else if (recorded != current)
            {
                diagnostics.Warning(english.DisplayPath, target.Line,
                    $"中文“#{section.Anchor}”一节（{chinese.DisplayPath} 第{section.Line}行）翻译后改过了，英文已过时：请按新中文改好英文，再运行 generator translation --stamp",
                    $"stale translation: the Chinese section '#{section.Anchor}' ({chinese.DisplayPath}:{section.Line}) changed since it was translated (recorded {recorded}, now {current}); update the English text, then run 'generator translation --stamp'");
            }
        }
    }
}
