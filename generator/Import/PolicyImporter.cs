using System.Text.RegularExpressions;
using Policy.Knowledge.Content;

namespace Policy.Generator.Import;

/// <summary>
/// Turns the cleaned lines of a policy text into metadata and sections with anchors in the same scheme as the
/// hand-kept documents: notice, plan, goals / leadership / measures / safeguards (else part-N), group-N, measure-N,
/// item-N, safeguard-N, chapter-N, article-N; each section's kind is declared beside its anchor, never left to the anchor.
/// </summary>
internal static partial class PolicyImporter
{
    private static readonly string[] TitleEndings = ["通知", "方案", "办法", "措施", "意见", "规定", "细则", "决定", "公告", "通告", "规划", "若干措施", "实施意见", "条例"];

    public static ImportedPolicy? Import(IReadOnlyList<string> rawLines, out string? error)
    {
        var policy = new ImportedPolicy();
        var lines = new List<string>();
        foreach (var raw in rawLines)
        {
            var trimmed = raw.Trim();
            var imprint = ImprintLine().Match(ArtifactRepair.RemoveStraySpaces(trimmed));
            if (imprint.Success)
            {
                policy.Imprint = $"{imprint.Groups[1].Value} {imprint.Groups[2].Value}印发";
                policy.DateIssued = ParseDate(imprint.Groups[2].Value);
            }
            else
            {
                lines.Add(raw);
            }
        }

        var cleaned = ArtifactRepair.CleanLines(lines);
        policy.LineWidth = Paragraphs.MeasureWidth(cleaned);
        var docNumber = cleaned.FindIndex(l => DocNumber().IsMatch(l) && l.Length <= 30);
        if (docNumber >= 0 && docNumber < 5)
        {
            policy.DocNumber = DocNumber().Match(cleaned[docNumber]).Value;
            cleaned.RemoveAt(docNumber);
        }

        var firstHeading = cleaned.FindIndex(l => HeadingPatterns.Match(l) is { Kind: HeadingKind.Part or HeadingKind.Chapter or HeadingKind.Article });
        if (firstHeading < 0)
        {
            error = "no recognisable structure: expected numbered headings such as 一、…, （一）…, 1.… or 第一条…";
            return null;
        }

        var head = cleaned.Take(firstHeading).ToList();
        var body = cleaned.Skip(firstHeading).ToList();
        if (!ReadHead(head, policy, out error))
        {
            return null;
        }

        var signature = TrailingSignature(body, policy);
        new SectionBuilder(policy).Build(body);
        policy.Closing.AddRange(signature);
        policy.DateIssued ??= policy.DateWritten;
        DocumentValidity.Read(policy, policy.Sections.SelectMany(s => s.Paragraphs).Concat(policy.Closing));
        if (policy.Sections.Count(s => s.Level >= 3) == 0)
        {
            error = "no recognisable structure: no numbered sections were found";
            return null;
        }

        error = null;
        return policy;
    }

    /// <summary>Title, addressees, the cover notice (if any), and the plan's own title and preamble.</summary>
    private static bool ReadHead(List<string> head, ImportedPolicy policy, out string? error)
    {
        error = null;
        var titleEnd = -1;
        for (var i = 0; i < Math.Min(head.Count, 6); i++)
        {
            if (TitleEndings.Any(e => head[i].EndsWith(e, StringComparison.Ordinal) || head[i].EndsWith(e + "》", StringComparison.Ordinal)))
            {
                titleEnd = i;
                break;
            }
        }

        if (titleEnd < 0)
        {
            error = "no title found: the text should start with the document's title (…的通知, …实施方案, …若干措施 …)";
            return false;
        }

        policy.Title = string.Concat(head.Take(titleEnd + 1));
        var about = policy.Title.IndexOf("关于", StringComparison.Ordinal);
        policy.Issuer = about > 0 ? policy.Title[..about] : null;
        var rest = head.Skip(titleEnd + 1).ToList();
        if (rest.Count > 0 && (rest[0].EndsWith('：') || rest[0].EndsWith(':')) && !rest[0].Contains('。'))
        {
            policy.Addressees = rest[0].TrimEnd('：', ':');
        }

        var inner = Quoted().Match(policy.Title);
        var planTitleAt = inner.Success ? FindJoined(rest, inner.Groups[1].Value) : (-1, 0);
        var noticeLines = planTitleAt.Item1 >= 0 ? rest.Take(planTitleAt.Item1).ToList() : [];
        var preambleLines = planTitleAt.Item1 >= 0 ? rest.Skip(planTitleAt.Item1 + planTitleAt.Item2).ToList() : rest;
        if (planTitleAt.Item1 >= 0)
        {
            policy.ShortTitle = inner.Groups[1].Value;
            var notice = new ImportedSection(2, "notice", SectionKind.Notice, policy.Title, Paragraphs.Join(noticeLines, policy));
            policy.Sections.Add(notice);
            policy.Sections.Add(new ImportedSection(2, "plan", SectionKind.Plan, policy.ShortTitle, Paragraphs.Join(preambleLines, policy)));
        }
        else
        {
            policy.ShortTitle = policy.Title;
            policy.Sections.Add(new ImportedSection(2, "plan", SectionKind.Plan, policy.Title, Paragraphs.Join(preambleLines, policy)));
        }

        return true;
    }

    /// <summary>A signature and date after the last section belong to the document's closing, not to its last clause.</summary>
    private static List<string> TrailingSignature(List<string> body, ImportedPolicy policy)
    {
        var taken = new List<string>();
        var n = body.Count;
        if (n >= 1 && Paragraphs.IsDateLine(body[n - 1]))
        {
            policy.DateWritten ??= ParseDate(body[n - 1]);
            taken.Add(body[n - 1]);
            body.RemoveAt(n - 1);
            if (body.Count > 0 && Paragraphs.IsSignatureLine(body[^1]))
            {
                policy.Issuer ??= body[^1];
                taken.Insert(0, body[^1]);
                body.RemoveAt(body.Count - 1);
            }
        }

        return taken;
    }

    private static (int, int) FindJoined(List<string> lines, string text)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var joined = "";
            for (var j = i; j < Math.Min(lines.Count, i + 3); j++)
            {
                joined += lines[j];
                if (joined == text)
                {
                    return (i, j - i + 1);
                }
            }
        }

        return (-1, 0);
    }

    public static DateOnly? ParseDate(string text)
    {
        var m = DateText().Match(text);
        return m.Success && DateOnly.TryParse($"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}", System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    [GeneratedRegex(@"^(.{2,40}?)\s*(\d{4}年\d{1,2}月\d{1,2}日)印发$")]
    private static partial Regex ImprintLine();

    [GeneratedRegex(@"[\u4e00-\u9fff]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号")]
    private static partial Regex DocNumber();

    [GeneratedRegex(@"《(.+)》")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(\d{4})年(\d{1,2})月(\d{1,2})日")]
    private static partial Regex DateText();
}
