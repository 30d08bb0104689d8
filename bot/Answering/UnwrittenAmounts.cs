using System.Text.RegularExpressions;
using Policy.Bot.Understanding;
using Policy.Knowledge.Content;

namespace Policy.Bot.Answering;

/// <summary>
/// A sum the asker names as something handed out ("听说能领5000块开业补贴", "is there a 10,000 yuan start-up grant?") that no
/// clause of any policy writes. The reply says so before what the policies do provide: a rumoured figure is not left
/// standing beside a clause about something else, as if that clause confirmed it.
/// </summary>
internal sealed class UnwrittenAmounts(ContentSet content)
{
    // Words that make a sum something given, not something the asker earns or pays.
    private static readonly string[] GivenWords =
        ["补贴", "补助", "奖励", "奖金", "奖", "红包", "扶持资金", "扶持金", "资助", "补偿", "贴息", "subsid", "grant", "bonus", "reward", "allowance", "handout", "payout", "stipend", "from the government", "from the city", "from the state", "from the county"];

    // Verbs of handing money out, said just before the sum: "给补一万", "发五千", "政府给三千".
    private static readonly string[] HandedOut = ["给补", "补给", "补", "发", "奖", "返", "送", "政府给", "国家给", "县里给", "市里给"];

    // What a sum handed over pays for, not a grant: "老板每月给我发四千块工资".
    private static readonly Regex Wages = new("工资|薪|提成|奖金|货款|房租|租金", RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // How far from the sum such a word may stand, within the same clause: "5000块开业补贴", "a 5,000 yuan opening subsidy".
    private const int ChineseReach = 6;
    private const int EnglishReach = 24;

    // Every sum any clause writes, in yuan, worked out at the first question that names one. A policy writes a sum with its
    // unit (1200元, 15万元, 3,000 yuan), so only the texts that name the unit are read: a tenth of them at N=1000.
    private readonly Lazy<HashSet<decimal>> written = new(() => content.Policies
        .SelectMany(p => p.Chinese.Sections.Concat(p.English?.Sections ?? []))
        .Where(s => s.Text.Contains('元') || s.Text.Contains("yuan", StringComparison.OrdinalIgnoreCase))
        .SelectMany(s => NumberParser.Find(TextNormalizer.Normalize(s.Text)))
        .Select(m => m.Value)
        .Concat(content.Rules.Select(r => r.AmountYuan).OfType<decimal>())
        .ToHashSet());

    /// <summary>Whether some clause or rule writes this sum (3000, 1200, 15万).</summary>
    public bool IsWritten(decimal value) => written.Value.Contains(value);

    /// <summary>The words naming a sum given that no clause writes ("5000块开业补贴"), or a share of a cost paid that no
    /// clause writes ("政府给补一半抽成"), or null.</summary>
    public string? Named(string normalized)
    {
        foreach (var mention in NumberParser.Find(normalized))
        {
            if (mention.Value < 10 || Given(normalized, mention) is not { } phrase)
            {
                continue;
            }

            return written.Value.Contains(mention.Value) ? null : phrase;
        }

        return SharePaid(normalized) is { } share && !writtenShares.Value.Contains(share.Share) ? share.Phrase : null;
    }

    // A share of a cost: "一半", "五折", "三成", "百分之五十", "50%", "half".
    private static readonly Regex ShareOfACost = new(
        @"一半|半价|对半|打?([一二三四五六七八九])折|([一二三四五六七八九])成|百分之([一二三四五六七八九十]+)|(\d{1,3})\s?(%|percent\b)|\bhalf\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.Timeout);

    // Words that make a share of a cost something someone else pays: "补一半", "报销百分之八十", "pays half". "减半" and
    // "降10%" (what a tax or a fee comes down by) are not.
    private static readonly string[] PaidWords =
        ["补", "报销", "返", "承担", "掏", "出", "subsid", "pay", "cover", "reimburs", "refund"];

    // Every share some clause writes as paid, worked out at the first question that names one.
    private readonly Lazy<HashSet<decimal>> writtenShares = new(() => content.Policies
        .SelectMany(p => p.Chinese.Sections.Concat(p.English?.Sections ?? []))
        .Select(s => SharePaid(TextNormalizer.Normalize(s.Text)))
        .OfType<(decimal Share, string Phrase)>()
        .Select(s => s.Share)
        .ToHashSet());

    /// <summary>A share of a cost with a word that makes it paid by someone else near it in its clause.</summary>
    private static (decimal Share, string Phrase)? SharePaid(string text)
    {
        foreach (Match match in ShareOfACost.Matches(text))
        {
            var (clauseStart, clauseEnd) = Negation.ClauseOf(text, match.Index, match.Index + match.Length);
            var english = match.Value.Any(char.IsAsciiLetter) || match.Groups[4].Success;
            var reach = english ? EnglishReach : ChineseReach;
            var from = Math.Max(clauseStart, match.Index - reach);
            var to = Math.Min(clauseEnd, match.Index + match.Length + reach);
            var before = text[from..match.Index];
            var after = text[(match.Index + match.Length)..to];
            var word = PaidWords.FirstOrDefault(w => before.Contains(w, StringComparison.OrdinalIgnoreCase))
                ?? PaidWords.FirstOrDefault(w => after.Contains(w, StringComparison.OrdinalIgnoreCase));
            if (word is null)
            {
                continue;
            }

            // The share paid by someone else: "打八折" leaves a fifth, "三成" is three tenths.
            var share = match.Groups[1].Success ? 1 - ChineseDigit(match.Groups[1].Value) / 10m
                : match.Groups[2].Success ? ChineseDigit(match.Groups[2].Value) / 10m
                : match.Groups[3].Success && ChineseNumber.Parse(match.Groups[3].Value) is { } percent ? percent / 100m
                : match.Groups[4].Success ? decimal.Parse(match.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture) / 100m
                : 0.5m;
            var at = before.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            var phrase = at >= 0 ? text[(from + at)..(match.Index + match.Length)] : text[match.Index..(match.Index + match.Length + after.IndexOf(word, StringComparison.OrdinalIgnoreCase) + word.Length)];
            return (share, phrase.Trim());
        }

        return null;
    }

    private static decimal ChineseDigit(string digit) => "一二三四五六七八九".IndexOf(digit, StringComparison.Ordinal) + 1;

    // A sum borrowed is not a sum given: "贷款30万有贴息吗" asks about interest on a loan of that size.
    private static readonly string[] LoanWords = ["贷", "借", "loan", "borrow"];

    // Words that end the phrase of a sum: "30万有贴息" speaks of two things, "5000块开业补贴" of one.
    private static readonly char[] Between = ['有', '没', '吗', '能', '可', '要'];

    /// <summary>The sum with the word that makes it given, when one stands near it in its clause.</summary>
    private static string? Given(string text, NumberMention mention)
    {
        var (clauseStart, clauseEnd) = Negation.ClauseOf(text, mention.Start, mention.End);
        if (LoanWords.Any(w => text[Math.Max(clauseStart, mention.Start - 6)..mention.Start].Contains(w, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var reach = text[mention.Start..mention.End].Any(char.IsAsciiLetter) || IsEnglishAround(text, mention) ? EnglishReach : ChineseReach;
        var after = text[mention.End..Math.Min(clauseEnd, mention.End + reach)];
        foreach (var word in GivenWords)
        {
            var at = after.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && after[..at].IndexOfAny(Between) < 0)
            {
                var end = mention.End + at + word.Length;
                while (end < clauseEnd && char.IsAsciiLetter(text[end]))
                {
                    end++; // the rest of an English word: "subsid" → "subsidy"
                }

                return text[mention.Start..end].Trim();
            }
        }

        // "政府给补一万块钱", "每户发五千": a verb of handing out just before the sum.
        var lead = text[Math.Max(clauseStart, mention.Start - 3)..mention.Start];
        if (HandedOut.FirstOrDefault(v => lead.EndsWith(v, StringComparison.Ordinal)) is { } verb
            && !Wages.IsMatch(text[mention.End..Math.Min(clauseEnd, mention.End + ChineseReach)]))
        {
            var end = mention.End;
            while (end < clauseEnd && "块钱元的".Contains(text[end]))
            {
                end++;
            }

            return text[(mention.Start - verb.Length)..end].Trim();
        }

        // "jincheng pays every new getihu 5000 yuan", "they give you 2000": an English verb of handing out before the sum.
        var window = Math.Max(clauseStart, mention.Start - EnglishReach - 16);
        if (EnglishHandedOut.Match(text[window..mention.Start]) is { Success: true } handed
            && !Earned.IsMatch(text[mention.End..Math.Min(clauseEnd, mention.End + EnglishReach)]))
        {
            var unit = YuanAfter.Match(text, mention.End);
            return text[(window + handed.Index)..(unit.Success ? mention.End + unit.Length : mention.End)].Trim();
        }

        // "补贴5000块", "a grant of 10,000 yuan": from the word to the sum.
        var from = Math.Max(clauseStart, mention.Start - reach);
        var before = text[from..mention.Start];
        var first = GivenWords.Select(w => before.IndexOf(w, StringComparison.OrdinalIgnoreCase)).Where(at => at >= 0).DefaultIfEmpty(-1).Min();
        return first < 0 ? null : text[(from + first)..mention.End].Trim();
    }

    // An English verb of handing money out, some words before the sum it hands out.
    private static readonly Regex EnglishHandedOut = new(@"\b(pays?|paid|gives?|gave|hands? out|handed out|grants?|awards?)\b[^.?!,;]{0,40}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.Timeout);

    // What the asker is paid or pays for, not a grant: "pays 5000 a month in rent", "gives 20% commission".
    private static readonly Regex Earned = new(@"^\s*(yuan|rmb|kuai)?\s*(a|per|each)\s+(month|year|week|day)|\b(rent|salary|wage|wages|commission|tax|fee|fees|deposit)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.Timeout);

    private static readonly Regex YuanAfter = new(@"\G\s*(yuan|rmb|kuai)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.Timeout);

    private static bool IsEnglishAround(string text, NumberMention mention) =>
        mention.End < text.Length && text[mention.End..Math.Min(text.Length, mention.End + 3)].Any(char.IsAsciiLetter);
}
