using Policy.Knowledge.Search;

namespace Policy.Bot.Understanding;

/// <summary>
/// Whether the clause that carries a phrase denies it. The scope is the clause (between commas and full stops), not the
/// next character: 还没转成功, 个转企还没完成, 执照还没办下来, 不是新开的, "I haven't converted". Intent is not done either:
/// 准备/打算/计划 个转企 means it has not happened yet.
/// </summary>
internal static partial class Negation
{
    // Before the phrase, anywhere in its clause within this many characters.
    private const int BeforeWindow = 10;

    // After the phrase: only the words that say something has not happened (yet). A bare 不 or 没有 after a word is too
    // often a question particle or about something else ("个体户能贷到款不", "个体户没有房子").
    private const int AfterWindow = 12;

    private static readonly string[] ChineseNegators =
        ["不是", "并非", "并不是", "没有", "没", "未", "尚未", "不", "非", "无", "还没", "还未", "还在办", "正在办", "还在走流程", "正在走流程", "准备", "打算", "计划", "想要", "将要", "寻思", "琢磨", "想着"];

    private static readonly string[] ChineseNotYetAfter = ["还没", "尚未", "还未", "还在办", "正在办", "没办", "没成功", "没完成", "未完成", "未成功", "没下来", "不是", "了一半", "一半了", "没走完", "还在走流程", "没批下来", "还没批"];

    private static readonly string[] EnglishNegators =
        ["not", "never", "don't", "dont", "doesn't", "isn't", "aren't", "haven't", "hasn't", "didn't", "wasn't", "n't", "planning", "intend", "going", "yet", "maybe", "might", "wanna", "hoping",
            // Typed on a phone without the apostrophe: "he hasnt actually converted yet".
            "doesnt", "isnt", "arent", "havent", "hasnt", "hadnt", "didnt", "wasnt", "werent", "wont", "aint"];

    // "we plan to convert" intends it; "does this plan give getihu…" names the policy.
    private static readonly string[] Planners = ["i", "we", "they", "i'll", "we'll"];

    // These deny only the noun they stand before: "no first offence" is denied, but in "no fine for a first offence" the
    // "no" is the fine's, and the phrase is what is asked about.
    private static readonly string[] EnglishDeterminerNegators = ["no", "without"];

    // How many words may stand between such a word and the phrase ("no real first offence", "without a first offence"),
    // so that "no penalty for first offence" is not denied.
    private const int DeterminerReach = 1;

    // These contain 不/无/没 but do not deny what follows.
    private static readonly string[] ChineseNotNegating =
        ["不超过", "不满", "不到", "不足", "无论", "不管", "是不是", "能不能", "可不可以", "要不要", "有没有", "是否", "不知道", "不清楚", "不用", "不要钱", "免不免",
         // "个转企不是说免刻章费么": "isn't it said that…", quoting the policy back, denies nothing.
         "不是说", "不是讲", "不是规定", "不是跟我说", "不是跟俺说", "不是和我说", "不是告诉我", "不是告诉俺", "不是你说", "不是说过",
         // "个转企不是有补助吗", "不是有个首次免罚么": "isn't there…", asking back, denies nothing (不是有限公司 still does).
         "不是有个", "不是有补", "不是有奖", "不是有优惠", "不是有政策", "不是有钱", "不是有一", "不是有这",
         // The penalty's own negation: in "不罚头一回那个规定" the 不 is the fine's, and the first offence is what is asked about.
         "不罚", "不处罚", "不予处罚", "不予罚款", "不会罚", "不被罚", "免罚",
         // What was wrong, said as a quality: "后厨卫生不合格让市场监管罚过一回款" was fined; 不 is the kitchen's.
         "不合格", "不达标", "不规范", "不合规", "不干净", "不全", "不齐",
         // How big the problem is: "说问题不大算轻微的" says it is minor.
         "不大",
         // How much something costs, said as a quality: "一年房租不老少听说租国有的房子能少收" rents state-owned premises.
         "不老少", "不少", "不小", "不低", "不便宜", "不容易",
         // "but": "俺也是个体户 不过俺那铺子是跟私人房东租的" says the landlord is private.
         "不过", "只不过"];

