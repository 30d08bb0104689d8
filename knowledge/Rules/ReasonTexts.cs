using Policy.Knowledge.Content;

namespace Policy.Knowledge.Rules;

/// <summary>
/// The sentences a verdict gives as its reasons. They travel to the page in the rules JSON, so the JavaScript engine
/// fills in exactly the same words: "{0}" stands for the condition(s) or the date.
/// </summary>
public static class ReasonTexts
{
    public static readonly LocalizedText Met = new("符合条件：{0}。", "Meets the conditions: {0}.");

    public static readonly LocalizedText Failed = new("{0}。", "{0}.");

    public static readonly LocalizedText Unknown = new("尚不能判断，还要看{0}。", "Cannot tell yet: it depends on {0}.");

    /// <summary>Joins what is still to be known: "还要看是否…，以及…" / "it depends on whether … and whether …".</summary>
    public static readonly LocalizedText OpenJoiner = new("，以及", " and ");

    public static readonly LocalizedText Ended = new("这项政策已于{0}到期，现在不能再享受。", "This provision ended on {0}; it can no longer be claimed.");

    public static readonly LocalizedText NotYet = new("该政策自{0}起适用，所选日期尚未适用。", "This provision applies from {0}, after the date chosen.");

    /// <summary>Joins several conditions in one reason.</summary>
    public static readonly LocalizedText Joiner = new("；", "; ");

    public static IReadOnlyDictionary<string, LocalizedText> All { get; } = new Dictionary<string, LocalizedText>
    {
        ["met"] = Met, ["failed"] = Failed, ["unknown"] = Unknown, ["ended"] = Ended, ["not_yet"] = NotYet, ["joiner"] = Joiner, ["open_joiner"] = OpenJoiner,
    };

    public static LocalizedText Fill(LocalizedText template, IEnumerable<LocalizedText> parts, LocalizedText? joiner = null)
    {
        var list = parts.ToList();
        joiner ??= Joiner;
        return new LocalizedText(
            template.Zh.Replace("{0}", string.Join(joiner.Zh, list.Select(p => p.Zh)), StringComparison.Ordinal),
            template.En.Replace("{0}", string.Join(joiner.En, list.Select(p => p.En)), StringComparison.Ordinal));
    }
}
