using Policy.Knowledge.Content;

namespace Policy.Generator.Site;

/// <summary>Shapes a policy for the templates: metadata rows, table of contents, and sections with their units.</summary>
internal sealed class PolicyViews(ContentSet content, IReadOnlyDictionary<string, LocalizedText> strings, StatusViews statuses)
{
    private readonly string basePath = content.Site.BasePath;
    private readonly RuleViews ruleViews = new(content, strings, statuses);

    public PolicyView Summary(BilingualPolicy policy, string lang) => Build(policy, lang, full: false);

    public PolicyView Full(BilingualPolicy policy, string lang) => Build(policy, lang, full: true);

    /// <summary>
    /// No section has English yet (no en.md, or only the skeleton an import writes): the English site lists the policy as
    /// Chinese only, linking to the Chinese page, and never presents the Chinese text under the translation banner.
    /// </summary>
    public static bool IsChineseOnly(BilingualPolicy policy) =>
        policy.English is not { } english
        // Counted first: fewer untranslated anchors than clauses (nearly always) answers without reading the clauses.
        || (english.Meta.Untranslated.Count >= policy.Chinese.Sections.Count && policy.Chinese.Sections.All(s => english.Meta.Untranslated.Contains(s.Anchor)));

    /// <summary>The English title staff gave, if any (an import's "(untranslated) …" placeholder is not one).</summary>
    private static string? EnglishTitle(BilingualPolicy policy) =>
        policy.English?.Meta.Title is { } title && !title.StartsWith("(untranslated)", StringComparison.Ordinal) && title != policy.Chinese.Meta.Title ? title : null;

    private PolicyView Build(BilingualPolicy policy, string lang, bool full)
    {
        var chineseOnly = lang == Languages.English && IsChineseOnly(policy);
        var translated = chineseOnly ? null : policy.In(lang);
        var document = translated ?? policy.Chinese;
        var zhLang = Languages.HtmlLang(Languages.Chinese);
        var contentLang = document.Language != lang ? zhLang : null;
        var meta = policy.Meta;
        var localMeta = document.Meta;
        var status = statuses.Policy(policy, lang);
        // The fields a reader looks for first (document number, date, validity) come first; on a phone the rest fold away.
        var rows = new List<MetaRow>
        {
            new(T("meta_doc_number", lang), localMeta.DocNumber ?? meta.DocNumber ?? "", localMeta.DocNumber is null ? zhLang : null, Key: true,
                Original: localMeta.DocNumber is not null && document.Language != Languages.Chinese ? meta.DocNumber : null),
            new(T("meta_date_written", lang), Written.Date(meta.DateWritten, lang), Key: true),
            new(T("meta_validity", lang), localMeta.Validity ?? meta.Validity ?? "", localMeta.Validity is null ? zhLang : null, Key: true, Status: status),
            new(T("meta_issuer", lang), localMeta.Issuer ?? meta.Issuer ?? "", localMeta.Issuer is null ? zhLang : null),
            new(T("meta_date_issued", lang), Written.Date(meta.DateIssued, lang)),
            new(T("meta_publication", lang), localMeta.Publication ?? meta.Publication ?? "", localMeta.Publication is null ? zhLang : null),
            new(T("meta_topic", lang), localMeta.Topic ?? meta.Topic ?? "", localMeta.Topic is null ? zhLang : null),
            new(T("meta_addressees", lang), localMeta.Addressees ?? meta.Addressees ?? "", localMeta.Addressees is null ? zhLang : null),
        };
        if (!policy.Region.CityWide)
        {
            rows.Add(new MetaRow(T("meta_region", lang), policy.Region.Name.In(lang)));
        }

        rows.RemoveAll(r => r.Value.Length == 0);

        var notice = lang == Languages.Chinese ? null : translated is null ? T("untranslated_document", lang) : localMeta.TranslationNote ?? T("translation_note", lang);
        var englishTitle = chineseOnly ? EnglishTitle(policy) : null;
        return new PolicyView(
            policy.Id,
            englishTitle ?? localMeta.Title,
            englishTitle ?? localMeta.ShortTitle ?? meta.ShortTitle ?? localMeta.Title,
            basePath + SiteLinks.Policy(chineseOnly && !full ? Languages.Chinese : lang, policy.Id),
            localMeta.DocNumber ?? meta.DocNumber,
            Written.Date(meta.DateIssued ?? meta.DateWritten, lang),
            localMeta.Issuer ?? meta.Issuer,
            localMeta.Topic ?? meta.Topic,
            (meta.DateWritten ?? meta.DateIssued)?.Year,
            rows,
            full ? Toc(document.TopLevel) : [],
            // A first section headed with the document's own title (the notice) needs no second heading under the page's h1.
            full ? document.Sections.Select((s, i) => Section(policy, s, lang, contentLang, i == 0 && s.Title == localMeta.Title)).ToList() : [],
            localMeta.Imprint ?? meta.Imprint,
            notice,
            contentLang,
            policy.Chinese.MeasureCount,
            policy.Region.Name.In(lang),
            RegionIds(policy),
            policy.Status.Key(),
            policy.Status == PolicyStatus.InForce ? null : policy.Status.Name().In(lang),
            status,
            lang != Languages.Chinese && (localMeta.DocNumber is null || document.Language == Languages.Chinese) ? zhLang : null,
            content.RelationsOf(policy.Id).Select(r => Relation(r, lang)).ToList(),
            full && document.ClosingHtml.Length > 0 ? document.ClosingHtml : null,
            chineseOnly,
            chineseOnly && englishTitle is not null ? null : contentLang);
    }

