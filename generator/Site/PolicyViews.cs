using Policy.Knowledge.Content;

namespace Policy.Generator.Site;

/// <summary>Shapes a policy for the templates: metadata rows, table of contents, and sections with their units.</summary>
internal sealed class PolicyViews(ContentSet content, IReadOnlyDictionary<string, LocalizedText> strings)
{
    private readonly string basePath = content.Site.BasePath;
    private readonly RuleViews ruleViews = new(content, strings);

    public PolicyView Summary(BilingualPolicy policy, string lang) => Build(policy, lang, full: false);

    public PolicyView Full(BilingualPolicy policy, string lang) => Build(policy, lang, full: true);

    private PolicyView Build(BilingualPolicy policy, string lang, bool full)
    {
        var translated = policy.In(lang);
        var document = translated ?? policy.Chinese;
        var zhLang = Languages.HtmlLang(Languages.Chinese);
        var contentLang = document.Language != lang ? zhLang : null;
        var meta = policy.Meta;
        var localMeta = document.Meta;
        var rows = new List<MetaRow>
        {
            new(T("meta_issuer", lang), localMeta.Issuer ?? meta.Issuer ?? "", localMeta.Issuer is null ? zhLang : null),
            new(T("meta_doc_number", lang), meta.DocNumber ?? "", lang == Languages.Chinese ? null : zhLang),
            new(T("meta_date_written", lang), PageRenderer.FormatDate(meta.DateWritten, lang)),
            new(T("meta_date_issued", lang), PageRenderer.FormatDate(meta.DateIssued, lang)),
            new(T("meta_publication", lang), localMeta.Publication ?? meta.Publication ?? "", localMeta.Publication is null ? zhLang : null),
            new(T("meta_topic", lang), localMeta.Topic ?? meta.Topic ?? "", localMeta.Topic is null ? zhLang : null),
            new(T("meta_addressees", lang), localMeta.Addressees ?? meta.Addressees ?? "", localMeta.Addressees is null ? zhLang : null),
            new(T("meta_validity", lang), localMeta.Validity ?? meta.Validity ?? "", localMeta.Validity is null ? zhLang : null),
        };
        rows.RemoveAll(r => r.Value.Length == 0);

        var notice = lang == Languages.Chinese ? null : translated is null ? T("untranslated_document", lang) : localMeta.TranslationNote ?? T("translation_note", lang);
        return new PolicyView(
            policy.Id,
            localMeta.Title,
            localMeta.ShortTitle ?? meta.ShortTitle ?? localMeta.Title,
            basePath + SiteLinks.Policy(lang, policy.Id),
            meta.DocNumber,
            PageRenderer.FormatDate(meta.DateIssued ?? meta.DateWritten, lang),
            localMeta.Issuer ?? meta.Issuer,
            localMeta.Topic ?? meta.Topic,
            (meta.DateWritten ?? meta.DateIssued)?.Year,
            rows,
            full ? Toc(document.TopLevel) : [],
            full ? document.Sections.Select(s => Section(policy, s, lang, contentLang)).ToList() : [],
            localMeta.Imprint ?? meta.Imprint,
            notice,
            contentLang,
            policy.Chinese.Sections.Count(s => s.Kind == SectionKind.Measure));
    }

    private static List<TocItem> Toc(IEnumerable<Section> sections) =>
        sections.Select(s => new TocItem(s.Anchor, s.Title, Toc(s.Children))).ToList();

    private SectionView Section(BilingualPolicy policy, Section section, string lang, string? contentLang)
    {
        var chinese = policy.Chinese.Find(section.Anchor) ?? section;
        var untranslated = lang == Languages.English && policy.English is { } en && en.Meta.Untranslated.Contains(section.Anchor);
        var shown = untranslated ? chinese : section;
        var units = content.UnitsOf(chinese)
            .Select(u => new LinkView(basePath + SiteLinks.Unit(lang, u.Id), u.Name.In(lang)))
            .ToList();
        return new SectionView(
            section.Anchor,
            section.Kind.ToString().ToLowerInvariant(),
            Math.Min(6, section.Level),
            shown.Title,
            shown.BodyHtml,
            units,
            section.ClauseId,
            string.Format(T("permalink_label", lang), shown.Title),
            untranslated ? Languages.HtmlLang(Languages.Chinese) : contentLang,
            untranslated,
            ruleViews.Boxes(chinese.ClauseId, lang, Math.Min(6, section.Level)),
            !untranslated && lang == Languages.English && policy.English is { } english && english.Meta.MachineTranslated.Contains(section.Anchor));
    }

    private string T(string key, string lang) => strings.TryGetValue(key, out var text) ? text.In(lang) : key;
}
