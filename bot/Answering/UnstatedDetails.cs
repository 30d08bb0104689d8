using System.Text.RegularExpressions;
using Policy.Bot.Understanding;
using Policy.Knowledge.Content;
using Policy.Knowledge.Rules;

namespace Policy.Bot.Answering;

/// <summary>
/// The details a question asks for that the clauses answering it never state: "What's the interest rate and how much can I
/// borrow?", "Is there a cap on the commission?", "利息能给低点不", "一个人能补多少钱". The answer says they are not written before
/// what is; a detail the clauses or their rules do state ("what's the deadline for the rent waiver": its rule runs until a
/// date; "个转企能补多少钱": 1,200 yuan) is not listed.
/// </summary>
internal static partial class UnstatedDetails
{
    /// <summary>What the asker would read in the clause if it were written, in the words a clause or rule would use.</summary>
    /// <param name="Without">The message without the words that ask for it.</param>
    private sealed record Detail(Func<string, bool> Asked, Func<string, string> Without, string Label, Func<string, IReadOnlyList<Rule>, bool> Stated)
    {
        public Detail(Regex asked, string label, Func<string, IReadOnlyList<Rule>, bool> stated)
            : this(asked.IsMatch, text => asked.Replace(text, " "), label, stated)
        {
        }
    }

    private static readonly Detail[] English =
    [
        new(TaxRateAsked(), "the tax rate", (text, _) => text.Contains("tax rate", StringComparison.OrdinalIgnoreCase) || Percent().IsMatch(text)),
        new(InterestAsked(), "the interest rate", (text, _) => text.Contains("interest rate", StringComparison.OrdinalIgnoreCase) || text.Contains("% interest", StringComparison.Ordinal)),
        new(BorrowingAsked(), "how much can be borrowed", (text, _) => Sum().IsMatch(text)),
        // "the policy says commission can't be more than 10%, right?": a share capped at a figure, which no clause writes.
        new(ShareCapNamed(), "a specific percentage", (text, _) => Percent().IsMatch(text)),
        new(MaximumAsked(), "a maximum or cap", (text, rules) => MaximumStated().IsMatch(text) || rules.Any(r => r.Amount is not null && Sum().IsMatch(r.Amount.En))),
        new(DeadlineAsked(), "a deadline", (text, rules) => Year().IsMatch(text) || rules.Any(r => r.ValidUntil is not null)),
        // "which 3 months exactly?": the rent relief names how many months of the year, not which.
        new(WhichMonthsAsked(), "which months", (text, _) => MonthNamed().IsMatch(text)),
        // "how long does it take to get a getihu licence?": a time to process, which no clause on registration writes.
        new(ProcessingTimeAsked(), "how long it takes", (text, _) => TimeLimitStatedInChinese().IsMatch(text) || DaysStated().IsMatch(text)),
        new(OfficePractice.AsksForANumber, OfficePractice.WithoutNumberAsked, "a phone number", (text, _) => PhoneStated().IsMatch(text)),
        new(WebAddressAsked(), "a website or link", (text, _) => WebAddressStated().IsMatch(text)),
        new(OnlineAsked(), "whether it can be applied for online", (text, _) => OnlineStated().IsMatch(text)),
        new(ForeignerAsked(), "foreign nationals", (text, _) => ForeignerStated().IsMatch(text)),
        // "Will the city pay for registering a trademark?", "does the city pay the registration fee for me": paying for what the
        // asker spends; a clause with provisions answers by them (the seal's fee waived), as for the cost.
        new(ReimbursementAsked(), "paying or reimbursing the fee", (text, rules) => text.Contains("reimburs", StringComparison.OrdinalIgnoreCase) || rules.Count > 0),
        // "does every getihu have to set up a party branch?": a duty laid on every business, which no clause writes so.
        new(EveryoneObligedAsked(), "whether every business must do so", (text, _) => text.Contains("every", StringComparison.OrdinalIgnoreCase) || text.Contains("must", StringComparison.OrdinalIgnoreCase)),
        // "someone called saying I must pay a 500 yuan fee first to get the subsidy": no clause makes a benefit cost a fee to receive.
        new(FeeFirstAsked(), "paying a fee first to receive it", (_, _) => false),
        new(CostAsked(), "whether it is free", (text, rules) => CostStated().IsMatch(text) || rules.Count > 0),
        // "he was fined the first time, can he get the money back?": no clause writes of refunds.
        new(RefundAsked(), "getting money back", (text, _) => RefundStated().IsMatch(text)),
        // "can I still claim it for back then?": no clause writes of claiming late.
        new(LateClaimAsked(), "claiming it late", (_, _) => false),
        // "the bank turned me down, what are the actual requirements?": "eligible" businesses, without saying which.
        new(ConditionsAsked(), "the specific requirements", (text, rules) => rules.Count > 0 || !EligibleUnsaid().IsMatch(text)),
        // "they give money prize for this?", "is there a cash bonus for model shops?"
        new(PrizeAsked(), "a cash prize", (text, rules) => Sum().IsMatch(text) || rules.Any(r => r.AmountYuan is not null)),
        new(ReplyTimeAsked(), "a time limit for replying", (text, _) => DaysStated().IsMatch(text)),
        new(TimesAsked(), "how many times", (text, _) => TimesStated().IsMatch(text)),
        // "who pays for the cut, the landlord or the government?": who bears what a reduction costs.
        new(CostBorneAsked(), "who bears the cost of the reduction", (text, _) => CostBorneStated().IsMatch(text)),
        // "does the first time thing reset after a few years or is it once forever": over what time a first counts again.
        new(FirstAgainAsked(), "over what period a violation counts as a first one", (text, _) => YearsStated().IsMatch(text)),
        // "will there be new tax breaks next year?": policies to come, which no document says.
        new(NewPoliciesAsked(), "whether similar policies will follow", (_, _) => false),
        new(CreditRepairAsked(), "repairing a credit record", (text, _) => text.Contains("repair", StringComparison.OrdinalIgnoreCase)),
        // "how often do they analyse it", "does the plan give a concrete number … or just a general goal": how often, and a
        // figure, where the clause says 定期 or 倍增.
        new(FrequencyAsked(), "how often", (text, _) => FrequencyStated().IsMatch(text)),
        new(ConcreteNumberAsked(), "a specific number", (text, _) => CountStated().IsMatch(text)),
                // "goverment give subsidy for keep jobs? how much per person per month": a sum per head, which the clause does not give.
        new(PerPersonAsked(), "the amount per person", (text, rules) => rules.Any(r => r.AmountYuan is not null) || YuanStated().IsMatch(text)),
        // "is there start business training she can take in english or korean?": the language it is given in.
        new(LanguageOfTrainingAsked(), "which language it is given in", (text, _) => LanguageOfTrainingAsked().IsMatch(text)),
                // "does it say how much budget the task force gets": funds for the work, which no clause sums.
        new(BudgetAsked(), "a budget", (text, _) => text.Contains("budget", StringComparison.OrdinalIgnoreCase) || text.Contains("funding", StringComparison.OrdinalIgnoreCase)),
    ];

