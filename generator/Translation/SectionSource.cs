using System.Text;
using System.Text.RegularExpressions;

namespace Policy.Generator.Translation;

/// <summary>A section's Markdown as staff wrote it: the heading text and the body up to the next heading, without rule or case blocks.</summary>
internal sealed partial record SectionSource(string Anchor, int Level, string Title, string Body, string Classes = "")
{
    /// <summary>Title and body, as the figure check reads them.</summary>
    public string AllText => Title + "\n" + Body;

    /// <summary>Every heading of a Markdown file (outside fenced blocks) with the line it starts on, 0-based.</summary>
    /// <remarks>Classes are what follows the anchor in its braces, e.g. " .measure", kept so a rewritten heading keeps its declared kind.</remarks>
    public static IReadOnlyList<(int Line, int Level, string Title, string Anchor, string Classes)> Headings(IReadOnlyList<string> lines)
    {
        var result = new List<(int, int, string, string, string)>();
        var fenced = false;
        var inFrontMatter = lines.Count > 0 && lines[0].TrimEnd() == "---";
        for (var i = inFrontMatter ? 1 : 0; i < lines.Count; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (inFrontMatter)
            {
                inFrontMatter = line.TrimEnd() != "---";
                continue;
            }

            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
                continue;
            }

            if (!fenced && HeadingLine().Match(line) is { Success: true } m)
            {
                result.Add((i, m.Groups["hashes"].Length, m.Groups["title"].Value.Trim(), m.Groups["anchor"].Value, m.Groups["classes"].Value));
            }
        }

        return result;
    }

    /// <summary>Reads every section of a Markdown file; fenced blocks (```rule, ```cases) are left out, as they stay in zh.md only.</summary>
    public static IReadOnlyList<SectionSource> Read(IReadOnlyList<string> lines)
    {
        var headings = Headings(lines);
        var result = new List<SectionSource>();
        for (var h = 0; h < headings.Count; h++)
        {
            var (start, level, title, anchor, classes) = headings[h];
            var end = h + 1 < headings.Count ? headings[h + 1].Line : lines.Count;
            var body = new StringBuilder();
            var fenced = false;
            for (var i = start + 1; i < end; i++)
            {
                var line = lines[i].TrimEnd('\r');
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    fenced = !fenced;
                    continue;
                }

                if (!fenced)
                {
                    body.Append(line).Append('\n');
                }
            }

            result.Add(new SectionSource(anchor, level, title, Regex.Replace(body.ToString(), @"\n{3,}", "\n\n").Trim(), classes));
        }

        return result;
    }

    [GeneratedRegex(@"^(?<hashes>#{1,6})\s+(?<title>.*?)\s*\{#(?<anchor>[a-z0-9-]+)(?<classes>(\s+\.[a-z]+)*)\s*\}\s*$")]
    private static partial Regex HeadingLine();
}
