namespace Policy.Bot.Understanding;

/// <summary>Whether the words just before a phrase deny it: 不是小规模纳税人, "I don't rent from the state".</summary>
internal static class Negation
{
    private static readonly string[] ChineseNegators = ["不是", "并非", "并不是", "没有", "没", "未", "不", "非", "无", "还没"];

    private static readonly string[] EnglishNegators = ["not", "no", "never", "don't", "dont", "doesn't", "isn't", "aren't", "haven't", "hasn't", "didn't", "wasn't", "without", "n't"];

    // These contain 不/无 but do not deny what follows.
    private static readonly string[] ChineseNotNegating = ["不超过", "不满", "不到", "不足", "无论", "不管", "是不是", "能不能", "可不可以", "要不要", "有没有", "是否"];

    public static bool IsNegated(string text, int phraseStart)
    {
        // Look back within the same clause only: "我不是一般纳税人，是小规模纳税人" negates only the first.
        var clauseStart = text.LastIndexOfAny(['，', ',', '。', '；', ';', '.', '!', '！', '?', '？'], Math.Max(phraseStart - 1, 0)) + 1;
        var window = text[Math.Max(clauseStart, phraseStart - 8)..phraseStart];
        if (ChineseNotNegating.Any(window.Contains))
        {
            return false;
        }

        if (ChineseNegators.Any(window.Contains))
        {
            return true;
        }

        var lastWords = text[clauseStart..phraseStart].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(4);
        return lastWords.Any(w => EnglishNegators.Contains(w) || w.EndsWith("n't", StringComparison.Ordinal));
    }
}