    // "利息能给低点不", "一个人能补多少钱", "评上了有奖金没": a rate or a sum of money the clauses do not write.
    private static readonly Detail[] Chinese =
    [
        // "个税再减半，那具体税率是多少？算下来能少交多少钱": the rate and the sum saved, which 减半征收 does not give.
        new(TaxRateAskedInChinese(), "税率", (text, _) => text.Contains("税率", StringComparison.Ordinal) || Percent().IsMatch(text)),
        new(InterestAskedInChinese(), "利率", (text, _) => text.Contains("利率", StringComparison.Ordinal) || text.Contains("利息", StringComparison.Ordinal)),
        new(SumAskedInChinese(), "具体金额", WritesASum),
        new(PrizeAskedInChinese(), "奖金", WritesASum),
        new(MaximumAskedInChinese(), "上限", (text, rules) => MaximumStatedInChinese().IsMatch(text) || WritesASum(text, rules)),
        // "就写政府文件规定平台抽成不能超过10%": a share capped at a figure, which no clause writes.
        new(ShareCapNamedInChinese(), "具体比例", (text, _) => Percent().IsMatch(text)),
        new(TimeLimitAskedInChinese(), "办理时限", (text, _) => TimeLimitStatedInChinese().IsMatch(text)),
        // "信易贷啥时候截止", "山西精品啥时候报名，截止到几号": an end or a date to apply by, which only dated provisions have.
        new(DeadlineAskedInChinese(), "截止时间", (text, rules) => Year().IsMatch(text) || rules.Any(r => r.ValidUntil is not null)),
        // "减的是哪三个月": how many months, not which.
        new(WhichMonthsAskedInChinese(), "具体是哪几个月", (text, _) => MonthNamed().IsMatch(text)),
        new(MoneyAskedInChinese(), "给钱", (text, rules) => MoneyInChinese().IsMatch(text) || WritesASum(text, rules)),
        // "2022年那会儿就租着…现在还能补申请不": claiming late, which no clause writes of.
        new(LateClaimAskedInChinese(), "过期后能否补办", (_, _) => false),
        // "申请专利政府给报申请费不": paying back what the asker spent; a clause with provisions answers by them (免除刻章费用,
        // 补助1200元), as for the cost.
        new(ReimbursementAskedInChinese(), "报销", (text, rules) => text.Contains("报销", StringComparison.Ordinal) || rules.Count > 0),
        // "这文件能不能让平台把多抽的钱退给俺": money given back, which no clause writes of.
        new(RefundAskedInChinese(), "退还已交的钱", (text, _) => RefundStatedInChinese().IsMatch(text)),
        new(OfficePractice.AsksForANumber, OfficePractice.WithoutNumberAsked, "电话", (text, _) => PhoneStated().IsMatch(text)),
        new(WebAddressAskedInChinese(), "网址", (text, _) => WebAddressStated().IsMatch(text)),
        // "那这钱…能网上申请不": applying online, which only a clause on 网办 or 掌上办 writes of (registering online is measure 3's
        // own topic, which says so).
        new(OnlineAskedInChinese(), "能否网上申请", (text, _) => OnlineStated().IsMatch(text)),
        new(ForeignerAsked(), "外籍人员", (text, _) => ForeignerStated().IsMatch(text)),
        // "文件有没有要求每个个体户都得成立党支部": a duty laid on every business, which a clause writes only with 每 or 必须.
        new(EveryoneObligedAskedInChinese(), "每户都必须这样做", (text, _) => text.Contains('每') || text.Contains("必须", StringComparison.Ordinal) || text.Contains("一律", StringComparison.Ordinal)),
        // "说按67号文先交500块手续费就能领个体户倍增补贴": no clause makes a benefit cost a fee to receive.
        new(FeeFirstAskedInChinese(), "领取前先交手续费", (_, _) => false),
        // A clause with provisions answers by them (免除印章刻制费用); the cost asked may be another matter's ("刻章要钱不？房租能减几个月？").
        new(CostAskedInChinese(), "是否收费", (text, rules) => CostStatedInChinese().IsMatch(text) || rules.Count > 0),
        // "银行说俺条件不够…政策里有没有写清楚到底要啥条件": a clause that speaks of "符合条件的" without saying which; a clause
        // with rules states them.
        new(ConditionsAskedInChinese(), "具体条件", (text, rules) => rules.Count > 0 || !text.Contains("符合条件", StringComparison.Ordinal)),
        // "反映了问题，规定多少天之内得给答复不": a time to reply, which 及时 does not give.
        new(ReplyTimeAskedInChinese(), "答复时限", (text, _) => DaysStated().IsMatch(text)),
        // "免费法律咨询一年能问几回".
        new(TimesAskedInChinese(), "次数", (text, _) => TimesStated().IsMatch(text)),
        // "那减下来的这部分钱谁出 是俺们市场自己贴还是财政给补": who bears what a reduction costs.
        new(CostBorneAskedInChinese(), "减免部分由谁承担", (text, _) => CostBorneStated().IsMatch(text)),
        // "过几年还算头一回不", "首次是一辈子就一次吗": over what time a first counts again.
        new(FirstAgainAskedInChinese(), "多长时间内算首次", (text, _) => YearsStated().IsMatch(text)),
        // "明年还会不会再出免增值税这种政策": policies to come, which no document says.
        new(NewPoliciesAskedInChinese(), "以后是否再出台类似政策", (_, _) => false),
        // "被法院弄成失信被执行人了…信用咋修复啊": repairing a credit record, which the clause on credit loans does not write of.
        new(CreditRepairAskedInChinese(), "信用修复", (text, _) => text.Contains("修复", StringComparison.Ordinal)),
        // "多长时间统计分析一回 按月还是按季度": how often, where the clause says 定期.
        new(FrequencyAskedInChinese(), "多长时间一次", (text, _) => FrequencyStated().IsMatch(text)),
        // "每个单位抽几个人": how many people, where the clause names none.
        new(HeadcountAskedInChinese(), "人数", (text, _) => HeadcountStated().IsMatch(text)),
        // "没完成 分管领导会不会被处分 追不追责": sanctions on officials, beyond the notice of criticism the clause writes.
        new(SanctionAskedInChinese(), "处分、追责", (text, _) => SanctionStated().IsMatch(text)),
                // "专班有多少经费": funds for the work, which no clause sums.
        new(BudgetAskedInChinese(), "工作经费", (text, _) => text.Contains("经费", StringComparison.Ordinal) || text.Contains("预算", StringComparison.Ordinal)),
    ];