    /// <summary>The regions a policy applies in, for the list's region filter: a city-wide policy applies in every division.</summary>
    private string RegionIds(BilingualPolicy policy) =>
        string.Join(' ', policy.Region.CityWide ? content.Regions.Regions.Select(r => r.Id).DefaultIfEmpty(policy.Region.Id) : [policy.Region.Id]);

    private RelationView Relation(PolicyRelation relation, string lang)
    {
        var other = content.FindPolicy(relation.OtherId)!;
        var title = other.In(lang)?.Meta.ShortTitle ?? other.Meta.ShortTitle ?? other.Meta.Title;
        var label = lang == Languages.Chinese ? $"《{title}》" : title;
        if (other.Meta.DocNumber is { } number)
        {
            label += lang == Languages.Chinese ? $"（{number}）" : $" ({number})";
        }

        var sentence = relation.Sentence.In(lang);
        var at = sentence.IndexOf("{0}", StringComparison.Ordinal);
        var link = new LinkView(basePath + SiteLinks.Policy(lang, other.Id), label, Lang: other.In(lang) is null ? Languages.HtmlLang(Languages.Chinese) : null);
        return new RelationView(relation.Key, sentence[..at], link, sentence[(at + 3)..]);
    }

    private static List<TocItem> Toc(IEnumerable<Section> sections) =>
        sections.Select(s => new TocItem(s.Anchor, s.Title, Toc(s.Children))).ToList();

    private SectionView Section(BilingualPolicy policy, Section section, string lang, string? contentLang, bool titleShownAbove)
    {
        var chinese = policy.Chinese.Find(section.Anchor) ?? section;
        var untranslated = lang == Languages.English && policy.English is { } en && en.Meta.Untranslated.Contains(section.Anchor);
        var shown = untranslated ? chinese : section;
        var summary = SummaryFor(policy, section, lang, untranslated ? Languages.HtmlLang(Languages.Chinese) : contentLang);
        var units = content.UnitsOf(chinese)
            .Select(u => new LinkView(basePath + SiteLinks.Unit(lang, u.Id), u.Name.In(lang)))
            .ToList();
        return new SectionView(
            section.Anchor,
            section.Kind.ToString().ToLowerInvariant(),
            Math.Min(6, section.Level),
            shown.Title,
            lang == Languages.English && !untranslated && contentLang is null ? ChineseRuns.Mark(shown.BodyHtml) : shown.BodyHtml,
            units,
            section.ClauseId,
            string.Format(T("permalink_label", lang), shown.Title),
            untranslated ? Languages.HtmlLang(Languages.Chinese) : contentLang,
            untranslated,
            ruleViews.Boxes(chinese.ClauseId, lang, Math.Min(6, section.Level)),
            ruleViews.Provisions(chinese.ClauseId, lang),
            titleShownAbove,
            !untranslated && lang == Languages.English && policy.English is { } english && english.Meta.MachineTranslated.Contains(section.Anchor),
            summary?.Text,
            summary?.Lang);
    }

    /// <summary>The plain-language summary in the page's language; the Chinese one (marked as Chinese) where en.md has none yet.</summary>
    private static (string Text, string? Lang)? SummaryFor(BilingualPolicy policy, Section section, string lang, string? contentLang)
    {
        var own = policy.In(lang)?.Find(section.Anchor)?.Summary;
        if (own is not null)
        {
            // The summary is in the page's language even where the section shows the Chinese text.
            return (own, contentLang is null ? null : Languages.HtmlLang(lang));
        }

        return policy.Chinese.Find(section.Anchor)?.Summary is { } zh ? (zh, lang == Languages.Chinese ? null : Languages.HtmlLang(Languages.Chinese)) : null;
    }

    private string T(string key, string lang) => strings.TryGetValue(key, out var text) ? text.In(lang) : key;
}
