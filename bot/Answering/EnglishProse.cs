using System.Globalization;
using System.Text.RegularExpressions;

namespace Policy.Bot.Answering;

/// <summary>English that reads like English: ISO dates in prose become "31 December 2022" (links keep theirs).</summary>
internal static partial class EnglishProse
{
    /// <summary>"Exemption from VAT" or "A free seal" inside a sentence reads "exemption from VAT", "a free seal"; "VAT exemption" keeps its capitals.</summary>
    public static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && (char.IsLower(text[1]) || text[1] == ' ') ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    public static string Dates(string text) => IsoDate().Replace(text, m =>
        DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? BotTexts.FormatDate(date, Knowledge.Content.Languages.English)
            : m.Value);

    // Not after '=' or '/': a date inside a URL's query or path is data, not prose.
    [GeneratedRegex(@"(?<![=/\w-])\d{4}-\d{2}-\d{2}(?![\w-])")]
    private static partial Regex IsoDate();
}
