using Policy.Knowledge.Content;

namespace Policy.Generator.Import;

/// <summary>
/// Builds the numbered sections of the body, gives them anchors in the hand-kept scheme and declares each one's kind:
/// an item that carries responsibilities or benefits is a measure whatever its numbering (一、, （一）, 1., 第N条).
/// </summary>
internal sealed class SectionBuilder(ImportedPolicy policy)
{
    private sealed class Node
    {
        public required HeadingKind Kind { get; init; }

        public required int Number { get; init; }

        public required string Title { get; init; }

        public Node? Parent { get; init; }

        public List<string> Lines { get; } = [];

        public List<Node> Children { get; } = [];

        public int Depth => Parent is null ? 0 : Parent.Depth + 1;

        public string Anchor { get; set; } = "";

        public SectionKind SectionKind { get; set; }
    }

    private static readonly (string Anchor, string[] Words)[] PartAnchors =
    [
        ("safeguards", ["保障"]),
        ("goals", ["目标", "总体要求", "指导思想", "基本原则"]),
        ("leadership", ["组织领导", "组织机构", "工作机制"]),
        ("measures", ["措施", "任务", "举措", "政策", "工作内容"]),
    ];

    public void Build(List<string> body)
    {
        var roots = new List<Node>();
        Node? current = null;
        foreach (var line in body)
        {
            if (HeadingPatterns.Match(line) is { } h && Parent(h.Kind, current) is var parent && (parent is not null || IsTopKind(h.Kind)))
            {
                var (title, rest) = SplitTitle(h.Kind, h.Label, h.Text);
                current = new Node { Kind = h.Kind, Number = h.Number, Title = title, Parent = parent };
                (parent?.Children ?? roots).Add(current);
                if (rest.Length > 0)
                {
                    current.Lines.Add(rest);
                }
            }
            else if (current is not null)
            {
                current.Lines.Add(line);
            }
        }

        var closing = SplitClosing(roots);
        AssignAnchors(roots);
        foreach (var node in Flatten(roots))
        {
            policy.Sections.Add(new ImportedSection(3 + node.Depth, node.Anchor, node.SectionKind, node.Title, Paragraphs.Join(node.Lines, policy)));
        }

        policy.Closing.InsertRange(0, Paragraphs.Join(closing, policy));
    }

    /// <summary>
    /// 本通知自印发之日起施行… after the last item's own text is the document's closing, not part of that item
    /// (the item keeps at least its first paragraph: a 第N条 that says only this stays an article).
    /// </summary>
    private static List<string> SplitClosing(List<Node> roots)
    {
        var last = Flatten(roots).LastOrDefault();
        var at = last?.Lines.FindIndex(1, ClauseSigns.OpensClosing) ?? -1;
        if (last is null || at < 1)
        {
            return [];
        }

        var closing = last.Lines.Skip(at).ToList();
        last.Lines.RemoveRange(at, last.Lines.Count - at);
        return closing;
    }

    private static bool IsTopKind(HeadingKind kind) => kind is HeadingKind.Part or HeadingKind.Chapter or HeadingKind.Article;

    /// <summary>Where a heading of this kind belongs: under the nearest open heading of a higher rank.</summary>
    private static Node? Parent(HeadingKind kind, Node? current)
    {
        for (var node = current; node is not null; node = node.Parent)
        {
            if (Rank(node.Kind) < Rank(kind))
            {
                return node;
            }
        }

        return null;
    }

    private static int Rank(HeadingKind kind) => kind switch
    {
        HeadingKind.Chapter => 0,
        HeadingKind.Part => 1,
        HeadingKind.Article => 2,
        HeadingKind.Group => 3,
        _ => 4,
    };

    /// <summary>"1.拓宽创业领域。积极打造…" → heading "1. 拓宽创业领域" and the paragraph "积极打造…".</summary>
    private static (string Title, string Body) SplitTitle(HeadingKind kind, string label, string rest)
    {
        var spacer = kind == HeadingKind.Item ? " " : "";
        if (kind == HeadingKind.Article)
        {
            return (label, rest);
        }

        if (kind == HeadingKind.Chapter)
        {
            return ((label + " " + rest).Trim(), "");
        }

        // "一、减免登记费用。个体工商户办理…" has a title like "1.拓宽创业领域。积极打造…" does.
        var stop = rest.IndexOf('。');
        if (stop > 0 && stop <= 30 && !rest[..stop].Contains('，'))
        {
            return (label + spacer + rest[..stop], rest[(stop + 1)..]);
        }

        return kind == HeadingKind.Part && !rest.Contains('。') || rest.Length <= 30 && !rest.Contains('，')
            ? (label + spacer + rest, "")
            : (label, rest);
    }

    private static void AssignAnchors(List<Node> roots)
    {
        var counters = new Dictionary<string, int>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        string Next(string prefix) => $"{prefix}-{counters[prefix] = counters.GetValueOrDefault(prefix) + 1}";

        foreach (var node in Flatten(roots))
        {
            var part = node.Parent is null ? null : Ancestors(node).Last();
            var carries = node.Children.Count == 0 && ClauseSigns.IsMeasure(node.Lines.Prepend(node.Title));
            node.Anchor = node.Kind switch
            {
                HeadingKind.Chapter => $"chapter-{node.Number}",
                HeadingKind.Article => $"article-{node.Number}",
                HeadingKind.Part => PartAnchors.FirstOrDefault(p => p.Words.Any(w => node.Title.Contains(w, StringComparison.Ordinal))).Anchor is { } a && used.Add(a) ? a : Next("part"),
                _ when part?.Anchor == "safeguards" => Next("safeguard"),
                _ when part?.Anchor is "goals" or "leadership" => Next(part.Anchor),
                _ when node.Children.Count == 0 => Next(carries ? "measure" : "item"),
                _ => Next("group"),
            };
            node.SectionKind = node.Anchor switch
            {
                "goals" or "leadership" or "safeguards" => SectionKind.Part,
                _ when part?.Anchor is "goals" or "leadership" => SectionKind.Part,
                _ when part?.Anchor == "safeguards" => SectionKind.Safeguard,
                _ when carries => SectionKind.Measure,
                _ when node.Children.Count > 0 && node.Kind is HeadingKind.Group or HeadingKind.Item => SectionKind.Group,
                _ => node.Kind == HeadingKind.Article ? SectionKind.Article : SectionKind.Part,
            };
        }
    }

    private static IEnumerable<Node> Ancestors(Node node)
    {
        for (var n = node.Parent; n is not null; n = n.Parent)
        {
            yield return n;
        }
    }

    private static IEnumerable<Node> Flatten(IEnumerable<Node> nodes) => nodes.SelectMany(n => Flatten(n.Children).Prepend(n));
}