    public static readonly char[] ClauseBreaks = ['，', ',', '。', '；', ';', '.', '!', '！', '?', '？'];

    public static bool IsNegated(string text, int phraseStart) => IsNegated(text, phraseStart, phraseStart);

    /// <summary>The clause (between commas and full stops) that holds the phrase: its start, and the end it runs to.</summary>
    public static (int Start, int End) ClauseOf(string text, int phraseStart, int phraseEnd)
    {
        var start = phraseStart == 0 ? 0 : text.LastIndexOfAny(ClauseBreaks, phraseStart - 1) + 1;
        var end = text.IndexOfAny(ClauseBreaks, Math.Min(phraseEnd, text.Length));
        end = end < 0 ? text.Length : end;
        // Voice input without punctuation ("条款俺也看不懂 有没有给个体户免费法律咨询的地方"): a space between Chinese characters
        // ends a clause too; between English words it does not.
        for (var i = phraseStart - 1; i > start; i--)
        {
            if (SpaceBetweenHan(text, i))
            {
                start = i + 1;
                break;
            }
        }

        for (var i = Math.Max(phraseEnd, start); i < end; i++)
        {
            if (SpaceBetweenHan(text, i))
            {
                end = i;
                break;
            }
        }

        return (start, end);
    }

    private static bool SpaceBetweenHan(string text, int i) =>
        text[i] == ' ' && i > 0 && i + 1 < text.Length && SearchText.IsHan(text[i - 1]) && SearchText.IsHan(text[i + 1]);

