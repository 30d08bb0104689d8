using System.Globalization;
using System.Text.RegularExpressions;

namespace Policy.Knowledge.Content;

/// <summary>
/// The figures of a policy text (numbers, amounts, dates) compared with another text's: a translation may not drop one
/// (<see cref="Missing"/>), and a plain-language summary may not add one (<see cref="Added"/>). 15万元 may appear as 15
/// or 150,000; 4月 as 4 or April.
/// </summary>
public static partial class Figures
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] NumberWords =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>
    /// The Chinese figures written in digits missing from the English, as written in the Chinese (empty when all are there).
    /// Numbers written in Chinese characters (第十二次, 五年) are not checked here: an English draft writes them as words.
    /// </summary>
    public static IReadOnlyList<string> Missing(string chinese, string english)
    {
        var found = NumbersIn(english);
        found.UnionWith(MonthsIn(english));
        var missing = new List<string>();
        foreach (Match match in ChineseFigure().Matches(Normalize(chinese)))
        {
            var (value, scaled) = ValueOf(match);
            if (!found.Contains(value) && !found.Contains(scaled))
            {
                missing.Add(match.Value.Trim());
            }
        }

        return missing.Distinct().ToList();
    }

    /// <summary>
    /// The figures of a summary (zh or en) that its clause does not have, as written in the summary: digits (15万, 150,000),
    /// Chinese numerals counting something (三个月, 两年), English number words (three months) and month names.
    /// </summary>
    public static IReadOnlyList<string> Added(string summary, string clause)
    {
        var known = NumbersIn(clause);
        foreach (Match match in CountedChinese().Matches(clause))
        {
            if (ChineseNumber.Parse(match.Groups["n"].Value) is { } n)
            {
                known.Add(n);
            }
        }

        var added = new List<string>();
        var text = Normalize(summary);
        foreach (Match match in ChineseFigure().Matches(text))
        {
            var (value, scaled) = ValueOf(match);
            if (!known.Contains(value) && !known.Contains(scaled))
            {
                added.Add(match.Value.Trim());
            }
        }

        foreach (Match match in CountedChinese().Matches(text))
        {
            if (ChineseNumber.Parse(match.Groups["n"].Value) is { } n && !known.Contains(n))
            {
                added.Add(match.Value);
            }
        }

        foreach (Match match in EnglishWord().Matches(text))
        {
            var word = match.Value.ToLowerInvariant();
            var value = Array.IndexOf(NumberWords, word) is var i and >= 0 ? i : Array.IndexOf(Months, word) + 1;
            // "one" is as often a pronoun as a figure ("one of the units").
            if (word != "one" && word != "may" && !known.Contains(value))
            {
                added.Add(match.Value);
            }
        }

        return added.Distinct().ToList();
    }

    private static (decimal Value, decimal Scaled) ValueOf(Match match)
    {
        var value = decimal.Parse(match.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var scale = match.Groups["scale"].Value switch { "万" => 10_000m, "亿" => 100_000_000m, "千" => 1_000m, _ => 1m };
        return (value, value * scale);
    }

    private static HashSet<decimal> MonthsIn(string text)
    {
        var lower = text.ToLowerInvariant();
        return Enumerable.Range(0, Months.Length)
            .Where(m => lower.Contains(Months[m], StringComparison.Ordinal) || lower.Contains(Months[m][..3] + ".", StringComparison.Ordinal))
            .Select(m => (decimal)(m + 1)).ToHashSet();
    }

    private static HashSet<decimal> NumbersIn(string text)
    {
        var result = new HashSet<decimal>();
        text = Normalize(text);
        foreach (Match match in Number().Matches(text))
        {
            if (decimal.TryParse(match.Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var n))
            {
                result.Add(n);
                // "150 thousand", "1.5 million", "15万": the scaled figure counts too.
                // (A span: a copy of the rest of the text for every number made long clauses quadratic.)
                var after = text.AsSpan(match.Index + match.Length).TrimStart();
                var first = after.IsEmpty ? '\0' : after[0];
                if (after.StartsWith("thousand", StringComparison.OrdinalIgnoreCase) || first == '千') { result.Add(n * 1_000m); }
                if (first == '万') { result.Add(n * 10_000m); }
                if (after.StartsWith("million", StringComparison.OrdinalIgnoreCase)) { result.Add(n * 1_000_000m); }
                if (after.StartsWith("billion", StringComparison.OrdinalIgnoreCase)) { result.Add(n * 1_000_000_000m); }
                if (first == '亿') { result.Add(n * 100_000_000m); }
            }
        }

        return result;
    }

    /// <summary>Full-width digits and punctuation (１５．５％) read as ASCII.</summary>
    private static string Normalize(string text) =>
        text.AsSpan().IndexOfAny(FullWidth) < 0
            ? text
            : string.Create(text.Length, text, (chars, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    var c = source[i];
                    chars[i] = c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c == '．' ? '.' : c;
                }
            });

    private static readonly System.Buffers.SearchValues<char> FullWidth = System.Buffers.SearchValues.Create("０１２３４５６７８９．");

    [GeneratedRegex(@"(?<n>\d+(?:,\d{3})*(?:\.\d+)?)\s*(?<scale>万|亿|千)?")]
    private static partial Regex ChineseFigure();

    [GeneratedRegex(@"\d+(?:,\d{3})*(?:\.\d+)?")]
    private static partial Regex Number();

    /// <summary>A number in Chinese characters that counts something: 三个月, 两年, 十五万元, 五个工作日 (not 统一, 一律, 第一).</summary>
    [GeneratedRegex(@"(?<!第)(?<n>[零〇一二两三四五六七八九十百千万]+)(?=(个)?(月|年|日|天|元|次|倍|项|套|家|人|岁|周|小时|工作日|成|折|%|％))")]
    private static partial Regex CountedChinese();

    [GeneratedRegex(@"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|january|february|march|april|may|june|july|august|september|october|november|december)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();
}
