using System.Text;
using System.Text.RegularExpressions;
using Policy.Bot.Answering;
using Policy.Knowledge.Content;

namespace Policy.Bot.Conversations;

/// <summary>An answer as a text-only channel shows it: plain text, citations as numbered links, within the channel's size.</summary>
public static partial class ReplyText
{
    public static string Format(BotResult result, int maxBytes)
    {
        var text = new StringBuilder(PlainText(result.Answer).Trim());
        var english = result.Language == Languages.English;
        if (result.Citations.Count > 0 && !result.Citations.All(c => result.Answer.Contains(c.Url, StringComparison.Ordinal)))
        {
            text.Append(english ? "\n\nSources:" : "\n\n依据：");
            for (var i = 0; i < result.Citations.Count; i++)
            {
                var c = result.Citations[i];
                text.Append($"\n[{i + 1}] {(c.Document is null ? "" : c.Document + " ")}{c.Title} {c.Url}");
            }
        }

        var more = result.Citations.FirstOrDefault()?.Url ?? "";
        return ReplyFitter.Fit(text.ToString(), more, english ? "Full text: " : "全文：", maxBytes);
    }

    /// <summary>Markdown to what a chat bubble can show: no emphasis marks, links as "text url".</summary>
    public static string PlainText(string markdown)
    {
        var text = MarkdownLink().Replace(markdown, m => m.Groups[1].Value == m.Groups[2].Value ? m.Groups[2].Value : $"{m.Groups[1].Value} {m.Groups[2].Value}");
        text = Emphasis().Replace(text, m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
        text = HeadingMark().Replace(text, "");
        return text;
    }

    [GeneratedRegex(@"\[([^\]\n]+)\]\((https?://[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\*\*([^*]+)\*\*|__([^_]+)__")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"(?m)^#{1,6}\s+")]
    private static partial Regex HeadingMark();
}
