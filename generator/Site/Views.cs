namespace Policy.Generator.Site;

// The records the templates see. Scriban renames members to snake_case: PageTitle → page_title.

internal sealed record LinkView(string Url, string Label, bool Current = false, string? Lang = null);

internal sealed record AlternateView(string HrefLang, string Url);

internal sealed record SiteView(
    string Title,
    string Description,
    string Publisher,
    string Base,
    string Lang,
    string HtmlLang,
    IReadOnlyList<LinkView> Nav,
    string SearchUrl,
    string HomeUrl,
    string Css,
    string Js,
    string Favicon,
    string? BotUrl,
    string ChatVersion,
    IReadOnlyList<HotlineView> Hotlines,
    IReadOnlyList<ContactRow> Footer);

/// <summary>A national hotline: the number (a tel: link) and what it is for.</summary>
internal sealed record HotlineView(string Number, string Label);

/// <summary>One line of contact details; <paramref name="Url"/> makes it a link (tel:, https:).</summary>
internal sealed record ContactRow(string Label, string Value, string? Url = null);

internal sealed record PageView(
    string Kind,
    string Title,
    string Description,
    string Url,
    string CanonicalUrl,
    IReadOnlyList<AlternateView> Alternates,
    LinkView? Switch,
    IReadOnlyList<LinkView> Breadcrumbs,
    string? JsonLd,
    bool NoIndex = false);

/// <summary>A row of the policy's metadata; <paramref name="Key"/> rows show first, the rest fold away on a phone.</summary>
internal sealed record MetaRow(string Label, string Value, string? Lang = null, bool Key = false, StatusView? Status = null, string? Original = null);

internal sealed record TocItem(string Anchor, string Title, IReadOnlyList<TocItem> Children);

internal sealed record SectionView(
    string Anchor,
    string Kind,
    int HeadingLevel,
    string Title,
    string BodyHtml,
    IReadOnlyList<LinkView> Units,
    string ClauseId,
    string PermalinkLabel,
    string? Lang,
    bool Untranslated,
    IReadOnlyList<RuleBoxView> Rules,
    IReadOnlyList<StatusView> Provisions,
    bool TitleShownAbove,
    bool MachineTranslated = false,
    string? Summary = null,
    string? SummaryLang = null);

internal sealed record PolicyView(
    string Id,
    string Title,
    string ShortTitle,
    string Url,
    string? DocNumber,
    string? Date,
    string? Issuer,
    string? Topic,
    int? Year,
    IReadOnlyList<MetaRow> Meta,
    IReadOnlyList<TocItem> Toc,
    IReadOnlyList<SectionView> Sections,
    string? Imprint,
    string? TranslationNotice,
    string? ContentLang,
    int MeasureCount,
    string Region,
    string RegionIds,
    string DeclaredStatus,
    string? StatusName,
    StatusView Status,
    string? DocNumberLang,
    IReadOnlyList<RelationView> Relations,
    string? ClosingHtml,
    bool ChineseOnly = false,
    string? TitleLang = null);

/// <summary>A relation as a page shows it: "已被《…》废止" with a link to the other document.</summary>
internal sealed record RelationView(string Key, string Before, LinkView Other, string After);

/// <summary>One page of a unit's clauses: <see cref="Count"/> is the unit's total; <see cref="Pages"/> links every page when there is more than one.</summary>
internal sealed record UnitView(string Id, string Name, string OtherName, string Url, IReadOnlyList<UnitClauseView> Clauses, int Count, IReadOnlyList<LinkView> Pages, IReadOnlyList<ContactRow> Contact);

internal sealed record UnitClauseView(string PolicyTitle, string Title, string Url, string? Lang);
