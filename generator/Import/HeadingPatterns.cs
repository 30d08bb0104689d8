using System.Text.RegularExpressions;
using Policy.Knowledge.Content;

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
                    return (kind, (int)number.Value, m.Groups["label"].Value.Trim(), text);
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
