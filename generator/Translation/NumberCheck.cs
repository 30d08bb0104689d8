using System.Globalization;
using System.Text.RegularExpressions;

namespace Policy.Generator.Translation;

/// <summary>
/// Every number, amount and date written in digits in the Chinese must appear in the English: a dropped or changed
/// figure in a policy is worse than no translation. 15万元 may appear as 15 or 150,000; 4月 as 4 or April.
/// Numbers written in Chinese characters (第十二次, 五年) are not checked: they are too often words, not figures.
/// </summary>
internal static partial class NumberCheck
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The Chinese figures missing from the English, as written in the Chinese (empty when all are there).</summary>
    public static IReadOnlyList<string> Missing(string chinese, string english)
    {
        var found = NumbersIn(english);
        var lower = english.ToLowerInvariant();
        for (var m = 0; m < Months.Length; m++)
        {
            if (lower.Contains(Months[m], StringComparison.Ordinal) || lower.Contains(Months[m][..3] + ".", StringComparison.Ordinal))
            {
                found.Add(m + 1);
            }
        }

        var missing = new List<string>();
        foreach (Match match in ChineseFigure().Matches(Normalize(chinese)))
        {
            var value = decimal.Parse(match.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            var scale = match.Groups["scale"].Value switch { "万" => 10_000m, "亿" => 100_000_000m, "千" => 1_000m, _ => 1m };
            if (!found.Contains(value) && !found.Contains(value * scale))
            {
                missing.Add(match.Value.Trim());
            }
        }

        return missing.Distinct().ToList();
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
                // "150 thousand", "1.5 million": the scaled figure counts too.
                var after = text[(match.Index + match.Length)..].TrimStart();
                if (after.StartsWith("thousand", StringComparison.OrdinalIgnoreCase)) { result.Add(n * 1_000m); }
                if (after.StartsWith("million", StringComparison.OrdinalIgnoreCase)) { result.Add(n * 1_000_000m); }
                if (after.StartsWith("billion", StringComparison.OrdinalIgnoreCase)) { result.Add(n * 1_000_000_000m); }
            }
        }

        return result;
    }

    /// <summary>Full-width digits and punctuation (１５．５％) read as ASCII.</summary>
    private static string Normalize(string text) =>
        string.Concat(text.Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c == '．' ? '.' : c));

    [GeneratedRegex(@"(?<n>\d+(?:,\d{3})*(?:\.\d+)?)\s*(?<scale>万|亿|千)?")]
    private static partial Regex ChineseFigure();

    [GeneratedRegex(@"\d+(?:,\d{3})*(?:\.\d+)?")]
    private static partial Regex Number();
}
