namespace Policy.Bot.Understanding;

/// <summary>The characters of Chinese numerals, including the financial forms (壹贰叁) and 两/俩.</summary>
internal static class ChineseNumerals
{
    private static readonly Dictionary<char, int> Digits = new()
    {
        ['零'] = 0, ['〇'] = 0, ['一'] = 1, ['壹'] = 1, ['二'] = 2, ['贰'] = 2, ['两'] = 2, ['俩'] = 2,
        ['三'] = 3, ['叁'] = 3, ['四'] = 4, ['肆'] = 4, ['五'] = 5, ['伍'] = 5, ['六'] = 6, ['陆'] = 6,
        ['七'] = 7, ['柒'] = 7, ['八'] = 8, ['捌'] = 8, ['九'] = 9, ['玖'] = 9,
    };

    private static readonly Dictionary<char, long> SmallUnits = new()
    {
        ['十'] = 10, ['拾'] = 10, ['百'] = 100, ['佰'] = 100, ['千'] = 1000, ['仟'] = 1000,
    };

    private static readonly Dictionary<char, long> BigUnits = new() { ['万'] = 10_000, ['萬'] = 10_000, ['亿'] = 100_000_000 };

    public static bool IsDigit(char c) => Digits.ContainsKey(c);

    public static int DigitValue(char c) => Digits[c];

    public static bool IsSmallUnit(char c) => SmallUnits.ContainsKey(c);

    public static bool IsBigUnit(char c) => BigUnits.ContainsKey(c);

    public static bool IsNumeralChar(char c) => Digits.ContainsKey(c) || SmallUnits.ContainsKey(c) || BigUnits.ContainsKey(c);

    public static long UnitValue(char c) => BigUnits.TryGetValue(c, out var big) ? big : SmallUnits.GetValueOrDefault(c, 1);
}
