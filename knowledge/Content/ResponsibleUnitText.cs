namespace Policy.Knowledge.Content;

/// <summary>Reads the unit names out of a clause's <c>（责任单位：A、B，C）</c> parenthetical, as the text gives them.</summary>
public static class ResponsibleUnitText
{
    private static readonly string[] Markers = ["（责任单位：", "（责任单位:", "(责任单位：", "(责任单位:"];

    /// <summary>The names in the last responsible-unit parenthetical of <paramref name="text"/>; empty when there is none.</summary>
    public static IReadOnlyList<string> Extract(string text)
    {
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        var start = Markers.Select(m => (Index: compact.LastIndexOf(m, StringComparison.Ordinal), m.Length)).MaxBy(x => x.Index);
        if (start.Index < 0)
        {
            return [];
        }

        var names = new List<string>();
        var current = new System.Text.StringBuilder();
        var depth = 0;
        for (var i = start.Index + start.Length; i < compact.Length; i++)
        {
            var c = compact[i];
            if (c is '（' or '(')
            {
                depth++;
            }
            else if (c is '）' or ')')
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
            }
            else if (depth == 0 && c is '、' or '，' or ',' or '；' or ';')
            {
                Flush();
                continue;
            }

            current.Append(c);
        }

        Flush();
        return names;

        void Flush()
        {
            if (current.Length > 0)
            {
                names.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