    /// <summary>The message's clauses, split where <see cref="ClauseOf"/> ends one, non-empty and trimmed.</summary>
    public static IEnumerable<string> Clauses(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || Array.IndexOf(ClauseBreaks, text[i]) >= 0 || SpaceBetweenHan(text, i))
            {
                if (text[start..i].Trim() is { Length: > 0 } clause)
                {
                    yield return clause;
                }

                start = i + 1;
            }
        }
    }

    public static bool IsNegated(string text, int phraseStart, int phraseEnd)
    {
        var (clauseStart, clauseEnd) = ClauseOf(text, phraseStart, phraseEnd);

        var windowStart = Math.Max(clauseStart, phraseStart - BeforeWindow);
        var before = text[windowStart..phraseStart];
        // "去年因为冰柜里生熟没分开被罚过一回", "因为没贴价签被罚过": a negator inside the cause the phrase follows is the cause's;
        // only one right before the phrase ("因为以前没被罚过") denies it.
        if (CauseContentStart(text, clauseStart, phraseStart) is { } cause && cause > windowStart)
        {
            before = text[windowStart..cause] + " " + text[Math.Max(cause, phraseStart - CauseReach)..phraseStart];
        }

        // "垃圾桶没盖盖子头一回被查出毛病": a first time is denied only by saying it is not one ("不是头一回"); a negator before
        // it with a deed between is the deed's.
        if (FirstTime().IsMatch(text.AsSpan(phraseStart)) && !FirstTimeDenied().IsMatch(before))
        {
            before = "";
        }

        // "去年没亮照被罚过一回": 被 opens a predicate of its own; a negator before it with a deed between is the deed's
        // ("没被罚过", "从来没有被查过" stay denied).
        if (text[phraseStart] == '被' && !PassiveDenied().IsMatch(before))
        {
            before = "";
        }

        var after = phraseEnd >= clauseEnd ? "" : text[phraseEnd..Math.Min(clauseEnd, phraseEnd + AfterWindow)];
        // "俺这个体户还没转公司": what has not happened yet is a change from what the phrase names, which it leaves standing.
        var changeNotYet = ChangeNotYetMade().IsMatch(after) && text.AsSpan(phraseStart, phraseEnd - phraseStart).IndexOfAny(ChangeVerbs) < 0;
        // "个转企奖励5000 咋还没到账": the money not come yet denies nothing of what the phrase names.
        var paymentNotYet = PaymentNotYet().IsMatch(after);
        if (Denies(before, ChineseNegators) || (Denies(after, ChineseNotYetAfter) && !changeNotYet && !paymentNotYet))
        {
            return true;
        }

        var words = text[clauseStart..phraseStart].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lastWords = words.TakeLast(5).ToArray();
        var from = words.Length - lastWords.Length;
        // "isnt there some no fine first time rule": asking back whether there is one denies nothing.
        return lastWords.Where((w, i) => (EnglishNegators.Contains(w) || w.EndsWith("n't", StringComparison.Ordinal)) && !(i + 1 < lastWords.Length && lastWords[i + 1] == "there")).Any()
            || lastWords.Where((w, i) => w == "plan" && (from + i == 0 || Planners.Contains(words[from + i - 1]))).Any()
            || DeniedByDeterminer([.. lastWords.TakeLast(DeterminerReach + 1)]);
    }

    [System.Text.RegularExpressions.GeneratedRegex("(还没有|还没|没有|没|尚未|还未)(到账|到手|发钱|给钱|打过来|打到卡)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex PaymentNotYet();

    private static readonly System.Buffers.SearchValues<char> ChangeVerbs = System.Buffers.SearchValues.Create("转改变换升");

    [System.Text.RegularExpressions.GeneratedRegex("^[^，,。]{0,2}?(还没有|还没|尚未|还未|没)(转|改|变|换|升级)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex ChangeNotYetMade();

    private static bool DeniedByDeterminer(string[] reach) =>
        reach.Where((w, i) => EnglishDeterminerNegators.Contains(w) && !(i + 1 < reach.Length && PenaltyWords.Contains(reach[i + 1]))).Any();

    // "is there a no-penalty-first-time rule?", "no fine first time": the "no" is the penalty's, not the first time's.
    private static readonly string[] PenaltyWords = ["penalty", "penalties", "fine", "fines", "punishment"];

    [System.Text.RegularExpressions.GeneratedRegex("^(头一?回|头一?次|头一遭|第一[次回遭]|首次|初次)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex FirstTime();

    [System.Text.RegularExpressions.GeneratedRegex("(不是|并非|并不是|不算|不属于|哪是|也不是)(我的?|俺的?|这)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex FirstTimeDenied();

    [System.Text.RegularExpressions.GeneratedRegex("(没|没有|不|未|从未|尚未|还没|还没有|从来没|从来没有|从没|从没有|并没有|不是|不曾|没曾)(怎么|咋|再|又|曾经|曾)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex PassiveDenied();

    // Words that open a cause ("因为…被罚过"), and how close to the phrase a negator inside it must stand to deny the phrase.
    private static readonly string[] CauseMarkers = ["因为", "由于"];
    private const int CauseReach = 2;

    /// <summary>Where the content of the last cause opened before the phrase in its clause starts, if one is.</summary>
    private static int? CauseContentStart(string text, int clauseStart, int phraseStart)
    {
        if (phraseStart - clauseStart < 2)
        {
            return null;
        }

        var best = -1;
        foreach (var marker in CauseMarkers)
        {
            var at = text.LastIndexOf(marker, phraseStart - 1, phraseStart - clauseStart, StringComparison.Ordinal);
            if (at >= 0)
            {
                best = Math.Max(best, at + marker.Length);
            }
        }

        return best >= 0 && best <= phraseStart ? best : null;
    }

    /// <summary>A negator that is not part of a not-negating phrase (不超过, 是不是 …).</summary>
    private static bool Denies(string window, string[] negators)
    {
        var cleaned = window;
        foreach (var phrase in ChineseNotNegating)
        {
            cleaned = cleaned.Replace(phrase, "　", StringComparison.Ordinal);
        }

        return negators.Any(cleaned.Contains);
    }
}
