using System.Globalization;
using System.Text.RegularExpressions;
using Policy.Knowledge.Content;

namespace Policy.Knowledge.Rules;

public enum FactType
{
    Bool,
    Number,
    Choice,
}

/// <summary>One value of a choice fact, e.g. <c>small_scale</c>, with its label and the words people use for it.</summary>
public sealed record FactOption(string Value, LocalizedText Label, IReadOnlyList<string> WordsZh, IReadOnlyList<string> WordsEn);

/// <summary>A fact the rules read, from <c>content/facts.yml</c>: its type, the question to ask and the words that name it.</summary>
public sealed partial record FactDefinition
{
    public required string Id { get; init; }

    public required FactType Type { get; init; }

    /// <summary>The fact in a few words, e.g. "月销售额".</summary>
    public required LocalizedText Label { get; init; }

    public required LocalizedText Question { get; init; }

    public required LocalizedText Help { get; init; }

    public IReadOnlyList<string> WordsZh { get; init; } = [];

    public IReadOnlyList<string> WordsEn { get; init; } = [];

    /// <summary>Bool facts: everyday words that say the fact is false without a 不/not ("私人的房子" for renting state-owned premises).</summary>
    public IReadOnlyList<string> FalseWordsZh { get; init; } = [];

    public IReadOnlyList<string> FalseWordsEn { get; init; } = [];

    /// <summary>
    /// Bool facts: the yes/no fact this one describes (<c>of: is_individual_business</c> for a newly established individual
    /// business). When that one is false, so is this: a new company is no newly established individual business.
    /// </summary>
    public string? Of { get; init; }

    /// <summary>
    /// Bool facts: the yes/no fact whose being true ends this one (<c>ended_by: converted_to_company</c> for an individual
    /// business). When that one is true, this is false: a business converted to a company is no longer an individual business,
    /// whatever was said of it before.
    /// </summary>
    public string? EndedBy { get; init; }

    /// <summary>
    /// Bool facts: the fact says something is recent (newly established). Its words count only when the message dates
    /// the event no more than a year before the time asked about: "I opened a shop in 2019" is not taken as new.
    /// </summary>
    public bool Recent { get; init; }

    /// <summary>
    /// Bool facts: the fact is something that happens to a business (converting to a company, a first offence). Its word
    /// opening a question with nothing said of the asker ("个转企能免吗", "首次违法能免罚吗") names what the question is
    /// about; it is not the asker's news, as a state's word is ("个体户能办信用贷款不" says who asks).
    /// </summary>
    public bool Event { get; init; }

    /// <summary>
    /// Bool facts: the fact is a step the asker may take (converting to a company), whose words name the step as much as
    /// tell it was taken. A word of it is the asker's only when told as done or as the asker's own situation ("转成了",
    /// "去年转的", "俺是个转企的", "we converted"); "个转企补的那1200是谁给", "个体户转公司 政府给钱不" name it.
    /// </summary>
    public bool Step { get; init; }

    /// <summary>Number facts: the unit, e.g. <see cref="FactUnits.Yuan"/>.</summary>
    public string? Unit { get; init; }

    /// <summary>Number facts: the period the amount is for (<see cref="FactPeriods"/>), e.g. month for monthly sales; null when none.</summary>
    public string? Period { get; init; }

    /// <summary>Number facts: how a figure for another period becomes this fact's (quarter → ×1/3). Any other period is asked again.</summary>
    public IReadOnlyDictionary<string, decimal> Conversions { get; init; } = new Dictionary<string, decimal>();

    public decimal Min { get; init; }

    public decimal Max { get; init; }

    public IReadOnlyList<FactOption> Options { get; init; } = [];

    /// <summary>Bool facts: the condition "fact == true" in plain words, e.g. "新设立的个体工商户".</summary>
    public LocalizedText? IfTrue { get; init; }

    public LocalizedText? IfFalse { get; init; }

    /// <summary>Bool facts: what is still to be known, as "it depends on …" continues: "是否承租国有房屋" / "whether you rent state-owned premises".</summary>
    public LocalizedText? Whether { get; init; }

    public int Line { get; init; }

    public IReadOnlyList<string> Words(string language) => language == Languages.English ? WordsEn : WordsZh;

    public FactOption? Option(string value) => Options.FirstOrDefault(o => o.Value == value);

    /// <summary>
    /// Whether a value as given (a URL parameter, a bot's extraction) is usable: numbers are plain digits with at most
    /// two decimals inside min..max, yes/no is <c>true</c>/<c>false</c>, a choice is one of its option values.
    /// Anything else counts as not given, so a bad value is asked again rather than guessed at.
    /// </summary>
    public bool Accepts(string? raw) => Type switch
    {
        FactType.Number => TryReadNumber(raw, out _),
        FactType.Bool => raw is "true" or "false",
        _ => raw is not null && Option(raw) is not null,
    };

    public bool TryReadNumber(string? raw, out decimal value)
    {
        value = 0;
        return raw is not null
            && PlainNumber().IsMatch(raw)
            && decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && value >= Min && value <= Max;
    }

    /// <summary>The number syntax both engines accept; [0-9], not \d, which in .NET also matches other scripts' digits.</summary>
    [GeneratedRegex("^[0-9]+(\\.[0-9]{1,2})?$")]
    internal static partial Regex PlainNumber();
}

/// <summary>The periods an amount can be for.</summary>
public static class FactPeriods
{
    public const string Day = "day";
    public const string Week = "week";
    public const string Month = "month";
    public const string Quarter = "quarter";
    public const string HalfYear = "half_year";
    public const string Year = "year";

    public static readonly IReadOnlyList<string> Known = [Day, Week, Month, Quarter, HalfYear, Year];

    public static readonly IReadOnlyDictionary<string, LocalizedText> Names = new Dictionary<string, LocalizedText>
    {
        [Day] = new("每天", "per day"), [Week] = new("每周", "per week"), [Month] = new("每月", "per month"),
        [Quarter] = new("每季度", "per quarter"), [HalfYear] = new("每半年", "per half-year"), [Year] = new("每年", "per year"),
    };
}

/// <summary>The units a number fact may have. Only money so far; a new unit needs its words here.</summary>
public static class FactUnits
{
    public const string Yuan = "yuan";

    public static readonly IReadOnlyDictionary<string, LocalizedText> Names = new Dictionary<string, LocalizedText>
    {
        [Yuan] = new("元", "yuan"),
    };
}
