using System.Text.RegularExpressions;

namespace Policy.Bot.Understanding;

/// <summary>
/// Whether a yes/no fact's word only names what a question is about: "个转企要什么材料", "how do I convert to a company"
/// ask how; "首次免罚是什么意思" asks what it is; "个转企有啥好处", "what are the benefits of converting" ask what it
/// brings; "转成公司划算吗" asks whether it is worth it; "要是转成公司，刻章免费吗", "I'm planning to convert",
/// "转企业以后…" suppose or intend it; "个转企的补助", "首次免罚" name a benefit by it; "我朋友转成公司了", "听说转成公司能拿
/// 3000" are someone else's situation or hearsay about the policy. None says it has happened to the asker. Such a
/// mention is remembered as the topic and the fact stays unknown, unless the same clause says it is the asker's own
/// situation ("我已经个转企了，怎么领奖励", "I turned my shop into a company last month").
/// </summary>
internal static partial class TopicMention
{
    // Asking what it brings, in so many words ("个转企有啥好处", "what would I get"). Declared first: AskingAbout holds it.
    private static readonly string[] AskingWhatItBringsInWords =
        ["多少", "how much", "给啥", "给什么", "给些啥", "给点啥",
         "好处", "实惠", "有啥优惠", "有什么优惠", "有哪些优惠", "有啥奖励", "有什么奖励", "有奖励吗", "有啥支持", "有什么支持", "有哪些支持", "有啥补贴", "有什么补贴", "有哪些补贴", "有啥政策", "有什么政策",
         "what are the benefits", "what benefits", "what do i get", "what would i get", "what support", "any benefits", "is there any reward",
         "any money", "is there money", "any reward", "any subsidy", "any subsidies", "any support"];

    // Asking how, what it is or what it brings.
    private static readonly string[] AskingAbout =
        ["怎么办", "怎么", "怎样", "如何", "要先", "需要先", "得先", "先要", "要什么", "需要什么", "需要哪些", "要哪些", "什么材料", "哪些材料", "材料", "流程", "手续", "步骤", "去哪", "在哪", "哪里", "找哪",
         "how do", "how to", "how can", "how should", "what documents", "what do i need", "what papers", "where do", "where can", "where to", "steps", "procedure",
         // Who handles it.
         .. ScopeLexicon.AskingWhoHandles,
         // What it is.
         "什么意思", "啥意思", "是什么", "是啥", "指什么", "指的是", "讲了什么", "讲的什么", "讲了啥", "主要讲", "主要内容", "什么叫", "啥叫", "什么是", "啥是", "何为", "何谓", "定义", "what does", "what is", "what's", "mean", "definition", "define",
         // What counts as it.
         "多久", "多长时间", "算不算", "怎么算", "什么算", "怎么认定", "how long", "counts as", "count as", "qualifies as", "considered",
         // Whether it is worth doing.
         "划算", "合算", "值不值", "值得", "有必要", "有没有必要", "利弊", "worth it", "worthwhile", "should i", "should we",
         // What it brings.
         .. AskingWhatItBringsInWords,
         // "Is there cash for turning my getihu into a company?": what doing it brings.
         "is there", "are there", "for turning", "for converting", "for becoming"];

    // Whether it is a condition, asked in the word's own clause: "房东是国企才能减租吗", "是不是只有小规模纳税人才免", "只有新开的才
    // 免费吗" ("small-scale taxpayer. …or does it have to be under 150k?" asks whether the figure is one).
    private static readonly string[] AskingWhetherACondition =
        ["才能", "才可以", "才算", "才行", "才有", "才免", "才给", "才享受", "只有", "只限", "have to be", "has to be", "must be", "only for", "only new", "only if"];

    // Imagining a case, written before the word in its clause: "要是转成公司", "if I turn my shop into a company".
    // A time to come is imagined too: "以后转成了又能拿啥", "那等执照下来了 刻公司的章要自己掏钱不".
    // "那以后生意做大了转成公司 还有啥补贴没": later, when the business has grown.
    private static readonly string[] Imagining = ["如果", "要是", "假如", "假设", "万一", "将来", "等到", "那以后", "等以后", "以后生意", "日后", "等执照", "等证", "等公司", "等转", "等批", "if i", "if we", "if my", "if our", "if they", "if she", "if he",
        // "ok say he gets it converted next month", "suppose we convert": a case put to the bot;
        "say he ", "say she ", "say i ", "say we ", "say they ", "say my ", "suppose ", "supposing ", "assume ", "assuming ", "let's say", "lets say", "imagine ",
        // "once we've converted, which office do I go to": when it is done.
        "once we", "once i", "once he", "once she", "once they", "once my", "once our", "once it"];

    // A time to come, before something said done in it: "明年转成了肯定能拿3000" (next year's conversion has not happened).
    private static readonly string[] TimeToCome = ["明年", "后年", "下个月", "下月", "过几个月", "过两个月", "过几年", "过两年"];

    private static bool DoneInATimeToCome(string text, string before, int phraseStart, int phraseEnd) =>
        TimeToCome.Any(w => before.Contains(w, StringComparison.Ordinal)) && DoneAtTheWord(text, phraseStart, phraseEnd);

    // "转成了", "转好了": the word, or what follows it, says it done.
    private static bool DoneAtTheWord(string text, int phraseStart, int phraseEnd) =>
        text[phraseStart..phraseEnd].EndsWith('了') || text.AsSpan(phraseEnd).TrimStart().StartsWith("了", StringComparison.Ordinal);

    /// <summary>
    /// Whether the word at <paramref name="phraseStart"/> is said done: "转成了", "已经转过来", "去年转的", "converted last year",
    /// "already converted".
    /// </summary>
    public static bool SaidDone(string text, int phraseStart, int phraseEnd)
    {
        var (clauseStart, clauseEnd) = Negation.ClauseOf(text, phraseStart, phraseEnd);
        return DoneAtTheWord(text, phraseStart, phraseEnd) || PastBefore().IsMatch(text[clauseStart..phraseStart])
            || WhenItHappened.IsMatch(text[clauseStart..clauseEnd]) || ContainsWord(text[clauseStart..phraseStart], "already")
            || DatedAfter.IsMatch(text[phraseEnd..Math.Max(phraseEnd, clauseEnd)]);
    }

