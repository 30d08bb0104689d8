using System.Text.RegularExpressions;

namespace Policy.Generator.Site;

/// <summary>
/// Chinese quoted inside English text (the slogans a translation keeps, "(一市一业、一县一品)") is marked
/// <c>lang="zh-CN"</c>, so that screen readers say it in Chinese and the page's English stays free of Chinese punctuation.
/// </summary>
internal static partial class ChineseRuns
{
    /// <summary>Wraps each run of Chinese characters and CJK punctuation in the text of <paramref name="html"/> (never in tags).</summary>
    public static string Mark(string html) =>
        Parts().Replace(html, m => m.Value.StartsWith('<') ? m.Value : Run().Replace(m.Value, r => $"<span lang=\"zh-CN\">{r.Value}</span>"));

    [GeneratedRegex("<[^>]*>|[^<]+")]
    private static partial Regex Parts();

    // CJK punctuation (U+3000–303F) and full-width forms (U+FF00–FFEF) count only next to a Chinese character.
    [GeneratedRegex(@"[\u3000-\u303F\uFF00-\uFFEF]*[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF][\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]*")]
    private static partial Regex Run();
}
