using System.Text.RegularExpressions;

namespace Policy.Generator.Import;

internal enum HeadingKind
{
    Part,
    Group,
    Item,
    Chapter,
    Article,
}

/// <summary>Chinese official-document numbering: 一、 （一） 1. 第一章 第一条.</summary>
internal static partial class HeadingPatterns
{
    public static (HeadingKind Kind, int Number, string Label, string Text)? Match(string line)
    {
        foreach (var (regex, kind) in Patterns)
        {
            var m = regex.Match(line);
            if (m.Success)
            {
                var number = ChineseNumber.Parse(m.Groups["n"].Value);
                var text = line[m.Length..].Trim();
                var needsTitle = kind is HeadingKind.Part or HeadingKind.Chapter or HeadingKind.Group;
                if (number is > 0 and < 200 && !(needsTitle && text.Length == 0))
                {
                    return (kind, number.Value, m.Groups["label"].Value.Trim(), text);
                }
            }
        }

        return null;
    }

    private static readonly (Regex, HeadingKind)[] Patterns =
    [
        (Part(), HeadingKind.Part),
        (Group(), HeadingKind.Group),
        (Item(), HeadingKind.Item),
        (Chapter(), HeadingKind.Chapter),
        (Article(), HeadingKind.Article),
    ];

    [GeneratedRegex(@"^(?<label>(?<n>[一二三四五六七八九十]+)、)")]
    private static partial Regex Part();

    [GeneratedRegex(@"^(?<label>[（(](?<n>[一二三四五六七八九十]+)[)）])")]
    private static partial Regex Group();

    [GeneratedRegex(@"^(?<label>(?<n>\d{1,3})[.．、])(?!\d)")]
    private static partial Regex Item();

    [GeneratedRegex(@"^(?<label>第(?<n>[一二三四五六七八九十百零〇\d]+)章)")]
    private static partial Regex Chapter();

    [GeneratedRegex(@"^(?<label>第(?<n>[一二三四五六七八九十百零〇\d]+)条)")]
    private static partial Regex Article();
}

/// <summary>Small Chinese numerals as used in headings: 一 … 九十九, and plain digits.</summary>
internal static class ChineseNumber
{
    private const string Digits = "零一二三四五六七八九";

    public static int? Parse(string text)
    {
        if (int.TryParse(text, out var n))
        {
            return n;
        }

        text = text.Replace('〇', '零');
        var total = 0;
        var current = 0;
        foreach (var c in text)
        {
            var digit = Digits.IndexOf(c);
            if (digit >= 0)
            {
                current = digit;
            }
            else if (c == '十')
            {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            }
            else if (c == '百')
            {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
            else
            {
                return null;
            }
        }

        return total + current;
    }
}
