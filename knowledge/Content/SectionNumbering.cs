using System.Text.RegularExpressions;

namespace Policy.Knowledge.Content;

/// <summary>Chinese and English heading numbers: 一、 （一） 1. 第一条 I. (1).</summary>
public static partial class SectionNumbering
{
    public static string StripNumber(string title) => Number().Replace(title, "").Trim();

    [GeneratedRegex(@"^\s*(第[一二三四五六七八九十百零〇\d]+[条章]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|[IVX]+\.)\s*")]
    private static partial Regex Number();
}
