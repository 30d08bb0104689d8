using System.Text.RegularExpressions;

namespace Policy.Generator.Import;

/// <summary>
/// What makes a numbered item a measure: it names who carries it out (（责任单位：…）, （牵头单位：…）) or it grants
/// something to businesses (免征, 补贴, 奖励, 免费 …). The importer declares such items <c>.measure</c>, whatever their anchor.
/// </summary>
internal static partial class ClauseSigns
{
    public static bool IsMeasure(IEnumerable<string> lines)
    {
        var text = string.Concat(lines.Select(l => l.Trim()));
        return Responsibility().IsMatch(text) || Benefit().IsMatch(text);
    }

    /// <summary>A line that opens the document's closing part: 本通知自印发之日起施行…, 本办法由…负责解释, 以上措施自…执行.</summary>
    public static bool OpensClosing(string line) => Closing().IsMatch(line);

    [GeneratedRegex(@"[（(]\s*(责\s*任\s*单\s*位|牵\s*头\s*单\s*位|责\s*任\s*部\s*门|牵\s*头\s*部\s*门)\s*[：:]")]
    private static partial Regex Responsibility();

    [GeneratedRegex(@"免征|减征|减半|减免|免收|免费|补贴|补助|奖励|奖补|贴息|资助|担保|贷款|优惠|退税|不予(行政)?处罚|给予.{0,12}(支持|扶持)")]
    private static partial Regex Benefit();

    [GeneratedRegex(@"^(本|以上)(通知|方案|办法|措施|意见|规定|细则|决定|公告|通告|条例|政策|实施方案|若干措施)[^。]{0,40}?(施行|实施|执行|有效期|负责解释|解释)")]
    private static partial Regex Closing();
}
