using System.Text;

namespace Policy.Bot.Understanding;

/// <summary>One normal form for matching words: full-width letters and digits folded (ＡＢＣ１２ → ABC12), lower case, capped length.</summary>
public static class TextNormalizer
{
    /// <summary>Longer messages are cut here: nothing a shop owner asks needs more, and it keeps every step fast.</summary>
    public const int MaxUnderstoodLength = 1000;

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var capped = text.Length > MaxUnderstoodLength ? text[..MaxUnderstoodLength] : text;
        if (char.IsHighSurrogate(capped[^1]))
        {
            capped = capped[..^1];
        }

        var builder = new StringBuilder(capped.Length);
        foreach (var c in capped)
        {
            // Fold only the full-width ASCII block: NFKC would also turn Chinese punctuation （，） into ASCII.
            builder.Append(c is >= '！' and <= '～' && !IsChinesePunctuation(c) ? (char)(c - 0xFEE0) : c);
        }

        return builder.Replace('\u3000', ' ').Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ').ToString().ToLowerInvariant().Trim();
    }

    // These stay full-width: the clause texts and the fact words use them.
    private static bool IsChinesePunctuation(char c) => c is '，' or '（' or '）' or '：' or '；' or '！' or '？';
}
