using System.Text.RegularExpressions;

namespace Policy.Generator.Import;

/// <summary>Undoes what PDF extraction does to Chinese policy texts: page marks, letterheads, doubled bold headings, stray spaces.</summary>
internal static partial class ArtifactRepair
{
    public static List<string> CleanLines(IEnumerable<string> lines) =>
        lines.Select(l => l.Trim().Trim('\u3000').Trim())
            .Where(l => l.Length > 0 && !PageMark().IsMatch(l) && !IsLetterhead(l))
            .Select(l => Undouble(RemoveStraySpaces(l)))
            .ToList();

    /// <summary>"晋城市市场监督管理局文件": a letterhead, not text.</summary>
    public static bool IsLetterhead(string line) =>
        line.Length <= 30 && line.EndsWith("文件", StringComparison.Ordinal) && !PunctuationOrDigit().IsMatch(line);

    /// <summary>
    /// Bold headings come out of the PDF twice: "（（一一））拓展领域拓展领域" and "1.拓宽领域拓宽领域。。积极…".
    /// </summary>
    public static string Undouble(string line)
    {
        var number = DoubledNumber().Match(line);
        if (number.Success && IsDoubledPerCharacter(number.Groups[2].Value))
        {
            var inner = number.Groups[2].Value;
            var single = string.Concat(Enumerable.Range(0, inner.Length / 2).Select(i => inner[i * 2]));
            line = number.Groups[1].Value[0] + single + number.Groups[3].Value[0] + line[number.Length..];
        }

        var prefix = HeadingNumber().Match(line);
        var rest = line[prefix.Length..];
        var repeated = RepeatedTitle().Match(rest);
        if (repeated.Success)
        {
            rest = repeated.Groups[1].Value + rest[repeated.Length..];
            if (rest.Length > repeated.Groups[1].Length && rest[repeated.Groups[1].Length..].StartsWith("。。", StringComparison.Ordinal))
            {
                rest = rest[..repeated.Groups[1].Length] + rest[(repeated.Groups[1].Length + 1)..];
            }

            line = line[..prefix.Length] + rest;
        }

        return DoubledStop().Replace(line, "$1");
    }

    private static bool IsDoubledPerCharacter(string text) =>
        text.Length % 2 == 0 && Enumerable.Range(0, text.Length / 2).All(i => text[i * 2] == text[(i * 2) + 1]);

    /// <summary>PDFs put spaces around numbers inside Chinese sentences: "2022年 12月 31日前", "再降 10%".</summary>
    public static string RemoveStraySpaces(string line) => CjkSpace().Replace(line, "");

    [GeneratedRegex(@"^([-—–－]\s*\d+\s*[-—–－]?|[-—–－]{2}\s*\d+|\d{1,3}|第\s*\d+\s*页(\s*[,，]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)$")]
    private static partial Regex PageMark();

    [GeneratedRegex(@"[\p{P}\d]")]
    private static partial Regex PunctuationOrDigit();

    [GeneratedRegex(@"^([（(]{2})([一二三四五六七八九十\d]+)([)）]{2})")]
    private static partial Regex DoubledNumber();

    [GeneratedRegex(@"^(\s*([（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|[一二三四五六七八九十]+、|第[一二三四五六七八九十百]+条)\s*)")]
    private static partial Regex HeadingNumber();

    [GeneratedRegex(@"^(.{2,40}?)\1(?=。|$)")]
    private static partial Regex RepeatedTitle();

    [GeneratedRegex(@"([。，；：])\1+")]
    private static partial Regex DoubledStop();

    [GeneratedRegex(@"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])[ \t]+|[ \t]+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])")]
    private static partial Regex CjkSpace();
}
