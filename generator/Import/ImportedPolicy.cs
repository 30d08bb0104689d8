namespace Policy.Generator.Import;

/// <summary>A section found in an imported text: heading, anchor and paragraphs.</summary>
internal sealed record ImportedSection(int Level, string Anchor, string Title, List<string> Paragraphs);

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

    /// <summary>How many characters a full line of the extracted text holds; shorter lines may end a paragraph.</summary>
    public int LineWidth { get; set; } = 30;

    public List<ImportedSection> Sections { get; } = [];

    public List<string> Notes { get; } = [];
}