    [GeneratedRegex(@"信用(咋|怎么|如何|能不能|可以|能)?(修复|恢复|洗白)|修复(信用|征信)|征信(咋|怎么|如何|能不能|能)?(修复|恢复|洗白|消除)|(失信|黑名单)[^，。？！?!]{0,10}(咋|怎么|如何|能不能)(撤|消|去掉|移出|出来)", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex CreditRepairAskedInChinese();

    [GeneratedRegex(@"\b(credit (record |rating |score )?(repair|restoration)|(repair|fix|restore|clean up) (my |our |his |her |their )?(credit|credit record|credit rating|credit score)|(get|come) off the (blacklist|dishonest (debtor|person)s? list))\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex CreditRepairAsked();

    [GeneratedRegex(@"\bhow much (is it |do they give |does it give |will they give )?(per|for each|for every|each) (person|head|worker|employee|staff|month|hire)\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex PerPersonAsked();

    [GeneratedRegex(@"\b\d[\d,]*\s*yuan\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex YuanStated();

    [GeneratedRegex(@"\b(training|trainings|course|courses|class|classes|lessons?|coaching|seminars?)\b[^.?!]{0,40}\b(in|taught in|given in|offered in|available in) (english|korean|japanese|russian|french|german|arabic|spanish)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex LanguageOfTrainingAsked();

    [GeneratedRegex(@"\bhow often\b|\bhow frequently\b|\b(monthly|quarterly) or (quarterly|yearly|annually|monthly)\b|\bevery (month|quarter) or\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex FrequencyAsked();

    [GeneratedRegex(@"多长时间[^，。？！?!]{0,8}一(回|次)|多久[^，。？！?!]{0,6}一(回|次)|几个月一(回|次)", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex FrequencyAskedInChinese();

    [GeneratedRegex(@"每月|每季|每年|按月|按季|每半年|\b(monthly|quarterly|yearly|annually|every (month|quarter|year))\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex FrequencyStated();

    [GeneratedRegex(@"\b(concrete|specific|exact|precise|actual) (number|figure|target|count)\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex ConcreteNumberAsked();

    [GeneratedRegex(@"\d[\d,]*\s*(individual businesses|businesses|households|entities)\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex CountStated();

    [GeneratedRegex(@"(抽|派|抽调|出)(几个|多少|几)个?\s*人", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex HeadcountAskedInChinese();

    [GeneratedRegex(@"\d+\s*(名|人)|[一二三四五六七八九十两]\s*(名|人)", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex HeadcountStated();

    [GeneratedRegex(@"处分|追责|问责|撤职|免职|降级|记过", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex SanctionAskedInChinese();

    [GeneratedRegex(@"处分|追责|问责|撤职|免职", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex SanctionStated();

    [GeneratedRegex(@"\b(budgets?)\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex BudgetAsked();

    [GeneratedRegex("经费|预算|工作资金", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex BudgetAskedInChinese();

    /// <summary>
    /// The message without the words that ask for details a clause may not state ("interest rate?", "要钱不"): what else it
    /// is about; the message itself when it asks for none.
    /// </summary>
    public static string WithoutDetailsAsked(string normalized, string language) =>
        (language == Languages.English ? English : Chinese).Where(d => d.Asked(normalized)).Aggregate(normalized, (text, d) => d.Without(text));

    /// <summary>The message without the words that ask how long something takes ("多久能批下来", "多长时间能给个答复").</summary>
    public static string WithoutTimeLimitAsked(string normalized) => TimeLimitAskedInChinese().Replace(normalized, " ");

    /// <summary>The message without asking within how long one must apply ("do we hv to apply within 6 months or smth").</summary>
    public static string WithoutTimeToApplyAsked(string normalized) => TimeToApplyAsked().Replace(normalized, " ");

    private const string TimeToApply = @"\b((have|hv|need|needs|has) to|must) (apply|claim)( for it| it)? within( the first)?( a| an| one| two| three| six| twelve| a few| \d+)? (days?|weeks?|months?|years?)( or (sth|smth|something|so))?\b";

    [GeneratedRegex(TimeToApply, RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex TimeToApplyAsked();

    /// <summary>The labels of the details asked that neither the clause answering (its text in the question's language) nor its rules state.</summary>
    public static IReadOnlyList<string> Of(string normalized, string language, string clauseId, ContentSet content)
    {
        var asked = (language == Languages.English ? English : Chinese).Where(d => d.Asked(normalized)).ToList();
        if (asked.Count == 0)
        {
            return [];
        }

        var text = content.FindClause(clauseId, language)?.Text ?? "";
        var rules = content.RulesFor(clauseId);
        return [.. asked.Where(d => !d.Stated(text, rules)).Select(d => d.Label)];
    }

    // A sum in yuan, in the clause or one of its rules ("补助设立财务账户费用1200元").
    private static bool WritesASum(string text, IReadOnlyList<Rule> rules) => SumInChinese().IsMatch(text) || rules.Any(r => r.AmountYuan is not null);

    [GeneratedRegex(@"(要|需要|得|需|够|符合|满足|具备|有)(啥|什么|哪些|哪样|啥样|什么样)(的)?条件|条件(是|有|都是)(啥|什么|哪些)|(啥|什么|哪些)条件(才|能|可以)|(申请|贷款|办)条件", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex ConditionsAskedInChinese();

    [GeneratedRegex(@"\bwhat (are|were) the (actual |exact |specific )?(requirements|conditions|criteria)\b|\b(eligibility )?(requirements|criteria) (are there|for it|to get|do i need)\b|\bwhat (do i|does one) need to (qualify|be eligible)\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex ConditionsAsked();

    [GeneratedRegex(@"\b(money back|get (it|the money|the fine|my money|his money|her money|that) back|(get|claim|ask for|apply for) (a |the )?refund|(be|get|got) refunded|refund (me|him|her|us|it|the fine)|reimburs\w*|pay (it|me|him|her) back)\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex RefundAsked();

    [GeneratedRegex(@"\b(refund\w*|reimburs\w*)\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex RefundStated();

    [GeneratedRegex(@"\bretroactively\b|\bclaim (it )?(late|for back then|for 2022|for last year)\b|\bclaim (it |this |that )?now for (that year|back then|2022|then)\b|\bback-?claim\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex LateClaimAsked();

    [GeneratedRegex(@"(还能|能不能|可以|可不可以|能)(再)?(回头)?补(着|上)?(申请|办|减|免|领|享受)|补(申请|办|减|免|领)(还行|还能|行不|行吗|可以吗|吗|么|不|没|得了|来得及)|还能(再)?补(不|吗|么|没|呢)", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex LateClaimAskedInChinese();

    // "eligible individual businesses": conditions referred to, not given.
    [GeneratedRegex(@"\beligible\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex EligibleUnsaid();

    [GeneratedRegex(@"最多(只能|能|可以)?(抽|收|贷|借|补|给|减|免|挂|办|开|领|拿)?(款)?(几|多少)|上限|封顶|最高(能|可以)?(抽|收|贷|借|补|给)?(款)?(几|多少)", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex MaximumAskedInChinese();

    [GeneratedRegex(@"不超过|以下|以内|最高|上限|封顶|最多", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex MaximumStatedInChinese();

    [GeneratedRegex(@"当天(就能|能|可以)?(办完|办好|拿到|下来)|几天(能|就能|可以)?(办完|办好|下来|拿到|批下来|批)|多久(能|就能|可以)?(办完|办好|下来|拿到|批下来|批)|一天就能|(办|领|拿|批|注册|登记)[^，,。？?！!]{0,8}?(要|得|需要)(多久|多长时间|几天)|(多少天|几天|多久|多长时间)(能|就能|才能|会|内)?(给)?(个)?(答复|回复|回音|处理|解决|办结)", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex TimeLimitAskedInChinese();

    [GeneratedRegex(@"\d+个?(工作日|日|天|小时)|当天|即办|立等|时限", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex TimeLimitStatedInChinese();

    [GeneratedRegex(@"(多少|几)(个工作日|天|日)(之内|以内|内)|(多久|多长时间|几天)(之内|以内|内)?(得|要|能|会)?(给)?(答复|回复|回应|处理|解决|办结|回话|回信|回音)", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex ReplyTimeAskedInChinese();

    [GeneratedRegex(@"\bwithin how many (days|working days)\b|\bhow (long|many days) (until|before|till) (they|someone|i get a) (reply|respond|answer)|\bhow (soon|quickly) (must|should|will|do) they (reply|respond|answer|deal)\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex ReplyTimeAsked();

    [GeneratedRegex(@"\b(money|cash) (prize|prizes|reward|rewards|award|awards|bonus|bonuses)\b|\bprize money\b|\b(any|a|the) (prize|bonus|cash)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex PrizeAsked();

    [GeneratedRegex(@"\d+\s*个?(工作日|日|天)|\d+\s*(working )?days", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex DaysStated();

    [GeneratedRegex(@"(能|可以)(免费)?(问|用|咨询|享受|申请|领|办|免)(几|多少)(回|次)|(一年|每年|一个月|每月)[^，。？！]{0,6}(能|可以)[^，。？！]{0,4}(?<!好)(几|多少)(回|次)", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex TimesAskedInChinese();

    [GeneratedRegex(@"(会不会|还会|能不能|会|还能)(再|重新)?(出|出台|推出|发|颁布)(新的|类似的|这种|这样的|这类|一些|点)?[^，,。？?！!]{0,14}(政策|优惠|文件)|(还|会)?续不续|还(会|能)?(接着)?续|(明年|后年|以后)(还)?有没有(新的|类似的)|延续不延续|会不会延续|会不会延长", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex NewPoliciesAskedInChinese();

    [GeneratedRegex(@"\b(will there be|is there going to be|are there going to be|will they (bring out|introduce|issue|announce)|any plans? for) (any )?(new|more|similar|another|other|fresh)( [a-z]+){0,2} (polic(y|ies)|tax breaks?|exemptions?|relief|measures?)\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex NewPoliciesAsked();

    [GeneratedRegex(@"\bhow many times\b|\bhow often can (i|we)\b|\blimit on how many\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex TimesAsked();

    [GeneratedRegex(@"\b(first|1st)[- ]time\b[^.?!]{0,40}\b(reset|resets|start over|starts over|wiped|clean slate|once forever|once in a lifetime|once ever)\b|\b(reset|resets|start over|starts over)\b[^.?!]{0,30}\b(first|1st)[- ]time\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex FirstAgainAsked();

    [GeneratedRegex(@"\bwho (pays|covers|foots|bears|makes up)( for)? (the |that |this )?(difference|cut|reduction|lost rent|shortfall|rent cut|rent reduction|discount)\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex CostBorneAsked();

    [GeneratedRegex(@"(减下来|减掉|减免|少收|免掉|让出)的?(这部分|那部分|这些|那些)?(钱|租金|房租)?(由)?谁(来)?(出|掏|承担|贴|补|买单)|自己贴还是|谁(来)?(承担|买单)(这|那)?(部分|笔)", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex CostBorneAskedInChinese();

    // A clause saying who makes up a reduction: the budget's money, a compensation.
    [GeneratedRegex(@"财政(补贴|补助|补偿|承担|资金)|给予补偿|予以补偿|compensat", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex CostBorneStated();

    [GeneratedRegex(@"(过|隔)(几|两|三|多少)年[^，。？！]{0,8}(还|又|再)?算(首次|头一回|头一次|第一次|初犯)|(首次|头一回|头一次|第一次|初犯)[^，。？！]{0,6}(清零|重新算|重新计算|一辈子|终身|几年内|多少年内|多长时间内)", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex FirstAgainAskedInChinese();

    // A period of years written in a clause: "三年内", "within two years".
    [GeneratedRegex(@"[一二三四五六七八九十两\d]+年(内|之内|以内)|\bwithin (\d+|one|two|three|five) years?\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex YearsStated();

    [GeneratedRegex(@"每年\S{0,4}次|次数|\d+\s*次|\btimes a year\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex TimesStated();

    [GeneratedRegex(@"税率", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex TaxRateAskedInChinese();

    [GeneratedRegex(@"\b(what( is the| is my| would the| will the)? tax rate|which tax rate|tax rate is)\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex TaxRateAsked();

    [GeneratedRegex(@"\d\s*[%％]|百分之", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex Percent();

    [GeneratedRegex(@"(不能|不得|不准|不许|不可以|最多|最高|不超过|超过|上限|封顶|降到|降至|压到|控制在|限定在|限制在)[^，。？！?!\s]{0,4}(\d+(\.\d+)?\s*[%％]|百分之[零一二三四五六七八九十\d]+)|(\d+(\.\d+)?\s*[%％]|百分之[零一二三四五六七八九十\d]+)(以内|以下|封顶|为上限|是上限)", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex ShareCapNamedInChinese();

    [GeneratedRegex(@"\b(capped at|cap of|cap at|limit of|limited to|no more than|not more than|more than|can'?t exceed|cannot exceed|can not exceed|must not exceed|max(imum)?( of)?|at most|over|above)\s*\d+(\.\d+)?\s*(%|percent)", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex ShareCapNamed();

    [GeneratedRegex(@"利息|利率|贴息|无息|免息|零利息", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex InterestAskedInChinese();

    [GeneratedRegex(@"(补|给|发|贴|奖|领|拿|报)(多少钱|多少)|(拿|领|得)(到)?(啥|什么)钱|(少交|省|省下)(多少钱|多少)|(能|可以|最多)[^，,。？！?!\s]{0,4}?贷(款)?[0-9一二两三四五六七八九十百]+万|(一个人|每人|一人|每个人|一户|每户)(能|可以)?(补|给|发|领|拿)|(交|缴)[^，,。？！?!\s]{0,6}?(得|要)多少钱", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex SumAskedInChinese();

    [GeneratedRegex(@"奖金|奖钱|奖励多少", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex PrizeAskedInChinese();

    [GeneratedRegex(@"有钱拿没|有没有钱拿|给钱不|给不给钱|给钱吗|(给不给|给|帮)(出|掏)(个|点)?\p{IsCJKUnifiedIdeographs}{0,3}费(不|吗|没)?|给不给补贴|给补贴不|给补贴吗|有补贴没|有没有补贴钱|补贴钱|有\p{IsCJKUnifiedIdeographs}{1,4}补贴(没|吗|不)|有没有补钱|补钱不|补不补钱|给补钱|补点钱|有没有钱补", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex MoneyAskedInChinese();

    [GeneratedRegex(@"给报(销)?\p{IsCJKUnifiedIdeographs}{0,4}(不|吗|没|么)|报销", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex ReimbursementAskedInChinese();

    [GeneratedRegex(@"\b(will|would|does|do|can|could)\s+(the\s+)?(city|government|govt|gov|state|county|authorities|they)\s+(pay|cover|reimburse|refund|subsidi[sz]e)\b[^.?!]{0,40}\b(fee|fees|cost|costs|for registering|for applying|for the registration|for the application|registration|application)\b|\breimburse", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex ReimbursementAsked();

    [GeneratedRegex(@"(钱|费|费用|款|抽成|佣金)[^，。？！?!\s]{0,4}(退给|退还|退回|返还|返给)|(退给|退还给?|返还给?)(俺|我|咱|他|她)|把钱退", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex RefundAskedInChinese();

    [GeneratedRegex("退还|退回|返还|退款", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex RefundStatedInChinese();

    [GeneratedRegex(@"电话|热线|\d{5,}|\b(phone|hotline)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex PhoneStated();

    // Money a clause gives, without a sum: "给予适当补贴", "补助设立财务账户费用".
    [GeneratedRegex(@"补贴|补助|奖励|资金", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex MoneyInChinese();

    [GeneratedRegex(@"\d[\d,.]*\s*(万元|元)", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex SumInChinese();

    [GeneratedRegex(@"\binterest( rate)?s?\b|\brate of interest\b|\bloan rates?\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex InterestAsked();

    [GeneratedRegex(@"\bhow much (money )?(can|could|may|will) (i|we|they) (borrow|get|take out)\b|\bhow much (money )?(can|could|may) [a-z ]{1,30}? borrow\b|\b(loan|credit|borrowing) (amount|limit|size|ceiling)s?\b|\bhow (big|large) (a|the) loan\b|\bborrow up to\b",
        RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex BorrowingAsked();

    [GeneratedRegex(@"\b(maximum|max|cap|capped|ceiling|upper limit)\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex MaximumAsked();

    [GeneratedRegex(@"\b(maximum|at most|up to|no more than|not more than|cap|capped|ceiling)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex MaximumStated();

    [GeneratedRegex(@"\bhow (long|many (working )?days|many weeks|soon|quickly|fast)\b[^?.!]{0,50}?\b(licen[cs]e|register|registration|approv\w*|permits?|certificate|zhizhao)\b|\bsame[- ]day (licen[cs]e|registration|approval)\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex ProcessingTimeAsked();

    [GeneratedRegex(@"\bwhich (3 |three |of the )?months\b( exactly)?", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex WhichMonthsAsked();

    [GeneratedRegex(@"哪(三|3|几)个月|(几|哪)月份?到(几|哪)月份?|从几月(份)?(开始|算)", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex WhichMonthsAskedInChinese();

    // A month of the year by name or number ("1至3月", "January to March").
    [GeneratedRegex(@"\d{1,2}月|[一二三四五六七八九十]{1,2}月|\b(january|february|march|april|june|july|august|september|october|november|december)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex MonthNamed();

    [GeneratedRegex(@"\b(deadline|closing date|last day to apply|apply by when|due date|(until|till) when( (he|she|i|we|they|you) (must|should|can|has to|have to|needs? to))?( apply| claim)?|end date|when does it (end|expire|close|stop|run out)|how long does it (run|last))\b|" + TimeToApply, RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex DeadlineAsked();

    [GeneratedRegex("(啥|什么|哪天|几号)时?候?(截止|结束|到期|为止|报名|停止|停)|截止(到|日期|时间)?(几号|哪天|什么时候|啥时候|哪年|几月)?|到(啥|什么)时候(为止|结束|截止)|管到(哪年|什么时候|啥时候)|期限", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex DeadlineAskedInChinese();

    [GeneratedRegex(@"\d[\d,.]*\s*(yuan|rmb)|\d[\d,.]*\s*(million|thousand)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex Sum();

    // "send me the website link for registering online", "what's the URL of the platform": a web address the clause would give.
    [GeneratedRegex(@"\b(website|web site|web address|url|web link|website link|link to (the )?(site|website|platform|page))s?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex WebAddressAsked();

    // "我是韩国人，能办个体户吗", "as a foreigner can I register a getihu?": whether a foreign national may, which no clause says;
    // "I'm an expat, run a bakery…" only says who asks.
    [GeneratedRegex(@"(外国人|外籍人?士?|外籍人员|老外|(韩国|日本|美国|英国|法国|德国|俄罗斯|越南|泰国|缅甸|老挝|马来西亚|印度|巴基斯坦|加拿大|澳大利亚)(人|籍|公民))[^，。？！,?!]{0,8}(能|可以|可不可以|让不让|允许|行不行|中不中)"
        + @"|\b(as an?|can an?|could an?|may an?|can|are|is an?) (foreigner|foreign national|foreign citizen|expat|non-chinese( citizen)?)s?\b"
        + @"|\b(foreigner|foreign national|foreign citizen|foreign passport holder|expat)s? (can|could|may|be allowed|are allowed|is allowed|eligible|qualify)\b"
        // "is there special rule for foreigner?"
        + @"|\b(special |any |separate )?(rules?|policy|policies|provisions?|treatment) for (an? )?(foreigners?|expats?|foreign nationals?|foreign residents?)\b"
        + @"|\b(i'?m|i am|we are|we're) an? (korean|japanese|american|british|french|german|russian|vietnamese|thai|indian|pakistani|canadian|australian|malaysian|filipino|nigerian|foreign) (citizen|national|passport holder)\b[^?]*\b(can|could|may) (i|we)\b"
        // "I'm a foreigner with a German passport. Can I register a getihu?"
        + @"|\b(i'?m|i am|we are|we're) an? (foreigner|foreign national|foreign citizen)\b[^?]*\b(can|could|may) (i|we) (register|open|set up|start|apply|get|run)\b"
        // "I'm from Pakistan, married to a local… Can I register a getihu?"
        + @"|\b(i'?m|i am|we are|we're) from (pakistan|korea|south korea|japan|america|the us|the usa|the uk|britain|england|france|germany|russia|vietnam|thailand|myanmar|laos|india|canada|australia|malaysia|the philippines|nigeria|abroad)\b[^?]*\b(can|could|may) (i|we) (register|open|set up|start)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex ForeignerAsked();

    [GeneratedRegex(@"外国|外籍|境外|港澳台|\bforeign", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex ForeignerStated();

    // "培训要钱不", "收费吗", "代办站收不收手续费 一般收多少": whether a service costs anything, which a clause may or may not say (免费提供).
    [GeneratedRegex("要不要钱|要钱(不|吗|么|没)|收不收(手续|办理|代办|服务)?(费|钱)|一般收多少|收费(不|吗|么)|收钱(不|吗|么)|花钱(不|吗|么)|免费(不|吗|么)|是免费的吗", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex CostAskedInChinese();

    // Every business obliged: "要求每个个体户都得成立党支部", "是不是所有店都必须挂这个牌子".
    [GeneratedRegex(@"(每个|每家|每一个|每一家|所有的?|全部的?)(个体户|个体工商户|商户|店|门店|店铺|商家|经营户)(都得|都要|都必须|必须|都需要|都非得)", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex EveryoneObligedAskedInChinese();

    [GeneratedRegex(@"\b(does|do|must|will|should) (every|each|all)\s+([a-z-]+\s+){0,2}(have to|need to|must|be required to)\b|\b(every|each|all) ([a-z-]+\s+){0,2}(has to|have to|must|is required to|are required to)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex EveryoneObligedAsked();

    // A fee to pay before a benefit is paid out: "先交500块手续费就能领补贴", "交了保证金才能领奖励".
    [GeneratedRegex(@"(先|得|要|需要|必须)?(交|付|转|缴)[^，。？！?!]{0,8}(手续费|服务费|工本费|保证金|押金|认证费|材料费|激活费)[^，。？！?!]{0,6}(就能|才能|就可以|才可以|才给|就给|能)(领|拿|申请|办|发|到账|下来)", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex FeeFirstAskedInChinese();

    [GeneratedRegex(@"\b(pay|paying|transfer|send)\b[^.?!]{0,25}\b(fee|deposit|charge|handling fee|service fee)\b[^.?!]{0,25}\b(first|before|in order to|to get|to receive|to claim|to release|to unlock)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex FeeFirstAsked();

    // "are the courses free or do I have to pay?", "does it cost anything?".
    [GeneratedRegex(@"\b(is it|is that|is this|are they|are these|are those|is the [a-z-]+|are the [a-z -]+) free\b|\bfree or (not|paid)\b|\b(do|will) (i|we) have to pay\b|\bcost anything\b|\bdoes it cost\b|\bis there a fee\b|\bany (fee|charge)s?\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex CostAsked();

    [GeneratedRegex(@"\bfree\b|\bfees?\b|\bcharges?\b|\bcosts?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex CostStated();

    [GeneratedRegex("免费|收费|费用|不花钱|无偿", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex CostStatedInChinese();

    [GeneratedRegex("网址|网站|链接", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex WebAddressAskedInChinese();

    [GeneratedRegex("(在|从|用)?(网上|线上|手机上|手机|微信上|小程序上?)(直接)?(申请|申领|办理|办|领取|领|提交|报|弄|操作)", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex OnlineAskedInChinese();

    [GeneratedRegex(@"\b(apply|applied|applying|claim|do (it|this|that)|submit|get (it|this|that)) (for it |for this |for that )?online\b|\bonline (application|applications|form)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex OnlineAsked();

    // "推行“全程网办”", "个人税费事项网上办、掌上办", "online handling", "via mobile".
    [GeneratedRegex(@"网办|网上|线上|掌上|online|on mobile|via mobile|by phone app", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex OnlineStated();

    [GeneratedRegex(@"https?://|www\.|\.gov\.cn|\bwebsite\b|网址|网站", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex WebAddressStated();

    [GeneratedRegex(@"\b(19|20)\d\d\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex Year();
}
