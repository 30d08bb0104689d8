using Policy.Knowledge.Content;

namespace Policy.Bot.Answering;

/// <summary>Every fixed phrase the bot says, in both languages. Anything about the policies themselves comes from content (<see cref="BotIntro"/>, the clauses and rules).</summary>
internal static class BotTexts
{
    public static readonly LocalizedText Empty = new(
        "请输入您的问题，例如：“我是小规模纳税人，月销售额12万，能免增值税吗？”",
        "Please type your question, for example: \"I'm a small-scale taxpayer with monthly sales of 120,000 yuan. Am I exempt from VAT?\"");

    public static readonly LocalizedText Reset = new(
        "好的，已重新开始，之前提供的信息已清除。请问有什么可以帮您？",
        "Done: we have started over and what you told me before is cleared. What would you like to know?");

    public static readonly LocalizedText NotFound = new(
        "抱歉，我在政策原文中没有找到与您的问题直接相关的条款。您可以换个说法，或查看政策全文和责任单位列表。",
        "Sorry, I could not find a clause of the policy that answers this. Try other words, or read the full policy and the list of responsible departments.");

    public static readonly LocalizedText NoGuarantee = new(
        "我没法打包票：能不能享受、能领多少，以政策原文和办理部门的认定为准。按政策写明的条件：",
        "I cannot promise that: the policy text and the handling department decide. By the conditions the policy writes:");

    public static readonly LocalizedText Fallback = new(
        "抱歉，暂时无法生成可核实的回答。请稍后再试，或直接查看政策原文。",
        "Sorry, I could not produce an answer I can verify. Please try again later, or read the policy text directly.");

    public static readonly LocalizedText InjectionNote = new(
        "（我只能依据政策原文回答，消息中的其他指令不会改变规则或结论。）",
        "(I answer only from the policy text; instructions in a message do not change the rules or the result.)");

    /// <summary>Before the answer to another matter the same message asked about.</summary>
    public static readonly LocalizedText AlsoAsked = new("您还问到：", "You also asked:");

    public static readonly LocalizedText NotCovered = new(
        "这份政策没有规定这一点，我也不引用无关的条款。",
        "The policy does not say anything about this, so I will not quote unrelated clauses.");

    public static readonly LocalizedText PartlyCovered = new(
        "政策没有写到“{0}”这一点，可以向负责单位咨询。按您说的情况，政策写明的是：",
        "The policy does not say anything about \"{0}\"; the responsible units can tell you. For what you describe, this is what the policy provides:");

    public static readonly LocalizedText CountsAsNotWritten = new(
        "这份政策没有写明哪些经营算“{0}”。本站政策计算器的说明：{1}",
        "The policy does not say which businesses count as \"{0}\". The note of this site's eligibility checker: {1}");

    public static readonly LocalizedText AskTheLead = new("可以向政策的牵头单位咨询：{0}。", "You can ask the lead unit for the policy: {0}.");

    public static readonly LocalizedText UnitMeasures = new("按政策，{0}是以下{1}项措施的责任单位：", "Under the policies, the {0} is a responsible unit for {1} measure(s):");
    public static readonly LocalizedText UnitAlsoAsked = new("另外，“{1}”要求{0}：“{2}”[{3}]", "Also, \"{1}\" asks the {0}: \"{2}\" [{3}]");
    public static readonly LocalizedText UnitHasNoMeasures = new("现行政策没有把{0}列为任何措施的责任单位。", "The policies in force name the {0} as the responsible unit for no measure.");
    public static readonly LocalizedText UnitContactNotKnown = new("{0}的{1}，政策原文没有写，本站也还没有收录。", "The policy does not state the {0}'s {1}, and this site does not have it yet.");
    public static readonly LocalizedText UnitPhone = new("电话 {0}", "phone {0}");
    public static readonly LocalizedText UnitAddress = new("地址 {0}", "address {0}");
    public static readonly LocalizedText UnitHours = new("办公时间 {0}", "office hours {0}");
    public static readonly LocalizedText UnitPage = new("{0}负责的全部措施和联系方式：{1}", "All measures of the {0}, and how to contact it: {1}");

