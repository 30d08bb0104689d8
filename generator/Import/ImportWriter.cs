using System.Text;
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
        Field(md, "validity", Placeholder);
        if (policy.Imprint is not null)
        {
            Field(md, "imprint", policy.Imprint);
        }

        Field(md, "source", sourceName);
        md.Append("---\n");
        foreach (var section in policy.Sections)
        {
            md.Append('\n').Append('#', section.Level).Append(' ').Append(section.Title).Append(" {#").Append(section.Anchor).Append("}\n");
            foreach (var paragraph in section.Paragraphs)
            {
                md.Append('\n').Append(paragraph).Append('\n');
            }
        }

        return md.ToString();
    }

    /// <summary>The English skeleton: same anchors, every section untranslated, so the site builds at once.</summary>
    public static string EnglishSkeleton(ImportedPolicy policy, string id)
    {
        var md = new StringBuilder();
        md.Append("---\n");
        Field(md, "id", id);
        Field(md, "title", "(untranslated) " + policy.Title);
        Field(md, "translation_note", "This is an unofficial English translation. The Chinese text is authoritative.");
        md.Append("translates: {}\n");
        md.Append("untranslated:\n");
        foreach (var section in policy.Sections)
        {
            md.Append("  - ").Append(section.Anchor).Append('\n');
        }

        md.Append("---\n");
        foreach (var section in policy.Sections)
        {
            md.Append('\n').Append('#', section.Level).Append(' ').Append(section.Title).Append(" {#").Append(section.Anchor).Append("}\n");
            md.Append("\n(untranslated)\n");
        }

        return md.ToString();
    }

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

    public static IEnumerable<string> UnknownUnits(ImportedPolicy policy, UnitDirectory units) =>
        policy.Sections.SelectMany(s => ResponsibleUnitText.Extract(string.Join("\n", s.Paragraphs)))
            .Where(n => units.Resolve(n) is null).Distinct();
}
