namespace Policy.Knowledge.Content;

public enum SectionKind
{
    Notice,
    Plan,
    Part,
    Group,
    Measure,
    Safeguard,
    Article,
}

/// <summary>How headings declare their kind (<c>{#article-3 .measure}</c>), and the kind a heading has when it declares none.</summary>
public static class SectionKinds
{
    /// <summary>The class names a heading may carry, one per kind.</summary>
    public static IEnumerable<string> Written => Enum.GetValues<SectionKind>().Select(Key);

    public static string Key(this SectionKind kind) => kind.ToString().ToLowerInvariant();

    public static SectionKind? Parse(string name) =>
        Enum.GetValues<SectionKind>().Cast<SectionKind?>().FirstOrDefault(k => k!.Value.Key() == name);

    /// <summary>
    /// The kind of a heading that declares none, by the anchor scheme the importer uses. The importer writes the
    /// kind explicitly, so this only serves hand-written files; a declared kind always wins.
    /// </summary>
    public static SectionKind Default(string anchor, int level) => anchor switch
    {
        "notice" => SectionKind.Notice,
        "plan" => SectionKind.Plan,
        _ when anchor.StartsWith("measure-", StringComparison.Ordinal) => SectionKind.Measure,
        _ when anchor.StartsWith("group-", StringComparison.Ordinal) => SectionKind.Group,
        _ when anchor.StartsWith("safeguard-", StringComparison.Ordinal) => SectionKind.Safeguard,
        _ when anchor.StartsWith("article-", StringComparison.Ordinal) => SectionKind.Article,
        _ => level <= 2 ? SectionKind.Plan : SectionKind.Part,
    };
}

/// <summary>A link written in the Markdown, kept for link checking.</summary>
public sealed record MarkdownLink(string Url, int Line);

/// <summary>A fenced block of structured data under a clause, e.g. a <c>rule</c> block.</summary>
public sealed record FencedData(string Kind, string Text, int FirstLine);

/// <summary>An addressable part of a policy document: a heading with a permanent anchor, and the text under it.</summary>
public sealed class Section
{
    public required string DocumentId { get; init; }

    public required string Anchor { get; init; }

    public required SectionKind Kind { get; init; }

    public required int Level { get; init; }

    /// <summary>The heading text, e.g. "5. 加大税收优惠和扶持力度".</summary>
    public required string Title { get; init; }

    /// <summary>1-based line of the heading in its file.</summary>
    public required int Line { get; init; }

    /// <summary>The plain text of each paragraph under the heading (not its subsections).</summary>
    public required IReadOnlyList<string> Paragraphs { get; init; }

    public required string BodyHtml { get; init; }

    public required IReadOnlyList<MarkdownLink> Links { get; init; }

    public required IReadOnlyList<FencedData> Data { get; init; }

    /// <summary>The line of the paragraph that names the responsible units, if any.</summary>
    public int UnitsLine { get; init; }

    public IReadOnlyList<string> UnitNames { get; init; } = [];

    /// <summary>
    /// The plain-language summary staff wrote under the heading (<c>&gt; 要点：…</c> in zh.md, <c>&gt; In short: …</c> in
    /// en.md), in this document's language, without its label; null when there is none. It is not policy text: it is
    /// kept out of <see cref="Paragraphs"/> and <see cref="BodyHtml"/>, and may only use figures its clause has.
    /// </summary>
    public string? Summary { get; init; }

    /// <summary>The line of the summary in its file (0 when there is none).</summary>
    public int SummaryLine { get; init; }

    public Section? Parent { get; internal set; }

    public List<Section> Children { get; } = [];

    public string ClauseId => $"{DocumentId}#{Anchor}";

    public string Text => string.Join("\n", Paragraphs);

    /// <summary>The heading without its numbering, e.g. "加大税收优惠和扶持力度".</summary>
    public string Name => SectionNumbering.StripNumber(Title);

    /// <summary>The name, or the whole heading when it is nothing but a number.</summary>
    public string NameOrTitle => Name.Length > 0 ? Name : Title;
}
