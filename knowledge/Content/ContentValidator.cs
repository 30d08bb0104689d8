using Policy.Knowledge.Diagnostics;

namespace Policy.Knowledge.Content;

/// <summary>Checks that need more than one file: anchors across languages, units, links and translations.</summary>
internal static class ContentValidator
{
    public static void Validate(ContentSet content, DiagnosticBag diagnostics)
    {
        foreach (var policy in content.Policies)
        {
            CheckDuplicateAnchors(policy.Chinese, diagnostics);
            CheckPlaceholders(policy.Chinese, diagnostics);
            CheckUnits(policy.Chinese, content.Units, diagnostics);
            CheckMarkdownLinks(policy.Chinese, content, diagnostics);
            if (policy.English is { } english)
            {
                CheckDuplicateAnchors(english, diagnostics);
                CheckAnchorParity(policy.Chinese, english, diagnostics);
                CheckAnchorParity(english, policy.Chinese, diagnostics);
                CheckTranslation(policy.Chinese, english, diagnostics);
                CheckMarkdownLinks(english, content, diagnostics);
            }
        }

        var ids = content.Policies.GroupBy(p => p.Id).Where(g => g.Count() > 1);
        foreach (var group in ids)
        {
            diagnostics.Error(group.Last().Chinese.DisplayPath, 2, $"document id '{group.Key}' is used by more than one policy");
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
            diagnostics.Warning(document.DisplayPath, 1, $"field '{name}' is still '{DocumentMetadata.ToFill}': fill it in before publishing");
        }
    }

    private static void CheckDuplicateAnchors(PolicyDocument document, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var section in document.Sections)
        {
            if (!seen.TryAdd(section.Anchor, section.Line))
            {
                diagnostics.Error(document.DisplayPath, section.Line, $"duplicate anchor '#{section.Anchor}' (first used on line {seen[section.Anchor]})");
            }
        }
    }

    private static void CheckAnchorParity(PolicyDocument document, PolicyDocument counterpart, DiagnosticBag diagnostics)
    {
        foreach (var section in document.Sections.Where(s => counterpart.Find(s.Anchor) is null))
        {
            diagnostics.Error(document.DisplayPath, section.Line, $"anchor '#{section.Anchor}' is missing from {counterpart.DisplayPath}: both languages must have the same sections");
        }
    }

    private static void CheckUnits(PolicyDocument document, UnitDirectory units, DiagnosticBag diagnostics)
    {
        // Some policies name no responsible units at all; in one that does, a measure without them is a slip.
        var namesUnits = document.Sections.Any(s => s.UnitNames.Count > 0);
        if (!namesUnits && document.Sections.Any(s => s.Kind == SectionKind.Measure))
        {
            diagnostics.Warning(document.DisplayPath, 1, "no measure names a responsible unit (（责任单位：…）): the site cannot say whom to contact");
        }

        foreach (var section in document.Sections)
        {
            if (namesUnits && section.Kind == SectionKind.Measure && section.UnitNames.Count == 0)
            {
                diagnostics.Error(document.DisplayPath, section.Line, $"measure '#{section.Anchor}' names no responsible unit: end its text with （责任单位：…）");
            }

            foreach (var name in section.UnitNames.Where(n => units.Resolve(n) is null))
            {
                diagnostics.Error(document.DisplayPath, section.UnitsLine, $"unknown responsible unit '{name}': add it, or an alias for it, to content/units.yml");
            }
        }
    }

    private static void CheckMarkdownLinks(PolicyDocument document, ContentSet content, DiagnosticBag diagnostics)
    {
        foreach (var section in document.Sections)
        {
            foreach (var link in section.Links)
            {
                var problem = SiteLinks.ExplainBrokenContentLink(link.Url, document, content);
                if (problem is not null)
                {
                    diagnostics.Error(document.DisplayPath, link.Line, problem);
                }
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
                diagnostics.Warning(english.DisplayPath, target.Line, $"section '#{section.Anchor}' is not translated yet");
                continue;
            }

            var current = SectionHash.Of(section);
            if (!english.Meta.Translates.TryGetValue(section.Anchor, out var recorded))
            {
                diagnostics.Warning(english.DisplayPath, target.Line, $"section '#{section.Anchor}' does not record which Chinese text it translates (translates: {section.Anchor}: {current})");
            }
            else if (recorded != current)
            {
                diagnostics.Warning(english.DisplayPath, target.Line,
                    $"stale translation: the Chinese section '#{section.Anchor}' ({chinese.DisplayPath}:{section.Line}) changed since it was translated (recorded {recorded}, now {current}); update the English text, then run 'generator translation --stamp'");
            }
        }
    }
}
