using Policy.Bot.Understanding;
using Policy.Knowledge.Content;

namespace Policy.Bot.Answering;

/// <summary>
/// Questions about an office's practicalities — opening hours, weekends, where it is, its phone number — about which
/// legal form to choose, and requests to look up the asker's own registration. A policy document never says these, so the
/// honest answer is that it does not, with the lead unit to ask.
/// </summary>
internal static partial class OfficePractice
{
    private static readonly string[] Cues =
    [
        "几点上班", "几点下班", "几点开门", "几点关门", "上班时间", "办公时间", "营业时间", "周末上班", "周六上班", "周日上班", "周末开门", "双休",
        "电话是多少", "电话多少", "联系电话", "给个电话", "留个电话", "给个号码", "在哪个位置", "怎么走", "地址在哪", "在哪办公", "在哪里办公", "办公地点", "办公地址", "在什么地方办公", "局的地址", "局地址", "局在哪", "局在什么地方", "局的电话",
        "what time does", "opening hours", "office hours", "open on saturday", "open on sunday", "open at the weekend", "open on weekends", "phone number", "telephone number", "where is the office", "office address", "where is the bureau", "where is the administration", "address of the", "bureau's address",
        // The asker's own registration, which the bot does not hold ("帮我查一下我的营业执照号", "what's my business license number?").
        "我的营业执照号", "我的执照号", "我的执照编号", "我的营业执照编号", "我的信用代码", "我的统一社会信用代码", "查一下我的执照", "查我的执照",
        "查一下我的营业执照", "查我的营业执照",
        "my license number", "my licence number", "my business license number", "my business licence number", "look up my license", "look up my licence",
        "look up my business", "find my license", "find my licence",
    ];

    /// <summary>
    /// The practicality a message asks beside something else ("个转企找哪个部门办？电话是多少？" asks for a phone number, and
    /// which unit handles it): its name, and the other parts of the message; null when it asks none, or
    /// nothing else (a legal form or the asker's own registration is never answered beside).
    /// </summary>
    public static (string Name, string Others)? AskedBeside(string normalized, string language)
    {
        var parts = Negation.Clauses(normalized).ToList();
        // Where the plan's own task force sits is written (组织领导), as Asks knows.
        var asking = parts.Where(part => (IntentClassifier.Contains(part, Cues, wholeWords: false) && !OnlyTheTaskForcesAddress(part, normalized)) || (WhereAnOfficeIs.IsMatch(part) && !TaskForce.IsMatch(normalized)) || NumberAsked.IsMatch(part)).ToList();
        var named = asking.Select(PracticalityOf).ToList();
        // "信易贷平台的电话多少": what the part asking for a number names beside it is another part ("办理个转企的窗口几点上班"
        // asks the office's hours, about the office alone; the plan's own task force office is a clause's).
        var others = parts.Except(asking).Concat(asking.Where(part => NumberAsked.IsMatch(part)).Select(WithoutCues).Where(rest => HanRun().Matches(rest).Any(run => run.Length >= 2) || (NamesSomethingInEnglish(rest) && (!AnOffice().IsMatch(rest) || TaskForce.IsMatch(rest))))).ToList();
        if (asking.Count == 0 || others.Count == 0 || !(Asks(string.Join("，", asking)) || AsksForANumber(string.Join("，", asking))) || named.Any(n => n is null))
        {
            return null;
        }

        return (named[0]!.In(language), string.Join("，", others));
    }