    public static readonly LocalizedText DocumentParts = new("正文分为{0}个部分：{1}{2}。", "The plan has {0} parts: {1}{2}.");
    public static readonly LocalizedText PartSeparator = new("；", "; ");
    public static readonly LocalizedText MeasureCount = new("共有{0}项措施。", "It has {0} measures.");
    public static readonly LocalizedText MeasureCountInGroups = new("共有{0}项措施，分为{1}个方面：{2}。", "It has {0} measures in {1} groups: {2}.");
    public static readonly LocalizedText DocumentIs = new("这份文件是{0}印发的《{1}》，文号{2}，{3}印发[{4}]。", "It is the {1}, issued by the {0} on {3}, document number {2} [{4}].");
    public static readonly LocalizedText DocumentWritten = new("成文日期：{0}。", "Date written: {0}.");
    public static readonly LocalizedText DocumentAddressees = new("主送：{0}。", "Addressed to: {0}.");
    public static readonly LocalizedText DocumentPublication = new("公开方式：{0}。", "Publication: {0}.");
    public static readonly LocalizedText DocumentLead = new("牵头单位：{0}[{1}]。", "Lead unit: the {0} [{1}].");
    public static readonly LocalizedText DocumentText = new("全文见：{0}", "The full text: {0}");

    /// <summary>The full text asked of a document the site does not hold ("省里的《关于实施市场主体倍增工程的意见》发俺看看").</summary>
    public static readonly LocalizedText OtherDocumentNotHeld = new(
        "本站没有收录《{0}》，无法提供它的原文，请向发文机关咨询或到其官方网站查阅。本站收录的是：",
        "This site does not hold \"{0}\", so its full text cannot be provided here; ask the issuing authority or check its official website. This site holds:");

    public static readonly LocalizedText DocumentTranslation = new("英文译文（以中文原文为准）见：{0}", "The English translation (the Chinese text is authoritative): {0}");

    public static readonly LocalizedText NoTranslation = new("这份政策还没有英文译文，以中文原文为准。", "This policy has no English translation yet; the Chinese text is authoritative.");
    public static readonly LocalizedText DocumentValidity = new("有效期：{0}。", "Validity: {0}.");
    public static readonly LocalizedText MeasuresWithEndDates = new("规定了截止日期的措施：", "Measures with an end date:");
    public static readonly LocalizedText MeasuresWithoutEndDates = new("您问到的、没有写截止日期的措施：", "What you asked about that has no end date:");
    public static readonly LocalizedText AllMeasuresWithoutEndDates = new("没有写截止日期、现在仍在执行的措施：", "Measures with no end date, still in force:");
    public static readonly LocalizedText StatusWithAmount = new("{0}；{1}", "{0}; {1}");
    public static readonly LocalizedText EndDateLine = new("“{0}”（{1}）：{2}[{3}]", "\"{0}\" ({1}): {2} [{3}]");
    public static readonly LocalizedText EndedOn = new("执行至{0}，已结束", "ran until {0} and has ended");
    public static readonly LocalizedText RunsUntil = new("执行至{0}", "runs until {0}");
    public static readonly LocalizedText NoEndDate = new("本条没有写截止日期（本站自{0}起算）", "the clause sets no end date (this site counts it from {0})");
    public static readonly LocalizedText MorePolicies = new(
        "另有{0}份政策也有相关规定，这里没有一一列出；告诉我文号、文件名称或地区，我就按那份文件回答。",
        "{0} more policies have related provisions that are not listed here; tell me a document number, title or region and I will answer from that document.");
    public static readonly LocalizedText AsOf = new("（按{0}计。）", "(As of {0}.)");
    public static readonly LocalizedText AsOfAsked = new("按您问的时间（{0}）回答：", "For the time you asked about ({0}):");

