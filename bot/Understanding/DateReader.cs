using System.Globalization;
using System.Text.RegularExpressions;

namespace Policy.Bot.Understanding;

/// <summary>
/// The date a question asks about, when it names one: "2022年6月能免吗" asks about June 2022, "was the rent relief
/// available in 2023?" about 2023, "这个文件2023年还有效吗" about 2023. A month counts as its last day and a year as its
/// last day (what was available at some time in it). A question about now ("2022年的政策现在还有效吗") names none.
/// </summary>
public static partial class DateReader
{
    private static readonly string[] Now = ["现在", "目前", "如今", "当前", "眼下", "now", "currently", "today", "these days", "this year", "今年还", "今年能", "今年可以", "今年有没有"];

    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    [GeneratedRegex(@"(?<y>(19|20)\d{2})\s*(年\s*(?<m>\d{1,2})\s*月(\s*(?<d>\d{1,2})\s*[日号])?|-(?<m>\d{1,2})(-(?<d>\d{1,2}))?|年)", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex Chinese();

    // "22年5月份", "22年的时候", "23年底", "22年能减几个月": a year written with two digits, only where it cannot be a count of
    // years ("开了22年").
    [GeneratedRegex(@"(?<![\d.])(?<y>[12]\d)\s*年\s*(?<m>\d{1,2})\s*月|(?<![\d.了过干做开])(?<y>[12]\d)\s*年(?=的时候|那会|那年|那时|呢|底|初|上半年|下半年|的事|里|时|能|可以|有没有|免|减|交|还能|还可以|享受|申请|增值税|个税|房租|的增值税|的个税|的房租)", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex ChineseShortYear();

    [GeneratedRegex(@"\b((?<d>\d{1,2})\s+)?(?<month>january|february|march|april|may|june|july|august|september|october|november|december)\s+(?<y>(19|20)\d{2})\b|\b(in|during|back in|for|of|by)\s+(?<y>(19|20)\d{2})\b|\b(?<part>mid|middle of|early|late|end of)[\s-]+(?<y>(19|20)\d{2})\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex English();

    // "registered on May 10", "May 10th, 2022", "on the 3rd of March": a day of a month, the year written or not.
    [GeneratedRegex(@"\b(?<month>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+(?<d>\d{1,2})(st|nd|rd|th)?\b(,?\s+(?<y>(19|20)\d{2})\b)?|\b(?<d>\d{1,2})(st|nd|rd|th)?\s+(of\s+)?(?<month>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b(?!\s+(19|20)\d{2})", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex EnglishMonthDay();

    /// <summary>
    /// The date the normalised question asks about, or null when it names none (or asks about now). A year or month is read
    /// as its last day, except the one <paramref name="today"/> is in: "2026年还能享受吗" asked in 2026 asks about now.
    /// </summary>
    public static DateOnly? AskedAbout(string normalized, DateOnly? today = null)
    {
        if (Now.Any(w => normalized.Contains(w, StringComparison.Ordinal)))
        {
            return null;
        }

        return Dates(normalized, today).Where(d => !d.Event).Select(d => d.Date).FirstOrDefault();
    }

    /// <summary>
    /// A follow-up that asks about another time and nothing else ("那明年呢", "明年还能接着免不", "2023年呢", "去年呢", "what
    /// about next year?"): the date it asks about, a year or month read as its last day, counted from <paramref name="today"/>; null
    /// when the message says anything more.
    /// </summary>
    public static DateOnly? OnlyAnotherTime(string normalized, DateOnly today)
    {
        var relative = Relative().Match(normalized);
        DateOnly? date = relative.Success ? relative.Value switch
        {
            "明年" or "来年" or "next year" => new DateOnly(today.Year + 1, 12, 31),
            // "那过了年一月份呢 还免不": the new year, said late in a year; said in its first half, the Spring Festival just past.
            "过了年" or "过完年" or "年后" or "过了元旦" or "元旦以后" or "元旦后" => new DateOnly(today.Month >= 7 ? today.Year + 1 : today.Year, 12, 31),
            "后年" => new DateOnly(today.Year + 2, 12, 31),
            "下个月" or "下月" or "next month" => new DateOnly(today.Year, today.Month, 1).AddMonths(2).AddDays(-1),
            "去年" or "last year" => new DateOnly(today.Year - 1, 12, 31),
            "前年" => new DateOnly(today.Year - 2, 12, 31),
            "上个月" or "last month" => new DateOnly(today.Year, today.Month, 1).AddDays(-1),
            "现在" or "如今" or "目前" or "眼下" or "今年" or "this year" => today,
            _ when relative.Value.TrimEnd().EndsWith("now", StringComparison.Ordinal) => today,
            _ => null,
        } : AskedAbout(normalized, today);
        // "and from january on? will it continue?": the next such month from the day asked.
        var month = date is null ? MonthNamed().Match(normalized) : System.Text.RegularExpressions.Match.Empty;
        if (month.Success)
        {
            var number = Array.IndexOf(EnglishMonths, month.Groups["month"].Value) + 1;
            var first = new DateOnly(number > today.Month ? today.Year : today.Year + 1, number, 1);
            (date, normalized) = (first.AddMonths(1).AddDays(-1), normalized.Remove(month.Index, month.Length).Insert(month.Index, " "));
        }

        // "明年一月份还接着免不": the month of that year ("过了年一月份", 31 January).
        var yearAsked = relative.Success && date is { Month: 12, Day: 31 } && !relative.Value.Contains('月') && !relative.Value.EndsWith("month", StringComparison.Ordinal);
        if (yearAsked && date is { } yearEnd && MonthAlone().Match(normalized) is { Success: true } inMonth
            && MonthNumber(inMonth.Groups["number"].Value) is { } named)
        {
            date = new DateOnly(yearEnd.Year, named, 1).AddMonths(1).AddDays(-1);
        }

        // "明年一月份还接着免不": the month of the year named is part of the time, not of what is asked.
        var rest = MonthAlone().Replace(YearsAndMonths().Replace(relative.Success ? Relative().Replace(normalized, " ") : normalized, " "), " ");
        return date is not null && OnlyAsksWhetherStill().IsMatch(rest) ? date : null;
    }

    [GeneratedRegex(@"(?<number>[一二三四五六七八九十]{1,3}|\d{1,2})\s*月份?", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex MonthAlone();

    private static readonly string[] ChineseMonths = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

    /// <summary>A month's number written in digits or Chinese ("1", "一", "十二"); null when it is none.</summary>
    private static int? MonthNumber(string written) =>
        (int.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits : Array.IndexOf(ChineseMonths, written) + 1) is var month and >= 1 and <= 12 ? month : null;

    private static readonly string[] EnglishMonths = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    // A month named after a word for time ("from january on", "in march", "after february"), not "may I".
    [GeneratedRegex(@"\b(from|in|after|starting|by|next) (?<month>january|february|march|april|may|june|july|august|september|october|november|december)( on| onwards| onward)?\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex MonthNamed();

    // Another year or month, from the day asked.
    // "现在还能拿不", "now?": the day the conversation is about.
    [GeneratedRegex(@"明年|来年|后年|过了年|过完年|年后|过了元旦|元旦以后|元旦后|下个月|下月|去年|前年|上个月|现在|如今|目前|眼下|今年|\b(next|last|this) (year|month)\b|^\s*(and |so )?now\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex Relative();

    [GeneratedRegex(@"((19|20)\d{2}|[12]\d)\s*年(\s*\d{1,2}\s*月(份)?)?|\b(in|for|during)?\s*(19|20)\d{2}\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex YearsAndMonths();

    /// <summary>The text without the years it names, and a month written with one ("2022年", "22年10月", "in 2023").</summary>
    public static string WithoutYears(string text) => YearsAndMonths().Replace(text, " ");

    // What is left of "那明年呢明年还能接着免不", "what about next year, still?", "那22年那会儿呢 当时俺这情况能免不", "那明年呢 23年还能
    // 再减三个月不", "那22年那会儿 像他们这样的当时能免不" once the time is out: whether it still holds, for the asker's case as told, for the same months.
    [GeneratedRegex(@"^[\s,，。.?？!！]*(那|那么|然后|and|so|what about|how about|in|then|still|too|the same|great|ok|okay|will (that|it|this) (still )?(be the case|apply|hold|work|count|continue|go on|carry on)|(will|would|can|could|do|does) (i|we|it|that) (still )?(get|have|qualify|be eligible|receive|keep getting|keep|claim|apply)( for| to)?( it| that| this| them| me| us)?|is (that|it) (still )?the case|呢|还|也|能|可以|接着|继续|给|照样|照旧|再|到了?|减半|减免|免税|免|减|享受|领|拿|有效|管用|算|行|吗|不|么|嘛|啊|呀|的时候|的话|会儿?|当时|过了元旦|元旦以后|元旦后|过了年|卖的|挣的|开春|春天|了|年初|年中|年底|过完年|过了年|年后|过年|春节|时候|俺|我们|我|咱们|咱|他们|她们|他家|她家|像|这种情况|这情况|这样的?|那时候?|[一二两三四五六\d]个月|有|没有|没|这好事|这个好事|这政策|这优惠|[\s,，。.?？!！])*$", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex OnlyAsksWhetherStill();

    /// <summary>
    /// The latest date an event of the asker's business the message dates may have happened on ("I opened a shop in 2019":
    /// the end of 2019; "2019年3月开的店": 31 March 2019), or null when it dates none.
    /// </summary>
    public static DateOnly? EventDate(string normalized, DateOnly? today = null) =>
        Dates(normalized, today).Where(d => d.Event).Select(d => d.Date).Max();

    /// <summary>Every date the message writes, Chinese full dates first, then two-digit years, then English; each with whether it dates an event of the asker's business.</summary>
    private static IEnumerable<(DateOnly? Date, bool Event)> Dates(string normalized, DateOnly? today)
    {
        foreach (Match m in Chinese().Matches(normalized))
        {
            yield return (Build(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, today), DatesAnEvent(normalized, m));
        }

        foreach (Match m in ChineseShortYear().Matches(normalized))
        {
            yield return (Build("20" + m.Groups["y"].Value, m.Groups["m"].Value, "", today), DatesAnEvent(normalized, m));
        }

        // "个体执照是11月28号发下来的", "今年10月开的店": a month of this year (or of last year, if still to come), read only as
        // the date of an event; a day of a month said in passing ("12月31日前") asks about no time of its own.
        if (today is { } now)
        {
            foreach (Match m in ThisYearsMonth().Matches(normalized))
            {
                if (DatesAnEvent(normalized, m) && Build(now.Year.ToString(CultureInfo.InvariantCulture), m.Groups["m"].Value, m.Groups["d"].Value, now) is { } date)
                {
                    yield return (date > now ? date.AddYears(-1) : date, true);
                }
            }
        }

        foreach (Match m in English().Matches(normalized))
        {
            // "mid 2022": the end of June; "early 2022": of March; "late 2022": the year's end.
            var month = m.Groups["month"].Success ? (Array.IndexOf(Months, m.Groups["month"].Value) + 1).ToString(CultureInfo.InvariantCulture)
                : m.Groups["part"].Value switch { "mid" or "middle of" => "6", "early" => "3", _ => "" };
            yield return (Build(m.Groups["y"].Value, month, m.Groups["d"].Value, today), DatesAnEvent(normalized, m));
        }

        foreach (Match m in EnglishMonthDay().Matches(normalized))
        {
            var month = (Array.FindIndex(Months, name => name.StartsWith(m.Groups["month"].Value[..3], StringComparison.Ordinal)) + 1).ToString(CultureInfo.InvariantCulture);
            if (m.Groups["y"].Success)
            {
                yield return (Build(m.Groups["y"].Value, month, m.Groups["d"].Value, today), DatesAnEvent(normalized, m));
            }

            // "Registered my noodle shop on May 10": of this year (or of last year, if still to come), read only as the date
            // of an event, as a Chinese month without its year is.
            else if (today is { } asked && DatesAnEvent(normalized, m) && Build(asked.Year.ToString(CultureInfo.InvariantCulture), month, m.Groups["d"].Value, asked) is { } date)
            {
                yield return (date > asked ? date.AddYears(-1) : date, true);
            }
        }
    }

    /// <summary>
    /// Whether the date says when something happened to the asker's business ("2015年开的店", "18年办的执照", "2019年就有个体执照", "I opened in
    /// 2015", "converted in 2021"): that is their situation, not the time the question asks about.
    /// </summary>
    private static bool DatesAnEvent(string text, Match date)
    {
        // "我2022年10月开的店，那年房租能减吗": the question asks about the time of that event.
        if (ThatTime.Any(w => text.Contains(w, StringComparison.Ordinal)))
        {
            return false;
        }

        // "2020年在城区开了个小吃店": where, between the date and what happened then.
        var after = Place().Replace(text[(date.Index + date.Length)..].TrimStart(' ', '份', '底', '初', '就', '刚', '才'), "", 1);
        // The English verb stands before the year, anywhere in its clause: "I opened in 2015", "I opened a small shop in 2023".
        var before = text[..(date.Groups["y"].Success ? date.Groups["y"].Index : date.Index)].TrimEnd();
        var clause = before[(before.LastIndexOfAny([',', '.', ';', '?', '!', '，', '。', '；', '？', '！']) + 1)..];
        return ChineseEvents.Any(e => after.StartsWith(e, StringComparison.Ordinal))
            || EnglishEventVerb().IsMatch(clause);
    }

    [GeneratedRegex(@"(?<![\d年.])(?:今年)?(?<m>\d{1,2})\s*月份?(?:\s*(?<d>\d{1,2})\s*[日号])?", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex ThisYearsMonth();

    [GeneratedRegex(@"^在[\p{IsCJKUnifiedIdeographs}]{1,8}?(?=开|办|注册|登记|成立|搬)", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex Place();

    [GeneratedRegex(@"\b(opened|registered|started|set up|founded|established|converted|incorporated|became a company|got my licen[cs]e|got a licen[cs]e|moved|helped (me|us|him|her|them) (register|open|set up|start))\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex EnglishEventVerb();

    private static readonly string[] ThatTime = ["那年", "那时", "当年", "当时", "那会", "那个月", "那一年", "at the time", "at that time", "that year", "back then"];

    private static readonly string[] ChineseEvents = ["开的", "开了", "开业", "开店", "办的", "办了", "办照", "领照", "领的照", "办的照", "领的", "发下来", "批下来", "拿到", "领到", "注册", "登记", "成立", "转的", "转了", "转成", "转为", "转企", "搬", "注销", "关了", "关门", "停业",
        // "我2019年就有个体执照卖水果，今年10月又办了个": since when the asker has had it.
        "有个体", "有执照", "有营业执照", "有了", "开始"];

    private static DateOnly? Build(string year, string month, string day, DateOnly? today)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        if (month.Length == 0)
        {
            return today?.Year == y ? today : new DateOnly(y, 12, 31);
        }

        var m = int.Parse(month, CultureInfo.InvariantCulture);
        if (m is < 1 or > 12)
        {
            return null;
        }

        var last = DateTime.DaysInMonth(y, m);
        if (day.Length == 0)
        {
            return today is { } now && now.Year == y && now.Month == m ? now : new DateOnly(y, m, last);
        }

        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return d >= 1 && d <= last ? new DateOnly(y, m, d) : null;
    }
}
