using System.Globalization;
using System.Text;

namespace Policy.Bot.Understanding;

/// <summary>A number found in a message, with where it stands so it can be tied to the words around it.</summary>
public sealed record NumberMention(decimal Value, int Start, int End, bool IsMoney);

/// <summary>
/// Finds amounts however people write them: 12万, 12万元, 十二万五千, 1.2万, 120,000, 120000元, 150k, 15w, 20来万, 20多万, 15万出头,
/// 一百万, 两万, 1百万, "1.5 million", "150 thousand". Dates, percentages, counts (3个月) and ordinals (第5条) are not amounts.
/// </summary>
public static class NumberParser
{
    private static readonly (string Word, decimal Factor)[] EnglishMultipliers =
    [
        ("million", 1_000_000m), ("millions", 1_000_000m), ("mn", 1_000_000m), ("m", 1_000_000m),
        ("thousand", 1_000m), ("thousands", 1_000m), ("k", 1_000m), ("grand", 1_000m), ("w", 10_000m), ("wan", 10_000m),
        ("billion", 1_000_000_000m), ("bn", 1_000_000_000m),
    ];

    private static readonly string[] MoneyAfter = ["元", "块", "圆", "yuan", "rmb", "cny", "kuai"];
    private static readonly string[] MoneyBefore = ["¥", "￥", "rmb", "cny"];

    // Receiving a sum: what follows is money though no unit is said ("能领3000不").
    private static readonly string[] MoneyVerbs = ["领", "拿", "补", "奖", "补贴", "奖励", "补助", "领到", "拿到"];

    // A number followed by one of these counts something else: time, people, percent, items.
    private static readonly string[] NotAmountAfter =
        ["年", "月", "日", "号", "个", "天", "次", "人", "名", "家", "岁", "%", "％", "条", "项", "倍", "-", "/", "小时", "周", "星期", "点", "month", "year", "day", "percent", "times", "people", "employee", "staff"];

    private static readonly string[] OrdinalSuffixes = ["st", "nd", "rd", "th"];

    // Words that begin with a counter but are words of their own, next to a figure in unpunctuated messages ("所得额得有
    // 一百二十万 个人所得税那个减半…" is 1,200,000 yuan, then income tax, not 1,200,000 of something).
    private static readonly string[] WordsLikeACounter = ["个税", "个人所得", "个体", "个转企"];

    /// <summary>"加一块", "放一块算", "一块儿": 一块 said as "together", not one yuan ("开票的不开票的加一块正好十五万").</summary>
    private static bool Together(string text, int at) =>
        text[at] == '一' && at + 1 < text.Length && text[at + 1] == '块'
        && ((at > 0 && "加放合算凑搁在到".Contains(text[at - 1])) || (at + 2 < text.Length && text[at + 2] == '儿'));

