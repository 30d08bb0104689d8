using Policy.Knowledge.Rules;

namespace Policy.Bot.Understanding;

/// <summary>
/// The period an amount is for, from the words in its clause: 一个季度销售额四十万 (quarter), 一年卖了180万 (year),
/// "420,000 yuan per quarter", 12万/月. The nearest period word wins; none means the figure carries no period.
/// </summary>
internal static partial class PeriodReader
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
         // "his dec sales were exactly 15w": a month as chat shortens it.
         "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

    private static readonly (string Word, string Period)[] Words = BuildWords();

    private static (string, string)[] BuildWords()
    {
        var list = new List<(string, string)>();
        void Add(string period, params string[] words) => list.AddRange(words.Select(w => (w, period)));
        Add(FactPeriods.Day, "每天", "一天", "每日", "日均", "一日", "天", "per day", "a day", "daily", "each day", "every day", "/day", "/天");
        Add(FactPeriods.Week, "每周", "一周", "每星期", "一星期", "一个星期", "每个星期", "一个礼拜", "每个礼拜", "礼拜", "星期", "周", "per week", "a week", "weekly", "each week", "every week", "/week", "/周");
        Add(FactPeriods.Month, "每月", "每个月", "一个月", "一月", "月均", "月", "per month", "a month", "monthly", "each month", "every month", "/month", "/月", "last month", "this month", "the month", "previous month");
        // "my sales for august came to 150000": one month named.
        Add(FactPeriods.Month, [.. MonthNames.SelectMany(m => new[] { $"for {m}", $"in {m}", $"of {m}", $"{m} sales", $"{m}'s sales" })]);
        Add(FactPeriods.Quarter, "每季度", "一个季度", "一季度", "季度", "每季", "一季", "per quarter", "a quarter", "quarterly", "each quarter", "every quarter", "/quarter", "last quarter", "this quarter", "the quarter", "previous quarter", "in a quarter",
            // "三个月一共卖了39万": three months' sales together are a quarter's.
            "三个月", "3个月", "仨月", "three months", "3 months",
            // "Q3 sales 450,000 yuan", "third quarter".
            "q1", "q2", "q3", "q4", "first quarter", "second quarter", "third quarter", "fourth quarter", "1st quarter", "2nd quarter", "3rd quarter", "4th quarter");
        // "今年上半年卖了九十万": half a year, not the year the 今年 of it names.
        Add(FactPeriods.HalfYear, "上半年", "下半年", "半年", "half a year", "half-year", "half year", "six months", "first half", "second half");
        Add(FactPeriods.Year, "每年", "一年", "全年", "年度", "今年", "去年", "年均", "年", "per year", "a year", "yearly", "annual", "annually", "each year", "every year", "per annum", "/year", "/年", "last year", "this year", "the year", "previous year");
        return [.. list.OrderByDescending(w => w.Item1.Length)];
    }

    // How much farther a period word after a pause stands than one before the number.
    private const int AfterAPause = 100;

    // "这个月到今天卖了十四万八": up to today is the month so far, not a figure per day ("那天卖了10万" is that day's).
    private const string DayNamed = "今昨前";

    public static string? Find(string text, int numberStart, int numberEnd)
    {
        var clauseStart = numberStart == 0 ? 0 : text.LastIndexOfAny(Negation.ClauseBreaks, numberStart - 1) + 1;
        var clauseEnd = text.IndexOfAny(Negation.ClauseBreaks, Math.Min(numberEnd, text.Length));
        clauseEnd = clauseEnd < 0 ? text.Length : clauseEnd;
        string? best = null;
        var bestDistance = int.MaxValue;
        var taken = new bool[text.Length];
        foreach (var (word, period) in Words)
        {
            for (var at = text.IndexOf(word, clauseStart, StringComparison.Ordinal); at >= 0 && at + word.Length <= clauseEnd; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                if (taken[at] || (char.IsAsciiLetter(word[0]) && at > 0 && char.IsAsciiLetter(text[at - 1])) || (at < numberEnd && at + word.Length > numberStart)
                    || (word == "天" && at > 1 && DayNamed.Contains(text[at - 1]) && "到至止".Contains(text[at - 2]))
                    // "今天都31号了": the day's date, not a figure per day.
                    || (word == "天" && at > 0 && DayNamed.Contains(text[at - 1]) && DateFollows().IsMatch(text[(at + 1)..])))
                {
                    continue;
                }

                for (var i = at; i < at + word.Length; i++)
                {
                    taken[i] = true; // 一个月 is not also 月
                }

                // After the number only close by ("12万/月", "420,000 yuan per quarter"); before it, anywhere in the clause. A word
                // after a pause (voice input's space) starts the next thought ("一个月能卖个十六七万 前年因为开票…", "三季度一共卖了40万
                // 每个月都差不多"): one before the number wins over it.
                var distance = at >= numberEnd ? at - numberEnd : numberStart - (at + word.Length);
                if (at >= numberEnd && distance > 10 && !SalesWordsBetween().IsMatch(text[numberEnd..at]))
                {
                    continue;
                }

                if (at >= numberEnd && text.AsSpan(numberEnd, at - numberEnd).ContainsAny(' ', '\u3000'))
                {
                    distance += AfterAPause;
                }

                if (distance < bestDistance)
                {
                    (best, bestDistance) = (period, distance);
                }
            }
        }

        return best;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(都|已经|是|就)*\s*[0-9一二三四五六七八九十]{1,3}(号|日)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex DateFollows();

    // "300k yuan in sales over the last quarter": only what the figure is of, between it and its period.
    [System.Text.RegularExpressions.GeneratedRegex(@"^[\s,]*(k\b|yuan\b|rmb\b|元|块)?[\s,]*((in|of|worth of) (sales|revenue|turnover|income|business)|sales|revenue|turnover)?[\s,]*(over|during|for|in|across|within)?[\s,]*(the|this|that)?[\s,]*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex SalesWordsBetween();

    /// <summary>The figure in the fact's own period, or null when its period differs and the fact declares no conversion.</summary>
    public static decimal? ToFactPeriod(FactDefinition fact, decimal value, string? period)
    {
        if (fact.Period is null || period is null || period == fact.Period)
        {
            return value;
        }

        return fact.Conversions.TryGetValue(period, out var factor) ? decimal.Round(value * factor, 2) : null;
    }
}
