using System.Text;
using Policy.Knowledge.Content;

namespace Policy.Knowledge.Search;

/// <summary>
/// What the server and the static site both do to a query before analysis. templates/assets/search.js does the same
/// (NFKC, lower case, the same Han ranges, the same length limit) so both sides see the same text.
/// </summary>
public static class SearchText
{
    /// <summary>
    /// Long enough for any real question; short enough that the query stays far below Lucene's clause limit
    /// (each character yields at most a unigram and a bigram) and answers in milliseconds.
    /// </summary>
    public const int MaxQueryLength = 200;

    /// <summary>Full-width letters and digits become ASCII (ＶＡＴ → vat), so typing mode does not matter.</summary>
    public static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    /// <summary>
    /// <see cref="Normalize"/> character by character, keeping every character where it was, so that positions found in
    /// the result are positions in <paramref name="text"/> (NFKC alone turns … into ... and would shift them).
    /// </summary>
    public static string NormalizeInPlace(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c >= 0x80 && !char.IsSurrogate(c) && c.ToString().Normalize(NormalizationForm.FormKC) is { Length: 1 } single)
            {
                c = single[0];
            }

            chars[i] = char.ToLowerInvariant(c);
        }

        return new string(chars);
    }

    /// <summary>The CJK ideograph blocks in everyday use; the client uses the very same ranges.</summary>
    public static bool IsHan(char c) => c is (>= '\u3400' and <= '\u4dbf') or (>= '\u4e00' and <= '\u9fff') or (>= '\uf900' and <= '\ufaff');

    /// <summary>Whether <paramref name="text"/> holds a Chinese character (<see cref="IsHan"/>), without enumerating it as an object.</summary>
    public static bool HasHan(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsHan(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasSearchableText(string text) => text.Any(c => IsHan(c) || char.IsLetterOrDigit(c));

    /// <summary>Chinese as soon as the query holds one Chinese character: mixed queries are Chinese questions with a Latin term.</summary>
    public static string DetectLanguage(string text) => HasHan(text) ? Languages.Chinese : Languages.English;

    /// <summary>Normalizes, collapses whitespace and cuts an over-long query at a word boundary.</summary>
    public static string Prepare(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return "";
        }

        var head = query.Length > MaxQueryLength * 4 ? query[..(MaxQueryLength * 4)] : query;
        var text = string.Join(' ', Normalize(WithoutLoneSurrogates(head)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Truncate(text);
    }

    /// <summary>Half an emoji (cut by a client, or by the length limit above) would make Normalize throw.</summary>
    private static string WithoutLoneSurrogates(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var paired = char.IsHighSurrogate(chars[i]) ? i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])
                : !char.IsLowSurrogate(chars[i]) || (i > 0 && char.IsHighSurrogate(chars[i - 1]));
            if (!paired)
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    private static string Truncate(string text)
    {
        if (text.Length <= MaxQueryLength)
        {
            return text;
        }

        var cut = MaxQueryLength;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        // Do not leave half an English word: it would match nothing, or the wrong thing.
        var space = text.LastIndexOf(' ', cut - 1, Math.Min(cut, 30));
        if (char.IsLetterOrDigit(text[cut]) && char.IsLetterOrDigit(text[cut - 1]) && !IsHan(text[cut]) && space > 0)
        {
            cut = space;
        }

        return text[..cut].TrimEnd();
    }
}
