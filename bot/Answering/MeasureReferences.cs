using System.Text.RegularExpressions;
using Policy.Bot.Understanding;
using Policy.Knowledge.Content;
using Policy.Knowledge.Search;

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
        // "measure 12 是啥": a Chinese question naming an English reference gets the Chinese name (and a Chinese reply).
        var chineseQuestion = Reference().Replace(normalized, " ").Any(SearchText.IsHan);
        return Reference().Replace(normalized, match =>
        {
            if (match.Groups["part"].Success)
            {
                return Part(policy, Number(match.Groups["part"].Value)) ?? match.Value;
            }

            // "组织保障第四条": the fourth safeguard, not measure 4.
            if (match.Groups["safeguard"].Success)
            {
                return Number(match.Groups["safeguard"].Value) is { } s && knowledge.Clause($"{policy.Id}#safeguard-{s}", Languages.Chinese) is { } safeguard
                    ? safeguard.NameOrTitle.ToLowerInvariant() : match.Value;
            }

            var english = match.Groups["en"].Success && !chineseQuestion;
            var number = match.Groups["en"].Success ? int.Parse(match.Groups["en"].Value, System.Globalization.CultureInfo.InvariantCulture) : Number(match.Groups["zh"].Value);
            var clause = number is { } n ? knowledge.Clause($"{policy.Id}#measure-{n}", english ? Languages.English : Languages.Chinese) : null;
            return clause is null ? match.Value : (english ? " " : "") + clause.NameOrTitle.ToLowerInvariant() + (english ? " " : "");
        });
    }

    /// <summary>
    /// The n-th part of the plan (第四部分: 四、组织保障) as its title and its sections' titles, so that "第四部分讲了啥" is read as
    /// asking about 组织保障 and each of its safeguards: a part has no text of its own.
    /// </summary>
    private static string? Part(BilingualPolicy policy, int? number)
    {
        var parts = policy.Chinese.Sections.Where(s => s.Kind == SectionKind.Part).ToList();
        if (number is not { } n || n < 1 || n > parts.Count)
        {
            return null;
        }

        var part = parts[n - 1];
        return string.Join("、", part.Children.Select(s => s.NameOrTitle).Prepend(part.NameOrTitle)).ToLowerInvariant();
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

    // 第5条, 第九项, 第十二点, 第5项措施, 措施5, 第5条措施; "measure 8", "measure no. 8", "item 8", also beside Chinese
    // ("measure12是啥"); 第四部分, the plan's parts.
    [GeneratedRegex(@"(组织保障|保障措施)(里|中|的|里的|中的|里头的?)?第\s*(?<safeguard>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*(条|项|点)|第\s*(?<zh>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*(条|项|点)(措施)?|措施\s*(?<zh>[0-9]{1,2})|(?<![a-z])(measure|item)\s*(no\.?\s*)?(?<en>[0-9]{1,2})(?![0-9a-z])|第\s*(?<part>[1-9]|[一二三四五六七八九])\s*(大)?部分",
        RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex Reference();
}
