using System.Globalization;

namespace Policy.Knowledge.Content;

/// <summary>
/// Numbers and dates as people write them, in each language: 15万 / 150,000 and 2022年12月31日 / 31 December 2022.
/// Every page, box and reason the site shows goes through here, so one amount never appears in two spellings.
/// </summary>
public static class Written
{
    /// <summary>
    /// Chinese writes round amounts of ten thousand or more in 万, as the policy texts do (15万, 100万, 1.5万) and
    /// others as digits (1200); English groups thousands (150,000).
    /// </summary>
    public static string Amount(decimal value, string language)
    {
        if (language == Languages.English)
        {
            return value.ToString("#,0.##", CultureInfo.InvariantCulture);
        }

        return Math.Abs(value) >= 10_000 && value % 100 == 0
            ? (value / 10_000).ToString("0.##", CultureInfo.InvariantCulture) + "万"
            : value.ToString("0.##", CultureInfo.InvariantCulture);
    }

    public static string Date(DateOnly date, string language) =>
        language == Languages.English
            ? date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
            : $"{date.Year}年{date.Month}月{date.Day}日";

    public static string Date(DateOnly? date, string language) => date is { } d ? Date(d, language) : "";

    public static LocalizedText Date(DateOnly date) => new(Date(date, Languages.Chinese), Date(date, Languages.English));

    /// <summary>The ISO form the pages' data attributes and scripts compare: 2022-12-31.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
