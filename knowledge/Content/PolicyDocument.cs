namespace Policy.Knowledge.Content;

/// <summary>The metadata a government policy library shows (as on gov.cn's 国务院政策文件库).</summary>
public sealed record DocumentMetadata
{
    /// <summary>Written by the import where it could not detect a field; a warning until staff fill it in.</summary>
    public const string ToFill = "待填写";

    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? ShortTitle { get; init; }

    public string? Issuer { get; init; }

    public string? DocNumber { get; init; }

    public DateOnly? DateWritten { get; init; }

    public DateOnly? DateIssued { get; init; }

    public string? Publication { get; init; }

    public string? Topic { get; init; }

    public string? Addressees { get; init; }

    public string? Validity { get; init; }

    public string? Imprint { get; init; }

    public string? Source { get; init; }

    /// <summary>Chinese only: where the policy applies, as written (a region id, name or alias); null is the whole city.</summary>
    public string? Region { get; init; }

    /// <summary>Chinese only: the status staff declared (现行有效 / 已失效 / 已废止); in force when not declared.</summary>
    public PolicyStatus Status { get; init; } = PolicyStatus.InForce;

    /// <summary>Chinese only: the day the policy takes effect (自…起施行), where the text says.</summary>
    public DateOnly? ValidFrom { get; init; }

    /// <summary>Chinese only: the last day the policy is valid (有效期至…), where the text says.</summary>
    public DateOnly? ValidUntil { get; init; }

    /// <summary>Chinese only: ids of the documents this one replaces.</summary>
    public IReadOnlyList<string> Supersedes { get; init; } = [];

    /// <summary>Chinese only: ids of the documents that amend this one.</summary>
    public IReadOnlyList<string> AmendedBy { get; init; } = [];

    /// <summary>Chinese only: ids of the documents this one repeals.</summary>
    public IReadOnlyList<string> Repeals { get; init; } = [];

    public string? TranslationNote { get; init; }

    /// <summary>The line of each front matter field in its file, for messages about values checked after parsing.</summary>
    public IReadOnlyDictionary<string, int> FieldLines { get; init; } = new Dictionary<string, int>();

    public int LineOf(string field) => FieldLines.GetValueOrDefault(field, 2);

    /// <summary>English only: the hash of each Chinese section the translation was made from.</summary>
    public IReadOnlyDictionary<string, string> Translates { get; init; } = new Dictionary<string, string>();

    /// <summary>English only: sections not translated yet (the text shown is a placeholder).</summary>
    public IReadOnlyList<string> Untranslated { get; init; } = [];

    public const string MachineTranslatedField = "machine_translated";

    /// <summary>English only: sections drafted by a model (<c>generator translate</c>) that staff have not reviewed and stamped yet.</summary>
    public IReadOnlyList<string> MachineTranslated { get; init; } = [];
}

/// <summary>One language version of a policy document.</summary>
public sealed class PolicyDocument
{
    public required string Language { get; init; }

    /// <summary>The file as shown in messages, e.g. content/policies/jincheng-2022-67/zh.md.</summary>
    public required string DisplayPath { get; init; }

    public required DocumentMetadata Meta { get; init; }

    /// <summary>All sections in document order (a flattened tree).</summary>
    public required IReadOnlyList<Section> Sections { get; init; }

    /// <summary>The paragraphs after the closing line <c>***</c>: closing words (本通知自印发之日起施行…), signature and date.</summary>
    public IReadOnlyList<string> Closing { get; init; } = [];

    public string ClosingHtml { get; init; } = "";

    /// <summary>A hash of the Markdown this document was parsed from: what an incremental build compares to know it changed.</summary>
    public string SourceHash { get; init; } = "";

    public string Id => Meta.Id;

    public IEnumerable<Section> TopLevel => Sections.Where(s => s.Parent is null);

    /// <summary>
    /// Every link in the sections, in order: kept with the document's metadata in <c>documents.bin</c>, so that checking
    /// the links across policies reads no section (<see cref="SectionsOnDemand"/>).
    /// </summary>
    public IReadOnlyList<MarkdownLink> Links
    {
        get => links ??= [.. Sections.SelectMany(s => s.Links)];
        init => links = value;
    }

    private IReadOnlyList<MarkdownLink>? links;

    /// <summary>How many measures (<see cref="SectionKind.Measure"/>) the document has: kept like <see cref="Links"/>, for the lists' cards.</summary>
    public int MeasureCount
    {
        get => measureCount ??= Sections.Count(s => s.Kind == SectionKind.Measure);
        init => measureCount = value;
    }

    private int? measureCount;

    public Section? Find(string anchor) => (byAnchor ??= Sections.GroupBy(s => s.Anchor, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal)).GetValueOrDefault(anchor);

    // Built on first use: a policy page looks up every section's Chinese original, which a scan made quadratic.
    private Dictionary<string, Section>? byAnchor;
}

/// <summary>A policy in all its languages. Chinese is authoritative; English may be missing.</summary>
public sealed class BilingualPolicy
{
    public required PolicyDocument Chinese { get; init; }

    public PolicyDocument? English { get; init; }

    public string Id => Chinese.Id;

    public DocumentMetadata Meta => Chinese.Meta;

    /// <summary>Where the policy applies (content/regions.yml); the city as a whole unless its front matter names a region.</summary>
    public Region Region { get; init; } = RegionDirectory.Empty.CityWide;

    /// <summary>The status declared in the front matter (现行有效 when none is).</summary>
    public PolicyStatus Status => Meta.Status;

    public PolicyDocument? In(string language) => language == Languages.English ? English : Chinese;

    /// <summary>
    /// The plain-language summary of a clause in both languages, for a first sentence a shop owner understands; null when
    /// staff wrote none in Chinese. The English falls back to the Chinese while en.md has no summary for the clause.
    /// </summary>
    public LocalizedText? SummaryOf(string anchor) =>
        Chinese.Find(anchor)?.Summary is { } zh ? new LocalizedText(zh, English?.Find(anchor)?.Summary ?? zh) : null;
}