    public static IReadOnlyList<NumberMention> Find(string text)
    {
        var mentions = new List<NumberMention>();
        if (string.IsNullOrEmpty(text))
        {
            return mentions;
        }

        var i = 0;
        while (i < text.Length)
        {
            if (!StartsNumber(text, i) || Together(text, i))
            {
                i++;
                continue;
            }

            var start = i;
            var (value, end, hasBigUnit) = ReadRun(text, i);
            i = Math.Max(end, i + 1);
            if (value is null)
            {
                continue;
            }

            var amount = value.Value;
            var next = SkipSpaces(text, end);
            var multiplied = false;
            // "十五个w", "15个万": so many ten-thousands (个 counts the unit, not the things).
            if (Matches(text, next, "个") && (MatchesWord(text, next + 1, "w") || Matches(text, next + 1, "万")))
            {
                amount *= 10_000m;
                end = next + 2;
                multiplied = true;
            }
            else
            {
                foreach (var (word, factor) in EnglishMultipliers)
                {
                    if (MatchesWord(text, next, word))
                    {
                        amount *= factor;
                        end = next + word.Length;
                        multiplied = true;
                        break;
                    }
                }
            }

            // "15w零100", "十五个w零一百块": what follows a multiplier after 零 is added to it.
            if (multiplied && SkipSpaces(text, end) is var zero && Matches(text, zero, "零") && zero + 1 < text.Length
                && (char.IsAsciiDigit(text[zero + 1]) || OpensChineseNumber(text[zero + 1]))
                && ReadRun(text, zero + 1) is ({ } rest, var restEnd, _) && rest < 10_000m)
            {
                amount += rest;
                end = restEnd;
            }

            var after = SkipSpaces(text, end);
            var moneyAfter = MoneyAfter.FirstOrDefault(m => Matches(text, after, m));
            if (moneyAfter is not null)
            {
                end = after + moneyAfter.Length;
            }

            var chineseOnly = !text.AsSpan(start, end - start).ContainsAnyInRange('0', '9');
            var moneyBefore = MoneyBefore.Any(m => start - m.Length >= 0 && Matches(text, SkipSpacesBack(text, start) - m.Length, m));
            // "能领3000不", "补1200吗": a sum of a hundred or more received, with no unit said.
            var received = amount >= 100m && MoneyVerbs.Any(m => start - m.Length >= 0 && Matches(text, SkipSpacesBack(text, start) - m.Length, m));
            var isMoney = moneyAfter is not null || moneyBefore || hasBigUnit || multiplied || received;
            // "五万多点" is a little over fifty thousand, not an hour.
            var littleMore = hasBigUnit && Matches(text, after, "点");
            if (IsOrdinal(text, start) || (moneyAfter is null && !multiplied && !littleMore && ((NotAmountAfter.Any(s => Matches(text, after, s)) && !WordsLikeACounter.Any(w => Matches(text, after, w))) || OrdinalSuffixes.Any(s => MatchesWord(text, end, s)))) || IsPartOfDate(text, start))
            {
                i = end;
                continue;
            }

            // A lone Chinese digit is a word far more often than an amount: 一般, 一次, 第一.
            if (chineseOnly && !isMoney)
            {
                i = end;
                continue;
            }

            mentions.Add(new NumberMention(amount + Bound(text, start, ref end), start, end, isMoney));
            i = end;
        }

        AddEnglishWordAmounts(text, mentions);
        AddStatedZeros(text, mentions);
        return mentions;
    }

