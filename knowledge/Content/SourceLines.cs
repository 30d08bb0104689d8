namespace Policy.Knowledge.Content;

/// <summary>Maps character offsets of a source file to 1-based line numbers, and finds its YAML front matter.</summary>
internal sealed class SourceLines
{
    private readonly string text;
    private readonly List<int> lineStarts = [0];

    public SourceLines(string text)
    {
        this.text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }
    }

    public int LineOf(int offset)
    {
        var index = lineStarts.BinarySearch(Math.Max(0, offset));
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    /// <summary>The text between a first line '---' and the next '---' line, or null when the file has none.</summary>
    public string? FrontMatter()
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r', ' ') != "---")
        {
            return null;
        }

        var end = Array.FindIndex(lines, 1, l => l.TrimEnd('\r', ' ') == "---");
        return end < 0 ? null : string.Join("\n", lines[1..end]);
    }
}