    // Two Chinese characters or more in a row, not a particle left beside a cue ("给个电话呗").
    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]{2,}", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex HanRun();

    // Whether a word of what is asked about is left beside a number asked in English ("phone number for the 3000 bonus?":
    // bonus), not only words of asking ("is there a phone number?").
    private static bool NamesSomethingInEnglish(string rest) =>
        TextPatterns.EnglishWord().Matches(rest).Any(w => w.Length >= 3 && !TextPatterns.IsEnglishStopWord(w.Value) && !AskingWords.Contains(w.Value));

    // Words of asking for a number that are no search stop words.
    private static readonly HashSet<string> AskingWords = new(["whats", "what's", "give", "number", "numbers", "call", "one", "ok", "okay", "thanks", "now", "its", "it's"], StringComparer.Ordinal);

    // An office named beside the number ("the phone number of the tax bureau"): the office's number is what is asked.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(bureau|office|administration|department|cent(re|er)|window|hall|government)s?\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex AnOffice();

    // "文件上有没有留个电话": where the number is looked for, not what it is for.
    private static string WithoutCues(string part) =>
        Cues.Where(cue => part.Contains(cue, StringComparison.OrdinalIgnoreCase)).Aggregate(InTheDocument().Replace(NumberAsked.Replace(part, " "), " "), (rest, cue) => rest.Replace(cue, " ", StringComparison.OrdinalIgnoreCase));

    [System.Text.RegularExpressions.GeneratedRegex(@"(文件|政策|通知|方案|上面|里面|这上面|这里面)(上|里|中|里头|上头)?", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex InTheDocument();

    /// <summary>The practicality a part of a message asks for, by its name in an answer; null for another office question.</summary>
    public static LocalizedText? PracticalityOf(string part) =>
        Names.FirstOrDefault(n => n.Cues.Any(cue => part.Contains(cue, StringComparison.OrdinalIgnoreCase))).Name
        // "where is its office based" names no cue of its own: an address.
        ?? (WhereAnOfficeIs.IsMatch(part) ? Address : null);

    private static readonly LocalizedText Address = new("办公地址", "address");

    private static readonly string[] AddressCues = ["在哪个位置", "怎么走", "地址", "在哪办公", "在哪里办公", "办公地点", "在什么地方办公", "局在哪", "where is the", "address"];

    // The practicalities of an office, by what they are called in an answer; the cues above that ask for one.
    private static readonly (LocalizedText Name, string[] Cues)[] Names =
    [
        (new("电话", "phone number"), ["电话", "号码", "phone number", "telephone number"]),
        (Address, AddressCues),
        (new("办公时间", "office hours"), ["几点", "时间", "周末", "周六", "周日", "双休", "what time does", "hours", "open on", "open at the weekend"]),
    ];

    /// <summary>
    /// Whether a number to call is asked for ("有没有个电话", "打哪个号", "投诉电话", "is there a hotline?"), an office's own or one
    /// for what a clause offers; a phone repair shop or "刚打电话问了" asks for none.
    /// </summary>
    public static bool AsksForANumber(string normalized) => NumberAsked.IsMatch(normalized);

    /// <summary>The message without the words that ask for a number to call ("whats the hotline number for this plan" keeps "for this plan").</summary>
    public static string WithoutNumberAsked(string normalized) => NumberAsked.Replace(NumberWords.Replace(normalized, " "), " ");

    // What is left of a number asked for once the asking is gone: "hotline number", "a number to call".
    private static readonly System.Text.RegularExpressions.Regex NumberWords = new(
        @"\b((hotline|helpline|phone|telephone|contact)\s+numbers?|numbers?(\s+to|\s+(i|we)(\s+(can|could))?)?\s+(call|ring|dial)|(call|ring|dial)(\s+up)?)\b|电话|号码|热线",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase, TextPatterns.Timeout);

    private static readonly System.Text.RegularExpressions.Regex NumberAsked = new(
        @"(有没有|有没|给没给|给了|留了|公布了?|提供了?)[个一]?[^，。？！,?!\s]{0,4}(电话|热线|号码)|有(对外|联系|办公|咨询)?(电话|热线|号码)(没|吗|不|么)|(电话|热线|号码)(是)?多少|打哪个(号|电话)|(投诉|咨询|服务|举报)(电话|热线)|热线|(给|留|发)(个|一个|俺个|我个|俺|我)?(电话|号码|联系电话|联系方式)"
        + @"|\b(phone number|telephone number|hotline|number to call|number (i|we) can call|call centre|call center)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase, TextPatterns.Timeout);

    public static bool Asks(string normalized) =>
        (IntentClassifier.Contains(normalized, Cues, wholeWords: false) && !OnlyTheTaskForcesAddress(normalized, normalized)) || (WhereAnOfficeIs.IsMatch(normalized) && !TaskForce.IsMatch(normalized)) || ComparesLegalForms.IsMatch(normalized)
        || AnotherFormsPolicies.IsMatch(normalized);

    // "Where is the market regulation office?", "where can I find the tax bureau": an office named in any words, then where.
    private static readonly System.Text.RegularExpressions.Regex WhereAnOfficeIs = new(
        @"\bwhere('s| is| are| can i find| do i find)( the| your)?( [\w-]+){0,4} (office|bureau|administration|department|service cent(re|er))s?\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "Is there a task force, and where is its office?", "工作专班在哪办公": where the plan's own task force sits is written (组织领导).
    private static readonly System.Text.RegularExpressions.Regex TaskForce = new(
        @"\b(task force|working group|leading group)\b|专班", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // Whether the only practicality the part asks is where the office is, in a message about the plan's task force.
    private static bool OnlyTheTaskForcesAddress(string part, string message) =>
        TaskForce.IsMatch(message) && Cues.Where(cue => part.Contains(cue, StringComparison.OrdinalIgnoreCase)).All(AddressCues.Contains);

    // Whether another legal form's policies apply ("个体户能享受小微企业的政策吗", "can a getihu use the SME policies?"): a policy
    // for individual businesses says nothing of the others', so the same honest answer.
    private static readonly System.Text.RegularExpressions.Regex AnotherFormsPolicies = new(
        "(享受|申请|适用|用|拿)(小微企业|小型微利企业|中小企业|中小微企业|小微)的?(政策|优惠|补贴|扶持|减免)"
        + @"|\b(get|use|claim|apply for|qualify for|enjoy)( the)? (sme|small and medium|small and micro)( enterprise)?('s)? (policies|benefits|subsidies|relief)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // Which legal form to choose ("个体户和公司哪个税少", "个体户和个人独资企业有什么区别"): a policy for individual businesses
    // compares none, so the same honest answer, not the conversion clause.
    private static readonly System.Text.RegularExpressions.Regex ComparesLegalForms = new(
        "(个体户|个体工商户|个体).{0,2}(和|跟|与|还是|or|vs).{0,4}(公司|企业|个人独资|合伙|小微).{0,12}(区别|不同|哪个|哪种|比较|差别|一样)"
        + @"|\b(difference between|compare).{0,40}(sole trader|individual business|getihu).{0,20}(company|enterprise)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);
}