    // "应纳税所得额是零", "my taxable income is zero": nothing, said as a word (零售, 零工 and "zero-interest" are no amounts).
    private static readonly System.Text.RegularExpressions.Regex StatedZero = new(
        @"(?<=(是|为|就是|都是|等于|只有|算是|[:：])\s*)零(?=\s*(元|块)?\s*(啊|呢|吧|了|$|[，。！？,.!?\s]))|\b(?<=(is|was|were|be|basically|literally|just|of)\s+)(zero|nil)\b(?!-)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static void AddStatedZeros(string text, List<NumberMention> mentions)
    {
        if (!text.Contains('零', StringComparison.Ordinal) && !text.Contains("zero", StringComparison.Ordinal) && !text.Contains("nil", StringComparison.Ordinal))
        {
            return;
        }

        foreach (System.Text.RegularExpressions.Match match in StatedZero.Matches(text))
        {
            if (!mentions.Any(m => m.Start < match.Index + match.Length && match.Index < m.End))
            {
                mentions.Add(new NumberMention(0m, match.Index, match.Index + match.Length, false));
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    // "eighty thousand", "a hundred and fifty thousand", "two million": an amount in English words, always with its
    // thousand or million (a number word alone is a count: "two weeks", "one shop").
    private static readonly System.Text.RegularExpressions.Regex EnglishWordAmount = new(
        @"\b(?<words>(?:(?:a|and|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)[\s-]+)+)(?<unit>thousand|million)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static readonly Dictionary<string, int> EnglishNumberWords = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>Adds the amounts written in English words that no figure already covers, in the order of the text.</summary>
    private static void AddEnglishWordAmounts(string text, List<NumberMention> mentions)
    {
        if (!text.Contains("thousand", StringComparison.Ordinal) && !text.Contains("million", StringComparison.Ordinal))
        {
            return;
        }

        foreach (System.Text.RegularExpressions.Match match in EnglishWordAmount.Matches(text))
        {
            var words = match.Groups["words"].Value.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
            if (!words.Any(w => w is not ("a" or "and")) || mentions.Any(m => m.Start < match.Index + match.Length && match.Index < m.End))
            {
                continue;
            }

            var value = 0m;
            foreach (var word in words)
            {
                value = word switch
                {
                    "hundred" => Math.Max(value, 1) * 100,
                    "and" => value,
                    _ => value + EnglishNumberWords[word],
                };
            }

            var factor = match.Groups["unit"].Value == "million" ? 1_000_000m : 1_000m;
            var start = match.Index;
            var end = match.Index + match.Length;
            var after = SkipSpaces(text, end);
            if (MoneyAfter.FirstOrDefault(m => Matches(text, after, m)) is { } money)
            {
                end = after + money.Length;
            }

            mentions.Add(new NumberMention((value * factor) + Bound(text, start, ref end), start, end, IsMoney: true));
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    // Words that put an amount just above or below the figure written: "超过15万" is more than 15万, "不到15万" less.
    // "以下", "以内", "不超过" include the figure, as the policies' own "15万元以下（含本数）" does, and change nothing.
    private static readonly string[] MoreThanBefore =
        ["超过了", "超过", "超出", "高于", "多于", "大于", "刚过", "过了", "超", "不止", "不只", "远超", "more than", "over", "above", "exceeding", "in excess of", "greater than", "upwards of"];

    private static readonly string[] LessThanBefore =
        ["不到", "不足", "少于", "低于", "小于", "未满", "不满", "没到", "没有到", "less than", "under", "below", "fewer than", "short of"];

    private static readonly string[] AtMostBefore = ["不超过", "没超过", "没有超过", "不高于", "未超过", "不超", "没超", "未超", "不是超过", "并没超过", "并没有超过", "从没超过", "从来没超过", "没有超",
        "no more than", "not more than", "not over", "at most", "up to", "never over", "never gone over", "never went over", "never been over", "not above", "never above", "never more than", "never exceeded", "never exceeds"];

    private static readonly string[] MoreThanAfter = ["以上", "多一点", "还多", "+", "plus", "or more"];

    /// <summary>
    /// +1 when the words around an amount say it is more than the figure, -1 when less, 0 otherwise (the figure itself, or
    /// at most it); <paramref name="end"/> moves past a word after the amount that was read.
    /// </summary>
    private static decimal Bound(string text, int start, ref int end)
    {
        var before = SkipSpacesBack(text, start);
        bool Before(string word) => char.IsAsciiLetter(word[0])
            ? Matches(text, before - word.Length, word) && (before - word.Length == 0 || !char.IsAsciiLetter(text[before - word.Length - 1]))
            : Matches(text, before - word.Length, word);
        if (AtMostBefore.Any(Before))
        {
            return 0;
        }

        var after = SkipSpaces(text, end);
        var afterWord = MoreThanAfter.FirstOrDefault(w => Matches(text, after, w) && (!char.IsAsciiLetter(w[0]) || after + w.Length == text.Length || !char.IsAsciiLetter(text[after + w.Length])));
        if (afterWord is not null)
        {
            end = after + afterWord.Length;
            return 1;
        }

        return MoreThanBefore.Any(Before) ? 1 : LessThanBefore.Any(Before) ? -1 : 0;
    }

    private static bool StartsNumber(string text, int i)
    {
        var c = text[i];
        if (char.IsAsciiDigit(c))
        {
            return i == 0 || !(char.IsAsciiLetter(text[i - 1]) || text[i - 1] == '.' || char.IsAsciiDigit(text[i - 1]));
        }

        return OpensChineseNumber(c) && (i == 0 || !ChineseNumerals.IsNumeralChar(text[i - 1]));
    }

    private static bool OpensChineseNumber(char c) => ChineseNumerals.IsDigit(c) || c is '十' or '百';

    /// <summary>Reads digits, grouping commas, a decimal point and Chinese numerals/units as one number: 1.2万, 12万5千, 1百万.</summary>
    private static (decimal? Value, int End, bool HasBigUnit) ReadRun(string text, int i)
    {
        var tokens = new StringBuilder();
        var hasBigUnit = false;
        var moreThan = false;
        var andSome = false;
        var end = i;
        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsAsciiDigit(c))
            {
                var (number, next) = ReadArabic(text, end);
                tokens.Append('<').Append(number.ToString(CultureInfo.InvariantCulture)).Append('>');
                end = next;
                continue;
            }

            // 十万零几千, 两千零几百: a little more than the amount, by less than one of its unit (as 10万多).
            if (c == '零' && tokens.Length > 0 && tokens[^1] is '万' or '千' && end + 2 < text.Length && text[end + 1] == '几' && IsUnit(text[end + 2]))
            {
                end += 3;
                andSome = true;
                break;
            }

            // "正好15万一分不多": a cent (一分, 一毛) after the unit is no digit of the amount (15万一 alone is 151,000).
            if (ChineseNumerals.IsDigit(c) && tokens.Length > 0 && tokens[^1] is '万' or '千' or '百' && end + 1 < text.Length && text[end + 1] is '分' or '毛' or '角')
            {
                break;
            }

            if (ChineseNumerals.IsNumeralChar(c))
            {
                hasBigUnit |= ChineseNumerals.IsBigUnit(c) || c is '千' or '仟' or '百' or '佰';
                tokens.Append(c);
                end++;
                continue;
            }

            // 20来万, 十来万: "about", between a number and its unit, read as the number (as 20万左右 is).
            if (c == '来' && tokens.Length > 0 && end + 1 < text.Length && IsUnit(text[end + 1]))
            {
                end++;
                continue;
            }

            // 20多万, 三十几万: more than the number of units, short of the next step (see below).
            if (c is '多' or '几' && tokens.Length > 0 && end + 1 < text.Length && IsUnit(text[end + 1]) && !moreThan)
            {
                moreThan = true;
                end++;
                continue;
            }

            break;
        }

        var value = MixedNumber.Parse(tokens.ToString());
        if (value is null || tokens.Length == 0)
        {
            return (value, end, hasBigUnit);
        }

        if (andSome)
        {
            return (value.Value + 1, end, hasBigUnit);
        }

        var scale = tokens[^1] switch { '万' => 10_000m, '千' => 1_000m, '百' => 100m, '亿' => 100_000_000m, _ => 1m };
        decimal step;
        if (moreThan)
        {
            // 20多万, 三十几万: the step is the place of the number's last non-zero digit (20多万: 20万 to 30万; 一百多万: to 200万).
            var count = value.Value / scale;
            step = scale;
            while (count >= 10 && count % 10 == 0)
            {
                count /= 10;
                step *= 10;
            }
        }
        else if (scale > 1 && end < text.Length && (text[end] == '多' && string.CompareOrdinal(text, end, "多少", 0, 2) != 0 || string.CompareOrdinal(text, end, "出头", 0, 2) == 0))
        {
            // 15万多, 15万出头, 14万多点: a little more than the amount, by less than one of its unit.
            end += text[end] == '多' ? (end + 1 < text.Length && text[end + 1] is '点' or '些' ? 2 : 1) : 2;
            step = scale;
        }
        else
        {
            return (value, end, hasBigUnit);
        }

        // More than the amount: read as just over it, so that "more than 15万" is never taken for 15万. A range wider than
        // half its start (十几万: 10万 to 20万; 一百多万) is too vague to decide on: it is not read, and the bot asks again.
        return (step * 2 > value.Value ? null : value.Value + 1, end, hasBigUnit);
    }

    private static bool IsUnit(char c) => c is '万' or '千' or '百' or '亿';

    private static (decimal Number, int End) ReadArabic(string text, int i)
    {
        var digits = new StringBuilder();
        var end = i;
        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
                end++;
            }
            else if (c is ',' or '，' && IsThreeDigitGroup(text, end + 1))
            {
                end++; // 120,000: a grouping comma
            }
            else if (c == '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]) && !digits.ToString().Contains('.'))
            {
                digits.Append('.');
                end++;
            }
            else
            {
                break;
            }
        }

        return (decimal.TryParse(digits.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : 0, end);
    }

    private static bool IsThreeDigitGroup(string text, int i) =>
        i + 3 <= text.Length && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
        && (i + 3 == text.Length || !char.IsAsciiDigit(text[i + 3]));

    private static bool IsOrdinal(string text, int start) => start > 0 && text[start - 1] is '第' or '#' or '-';

    private static bool IsPartOfDate(string text, int start) =>
        start > 0 && text[start - 1] is '/' or '-' && start > 1 && char.IsAsciiDigit(text[start - 2]);

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static int SkipSpacesBack(string text, int i)
    {
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        return i;
    }

    private static bool Matches(string text, int at, string word) =>
        at >= 0 && at + word.Length <= text.Length && string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>An English multiplier must be a whole word: 15k and "15 thousand" but not 15 kilograms.</summary>
    private static bool MatchesWord(string text, int at, string word) =>
        Matches(text, at, word) && (at + word.Length == text.Length || !char.IsAsciiLetter(text[at + word.Length]));
}