    // "俺们个转企是2023年弄的", "转企是去年办的": when it was done, said after the word.
    private static readonly Regex DatedAfter = new(
        @"^\s*(是|在)?((19|20)?\d{2}年|去年|前年|上个?月|今年|年初|年中|上半年)[^，。？！,?!\s]{0,4}?(弄|办|转|搞|做)(的|完|好|了)", RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // Planned, or advised by someone ("会计劝俺把个体户转成公司"): not done. Both a supposed case and an intent.
    private static readonly string[] IntendedOrAdvised =
        ["打算", "准备", "计划", "想要", "考虑", "想着", "琢磨", "寻思", "劝俺", "劝我", "劝咱", "建议俺", "建议我",
         "thinking of", "thinking about", "thinking to", "wants to", "would like to", "looking to", "aiming to", "gonna", "going to", "considering", "talking about", "talks about", "hoping to", "hopes to"];

    // Supposing or intending it, written before the word in its clause: "要是转成公司", "打算个转企".
    private static readonly string[] Supposed =
        [.. Imagining, .. IntendedOrAdvised, "想把", "要把", "能把", "可以把", "商量", "嚷嚷", "张罗", "念叨", "planning to", "plan to", "want to", "intend to", "intending to"];

    // 要是 inside other words imagines no case: "只要是头一回就都不罚" (as long as) still names a condition, so the word stays
    // a topic (<see cref="Supposed"/>), but nothing is imagined; nor in 主要是, 需要是, 不要是.
    [GeneratedRegex("(只|主|需|重|不|想|必|还)要是", RegexOptions.CultureInvariant)]
    private static partial Regex YaoshiInsideAWord();

    // Someone else's situation, or what is said about the policy, before the word in its clause: "我朋友转成公司了", "我邻居是
    // 新开的店", "听说转成公司能拿3000", "my friend just registered"; the rhetorical "不是说新开的个体户刻章不要钱么" ("isn't it
    // said that…") quotes the policy. It tells nothing about the asker.
    private static readonly string[] SomeoneElse =
        ["朋友", "邻居", "隔壁", "亲戚", "同行", "同事", "别人", "人家", "有人", "他家", "她家", "听说", "据说", "听人说", "网上说", "都在传", "群里传", "群里说", "有人传", "不是说", "不是讲", "不是规定", "老板说", "老板讲", "店长说", "领导说", "县里说", "区里说", "市里说", "镇上说", "镇里说", "乡里说", "村里说", "街道说", "社区说", "政府说", "上面说", "所里说", "局里说", "窗口说", "工作人员说", "他说", "她说", "他们说", "别人说", "人家说", "他是", "她是", "他们是", "他也是", "她也是", "他家是",
         "有个户", "有户", "有个商户", "有家商户", "有个个体户", "有家个体户", "有个老板", "有个体户", "有商户", "辖区", "有的个体户", "有的商户", "有些个体户", "有些商户",
         "我哥", "我姐", "我弟", "我妹", "俺哥", "俺姐", "俺弟", "俺妹", "哥哥", "姐姐", "弟弟", "妹妹", "表哥", "表姐", "表弟", "表妹", "堂哥", "堂姐", "堂弟", "堂妹", "我爸", "我妈", "父母", "儿子", "女儿", "老乡",
         "my friend", "a friend", "neighbour", "neighbor", "someone", "somebody", "other people", "others", "i heard", "heard that", "heard the", "heard it", "heard there", "people say", "people said", "they say", "someone said",
         "my brother", "my sister", "my cousin", "my father", "my mother", "my dad", "my mum", "my mom", "my parents", "my son", "my daughter", "my uncle", "my aunt"];

    // Asking for a family member whose shop it is: "I'm helping my parents", "I helped my parents turn their getihu into a
    // company", "we turned my dad's getihu into a limited company", "替我爸问问", "帮我妈打听": the asker speaks for that
    // business, so its facts are the ones asked about.
    [GeneratedRegex(@"\bmy\s+(?:friend|brother|sister|cousin|wife|husband|partner|father|mother|dad|mum|mom|parents|son|daughter)\s+and\s+i\b|\b(?:we|i)\s+(?:just\s+|already\s+|finally\s+)?(?:turned|converted|changed|switched|registered|upgraded)\s+my\s+(?:parents|mum|mom|dad|father|mother|uncle|aunt|auntie|grandpa|grandma)(?:'s|s)?\b|\b(?:help(?:ing|ed|s)?|on behalf of|asking for|ask for)\s+my\s+(?:parents|mum|mom|dad|father|mother|uncle|aunt|auntie|brother|sister|cousin|grandpa|grandma|wife|husband)\b|(?:帮|替)(?:我|俺)?(?:爸妈|父母|爸爸|妈妈|老爸|老妈|爸|妈)(?:问|咨询|打听|办|弄)?|(?:帮|替)(?:我|俺)(?:家)?(?:哥|姐|弟|妹|叔|姑|舅|姨|大伯|大爷|闺女|女儿|儿子|媳妇|老婆|老公|爱人|亲戚|表哥|表姐|表叔)(?:问|咨询|打听)|(?:帮|替)(?:我|俺)?的?(?:客户|顾客)(?:问|咨询|打听)|(?:帮|替|给)(?:一个|个|几个|一家|我的|俺的)?(?:客户|顾客)(?:做账|记账|报税|代账|算账)|\b(?:help(?:ing)?|asking for|on behalf of)\s+(?:a|my|our)\s+client\b", RegexOptions.CultureInvariant)]
    private static partial Regex ActingForFamily();

    // "俺替俺爸问问 他是个体户": once an earlier clause says the asker asks for a family member, he or she is the one spoken
    // for, so what he is or did is the case asked about.
    private static string WithTheOneSpokenFor(string text, int clauseStart, string before) =>
        (before.Contains('他') || before.Contains('她'))
            && (((text.Contains('帮') || text.Contains('替') || text.Contains("my ", StringComparison.Ordinal)) && ActingForFamily().IsMatch(text[..(clauseStart + before.Length)]))
                // "他上个月已经注册成有限公司了 那3000块奖励去哪个部门领": a message all about him, the asker saying nothing of
                // themself, is asked for him.
                || (clauseStart == 0 && AsksAQuestion().IsMatch(text) && !TheAskerSaid().IsMatch(text)))
            ? TheirPronoun().Replace(before, " ")
            : before;

    // A question asked: "…那3000块奖励去哪个部门领", "…3000能拿吗" ("他一个月卖20万，小规模" only tells of him).
    [GeneratedRegex(@"[?？吗么呢啥咋哪]|能不能|可不可以|(能|可以|会|要|给)[^，。,.]{0,10}(不|没)\s*$", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex AsksAQuestion();

    // Any word of the asker's own: 我, 俺, 咱, 自己, I, my, we.
    [GeneratedRegex(@"[我俺咱]|自己|本人|\b(i|i'm|im|my|me|we|our|us)\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex TheAskerSaid();

    // He or she as a subject, not as the one who told the asker something ("他说").
    [GeneratedRegex("(他|她)(?!们?说)", RegexOptions.CultureInvariant)]
    private static partial Regex TheirPronoun();

    [GeneratedRegex("(租的|租了|租|跟)(隔壁|邻居|亲戚|朋友|老乡|人家|别人)", RegexOptions.CultureInvariant)]
    private static partial Regex RentedFromThem();

    [GeneratedRegex("(让|被|叫|给)(人家|他们|她们|他|她)", RegexOptions.CultureInvariant)]
    private static partial Regex DoneByThem();

    // Whether words before a fact's word say it is someone else's, but for a family member the asker speaks for.
    private static bool SaysSomeoneElse(string before)
    {
        // "门面是租的隔壁老王家私房", "跟亲戚租的": the one rented from is the landlord, not whose case it is.
        before = before.Contains('租') || before.Contains('跟') ? RentedFromThem().Replace(before, " ") : before;
        before = before.Contains("my ", StringComparison.Ordinal) || before.Contains('帮') || before.Contains('替') ? ActingForFamily().Replace(before, " ") : before;
        // "让人家教育过一回", "被人家查了": who did it to the asker, not whose situation it is.
        before = before.Contains("人家", StringComparison.Ordinal) || before.Contains('他') || before.Contains('她') ? DoneByThem().Replace(before, " ") : before;
        // "人家说俺是小规模纳税人", "the tax office told me I'm small-scale": what they said the asker is.
        var last = SomeoneElse.Select(w => before.LastIndexOf(w, StringComparison.Ordinal) is var at and >= 0 ? at + w.Length : -1).Max();
        // "问了 菜市场是市场管理处的 人家说是国企的": what the asker was told their own case is, when they asked.
        return last >= 0 && !SaidOfTheAsker().IsMatch(before[last..])
            && !(ToldTheAsker.Any(w => before.AsSpan(0, last).EndsWith(w, StringComparison.Ordinal)) && before[last..].TrimStart().StartsWith('是'));
    }

    // Whoever the asker asked, telling what the asker's case is ("人家说是国企的"); not hearsay about the policy (听说是…).
    private static readonly string[] ToldTheAsker = ["人家说", "他们说", "他说", "她说", "窗口说", "工作人员说", "局里说", "所里说", "街道说", "社区说"];

    // "听说个转企政府一共给5000 俺上个月刚把个体户转成公司了": the asker, then what the asker did, after the hearsay.
    [GeneratedRegex(@"(俺|我|咱)们?家?(是|算|属于|就是|也是)|(俺|我|咱)(们|家)?[^，。？！,?!\s]{0,5}?(把|已经|刚刚|刚|才)|\b(i am|i'm|im|we are|we're)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SaidOfTheAsker();

    // A clause whose subject is someone else: "（听隔壁老李说，）他把个体户转成了公司", "人家早就转了".
    private static readonly Regex ThirdPersonSubject = new(@"^\s*(那|但是?|可是?|而且|结果)?(他|她|人家|别人)们?(家)?(把|已经|早就|早|也|都|刚|去年|前年|上个月|一个月|每个月|一年)", RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // A landlord asking about tenants, anywhere in the clause: "租给个体户的房子要减租吗", "individual businesses we rent to".
    private static readonly string[] Landlord =
        // Only the landlord's own words: a tenant says 租户 and "tenant" of themselves ("我是国企房子的租户").
        ["租给", "出租给", "租出去", "我是房东", "我们是房东", "我的租户", "我们的租户",
         "we rent to", "i rent to", "rent out", "we let", "i let", "our tenants", "my tenants", "i'm the landlord", "i am the landlord", "we are the landlord"];

    // What the policy is said or remembered to say, before a figure in its clause: "我记得文件写的是20万", "the policy says 200k".
    private static readonly string[] PolicySays =
        ["写的是", "写着", "规定的是", "文件说", "文件上说", "政策说", "政策上说", "政策规定", "我记得", "记得是", "the policy says", "the document says", "it says", "i remember"];

    /// <summary>
    /// Whether what stands at <paramref name="position"/> is said of someone else or of the policy, by a word before it in
    /// its clause: "听说月销售额20万以下免", "我朋友一个月卖20万", "他一个月卖20万", "我记得文件写的是20万以下".
    /// </summary>
    public static bool SaidOfOthers(string text, int position)
    {
        var (clauseStart, _) = Negation.ClauseOf(text, position, position);
        var before = WithTheOneSpokenFor(text, clauseStart, text[clauseStart..position]);
        return SaysSomeoneElse(before) || ThirdPersonSubject.IsMatch(before)
            || PolicySays.Any(w => before.Contains(w, StringComparison.Ordinal));
    }

    // After a figure, the benefit it is the limit of and a word pointing at the provision: "月销售额不超15万就免增值税的政策",
    // "15万以下免增值税那条" quote the policy's figure.
    private static readonly Regex PolicysFigure = new(
        @"^\s*(万元|万|元|块)?(以下|以内|之内|及以下)?(（含本数）)?(的)?(就|都|可以|能)?(免|减|补|奖)[^，。？！,?!]{0,12}?(的政策|的那个政策|那个政策|的规定|那条|这条|那项|这项|的那条|的那项|政策)",
        RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>
    /// Whether the figure from <paramref name="start"/> to <paramref name="end"/> is the policy's limit, named to point at the
    /// provision ("15万以下免增值税那条") or said as a rule ("媳妇说超过十五万就得交增值税").
    /// </summary>
    public static bool IsThePolicysFigure(string text, int start, int end) =>
        PolicysFigure.IsMatch(text[end..]) || (ThresholdBefore.IsMatch(text[Math.Max(0, start - 4)..start]) && RuleAfter.IsMatch(text[end..]));

    // A limit, before a figure said as a rule: "超过十五万就得交", "不到十万的才免".
    private static readonly Regex ThresholdBefore = new(@"(超过|超出|高于|低于|不超过|不到)$", RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static readonly Regex RuleAfter = new(@"^\s*(万元|万|元|块)?(以上|以下)?(的话|的)?(就|才)(得|要|需要|该|能|可以)?(交|缴|免|不用|不交|收)", RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>
    /// Whether the word's clause has someone else as its subject ("他去年就因为这个被罚过"): a yes so said grants the asker
    /// nothing, while a no so said still decides, like a supposed one, for the case asked about ("那我隔壁老王呢").
    /// </summary>
    public static bool SaidOfAThirdPerson(string text, int phraseStart, int phraseEnd)
    {
        var (clauseStart, _) = Negation.ClauseOf(text, phraseStart, phraseEnd);
        return ThirdPersonSubject.IsMatch(WithTheOneSpokenFor(text, clauseStart, text[clauseStart..phraseStart]));
    }

    /// <summary>"我们是国企的门面，租给个体户的，要不要减租": a landlord asks about the tenants' benefit, not their own.</summary>
    public static bool SpeaksAsLandlord(string text) => RentedToTheAsker().Replace(text, " ") is var said && Landlord.Any(w => said.Contains(w, StringComparison.Ordinal));

    // "村委会租给俺的": let to the asker, who is the tenant.
    [GeneratedRegex("(出)?租给(俺|我|咱)", RegexOptions.CultureInvariant)]
    private static partial Regex RentedToTheAsker();

    /// <summary>
    /// "我是陵川一个镇便民服务中心的，有个户想个转企…": staff of an office that serves the owners ask for them, not for
    /// themselves; the answer is the clause and whom to see, not questions about the staff member's own business.
    /// </summary>
    public static bool SpeaksAsStaff(string text) => Staff.IsMatch(text);

    /// <summary>The question without the staff member's words about where they work, which name no topic ("便民服务中心的").</summary>
    public static string WithoutStaffIntroduction(string text) => Staff.Replace(text, " ");

    private static readonly Regex Staff = new(
        @"(我|俺|我们|俺们)是[^，。？！,?!]{0,12}(便民服务中心|政务服务中心|服务中心|登记窗口|窗口|村委会?|居委会?|社区|街道办?|乡政府|镇政府|市场监管所|市场所|工商所|税务所|代办站)(的|工作|上班|里的)|(我|俺)是(村干部|网格员|代办员|社区干部|窗口工作人员)"
        // "我是县市场监管局执法队的", "俺是市监所的", "我在县融媒体中心上班", "I work at a market supervision station": an office's.
        + @"|(我|俺|我们|俺们)(是|在)[^，。？！,?!\s]{0,12}?(局|所|站|队|办|中心|政府|委员会)[^，。？！,?!\s]{0,4}?(的|工作|上班)(?=[\s，,。]|$)"
        + @"|\bi work (at|for|in) (a|the) (township|town|village|community|service (centre|center)|market regulation|tax) "
        + @"|\bi work (at|for|in) (a|an|the) [a-z ]{0,30}?(station|office|bureau|government|committee)\b",
        RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static readonly string[] OwnSituation =
        ["已经", "已", "了", "刚", "我是", "我们是", "本人是", "我家", "我的", "俺是", "俺们是", "俺家", "俺的", "咱是", "咱家",
         // What the asker rents: "租的是私人房东的门面，减房租的事去哪申请".
         "租的是", "租的门面", "租的房", "我租的", "俺租的", "咱租的", "我们租的", "租的国",
         // The asker's premises said to be it: "门面是跟区里国资公司租的国有房子，今年都有啥优惠".
         "门面是", "铺面是", "店面是", "铺子是", "房子是", "店是", "i have", "i've", "we have", "we've", "already", "i am", "i'm", "we are", "my ", "our ",
         // "I run a bakery registered as a getihu. How does the income tax cut work?"
         "i run ", "we run ", "i own ", "we own ", "registered as",
         // "is there a charge for carving the shop seal when I register?": the asker's registration, under way.
         "when i register", "once i register", "when we register", "once we register", "when registering",
         // "It's the first time ever. What do I need to do now?"
         "it's the first", "it is the first", "this is the first", "it was the first", "this was the first", "first time ever",
         // A time that has passed: "去年三月份转的公司，奖励没领到怎么办" says when it happened.
         "去年", "前年", "上个月", "上月", "上周", "上星期", "前几天", "昨天", "前天"];

    // "I turned my shop into a company last month", "we converted two years ago": it has happened.
    private static readonly Regex PastInEnglish = new(
        @"\b(i|we)( have| had|'ve)?( just| already| recently| finally)? (\w+ed|became|got|made|did|went)\b|\b(last (week|month|year)|ago)\b"
        // "we were a getihu and became a limited company": the asker, then what was done, joined by "and".
        + @"|\b(i|we|it)\b[^.?!,;]{0,30}\band (then )?(\w+ed|became|got)\b"
        // "One client turned his getihu into a limited company last spring": the client an accountant asks for did it.
        + @"|\b(he|she|client|customer)( has| had|'s)?( just| already| recently| finally)? (\w+ed|became|got|made|did|went)\b"
        // "changed my getihu into a company in march": a text that drops the I before what was done.
        // (A possessive right before a fact's word is taken out before this is asked: "changed getihu into a company".)
        + @"|^\s*(just |already |recently |finally )?(\w+ed|became|got|made) (my |our )?(getihu|geti|shop|store|business|stall|restaurant|individual business|it)\b",
        RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "转为企业后可以获得哪些支持", "转企需要满足什么条件": which benefits, or what it takes, in any words, in the word's own
    // clause ("房东是国资的，我能享受哪些优惠" says the landlord is state-owned, then asks).
    // A yes/no question about what it brings asks the same: "个体户转成公司有钱拿吗", "转企能领到补助不".
    private static readonly Regex AskingWhatItBrings = new(
        "(哪些|什么|啥|哪几项|哪几种)(样的)?(支持|好处|奖励|补贴|补助|优惠|政策|扶持|福利|鼓励|激励|条件|要求)"
        + "|有(没有)?(额外的?|别的|其他的?)?(钱|奖励|奖金|补贴|补助|优惠|好处|实惠|扶持|福利|鼓励|激励)(拿|领)?(吗|不|没|么|嘛|呢)"
        // 有没有 asks by itself: "个转企有没有奖励".
        + "|有没有(额外的?|别的|其他的?)?(钱|奖励|奖金|补贴|补助|优惠|好处|实惠|扶持|福利|鼓励|激励)"
        + "|(能|可以)(拿|领|得)(到)?(钱|奖励|奖金|补贴|补助)"
        // Heard of it: "个体户转成公司听说有奖励 都给些啥".
        + "|(听说|听人说|据说|有人说)(有|能|给)(钱|奖励|奖金|补贴|补助|优惠|好处)",
        RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // What follows the word: a benefit it names or says it brings ("转企业给的一次性奖励", "转公司有奖励", "个转企给奖励那个事儿", "个转企的补助", "个转企奖励", "转企那3000块", "个转企给的那几样补贴", "首次免罚") or
    // a condition it sets ("个体户转企业以后，刻章要自己掏钱吗"). Neither says it has happened.
    private static readonly Regex NamesOrSupposes = new(
        "^((给的|发的|奖的|补的|的|给|发)?(那|这)?几?(笔|项|个|样|种|些)?(一次性|[0-9]+元?|[一二三四五六七八九十百千万两]+元?)?(奖励|奖金|补助|补贴|优惠|政策|好处|扶持|规定|钱)"
        + "|(给的|发的|的)?(那|这)?(笔|个)?([0-9]+|[一二三四五六七八九十百千万两]+)(元|块钱|块|和|跟|、|是)"
        // What it brings, said of it: "转公司有奖励 是不是那个三千块".
        + "|(就|都)?(能|会)?有(个|笔|一笔)?(一次性的?)?(奖励|奖金|补助|补贴|优惠|好处)|免罚|不罚|免予处罚|免于处罚|以后|之后|后|的话"
        // A benefit said right after the word: "个转企免刻章费", "个转企的免费刻章", "个转企刻章免费吗", "个转企开户补贴", "个转企那个免刻章费".
        + "|(的)?(那|这)?(个|项|样|种)?免(费|除|刻|收|征|交|掉)"
        + "|(的)?(那|这)?(个|项|样|种)?(刻章|印章|刻印章|开户|账户|财务账户)(费|费用|钱)?(免费|免|补贴|补助|要钱|花钱|收费|不要钱|不花钱|报销))",
        RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // When it happened: an English "if" with it states a fact ("…if my shop opened last week?", "if I converted in 2021"), not a
    // supposition.
    private static readonly Regex WhenItHappened = new(@"\b(last (week|month|year)|ago|yesterday|today|this (week|month|year)|in ([a-z]+ )?(19|20)\d{2})\b", RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // A fact word that begins a benefit's everyday name: 首次 of 首次免罚 is the name, not "this was my first time".
    private static readonly string[] BenefitNames =
        ["首次免罚", "首次不罚", "首违不罚", "首违免罚", "首次免予处罚", "首次免于处罚",
         "first offence no penalty", "first offense no penalty", "first offence leniency", "first offense leniency", "first offence exemption", "first offense exemption",
         "first time no penalty", "first-time no penalty", "first violation no penalty", "first violation leniency"];

    // Asking how two things differ, anywhere in the message ("is it the same thing as…?"; not "found the same thing again").
    private static readonly Regex Comparing = new(
        @"(有)?(啥|什么|哪些|何)(不一样|不同|区别|差别)|区别(在哪|是啥|是什么)|是一回事吗|是不是一回事|一样吗|\bdifference between\b|\bwhat'?s the difference\b|\b(is|are) (it|this|that|they|these|those) the same\b|\bthe same thing as\b|\bsame thing\?",
        RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // The matters just named, gathered: "这两个事", "这俩事儿", "这几样".
    private static readonly Regex ListsMatters = new(
        @"^[^，,。；;！!？?]{0,24}?(这|那)(两|俩|几|二|三)(个|件|样|项|条)?(事|事儿|事情|政策|优惠|问题|样|项)",
        RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static readonly string[] Possessives = ["my ", "our "];

    private static readonly string[] ForAGroup = ["for ", "for a ", "for the ", "for all "];

    // "is the seal free for a new business?": any one of a kind, not the asker's own.
    private static readonly string[] ForAnyOne = ["for a ", "for an ", "for any "];

    // After the word, a plural or a noun for people: "new businesses", "new business owners"; not "for the first time".
    private static readonly string[] GroupEndings = ["es", "s", " owners", " shops", " stores", " offenders", " people", " operators", " traders", " businesses"];

    // A group a question opens with: "Do new businesses pay for seals?", "newly registered businesses get free seals?".
    [System.Text.RegularExpressions.GeneratedRegex(@"^((do|does|can|could|are|will|would|should|must)\s+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex AskedOfAGroup();

    // "what about the free seal for newly set up getihu": whom it is for, a kind of business qualified as new.
    [System.Text.RegularExpressions.GeneratedRegex(@"\bfor (a |an |any |all )?(newly|new|freshly|just)( set[- ]up| established| registered| opened)? $", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex ForTheNewOnes();

    private static bool NamesAGroup(string text, int phraseEnd) =>
        GroupEndings.Any(e => string.CompareOrdinal(text, phraseEnd, e, 0, e.Length) == 0
            && (phraseEnd + e.Length == text.Length || !char.IsAsciiLetter(text[phraseEnd + e.Length])));

    // These contain 了 or 已 without saying anything has happened.
    private static readonly string[] NotOwnSituation = ["了解", "为了", "除了", "不了", "已知", "讲了", "说了", "写了"];

    // Intending it: the words of Negation that say it has not happened yet because it is only planned.
    private static readonly string[] Intending = [.. IntendedOrAdvised, "将要", "plan", "planning", "intend"];

    // The question is about the time after it is done: "到时候还有奖励不", "转了以后刻章要钱吗", "what would I get".
    private static readonly string[] AskingAboutLater =
        ["到时候", "到时", "届时", "以后", "之后", "转了", "转完", "转好", "改了", "改完", "办完", "办好", "那时",
         "would i", "would we", "will i", "will we", "then", "once i", "once we", "after i", "after we", "when i", "when we",
         "would they", "will they", "if they do", "if he does", "if she does", "if i do", "if we do"];

    // The question is about now: "打算明年转公司，现在能拿奖励吗" is answered for now, when it has not happened.
    private static readonly string[] AskingAboutNow = ["现在", "目前", "眼下", "当前", "马上", "now", "currently", "right away", "already"];

    /// <summary>
    /// Whether a plan or advice is written before the word at <paramref name="phraseStart"/> in its clause ("俺打算明年再转成公司",
    /// "thinking of doing ge zhuan qi"), whatever else the message asks. "想改成有限公司": 想 just before the word intends it (the
    /// 想 of "我想问" is before 问).
    /// </summary>
    public static bool IntendedInClause(string text, int phraseStart)
    {
        var (clauseStart, _) = Negation.ClauseOf(text, phraseStart, phraseStart);
        var before = text[clauseStart..phraseStart];
        return Intending.Any(w => before.Contains(w, StringComparison.Ordinal)) || before.TrimEnd().EndsWith('想');
    }

    /// <summary>
    /// An intent whose message asks what doing it will bring: "打算明年转企业，到时候还有奖励不", "我准备转企，有什么好处", "I'm planning
    /// to convert, what would I get?". It supposes the fact, like 要是: an intent alone ("打算下个月个转企", the answer to the
    /// bot's question) or one asked about now ("打算明年转公司，现在能拿奖励吗") still says it has not happened.
    /// </summary>
    public static bool SupposesByIntent(string text, int phraseStart)
    {
        if (!IntendedInClause(text, phraseStart) || AskingAboutNow.Any(w => ContainsWord(text, w)))
        {
            return false;
        }

        // What it brings, not how to do it or what it is: those do not suppose it.
        return AskingAboutLater.Any(w => ContainsWord(text, w)) || AskingWhatItBrings.IsMatch(text)
            || AskingWhatItBringsInWords.Any(w => text.Contains(w, StringComparison.Ordinal));
    }

    private static bool ContainsWord(string text, string word) =>
        word[0] > 0x7F ? text.Contains(word, StringComparison.Ordinal) : Regex.IsMatch(text, $@"\b{Regex.Escape(word)}\b", RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>
    /// Whether the fact's word begins a benefit's everyday name (首次 of 首次免罚): it names the benefit, and a denial before it
    /// ("不是个体户能申请首次免罚吗") denies something else.
    /// </summary>
    public static bool NamesTheBenefit(string text, int phraseStart) =>
        BenefitNames.Any(n => string.CompareOrdinal(text, phraseStart, n, 0, n.Length) == 0);

    /// <summary>
    /// Whether a yes said by the word is imagined: "要是转成公司，有啥好处", "If I turn my business into a company, what do I
    /// get?", "打算明年转企业，到时候还有奖励不". The answer can say what the case would bring without asking whether it is
    /// the asker's (<see cref="ExtractedFacts.Imagined"/>).
    /// </summary>
    public static bool Imagines(string text, int phraseStart, int phraseEnd)
    {
        var (clauseStart, clauseEnd) = Negation.ClauseOf(text, phraseStart, phraseEnd);
        var before = text[clauseStart..phraseStart];
        var imagining = YaoshiInsideAWord().Replace(before, " ");
        return ((SaidOfLater(imagining) || Imagining.Any(w => imagining.Contains(w, StringComparison.Ordinal))) && !WhenItHappened.IsMatch(text[clauseStart..clauseEnd]))
            || SupposesByIntent(text, phraseStart) || AfterAnIntention(text, phraseStart, phraseEnd) || AfterItIsDone(text, clauseStart, phraseEnd, clauseEnd)
            || DoneInATimeToCome(text, before, phraseStart, phraseEnd);
    }

    // "执照办下来以后刻个章要花钱不": what follows once it is done, asked with nothing said done (no 了, no time before it):
    // a time to come. "去年转成公司以后一直没领到钱" and "转了以后" say it happened.
    private static bool AfterItIsDone(string text, int clauseStart, int phraseEnd, int clauseEnd) =>
        LaterAfter().IsMatch(text[phraseEnd..clauseEnd]) && !text.AsSpan(clauseStart, phraseEnd - clauseStart).Contains('了')
            && !PastBefore().IsMatch(text[clauseStart..phraseEnd]) && !WhenItHappened.IsMatch(text[clauseStart..clauseEnd]);

    [GeneratedRegex(@"^\s*(以后|之后)", RegexOptions.CultureInvariant)]
    private static partial Regex LaterAfter();

    [GeneratedRegex(@"去年|前年|上个月|上月|上周|上礼拜|上星期|昨天|前天|已经|早就|\d+年|[一二三四五六七八九十]+月", RegexOptions.CultureInvariant)]
    private static partial Regex PastBefore();

    // "想转成公司 转完了有啥奖励没有": the clause before intends it, and the word's own, which it opens, asks what it brings.
    private static bool AfterAnIntention(string text, int phraseStart, int phraseEnd)
    {
        var (clauseStart, clauseEnd) = Negation.ClauseOf(text, phraseStart, phraseEnd);
        if (clauseStart == 0 || !string.IsNullOrWhiteSpace(text[clauseStart..phraseStart]))
        {
            return false;
        }

        var (previousStart, _) = Negation.ClauseOf(text, clauseStart - 1, clauseStart - 1);
        var previous = text[previousStart..clauseStart];
        var clause = text[clauseStart..clauseEnd];
        return (Intending.Any(w => previous.Contains(w, StringComparison.Ordinal)) || previous.Contains('想'))
            && (AskingWhatItBrings.IsMatch(clause) || AskingWhatItBringsInWords.Any(w => clause.Contains(w, StringComparison.Ordinal)));
    }

    // "以后转成了又能拿啥", "after ge zhuan qi how long until the 3000 arrives": a time to come said just before the word
    // ("接手以后把个体户转成了" is after something done).
    private static bool SaidOfLater(string before) =>
        before.TrimEnd() is var said && (said.EndsWith("以后", StringComparison.Ordinal) || said.EndsWith("往后", StringComparison.Ordinal)
            || said.Equals("after", StringComparison.Ordinal) || said.EndsWith(" after", StringComparison.Ordinal) || said.Equals("once", StringComparison.Ordinal) || said.EndsWith(" once", StringComparison.Ordinal));

    /// <summary>
    /// Whether the word is supposed ("要是第二次呢", "如果是私人的房子"): said of a case the asker asks about, not of their own.
    /// A "no" so supposed still decides: the answer is about that case, and a supposed "no" never grants anything. Wanting
    /// or being able to ("还能再转回个体户吗") supposes nothing: it asks whether the thing can be done.
    /// </summary>
    public static bool Supposes(string text, int phraseStart, int phraseEnd)
    {
        var (clauseStart, _) = Negation.ClauseOf(text, phraseStart, phraseEnd);
        var before = text[clauseStart..phraseStart];
        return Supposed.Any(w => before.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>
    /// "想转成公司", "我能转成公司吗", "还能再转回个体户吗": wanting or being able to do it, just before the word, says it is not
    /// done (the 想 of "我想问" is before 问; planning words anywhere before it are <see cref="Supposed"/>).
    /// </summary>
    private static bool WantsIt(string before) => WantingOrAble.IsMatch(before);

    // 想要, 能不能 and 可不可以 end in these too.
    private static readonly Regex WantingOrAble = new("(想|要|能|可以)(再|先|直接|马上)?$", RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // Asking whether the asker counts as it, just before the word: "算个体户吗", "算不算个体户", "这种属于个体户吗", "我是不是个体户",
    // "am I an individual business?", "do we count as a sole trader?"; not 打算, 就算, 预算, nor the hedged yes 应该算.
    // 算 after these says it counts ("也算轻微的"), it does not ask.
    private static readonly string[] SaysItCounts = ["也算", "还算", "都算"];

    private static readonly Regex CountsAsBefore = new(
        @"((?<![打就总估计预盘清结核换合该])(算|算不算|算是)|属于|属不属于|是不是|是否属于)(一个|一家|个)?$"
        + @"|\b(am i|are we|is it|is this|is that|counts? as|counted as|considered|classed as|classified as|qualify as)( an?| the)? $"
        // "who decides if it's minor?": whose call it is, not a yes.
        + @"|\b(decides?|determines?|judges?|says?|tells?) (if|whether) $",
        RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>Whether the yes/no fact's word at <paramref name="phraseStart"/> is what the asker asks they count as.</summary>
    public static bool AsksWhetherItCounts(string text, int phraseStart, int phraseEnd)
    {
        var (clauseStart, _) = Negation.ClauseOf(text, phraseStart, phraseEnd);
        // "how long after registering does a business still count as new": the words say "count as" themselves.
        var countsInPhrase = text.AsSpan(phraseStart, phraseEnd - phraseStart).StartsWith("count", StringComparison.Ordinal) && AskedBeforeCounting.IsMatch(text[clauseStart..phraseStart]);
        return (countsInPhrase || CountsAsBefore.IsMatch(text[clauseStart..phraseStart])) && !StatesItCounts(text, phraseStart, phraseEnd)
            && !NamesAScheme.IsMatch(text[phraseEnd..]);
    }

    // "does he still …", "how long … does a business still …": a question before the phrase.
    private static readonly Regex AskedBeforeCounting = new(@"\b(does|do|would|will|can|could|how long)\b[^.?!,]*$", RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "what is this getihu plan aiming for": the word names the scheme, not what the asker counts as.
    private static readonly Regex NamesAScheme = new(@"^[\s-]*(plan|policy|policies|program|programme|scheme|support|doubling)\b", RegexOptions.CultureInvariant, TextPatterns.Timeout);

    [GeneratedRegex("的(房子|房|门面|铺面|店面|房屋)?[，,。\\s]*$", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex WhoseItIs();

    /// <summary>"也算轻微的", "还算是头一回": said of the asker, with no question after it ("今年还算新开的吗" asks).</summary>
    private static bool StatesItCounts(string text, int phraseStart, int phraseEnd)
    {
        var (clauseStart, clauseEnd) = Negation.ClauseOf(text, phraseStart, phraseEnd);
        var before = text[clauseStart..phraseStart];
        var after = text[phraseEnd..Math.Min(text.Length, clauseEnd + 1)];
        // "执法的也说属于轻微的": 属于 told, as 算 is.
        var counts = before.EndsWith('算') || before.EndsWith("算是", StringComparison.Ordinal) || before.EndsWith("属于", StringComparison.Ordinal);
        // "房子是区里国资公司的，算国有的吧": 吧 after it leans to yes, as a statement does.
        var leaning = counts && after.TrimStart('的').StartsWith('吧');
        // "房子是县城投公司的 算国有的": the last words, after a clause that told whose it is, conclude what that told.
        // "门面是区里国资公司的房子 算国有的": the premises named after whose they are.
        var concluded = counts && after.TrimStart('的').Trim().Length == 0 && clauseEnd >= text.TrimEnd().Length - 1 && WhoseItIs().IsMatch(text[..clauseStart].TrimEnd());
        // "这房子是县里国资公司的 属于国有的": 属于 with no question after it says what it is.
        var belongs = before.EndsWith("属于", StringComparison.Ordinal) && !before.EndsWith("属不属于", StringComparison.Ordinal) && !before.EndsWith("是否属于", StringComparison.Ordinal);
        return (SaysItCounts.Any(w => before.EndsWith(w, StringComparison.Ordinal) || before.EndsWith(w + "是", StringComparison.Ordinal))
                || (ToldItCounts.IsMatch(before) && counts) || leaning || concluded || belongs)
            && after.IndexOfAny(['吗', '么', '呢', '?', '？', '不', '没']) < 0 && !HowLongBefore.IsMatch(before);
    }

    // "开了多久还算新开的": how long it still counts is asked, not said.
    private static readonly Regex HowLongBefore = new("多久|多长时间|多少年|多少个?月|几年|几个月|啥时候|什么时候", RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "执法的来查说问题不大算轻微的": what someone told the asker it counts as (not 听说, hearsay about the rule).
    private static readonly Regex ToldItCounts = new("(?<![听据小])说", RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>
    /// "个转企能免吗", "转成公司咋申请", "个体户转企业现在还有吗": an event's word (<see cref="Policy.Knowledge.Rules.FactDefinition.Event"/>)
    /// opens the message's clause and a question follows it at once, with nothing anywhere said of the asker (no 了, 已经,
    /// 刚, 我是 …): it names what the question is about, as "个转企有奖励吗" does, and says nothing of the asker.
    /// </summary>
    public static bool OpensAQuestion(string text, int phraseStart, int phraseEnd)
    {
        var (clauseStart, clauseEnd) = Negation.ClauseOf(text, phraseStart, phraseEnd);
        var before = text[clauseStart..phraseStart];
        // "Is a first offence fined?", "turning a getihu into a company, any reward?": any one, in a question.
        // "the company licence came through last week. how do I claim it?" tells what happened.
        var anyOne = text.Contains('?', StringComparison.Ordinal) && AnyOneBefore().IsMatch(before) && !PastInEnglish.IsMatch(text[clauseStart..clauseEnd]) && !HappenedInEnglish().IsMatch(text[phraseEnd..clauseEnd]);
        // "个转企 有钱拿没", "个转企，有钱拿没": the word alone in its clause, the question opening the next.
        var after = clauseEnd > phraseEnd && text[phraseEnd..clauseEnd].Trim().Length > 0 ? text[phraseEnd..clauseEnd] : text[phraseEnd..].TrimStart(' ', '，', ',');
        return (anyOne || (OnlyAFiller().IsMatch(before) && QuestionRightAfter().IsMatch(after)))
            && !OwnSituation.Any(w => text.Contains(w, StringComparison.Ordinal));
    }

    // A verb of its own happening right after the word: "the company licence came through", "the seal was made".
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(came|come|has come|went|was|were|got|arrived|is here|is done)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex HappenedInEnglish();

    // An article before the word, at the start of a question or after what would be done: "is a ", "does the ", "turning a ".
    [System.Text.RegularExpressions.GeneratedRegex(@"(^|\b(is|does|do|can|are|will|would|turning|converting|changing))\s*\b(a|an|the)\s$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex AnyOneBefore();

    /// <param name="clauseStatesAFigure">
    /// Whether the word's clause gives a figure for a number fact ("个体户年应纳税所得额200万，个税怎么减"): a how-question after it
    /// is about the figure's benefit, and the clause describes the asker.
    /// </param>
    public static bool OnlyNamesTopic(string text, int phraseStart, int phraseEnd, bool clauseStatesAFigure = false)
    {
        // The benefit's own name ("被罚款了还能申请首次免罚吗"): whatever else the clause says happened, it is not this.
        if (NamesTheBenefit(text, phraseStart))
        {
            return true;
        }

        // "can my getihu get the ge zhuan qi reward money?": the word names a benefit, told by the noun after it.
        if (BenefitNounAfter().IsMatch(text[phraseEnd..]))
        {
            return true;
        }

        // "国有房屋租金减免三个月那个，我能申请不": the premises' word run into the relief names the relief; "我租的国有房屋，
        // 租金能减免吗" says whose premises they are.
        if (ReliefRightAfter().IsMatch(text[phraseEnd..]) && !text[Negation.ClauseOf(text, phraseStart, phraseEnd).Start..phraseStart].Contains('租'))
        {
            return true;
        }

        // "想转成公司 转完了有啥奖励没有": done only in what is imagined after the intention.
        if (AfterAnIntention(text, phraseStart, phraseEnd))
        {
            return true;
        }

        // "新开个体户免费刻章，跟个转企那个免刻章费，有啥不一样": two things compared are named, not said of the asker; nor
        // are matters listed to ask about ("问一下，新开店刻章免费跟个转企给奖励这两个事").
        if (Comparing.IsMatch(text) || ListsMatters.IsMatch(text[phraseEnd..]))
        {
            return true;
        }

        var (clauseStart, clauseEnd) = Negation.ClauseOf(text, phraseStart, phraseEnd);
        var before = WithTheOneSpokenFor(text, clauseStart, text[clauseStart..phraseStart]);
        // "开了两个月，算新设立吗", "这算首次违法吗": whether it counts as that, asked, not said; "is the seal free for new
        // businesses", "training for new business owners", "free for a new business": the group, or any one, something is for.
        // "也算轻微的", "还算是头一回": said of the asker, not asked.
        if ((before.EndsWith('算') && !StatesItCounts(text, phraseStart, phraseEnd)) || ((ForAGroup.Any(f => before.EndsWith(f, StringComparison.Ordinal)) || AskedOfAGroup().IsMatch(before)) && NamesAGroup(text, phraseEnd))
            || ForAnyOne.Any(f => before.EndsWith(f, StringComparison.Ordinal)) || ForTheNewOnes().IsMatch(before))
        {
            return true;
        }

        if (Supposed.Any(w => before.Contains(w, StringComparison.Ordinal) && !(w.StartsWith("if ", StringComparison.Ordinal) && WhenItHappened.IsMatch(text[clauseStart..clauseEnd])))
            || SaidOfLater(before) || WantsIt(before) || SaysSomeoneElse(before) || ThirdPersonSubject.IsMatch(before) || DoneInATimeToCome(text, before, phraseStart, phraseEnd)
            || Landlord.Any(w => text[clauseStart..clauseEnd].Contains(w, StringComparison.Ordinal)))
        {
            return true;
        }

        // "是转之前就给还是转完了才给": the word before 才 is the condition asked about, whatever its own 了 says.
        if (ConditionAsked().IsMatch(text[phraseEnd..]))
        {
            return true;
        }

        if (clauseStatesAFigure)
        {
            return false;
        }

        // "俺新开的个体户，免费刻章到哪个部门办": the asker right before a word of being new is who is new.
        if ("新刚".Contains(text[phraseStart]) && AskerRightBefore().IsMatch(before))
        {
            return false;
        }

        // A how-to question often runs over two clauses: "个转企，要什么材料" / "我个转企了，去哪领".
        var questionEnd = clauseEnd == text.Length ? clauseEnd : Negation.ClauseOf(text, clauseEnd + 1, clauseEnd + 1).End;
        var question = PaperworkUnderWay().Replace(text[clauseStart..questionEnd], " ");
        if (!AskingAbout.Any(w => question.Contains(w, StringComparison.Ordinal)) && !AskingWhetherACondition.Any(w => text[clauseStart..clauseEnd].Contains(w, StringComparison.Ordinal))
            && !AskingWhatItBrings.IsMatch(text[clauseStart..clauseEnd])
            && !NamesOrSupposes.IsMatch(text[phraseEnd..]))
        {
            return false;
        }

        // "How do I turn my shop into a company": a possessive just before the word is the object's, not a sign it happened.
        var possessive = Possessives.FirstOrDefault(p => before.EndsWith(p, StringComparison.Ordinal))?.Length ?? 0;
        var own = WithoutNotOwnWords(text[clauseStart..(phraseStart - possessive)] + text[phraseStart..clauseEnd]);
        return !OwnSituation.Any(w => own.Contains(w, StringComparison.Ordinal)) && !PastInEnglish.IsMatch(own) && !TextedFirstPerson().IsMatch(own);
    }

    // "im a getihu. where do i apply": i'm and i've texted without the apostrophe.
    [GeneratedRegex(@"\b(im|ive|iam)\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex TextedFirstPerson();

    // The text without words that only look like the asker's own situation: 了 of 为了, 除了, and of a condition asked about
    // ("是转之前就给还是转完了才给").
    private static string WithoutNotOwnWords(string text)
    {
        foreach (var phrase in NotOwnSituation)
        {
            text = text.Replace(phrase, " ", StringComparison.Ordinal);
        }

        return ConditionalPast().Replace(text, " ");
    }

    /// <summary>
    /// Whether a step's word (<see cref="Policy.Knowledge.Rules.FactDefinition.Step"/>) may be told as taken: said done
    /// ("转成了", "去年转的", "converted last year"), or in a message that tells something of the asker ("俺是个转企的", "我们已经…").
    /// "个转企补的那1200开户费，是财政局给还是审批局给", "个体户转公司 政府给钱不", "Is the seal free when I turn my shop into a company?"
    /// tell nothing of the asker: they name the step.
    /// </summary>
    public static bool ToldAsHappened(string text, int phraseStart, int phraseEnd)
    {
        // "俺家个体店转成公司的话 能有啥补贴", "Is the seal free when I turn my shop into a company?": if or when it were taken.
        var (clauseStart, _) = Negation.ClauseOf(text, phraseStart, phraseEnd);
        if (AsIf().IsMatch(text.AsSpan(phraseEnd)) || WhenTheyDo().IsMatch(text.AsSpan(clauseStart, phraseEnd - clauseStart))
            || Obliged().IsMatch(text.AsSpan(clauseStart, phraseStart - clauseStart)) || ObligedWord().IsMatch(text.AsSpan(phraseStart, phraseEnd - phraseStart)))
        {
            return false;
        }

        if (SaidDone(text, phraseStart, phraseEnd))
        {
            return true;
        }

        // Anything the message tells of the asker, anywhere in it ("俺原来是个体户 …改成有限公司 执照也换了", "we were a getihu …
        // switched to a youxian gongsi in feb"): the word may be the asker's news; only a message telling nothing names it.
        var own = WithoutNotOwnWords(text);
        return OwnSituation.Any(w => own.Contains(w, StringComparison.Ordinal)) || PastInEnglish.IsMatch(own) || WhenItHappened.IsMatch(own)
            || SaidOfTheAsker().IsMatch(own) || Switched().IsMatch(own);
    }

    [GeneratedRegex(@"^\s*的话", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex AsIf();

    // "do I have to convert to a company before some date", "how to convert to a company": a step asked about or needed,
    // not taken.
    [GeneratedRegex(@"\b(have to|has to|had to|need to|needs to|got to|gotta|must|should|shall|how to|how do i|how can i|can i|could i)\s*$", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex Obliged();

    // The word itself says it is needed ("have to convert", "need to convert"): asked about, not taken.
    [GeneratedRegex(@"^(have|has|need|needs) to\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex ObligedWord();

    // "when I turn my shop into…", not "when we converted it…", "if I converted in 2021".
    [GeneratedRegex(@"\b(when|once|after|if) (i|we) (?!(\w+ed|did|got|became|had|have|already|just)\b)[^.?!,;]{0,60}$", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex WhenTheyDo();

    // "switched to a youxian gongsi in feb", "my dad switched it": a change told in English.
    [GeneratedRegex(@"\b(switched|changed|turned|converted|upgraded|became|registered|transformed|came out|came through|was issued|got issued)\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex Switched();

    // A benefit noun right after an English fact word: "the ge zhuan qi reward", "the first offence rule", "new business seal thing".
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(reward|money|subsidy|subsidies|grant|grants|bonus|payment|cash|thing|scheme|programme|program|policy|benefit|benefits|rule|support)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex BenefitNounAfter();

    // A relief named right after a word, with nothing between: "国有房屋租金减免", "国企门面减租".
    [GeneratedRegex(@"^的?(租金|房租)?(减免|减租|免租|减半|优惠)", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex ReliefRightAfter();

    // The asker, ending the words before a fact's word: "俺新开的", "我们刚办的".
    [System.Text.RegularExpressions.GeneratedRegex("(我|俺|咱)(们|家)?(这|这个)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex AskerRightBefore();

    // What may open a question before its topic: "那个转企能免吗", "请问新开的个体户咋申请", "个体户转企业能免吗".
    [System.Text.RegularExpressions.GeneratedRegex("^(那|那个|这个|请问|问下|问一下|想问下|想问一下|咨询下|咨询一下)?(个体户|个体工商户)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex OnlyAFiller();

    // A question right after the word: "能免吗", "咋申请", "现在还有吗" ("个体户今年经营所得120万" tells a figure).
    [System.Text.RegularExpressions.GeneratedRegex("^\\s*的?(能|可以|咋|怎么|给不给|有没有|现在还|今年还|还能|还有|有钱|有啥|有什么)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex QuestionRightAfter();

    // "材料还在准备", "手续正在办", "材料刚递上去": the paperwork under way is said, not asked about.
    [System.Text.RegularExpressions.GeneratedRegex("(材料|手续|流程)(还在|正在|已经|都|在|准备|弄|办)|(材料|手续)(刚|已经|都)?(递|交|报|送|提交)(上去|过去|上了|进去|了)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex PaperworkUnderWay();

    // 了 before 才: "转完了才给", "转成公司了以后才能领".
    [System.Text.RegularExpressions.GeneratedRegex("了(以后|之后|后)?才", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex ConditionalPast();

    // 才 right after a fact's word, or after 以后/之后: "转完了才给", "转成公司以后才能领".
    [System.Text.RegularExpressions.GeneratedRegex("^了?(以后|之后|后)?才", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex ConditionAsked();
}
