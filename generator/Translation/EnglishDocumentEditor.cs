using System.Text;
using Policy.Knowledge.Content;

namespace Policy.Generator.Translation;

/// <summary>
/// Edits en.md line by line, leaving every line it does not own as it was: replaces a section's heading and body, and
/// keeps the <c>untranslated:</c> and <c>machine_translated:</c> lists of the front matter in step.
/// </summary>
internal sealed class EnglishDocumentEditor
{
    private readonly List<string> lines;

    private EnglishDocumentEditor(List<string> lines) => this.lines = lines;

    public static EnglishDocumentEditor Open(string path) =>
        new(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList());

    /// <summary>An en.md for a policy that has none: the Chinese headings, every section marked untranslated, so the site builds.</summary>
    public static EnglishDocumentEditor Skeleton(string id, string chineseTitle, IReadOnlyList<SectionSource> sections)
    {
        var text = new StringBuilder("---\n")
            .Append($"id: {id}\n")
            .Append($"title: \"{chineseTitle.Replace("\"", "\\\"", StringComparison.Ordinal)}\"\n")
            .Append("translation_note: \"This is an unofficial English translation. The Chinese text is authoritative.\"\n")
            .Append("translates: {}\n")
            .Append("untranslated:\n");
        foreach (var section in sections)
        {
            text.Append("  - ").Append(section.Anchor).Append('\n');
        }

        text.Append("---\n");
        foreach (var section in sections)
        {
            text.Append('\n').Append('#', section.Level).Append(' ').Append(section.Title).Append(" {#").Append(section.Anchor).Append(section.Classes).Append("}\n\n(untranslated)\n");
        }

        return new(text.ToString().Split('\n').ToList());
    }

    public bool HasSection(string anchor) => SectionSource.Headings(lines).Any(h => h.Anchor == anchor);

    public string? Title => FrontMatterValue("title");

    public void SetTitle(string title)
    {
        var end = FrontMatterEnd();
        var index = lines.FindIndex(1, end - 1, l => l.StartsWith("title:", StringComparison.Ordinal));
        var line = $"title: \"{title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
        if (index < 0)
        {
            lines.Insert(end, line);
        }
        else
        {
            lines[index] = line;
        }
    }

    /// <summary>Replaces the section's heading and body with the draft, keeping its level, anchor and declared kind.</summary>
    public void ReplaceSection(string anchor, string title, string body)
    {
        var headings = SectionSource.Headings(lines);
        var index = headings.ToList().FindIndex(h => h.Anchor == anchor);
        var (start, level, _, _, classes) = headings[index];
        var end = index + 1 < headings.Count ? headings[index + 1].Line : lines.Count;
        var replacement = new List<string> { $"{new string('#', level)} {title} {{#{anchor}{classes}}}", "" };
        if (body.Length > 0)
        {
            replacement.AddRange(body.Split('\n'));
            replacement.Add("");
        }

        var trailingBlank = end == lines.Count && lines[^1].Length == 0;
        lines.RemoveRange(start, end - start);
        lines.InsertRange(start, replacement);
        if (trailingBlank && lines[^1].Length != 0)
        {
            lines.Add("");
        }
    }

    public IReadOnlyList<string> List(string key)
    {
        var (start, stop) = FindKey(key);
        if (start < 0)
        {
            return [];
        }

        var inline = lines[start][(key.Length + 1)..].Trim();
        if (inline.StartsWith('['))
        {
            return inline.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        }

        return lines.Skip(start + 1).Take(stop - start - 1).Select(l => l.Trim()).Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..].Trim()).ToList();
    }

    /// <summary>Writes the front matter list <paramref name="key"/> as a block list, or removes it when empty.</summary>
    public void SetList(string key, IEnumerable<string> values)
    {
        var items = values.Distinct().ToList();
        var (start, stop) = FindKey(key);
        var block = items.Count == 0 ? [] : new List<string> { key + ":" }.Concat(items.Select(v => "  - " + v)).ToList();
        if (start < 0)
        {
            lines.InsertRange(FrontMatterEnd(), block);
            return;
        }

        lines.RemoveRange(start, stop - start);
        lines.InsertRange(start, block);
    }

    /// <summary>The file's text as it stands.</summary>
    public string Text => string.Join("\n", lines);

    public void Save(string path)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, Text, new UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
    }

    private int FrontMatterEnd() => lines.FindIndex(1, l => l.TrimEnd() == "---");

    private string? FrontMatterValue(string key) =>
        lines.Take(FrontMatterEnd()).FirstOrDefault(l => l.StartsWith(key + ":", StringComparison.Ordinal))?[(key.Length + 1)..].Trim().Trim('"');

    /// <summary>The key's line and the line after its indented block, within the front matter; (-1, -1) when absent.</summary>
    private (int Start, int Stop) FindKey(string key)
    {
        var end = FrontMatterEnd();
        var start = lines.FindIndex(1, end - 1, l => l.StartsWith(key + ":", StringComparison.Ordinal));
        if (start < 0)
        {
            return (-1, -1);
        }

        var stop = start + 1;
        while (stop < end && (lines[stop].StartsWith(' ') || lines[stop].StartsWith("- ", StringComparison.Ordinal)))
        {
            stop++;
        }

        return (start, stop);
    }

    public const string MachineTranslated = DocumentMetadata.MachineTranslatedField;
}
