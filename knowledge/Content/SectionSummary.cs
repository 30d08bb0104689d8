using Markdig.Syntax;
using Policy.Knowledge.Markdown;

namespace Policy.Knowledge.Content;

/// <summary>
/// A clause's plain-language summary, written by staff as a quoted line under its heading:
/// <c>&gt; 要点：新开的个体户刻章不用花钱。</c> in zh.md and <c>&gt; In short: …</c> in en.md. A quote without the label is
/// ordinary policy text.
/// </summary>
public static class SectionSummary
{
    public static string Label(string language) => language == Languages.English ? "In short:" : "要点：";

    /// <summary>The summary's text without its label, or null when the quote is not a summary.</summary>
    public static string? Read(QuoteBlock quote, string language)
    {
        var text = string.Join("", quote.Descendants<ParagraphBlock>().Select(p => PolicyMarkdown.PlainText(p.Inline))).Trim();
        foreach (var label in Labels(language))
        {
            if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                return text[label.Length..].Trim();
            }
        }

        return null;
    }

    private static string[] Labels(string language) =>
        language == Languages.English ? ["In short:", "In short："] : ["要点：", "要点:"];
}
