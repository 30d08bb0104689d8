using System.Text;
using Policy.Generator.Translation;
using Policy.Knowledge.Content;

namespace Policy.Generator.Import;

/// <summary>Writes an imported policy as content: zh.md, an en.md skeleton with every section marked untranslated, and source.txt.</summary>
internal static class ImportWriter
{
    public const string Placeholder = DocumentMetadata.ToFill;

    public static string ChineseMarkdown(ImportedPolicy policy, string id, string sourceName)
    {
        var md = new StringBuilder();
        md.Append("---\n");
        Field(md, "id", id);
        Field(md, "title", policy.Title);
        Field(md, "short_title", policy.ShortTitle ?? policy.Title);
        Field(md, "issuer", policy.Issuer ?? Placeholder);
        Field(md, "doc_number", policy.DocNumber ?? Placeholder);
        Field(md, "date_written", policy.DateWritten?.ToString("yyyy-MM-dd") ?? "");
        Field(md, "date_issued", (policy.DateIssued ?? policy.DateWritten)?.ToString("yyyy-MM-dd") ?? "");
        Field(md, "publication", policy.Publication ?? Placeholder);
        Field(md, "topic", Placeholder);
        Field(md, "addressees", policy.Addressees ?? Placeholder);
        Field(md, "validity", policy.ValidityText ?? Placeholder);
        if (policy.Region is { } region)
        {
            Field(md, "region", region);
        }

        if (policy.ValidFrom is { } from)
        {
            Field(md, "valid_from", from.ToString("yyyy-MM-dd"));
        }

        if (policy.ValidUntil is { } until)
        {
            Field(md, "valid_until", until.ToString("yyyy-MM-dd"));
        }

        if (policy.Imprint is not null)
        {
            Field(md, "imprint", policy.Imprint);
        }

        Field(md, "source", sourceName);
        md.Append("---\n");
        foreach (var section in policy.Sections)
        {
            md.Append('\n').Append('#', section.Level).Append(' ').Append(section.Title).Append(" {#").Append(section.Anchor).Append(Classes(section)).Append("}\n");
            foreach (var paragraph in section.Paragraphs)
            {
                md.Append('\n').Append(paragraph).Append('\n');
            }
        }

        if (policy.Closing.Count > 0)
        {
            // '***' ends the last clause: the closing paragraph, signature and date belong to the document.
            md.Append("\n***\n");
            foreach (var paragraph in policy.Closing)
            {
                md.Append('\n').Append(paragraph).Append('\n');
            }
        }

        return md.ToString();
    }

    /// <summary>The kind, always written out, so nothing depends on the anchor's pattern.</summary>
    private static string Classes(ImportedSection section) => " ." + section.Kind.Key();

    /// <summary>
    /// The English skeleton: same anchors and kinds, every section listed as untranslated, so the site builds at once. The
    /// title stays the Chinese one until translated (the site shows no English title for it), with no placeholder prefix.
    /// </summary>
    public static string EnglishSkeleton(ImportedPolicy policy, string id) =>
        EnglishDocumentEditor.Skeleton(id, policy.Title, policy.Sections.Select(s => new SectionSource(s.Anchor, s.Level, s.Title, "", Classes(s))).ToList()).Text;

    /// <summary>Writes all files into a staging folder first, so an import never leaves a partial policy behind.</summary>
    public static void Write(string folder, IReadOnlyDictionary<string, string> files)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(folder))!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".import-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var (name, text) in files)
            {
                File.WriteAllText(Path.Combine(staging, name), text, new UTF8Encoding(false));
            }

            Directory.Move(staging, folder);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static void Field(StringBuilder md, string key, string value)
    {
        var needsQuotes = value.Length == 0 || value.IndexOfAny([':', '#', '"', '\'', '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '%', '@', '`']) >= 0;
        md.Append(key).Append(": ").Append(needsQuotes && value.Length > 0 ? "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"" : value).Append('\n');
    }

    /// <summary>A county's or district's issuer ("泽州县市场监督管理局") makes the policy that place's; a city issuer leaves it city-wide.</summary>
    public static string? RegionOf(string? issuer, RegionDirectory regions) =>
        issuer is null ? null
        : regions.Divisions.SelectMany(r => r.Aliases.Append(r.Name.Zh).Select(name => (Region: r, Name: name)))
            .Where(x => x.Name.Length >= 2 && issuer.StartsWith(x.Name, StringComparison.Ordinal))
            .OrderByDescending(x => x.Name.Length).Select(x => x.Region.Name.Zh).FirstOrDefault();

    public static IEnumerable<string> UnknownUnits(ImportedPolicy policy, UnitDirectory units) =>
        policy.Sections.SelectMany(s => ResponsibleUnitText.Extract(string.Join("\n", s.Paragraphs)))
            .Where(n => units.Resolve(n) is null).Distinct();
}
