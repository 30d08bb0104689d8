using System.Text.RegularExpressions;
using Policy.Knowledge.Content;

namespace Policy.Generator.Import;

/// <summary>
/// Reads when a document applies from its own sentence about itself: 自印发之日起施行 / 自2024年3月1日起施行 give the first
/// day, 有效期至2025年12月31日 the last, 有效期5年 (or 三年) the last counted from the first.
/// </summary>
internal static partial class DocumentValidity
{
    public static void Read(ImportedPolicy policy, IEnumerable<string> paragraphs)
    {
        foreach (var sentence in paragraphs.SelectMany(p => p.Split('。', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!AboutTheDocument().IsMatch(sentence) || !(sentence.Contains("施行", StringComparison.Ordinal) || sentence.Contains("有效期", StringComparison.Ordinal) || sentence.Contains("实施", StringComparison.Ordinal)))
            {
                continue;
            }

            var from = FromDate().Match(sentence);
            if (from.Success)
            {
                policy.ValidFrom ??= PolicyImporter.ParseDate(from.Value);
            }
            else if (FromIssue().IsMatch(sentence))
            {
                policy.ValidFrom ??= policy.DateIssued ?? policy.DateWritten;
            }

            var until = UntilDate().Match(sentence);
            if (until.Success)
            {
                policy.ValidUntil ??= PolicyImporter.ParseDate(until.Value);
            }
            else if (Years().Match(sentence) is { Success: true } years && ChineseNumber.Parse(years.Groups["n"].Value) is { } n && n is > 0 and < 100
                     && policy.ValidFrom is { } start)
            {
                policy.ValidUntil ??= start.AddYears((int)n).AddDays(-1);
            }

            if (policy.ValidFrom is not null || policy.ValidUntil is not null)
            {
                policy.ValidityText ??= sentence + "。";
            }
        }
    }

    [GeneratedRegex(@"(^|[，,；;])\s*(本|以上)(通知|方案|办法|措施|意见|规定|细则|决定|公告|通告|条例|政策|实施方案|若干措施)|^有效期")]
    private static partial Regex AboutTheDocument();

    [GeneratedRegex(@"(?<=自|从)\d{4}年\d{1,2}月\d{1,2}日(?=起)")]
    private static partial Regex FromDate();

    [GeneratedRegex(@"自(印发|发布|公布|下发)之日起")]
    private static partial Regex FromIssue();

    [GeneratedRegex(@"(?<=有效期(至|到|截至))\d{4}年\d{1,2}月\d{1,2}日")]
    private static partial Regex UntilDate();

    [GeneratedRegex(@"有效期(为|是)?(?<n>[一二两三四五六七八九十\d]{1,3})年")]
    private static partial Regex Years();
}
