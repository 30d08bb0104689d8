namespace Policy.Knowledge.Content;

/// <summary>Whole numbers written in Chinese characters as policy texts write them: 三, 十五, 两年, 一百二十, 十五万; and plain digits.</summary>
public static class ChineseNumber
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>The value, or null when the text is not a Chinese numeral.</summary>
    public static long? Parse(string text)
    {
        if (long.TryParse(text, out var n))
        {
            return n;
        }

        if (text.Length == 0)
        {
            return null;
        }

        text = text.Replace('〇', '零').Replace('两', '二');
        long total = 0, section = 0, current = 0;
        foreach (var c in text)
        {
            var digit = Digits.IndexOf(c);
            if (digit >= 0)
            {
                current = digit;
                continue;
            }

            long unit = c switch { '十' => 10, '百' => 100, '千' => 1000, '万' => 10_000, '亿' => 100_000_000, _ => 0 };
            if (unit == 0)
            {
                return null;
            }

            if (unit >= 10_000)
            {
                total += (section + current) * unit;
                section = current = 0;
            }
            else
            {
                section += (current == 0 ? 1 : current) * unit;
                current = 0;
            }
        }

        return total + section + current;
    }
}