    /// <summary>After an answer for a past date: what of it has ended since, so the answer is not read as available today.</summary>
    public static readonly LocalizedText EndedSince = new("注意：{0}只执行到{1}，现在已结束，不能再享受。", "Note: {0} ran until {1}; it has ended and can no longer be claimed.");
    public static readonly LocalizedText OverviewFirst = new(
        "政策中有{0}项优惠写明了条件：按您目前提供的情况（{3}），可以享受{1}项，另有{2}项还需要了解您的情况。",
        "The policy sets conditions for {0} benefits: on what you have told me ({3}), you can get {1}, and {2} more depend on your situation.");
    public static readonly LocalizedText RecapFirst = new("您这次问到的几项，按{0}和您说的情况：", "What you asked about in this conversation, as of {0} and on what you have told me:");
    public static readonly LocalizedText Quoted = new("政策原文：“{0}”", "the policy says: \"{0}\"");
    public static readonly LocalizedText OverviewLine = new("“{0}”[{1}]：{2}{3}", "\"{0}\" [{1}]: {2}{3}");
    public static readonly LocalizedText OverviewAvailable = new("可以享受", "available to you");
    public static readonly LocalizedText OverviewAmount = new("（{0}）", " ({0})");
    public static readonly LocalizedText GoFirst = new("先找：{0}。", "Go first to: {0}.");
    public static readonly LocalizedText AlsoResponsible = new("也负责：{0}。", "Also responsible: {0}.");
    public static readonly LocalizedText PeriodAsk = new(
        "您给的金额是{0}的，这一项按{1}计算，无法直接换算。",
        "You gave the amount {0}; this is reckoned {1} and I cannot convert it.");

    public static readonly LocalizedText PolicyReplaced = new("{0}{1}。", "The {0} was {1}.");
    public static readonly LocalizedText PolicyReplacedAnswer = new("{0}{1}，以下按现行文件回答。", "The {0} was {1}; this answer follows the policy in force.");
    public static readonly LocalizedText PolicyNotInForce = new("{0}{1}，不再适用。", "The {0} is no longer in force ({1}).");

    // The verdict says what it is about: "会罚款吗" answered "可以。" would read as "yes, you will be fined".
    public static readonly LocalizedText Yes = new("可以享受。", "Yes, you qualify.");
    public static readonly LocalizedText No = new("不能享受。", "No, you do not qualify.");
    public static readonly LocalizedText Ended = new("这项规定已结束，只执行到{0}。", "This provision has ended (it ran until {0}).");
    public static readonly LocalizedText DependsOn = new("这取决于{0}。", "It depends on {0}.");

    /// <summary>The headline when the asker imagines the case that decides ("要是转成公司，有啥好处"): what it would bring.</summary>
    public static readonly LocalizedText IfImagined = new("如果您的情况是“{0}”，下面几项可以享受。", "If your case is \"{0}\", you can have the following.");

    /// <summary>A rule's reason when the asker imagines the case that decides it: no verdict about the asker's own case.</summary>
    public static readonly LocalizedText YesInThatCase = new("如果是这种情况，可以享受。", "In that case, yes.");

    /// <summary>A rule's reason when the headline has just said what is still to be known.</summary>
    public static readonly LocalizedText CannotTellYet = new("尚不能判断。", "Cannot tell yet.");

    /// <summary>A rule's reason when the headline has just said the date it ended.</summary>
    public static readonly LocalizedText NoLongerClaimable = new("现在不能再享受。", "It can no longer be claimed.");
    public static readonly LocalizedText RuleLine = new("“{0}”[{1}]：{2}", "\"{0}\" [{1}]: {2}");
    public static readonly LocalizedText HowToApply = new("如何办理：{0}", "How to apply: {0}");
    public static readonly LocalizedText AlsoNote = new("另需注意：{0}", "Also note: {0}");
    public static readonly LocalizedText AppliesBetween = new("适用期间：{0}至{1}。", "Applies: from {0} to {1}.");
    public static readonly LocalizedText AppliesFrom = new("适用期间：自{0}起，没有截止日期。", "Applies: from {0}, with no end date.");
    public static readonly LocalizedText RuleNote = new("说明：{0}", "Note: {0}");
    public static readonly LocalizedText Amount = new("金额：{0}", "Amount: {0}");
    public static readonly LocalizedText AskAgain = new("我没看明白您的回答。{0}", "I could not tell your answer from that. {0}");
    public static readonly LocalizedText CountyOwn = new(
        "县里自己给什么，以所在县（区、市）政府出台的政策为准，这份政策没有写具体内容；它讲到的是：",
        "What a county gives of its own is set by that county's government, and this policy does not list it. What the policy says:");
    public static readonly LocalizedText CoveredBy = new("政策中“{0}”一项讲到了这一点[{1}]。", "The section \"{0}\" covers this [{1}].");
    public static readonly LocalizedText CoveredByIn = new("{1}中“{0}”一项讲到了这一点[{2}]。", "The section \"{0}\" of the {1} covers this [{2}].");
    public static readonly LocalizedText Summary = new("{0}[{1}]。", "{0} [{1}].");
    public static readonly LocalizedText SummaryIn = new("{1}：{0}[{2}]。", "{1}: {0} [{2}].");
    public static readonly LocalizedText PolicySays = new("政策原文：“{0}”[{1}]", "The policy says: \"{0}\" [{1}]");
    public static readonly LocalizedText FiguresStraddle = new(
        "您说的{0}有几个数（{1}），按政策有的符合、有的不符合，要看具体是多少。",
        "You gave more than one figure for {0} ({1}); under the policy some of them qualify and some do not, so it depends on the actual figure.");
    public static readonly LocalizedText FigureAtTheLimit = new(
        "您说的{0}大约是{1}，正好在政策的界限附近，符合不符合要看具体是多少。",
        "You gave {0} as about {1}, which is right at the policy's limit, so it depends on the exact figure.");
    public static readonly LocalizedText FigureNearTheLimit = new(
        "以上按您说的{0}约{1}计算；这个数离政策的界限不远，以实际数额为准。",
        "This counts your {0} as about {1}; that is close to the policy's limit, so the exact figure decides.");
    public static readonly LocalizedText SumsWritten = new(
        "政策没有写到“{0}”这一点，可以向负责单位咨询。政策写明了金额的钱款是：",
        "The policy does not say anything about \"{0}\"; the responsible units can tell you. The sums of money the policy does write are:");

