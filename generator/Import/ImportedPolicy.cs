using Policy.Knowledge.Content;

namespace Policy.Generator.Import;

/// <summary>A section found in an imported text: heading, anchor, its declared kind and paragraphs.</summary>
internal sealed record ImportedSection(int Level, string Anchor, SectionKind Kind, string Title, List<string> Paragraphs);

/// <summary>What the import detected: metadata, sections in order, and notes for the staff member.</summary>
internal sealed class ImportedPolicy
{
    public string Title { get; set; } = "";

    public string? ShortTitle { get; set; }

    public string? Issuer { get; set; }

    public string? DocNumber { get; set; }

    public DateOnly? DateWritten { get; set; }

    public DateOnly? DateIssued { get; set; }

    public string? Publication { get; set; }

    public string? Addressees { get; set; }

    public string? Imprint { get; set; }

    /// <summary>The sentence that says when the document applies (本通知自印发之日起施行，有效期至…), as written.</summary>
    public string? ValidityText { get; set; }

    /// <summary>The county or district the issuer belongs to (its Chinese name in regions.yml); null for the whole city.</summary>
    public string? Region { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidUntil { get; set; }

    /// <summary>How many characters a full line of the extracted text holds; shorter lines may end a paragraph.</summary>
    public int LineWidth { get; set; } = 30;

    public List<ImportedSection> Sections { get; } = [];

    /// <summary>What follows the last clause (本通知自印发之日起施行…, the signature, the date): the document's closing part.</summary>
    public List<string> Closing { get; } = [];

    public List<string> Notes { get; } = [];
}
