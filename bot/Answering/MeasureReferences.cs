using System.Text.RegularExpressions;
using Policy.Bot.Understanding;
using Policy.Knowledge.Content;

namespace Policy.Bot.Answering;

/// <summary>
/// A measure referred to by its number ("第5条说的什么", "把第九条原文发给我", "措施5", "What does measure 8 say?") read as
/// the measure's name, so that the question is understood, searched and answered as if the name had been written. The
/// number is that of the policy the message names, or of the only policy in force; with several and none named, the
/// reference is left as written (第5条 of which?).
/// </summary>
internal static partial class MeasureReferences
{
    public static string Named(string normalized, BotKnowledge knowledge)
    {
        if (!Reference().IsMatch(normalized))
        {
            return normalized;
        }

        var named = knowledge.PoliciesNamedOnly(normalized);
        var candidates = named.Count > 0 ? named : knowledge.Content.Policies.Where(p => p.Status.Applies()).ToList();
        if (candidates.Count != 1)
        {
            return normalized;
        }

        var policy = candidates[0];
        return Reference().Replace(normalized, match =>
        {
            var english = match.Groups["en"].Success;
            var number = english ? int.Parse(match.Groups["en"].Value, System.Globalization.CultureInfo.InvariantCulture) : Number(match.Groups["zh"].Value);
            var clause = number is { } n ? knowledge.Clause($"{policy.Id}#measure-{n}", english ? Languages.English : Languages.Chinese) : null;
            return clause is null ? match.Value : (english ? " " : "") + (clause.Name.Length > 0 ? clause.Name : clause.Title).ToLowerInvariant() + (english ? " " : "");
        });
    }

    /// <summary>A measure's number in digits or Chinese numerals up to 99 (九, 十二, 二十): null for anything else.</summary>
    private static int? Number(string text)
    {
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var digits))
        {
            return digits;
        }

        var ten = text.IndexOf('十');
        if (ten < 0)
        {
            return text.Length == 1 && ChineseNumerals.IsDigit(text[0]) ? ChineseNumerals.DigitValue(text[0]) : null;
        }

        var tens = ten == 0 ? 1 : ten == 1 && ChineseNumerals.IsDigit(text[0]) ? ChineseNumerals.DigitValue(text[0]) : (int?)null;
        var ones = ten == text.Length - 1 ? 0 : ten == text.Length - 2 && ChineseNumerals.IsDigit(text[^1]) ? ChineseNumerals.DigitValue(text[^1]) : (int?)null;
        return tens is null || ones is null ? null : (tens * 10) + ones;
    }

    // 第5条, 第九项, 第十二点, 第5项措施, 措施5, 第5条措施; "measure 8", "measure no. 8", "item 8".
    [GeneratedRegex(@"第\s*(?<zh>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*(条|项|点)(措施)?|措施\s*(?<zh>[0-9]{1,2})|\b(measure|item)\s*(no\.?\s*)?(?<en>[0-9]{1,2})\b",
        RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex Reference();
}