    public static readonly LocalizedText WayInNotWritten = new(
        "政策没有写到“{0}”这一点，可以向负责单位咨询。关于您问的事，政策写明的是：",
        "The policy does not say anything about \"{0}\"; the responsible units can tell you. On what you ask about, the policy provides:");
    public static readonly LocalizedText NoChannelWritten = new(
        "本条没有写明具体找哪里办理、需要什么材料[{0}]，可以向负责单位咨询。",
        "This clause does not say where to apply or what to bring [{0}]; the responsible units can tell you.");
    public static readonly LocalizedText NoPlaceWritten = new(
        "本条没有写明具体找哪里、怎么办[{0}]，可以向负责单位咨询。",
        "This clause does not say where to go or how to apply [{0}]; the responsible units can tell you.");
    public static readonly LocalizedText NoReductionWritten = new(
        "本条没有写明具体降低多少[{0}]，可以向负责单位咨询。",
        "This clause does not say by how much [{0}]; the responsible units can tell you.");

    public static readonly LocalizedText NoAmountWritten = new(
        "本条没有写明具体金额[{0}]，可以向负责单位咨询。",
        "This clause does not say how much is paid [{0}]; the responsible units can tell you.");
    public static readonly LocalizedText NoTimeWritten = new(
        "本条没有写明多久能办好或到账[{0}]，可以向负责单位咨询。",
        "This clause does not say how long it takes or when it is paid [{0}]; the responsible units can tell you.");
    public static readonly LocalizedText NoMaterialsOrTimeWritten = new(
        "本条没有写明需要什么材料、多久能办好或到账[{0}]，可以向负责单位咨询。",
        "This clause does not say what documents to bring, how long it takes or when it is paid [{0}]; the responsible units can tell you.");
    public static readonly LocalizedText NoMaterialsWritten = new(
        "本条没有写明需要什么材料[{0}]，可以向负责单位咨询。",
        "This clause does not say what documents to bring [{0}]; the responsible units can tell you.");
    public static readonly LocalizedText Contact = new("负责单位：{0}。", "Responsible: {0}.");
    public static readonly LocalizedText Checker = new("用政策计算器查看或修改条件：{0}", "Check or change your answers in the checker: {0}");
    public static readonly LocalizedText Sources = new("出处：", "Sources:");
    public static readonly LocalizedText Unsure = new("没关系。", "That's fine.");
    public static readonly LocalizedText Separator = new("；", "; ");
    public static readonly LocalizedText ListSeparator = new("、", ", ");

    /// <summary>Between two parts of one statement: "可以享受，执行至…", "available to you, runs until …".</summary>
    public static readonly LocalizedText ClauseSeparator = new("，", ", ");

    /// <summary>Dates as prose: 2022年12月31日 / 31 December 2022.</summary>
    public static string FormatDate(DateOnly date, string language) =>
        language == Languages.English
            ? date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)
            : $"{date.Year}年{date.Month}月{date.Day}日";
}
