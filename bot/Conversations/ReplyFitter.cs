using System.Text;
using System.Text.RegularExpressions;

namespace Policy.Bot.Conversations;

/// <summary>
/// Channels limit a text reply (WeChat: 2,048 bytes of UTF-8). A longer answer is cut at a sentence
/// boundary and ends with a link to the full clause; a URL or a multi-byte character is never cut.
/// </summary>
public static partial class ReplyFitter
{
    public static string Fit(string text, string moreLink, string moreLabel, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes)
        {
            return text;
        }

        var tail = $"…\n{moreLabel}{moreLink}";
        var budget = maxBytes - Encoding.UTF8.GetByteCount(tail);
        var best = 0;
        foreach (Match boundary in SentenceEnd().Matches(text))
        {
            var end = boundary.Index + boundary.Length;
            if (Encoding.UTF8.GetByteCount(text.AsSpan(0, end)) > budget)
            {
                break;
            }

            if (!InsideUrl(text, end))
            {
                best = end;
            }
        }

        if (best == 0)
        {
            // No sentence fits: cut at the last whole character (never half a surrogate pair) outside a URL.
            best = Math.Min(text.Length, budget / 4);
            while (best > 0 && best < text.Length && (char.IsLowSurrogate(text[best]) || InsideUrl(text, best)))
            {
                best--;
            }
        }

        return text[..best].TrimEnd() + tail;
    }

    private static bool InsideUrl(string text, int position) =>
        Url().Matches(text).Any(m => position > m.Index && position < m.Index + m.Length);

    [GeneratedRegex(@"[。！？!?；;]|\.(?=\s)|\n")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Url();
}
