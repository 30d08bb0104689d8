using System.Text.RegularExpressions;

namespace Policy.Generator.Import;

/// <summary>
/// Joins lines that the PDF broke mid-sentence. A paragraph ends where a line ends a sentence well short of
/// the full line width; signature, date and release lines stand alone.
/// </summary>
internal static partial class Paragraphs
{
    /// <summary>The width of a full line in this text, from its longer lines.</summary>
    public static int MeasureWidth(IEnumerable<string> lines)
    {
        var lengths = lines.Select(l => l.Length).Where(l => l >= 10).Order().ToList();
        return lengths.Count == 0 ? 30 : lengths[(int)(lengths.Count * 0.75)];
    }

    public static List<string> Join(IEnumerable<string> lines, ImportedPolicy policy)
    {
        var paragraphs = new List<string>();
        var current = "";
        foreach (var line in lines)
        {
            if (IsDateLine(line) || IsSignatureLine(line) || IsPublicationLine(line))
            {
                Flush();
                Note(line, policy);
                paragraphs.Add(line);
                continue;
            }

            if (current.Length == 0 && line.EndsWith('：') && !line.Contains('。'))
            {
                // An addressee line ("各县（市、区）人民政府，…：") stands alone.
                paragraphs.Add(line);
                continue;
            }

            current += line;
            if (EndsSentence(line) && line.Length < policy.LineWidth * 0.9)
            {
                Flush();
            }
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Length > 0)
            {
                paragraphs.Add(current);
                current = "";
            }
        }
    }

    private static void Note(string line, ImportedPolicy policy)
    {
        if (IsDateLine(line))
        {
            policy.DateWritten ??= PolicyImporter.ParseDate(line);
        }
        else if (IsPublicationLine(line))
        {
            policy.Publication ??= line.Trim('（', '）', '(', ')');
        }
        else
        {
            policy.Issuer ??= line;
        }
    }

    private static bool EndsSentence(string line) => line.Length > 0 && "。！？：；）)”".Contains(line[^1]);

    public static bool IsDateLine(string line) => DateLine().IsMatch(line);

    /// <summary>An issuing body's name on its own: short, no punctuation, ends like an organisation.</summary>
    public static bool IsSignatureLine(string line) =>
        line.Length <= 30 && !NotSignature().IsMatch(line) && OrganisationEnding().IsMatch(line);

    public static bool IsPublicationLine(string line) => PublicationLine().IsMatch(line);

    [GeneratedRegex(@"^\d{4}年\d{1,2}月\d{1,2}日$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"[，。；：、,.;:！？\d]")]
    private static partial Regex NotSignature();

    [GeneratedRegex(@"(局|委员会|委|政府|办公室|办公厅|厅|部|院|中心|公司|管委会|小组|专班)$")]
    private static partial Regex OrganisationEnding();

    [GeneratedRegex(@"^[（(]此件.{2,12}[)）]$")]
    private static partial Regex PublicationLine();
}
