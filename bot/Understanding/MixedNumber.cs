using System.Globalization;

namespace Policy.Bot.Understanding;

/// <summary>
/// Evaluates a number written with Arabic digits, Chinese digits and Chinese units mixed: 1.2万, 12万5千, 1百万, 十二万五千.
/// Arabic runs arrive as <c>&lt;12.5&gt;</c> tokens so they act as one digit.
/// Colloquial shortenings count the way people mean them: 一万五 is 15,000, 12万5 is 125,000, 三千二 is 3,200;
/// after 零 a digit is plain again (一百零五 is 105). Two digits in a row, the second one more, give a range, read as its
/// upper end so no verdict rests on the lower one: 八九万 is 90,000, 五六十 is 60, 十二三万 is 130,000.
/// </summary>
internal static class MixedNumber
{
    public static decimal? Parse(string tokens)
    {
        decimal total = 0;   // finished 亿/万 groups
        decimal section = 0; // the group being read, below 万
        decimal? digit = null;
        long lastUnit = 1;
        var zeroSinceUnit = false;
        var sawAnything = false;
        var oneChineseDigit = false; // the digit so far is a single Chinese digit (the start of 八九万)
        for (var i = 0; i < tokens.Length; i++)
        {
            var c = tokens[i];
            if (c == '<')
            {
                var close = tokens.IndexOf('>', i);
                if (close < 0 || !decimal.TryParse(tokens.AsSpan(i + 1, close - i - 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
                {
                    return null;
                }

                digit = n;
                oneChineseDigit = false;
                zeroSinceUnit |= n == 0;
                sawAnything = true;
                i = close;
            }
            else if (ChineseNumerals.IsDigit(c))
            {
                var d = ChineseNumerals.DigitValue(c);
                zeroSinceUnit |= d == 0;
                var range = oneChineseDigit && digit is { } low && d == low + 1;
                digit = !range && digit is { } previous && previous >= 1 && lastUnit == 1 && section == 0 && total == 0 ? previous * 10 + d : d;
                oneChineseDigit = digit == d && !range;
                sawAnything = true;
            }
            else if (ChineseNumerals.IsSmallUnit(c))
            {
                var unit = ChineseNumerals.UnitValue(c);
                section += (digit ?? 1) * unit; // 十 alone means 一十; 百万 alone means 一百万
                digit = null;
                oneChineseDigit = false;
                lastUnit = unit;
                zeroSinceUnit = false;
                sawAnything = true;
            }
            else if (ChineseNumerals.IsBigUnit(c))
            {
                var unit = ChineseNumerals.UnitValue(c);
                section += digit ?? 0;
                total = (total + (section == 0 && total == 0 ? 1 : section)) * unit;
                section = 0;
                digit = null;
                oneChineseDigit = false;
                lastUnit = unit;
                zeroSinceUnit = false;
                sawAnything = true;
            }
            else
            {
                return null;
            }
        }

        if (!sawAnything)
        {
            return null;
        }

        if (digit is { } last)
        {
            section += lastUnit >= 10 && !zeroSinceUnit ? last * (lastUnit / 10) : last;
        }

        return total + section;
    }
}
