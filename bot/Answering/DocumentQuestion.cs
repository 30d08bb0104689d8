using Policy.Bot.Understanding;

namespace Policy.Bot.Answering;

/// <summary>What a question asks about a document itself, rather than about a measure in it.</summary>
[Flags]
internal enum DocumentFacet
{
    None = 0,
    Number = 1,
    Issuer = 2,
    Date = 4,
    Addressees = 8,
    Validity = 16,
    Title = 32,

    /// <summary>Where to read it in full ("政策原文在哪看", "where can I read the full text?").</summary>
    Text = 64,

    /// <summary>How many measures it has ("一共有几条措施", "how many measures are in this plan?").</summary>
    Measures = 128,

    /// <summary>Which unit leads its work ("牵头单位是哪个", "which department leads this policy?").</summary>
    Lead = 256,

    /// <summary>Whether there is a translation ("有英文版吗", "is there an English version?"): the site's English page.</summary>
    Translation = 512,

    /// <summary>Whether it is made public ("公开不公开", "is this document public?"): its publication note (此件公开发布).</summary>
    Publication = 1024,
}

/// <summary>
/// Recognises questions about a document's metadata: its number, title, issuer, dates, addressees and validity ("文号是多少",
/// "文件全称叫啥", "是哪个部门发的", "现在还有效不", "which office issued it?"). The words are about documents in general, not one policy.
/// </summary>
internal static class DocumentQuestion
{
    private static readonly (DocumentFacet Facet, string[] Words)[] Cues =
    [
        (DocumentFacet.Measures, ["几条措施", "多少条措施", "几项措施", "多少项措施", "一共几条", "一共有几条", "一共多少条", "总共几条", "共有几条", "共几条", "几个方面",
            "五个方面", "5个方面", "几大方面", "多少条具体措施", "几条具体措施", "多少项具体措施", "几项具体措施", "几大块", "分成几块", "分几块", "分成几部分", "分几部分", "几大部分", "几个部分", "多少个部分", "how many parts", "how is it structured", "how is the plan structured", "structure of the plan",
            "how many measures", "how many work measures", "how many specific measures", "how many policy measures", "how many articles", "how many points", "how many items", "number of measures", "groups of measures", "list the measures", "list of measures", "list all measures", "five groups", "5 groups"]),
        // A link asked for: "发一下原文链接", "给个网址", "send me the link"; not a platform's own address ("信易贷有没有网址").
        (DocumentFacet.Text, ["原文链接", "全文链接", "文件链接", "政策链接", "发个链接", "发一下链接", "给个链接", "发链接", "链接发", "文件网址", "政策网址", "原文网址", "给个网址", "发个网址", "网址发", "send me the link", "send the link", "give me the link",
            // "where can i read the full text online? is there an official link": in English these name the document by themselves.
            "the full text", "read the full", "official link", "full text online"]),
        (DocumentFacet.Number, ["文号", "文件号", "发文字号", "发文号", "几号文", "编号", "document number", "reference number", "doc number", "file number", "wenhao", "wen hao"]),
        (DocumentFacet.Issuer, ["谁发的", "哪个部门发", "哪个单位发", "是那个部门发", "是那个单位发", "局自己发", "政府同意的", "经过市政府同意", "经市政府同意", "市政府批准", "政府批的", "哪发的", "发文单位", "发文机关", "印发单位", "政府发的", "局发的", "局出的", "政府出的", "局印发的", "政府的文", "局的文", "谁的文", "谁印发", "谁出的", "issued it", "who issued", "issuer", "issued by", "published by", "who published", "actually issued", "issued this", "who put out", "who put this out", "who made this"]),
        (DocumentFacet.Date, ["时候发的文", "时发的文", "哪年发的文", "哪天发的文", "几号发的文", "发文时间", "发布时间", "发布日期", "印发日期", "成文日期", "发文日期", "哪年发", "什么时候出", "啥时候出", "哪天印发", "什么时候印发", "啥时候印发", "何时印发", "印发时间", "when was it issued", "when was this issued", "when was this published", "when was this released", "when was it released", "when did this come out", "when did it come out", "when did the policy come out", "when did this policy come out", "when did this plan come out", "when did the plan come out", "when did this document come out", "when did the document come out", "when did this notice come out", "when did the notice come out", "when did this file come out", "date of issue", "issue date", "when was it published", "when was the policy issued", "when was this plan", "when was the plan", "when was this policy", "when was this document", "when was the document",
            "开始执行", "开始实施", "开始施行", "施行日期", "实施日期", "什么时候生效", "啥时候生效", "何时生效", "生效日期", "生效时间",
            "take effect", "took effect", "takes effect", "come into force", "came into force", "come into effect", "came into effect", "effective date", "effective from"]),
        (DocumentFacet.Addressees, ["发给谁", "发给哪些", "主送", "下发给", "发到哪", "发给了哪", "发给了谁", "发到了哪", "下发到哪", "发给什么", "印发给", "发给哪个", "addressed to", "addressees", "sent to whom", "who is it addressed", "was it sent to", "it was sent to", "is it sent to", "who received it",
            "notice sent to", "notice actually sent to", "document sent to", "who was it sent to", "actually sent to", "sent out to"]),
        (DocumentFacet.Lead, ["牵头单位", "牵头部门", "牵头的单位", "牵头的部门", "lead department", "lead unit", "lead agency", "lead office", "leading department",
            "leads this", "leads the policy", "leads the plan", "in charge of this policy", "in charge of the policy", "in charge of this plan", "in charge of the plan", "in charge of this whole", "in charge of the whole", "in charge of all this", "who runs this plan", "who runs the plan", "who runs this policy", "responsible for this policy", "responsible for the policy",
            // "which dept at city level is actually in charge": of the whole, at the city.
            "at city level is actually in charge", "at city level is in charge", "at the city level is in charge", "in charge at city level", "in charge at the city level",
            // Who handles individual businesses as a whole: "哪些部门负责个体户的事".
            "部门负责个体", "单位负责个体", "部门管个体", "谁管个体", "谁负责个体", "个体户归哪", "个体户归谁", "个体工商户归哪", "个体工商户归谁", "responsible for individual businesses", "in charge of individual businesses"]),
        (DocumentFacet.Validity, ["还有效", "有效不", "有效吗", "有效期", "失效", "废止", "到啥时候", "到什么时候", "到哪天", "截止", "管到哪年", "管到哪一年", "有效到哪一年", "管到什么时候", "管到啥时候", "管几年", "still in effect", "still valid", "still alive", "still active", "in force", "still apply", "expire", "expiry", "valid until", "run out", "ran out", "end date", "still effective",
            // Which of it still runs: "那现在还有啥没到期的好处没", "还有哪些没过期的", "what's still available now?".
            "没到期", "没过期", "没有到期", "没有过期", "还在执行", "还在实施", "haven't expired", "have not expired", "not expired", "not yet expired", "what's still available", "what is still available", "which are still valid", "which ones are still",
            // "My accountant says all these perks stopped at the end of 2022, so I can't claim anything now": whether all of it ended.
            "perks stopped", "benefits stopped", "all stopped", "stopped at the end of 2022", "ended at the end of 2022", "all ended", "all expired", "everything expired", "everything has expired",
            "can't claim anything now", "cannot claim anything now", "cant claim anything now", "nothing left to claim"]),
    ];

    // Words that ask about the document only when the question names one ("这个政策过期了没", "which office issued this
    // document"), not a licence ("营业执照过期了怎么办") or a provision ("which office do I go to for the subsidy").
    private static readonly string[] WhoLeads = ["谁牵头", "哪个部门牵头", "哪个单位牵头", "哪个局牵头", "who leads", "which department leads", "which office leads"];

    // "who's in charge?" asked with nothing else is of the document ("who is in charge of the tax measures" asks of a measure).
    private static readonly string[] WhoLeadsAlone = [.. WhoLeads, "who's in charge", "who is in charge", "whos in charge"];

    private static readonly (DocumentFacet Facet, string[] Words)[] CuesWithADocument =
    [
        (DocumentFacet.Text, ["原文", "全文", "完整版", "在哪看", "哪里看", "哪能看", "在哪里看", "在哪能看", "哪里能看", "在哪查", "哪里查",
            "full text", "original text", "whole text", "where can i read", "read the whole", "read the full", "where can i find", "where to read", "link to"]),
        // Whether it is made public: "公开不公开", "俺们老百姓能看不", "is this document public?".
        (DocumentFacet.Publication, ["公开不公开", "老百姓能看", "老百姓也能看", "群众能看", "公众能看", "普通人能看", "外人能看", "公不公开", "是否公开", "公开吗", "公开的吗", "公开的不", "是公开的", "公开发布", "对外公开", "能公开", "is it public", "is this public", "made public", "publicly available", "public document", "released to the public", "public?", "public or not", "published publicly", "public or internal", "internal only", "internal document", "for internal use", "内部文件", "内部的还是", "是内部的", "还是内部",
            // Whether it may be passed on: "能不能转发到我们商户群里", "can I share it".
            "公开不", "公开么", "能不能转发", "能转发", "可以转发", "可不可以转发", "转发到", "转到群", "转到我们", "转群里", "发群里", "发到群", "can i share", "can i forward", "ok to share", "okay to share"]),
        // The translation is on the site: "Is there an English version of the full policy?", "这个方案有没有英文版".
        (DocumentFacet.Translation, ["english version", "english translation", "translated into english", "english page", "official translation", "which version prevails", "which version is authoritative", "英文版", "英语版", "英文翻译", "英文译文", "英文译本", "英文页面", "英文网页", "官方翻译", "以哪个为准", "以哪个版本为准"]),
        (DocumentFacet.Validity, ["过期", "到期", "算数", "作数", "作废", "生效", "管用吗", "管用不", "管用么", "管用没", "还管用", "不管用了", "能用吗", "能用不", "能用么", "能用没", "能用了吗", "不能用了", "能用这个政策", "能用这个文件", "能用这个方案", "还能用上", "expired", "valid", "outdated"]),
        (DocumentFacet.Issuer, ["哪个部门出", "by whom", "who publish", "who issue", "who release", "who released", "which office publish", "which department publish", "which office issued", "which department issued", "which office published", "which department published",
            "which authority issued", "which agency issued", "by which office", "by which department", "who wrote", "who signed", "signed off", "signed it",
            // Which level of government: "这个文件是省里的还是市里的".
            "省里的还是市里的", "省里还是市里", "市里的还是省里的", "省级还是市级", "市级还是省级", "哪一级", "哪级", "provincial or city", "city or provincial", "provincial or municipal", "municipal or provincial",
            // Whose it is, as someone claims: "我老公说这文件是省里发的", "是市监局自己定的还是市政府批了的".
            "是省里发的", "是市里发的", "是省里出的", "是市里出的", "是国家发的", "自己定的", "政府批了的", "政府批了", "provincial document", "from the province"]),
        // "措施分哪几个方面", "这个方案包括哪些方面"; "贷款支持在哪些方面" asks about loans.
        (DocumentFacet.Measures, ["哪几个方面", "哪些方面", "几大类"]),
        // "这个政策谁牵头", "which department leads this plan"; "个转企谁牵头" asks about a measure's units.
        (DocumentFacet.Lead, WhoLeads),
        // "个转企的奖励什么时候发" asks when the reward is paid, "这个政策什么时候发的" when the document was issued.
        (DocumentFacet.Date, ["啥时候发", "什么时候发", "何时发", "哪天发", "几号发", "几号印发", "几日印发", "几号出", "几月份出", "几月出", "几月份发", "几月发", "哪个月出", "哪个月发", "哪年出", "哪一年出", "哪一年发", "哪年哪月", "哪月出", "哪月发", "出台", "颁布", "when was", "what date", "which date",
            // Asked whether it was issued on a day: "这个政策是2022年4月28日印发的吗".
            "印发的吗", "发布的吗", "发的吗", "印发的？", "发布的？", "issued on", "published on"]),
    ];

    // A word for a document itself (文件, 政策, "plan").
    private static readonly string[] NamesOfDocuments = [.. BotKnowledge.DocumentWords, "政策", "plan"];

    /// <summary>Whether the message names a document itself (文件, 政策, 方案, "the policy", "plan"): "总结一下这个政策".</summary>
    public static bool NamesADocument(string normalized) => IntentClassifier.Contains(normalized, NamesOfDocuments, wholeWords: false);

    // A document named, pointed at (这个) or given by its number's bracket (〔2022〕).
    private static readonly string[] DocumentWords = [.. NamesOfDocuments, "这个", "〔"];

    // Words that ask for the title, beside a word for a document itself ("这份文件全称叫啥", "这个政策叫什么名字"): "这个补贴叫
    // 什么" asks about a benefit. How a name is asked for in Chinese counts only just after the document word: "文件里说的那个
    // 奖励叫什么" asks about the reward.
    private static readonly string[] TitleCues = ["全称", "全名", "标题", "full title", "full name", "title of", "the title", "its title",
        "name of the", "it called", "this called", "document called", "policy called", "notice called", "plan called"];

    private static readonly string[] NameAsked = ["叫什么", "叫啥", "名称是", "名字是", "的名称", "的名字"];

    // Whether the document is genuine: "这个政策是真的吗，不是骗人的吧" is answered by who issued it, its number and where to read it.
    private static readonly string[] GenuineCues = ["是真的吗", "真的假的", "是不是真的", "骗人", "骗局", "is this real", "is it real", "a scam", "genuine", "is this official"];

    // "是不是真的有这个说法": 这个 pointing at a claim or a piece of news, not at the document.
    private static readonly System.Text.RegularExpressions.Regex AClaim = new(
        "(这个|那个)(说法|事情|事|消息|传言|传闻|讲究)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // A short message is about the document it names wherever the cue stands ("这个政策，是真的吗？").
    private const int ShortMessage = 20;

    /// <summary>
    /// Whether the question asks if the document is genuine: the cue in the clause that names the document, or a short
    /// message. "朋友说免费刻章那个是22年的老政策，22年底就停了，是真的吗" asks whether what the friend said is true.
    /// </summary>
    private static bool AsksWhetherGenuine(string message) =>
        AClaim.Replace(Accusation.Replace(message, ""), "") is var normalized
        && IntentClassifier.Contains(normalized, GenuineCues, wholeWords: false)
        && (normalized.Length <= ShortMessage
            ? IntentClassifier.Contains(normalized, DocumentWords, wholeWords: false)
            : Policy.Bot.Understanding.Negation.Clauses(normalized)
                .Any(clause => IntentClassifier.Contains(clause, GenuineCues, wholeWords: false) && IntentClassifier.Contains(clause, DocumentWords, wholeWords: false)));

    // "你们这政策就是骗人的！…俺这个月才卖了六万，税务局还让俺交税，咋回事": an angry verdict on the policy, then the question.
    private static readonly System.Text.RegularExpressions.Regex Accusation = new(
        "(就是|都是|纯属|纯粹|简直|净|全是)(在)?骗人(的)?[!！。，,]", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Policy.Bot.Understanding.TextPatterns.Timeout);

    // What a word means: "文件标题里那个“倍增质升”是啥意思" asks what the goals say, not for the title.
    private static readonly string[] MeaningAsked = ["啥意思", "什么意思", "是指什么", "指的是什么", "指的是啥", "指啥", "什么叫", "啥叫"];

    /// <summary>Whether the question asks for a document's title (not what a word of it means).</summary>
    private static bool AsksTitle(string normalized) =>
        IntentClassifier.Contains(normalized, NamesOfDocuments, wholeWords: false)
        && !IntentClassifier.Contains(normalized, MeaningAsked, wholeWords: false)
        && (IntentClassifier.Contains(normalized, TitleCues, wholeWords: false)
            || NamesOfDocuments.Any(document => NameAsked.Any(asked => Within(normalized, document, asked, gap: 2))));

    /// <summary>Whether <paramref name="second"/> starts at most <paramref name="gap"/> characters after an occurrence of <paramref name="first"/> ends.</summary>
    private static bool Within(string text, string first, string second, int gap)
    {
        for (var at = text.IndexOf(first, StringComparison.Ordinal); at >= 0; at = text.IndexOf(first, at + 1, StringComparison.Ordinal))
        {
            var end = at + first.Length;
            var next = text.IndexOf(second, end, StringComparison.Ordinal);
            if (next >= 0 && next - end <= gap)
            {
                return true;
            }
        }

        return false;
    }

    // Goods or papers past their date ("caught selling expired food", "my licence expired"): not the document's validity.
    private static readonly System.Text.RegularExpressions.Regex ExpiredThings = new(
        @"\bexpir(?:ed|ing|y)\s+(?:date\s+)?(?:food|foods|goods|products?|items?|milk|meat|medicines?|drugs?|stock|snacks?|drinks?|ingredients?|licen[cs]es?|permits?|certificates?|id|cards?|yogh?urt|bread|cakes?|fruit|vegetables?|eggs?|sauces?|noodles?|cosmetics?|batter(?:y|ies))\b"
        // "fined me for selling expired yogurt", "they found expired bread on my shelf": whatever the thing, sold or found.
        + @"|\b(?:sell|sells|selling|sold|found|finds|had|stocking|stocked)\s+(?:some\s+)?expired\b"
        + @"|\b(?:food|goods|products?|items?|milk|meat|medicines?|drugs?|stock|licen[cs]es?|permits?|certificates?|id|cards?)\s+(?:has\s+|had\s+|have\s+|was\s+|were\s+|is\s+|are\s+)?(?:expired|expiring|past its expiry)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, Policy.Bot.Understanding.TextPatterns.Timeout);

    // The provisions that have ended, set aside: "别给俺说那些过期的" asks for what is left, not whether the document is valid.
    private static readonly System.Text.RegularExpressions.Regex TheEndedOnes = new(
        "(那些|这些|那几样|那几个|那几条|那几项)(已经)?过期(了)?的", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Policy.Bot.Understanding.TextPatterns.Timeout);

    // The document named only to point at something in it: "文件上说的首次免罚，俺能用上不" asks about the first-offence
    // waiver, not whether the document is still valid.
    private static readonly System.Text.RegularExpressions.Regex ByWhenDoubled = new(
        "到(啥|什么|哪)(时候|年)(能|才能|要)?(翻一番|翻番|翻倍|倍增)|(翻一番|翻番|翻倍|倍增)(是|要|得)?(到|在)(啥|什么|哪)(时候|年)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Policy.Bot.Understanding.TextPatterns.Timeout);

    private static readonly System.Text.RegularExpressions.Regex WhatItSays = new(
        "(这个|那个|这份|那份)?(文件|政策|通知|方案)(上|里|中|里面|上面)?(说|讲|写|提|规定)(的|了的)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Policy.Bot.Understanding.TextPatterns.Timeout);

    // The address of a service, not of the document: "网上办执照的网址", "注册用的链接", "信易贷入驻的网站".
    // "上哪能看到解读啊 电视上播不播": the policy explained or publicised, which safeguard 3 is about, not its text.
    private static readonly System.Text.RegularExpressions.Regex MediaOrInterpretation = new(
        "解读|宣讲|电视|电台|广播|报纸|报刊", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Policy.Bot.Understanding.TextPatterns.Timeout);

    private static readonly System.Text.RegularExpressions.Regex AServicesAddress = new(
        "(办|注册|登记|申请|入驻|预约|报名|申报|缴费|交税|报税|网办)[^，。？！,?!\\s]{0,8}(网址|链接|网站)|(网址|链接|网站)(或者|或|和|还是|跟)?(小程序|公众号|app|APP)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Policy.Bot.Understanding.TextPatterns.Timeout);

    // What may stand beside a cue in a message that asks nothing else: pointers, particles, punctuation.
    private static readonly System.Text.RegularExpressions.Regex Filler = new(
        @"(?:说|讲|问|聊|搞|闹|绕)了半天|到底|究竟|所以|那么|请问|一下|你们|咱们|这些|这块儿?|整个|最后|这事儿?|这个事儿?|这个|这|那|是|由|来|的|呢|啊|呀|吗|[\s?？。!！.，,]", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Policy.Bot.Understanding.TextPatterns.Timeout);

    // The original asked for alone: "原文在哪看", "where can I read the original".
    private static readonly string[] WhereTheOriginalIs =
        ["原文在哪里看", "原文在哪看", "原文在哪里", "原文在哪", "原文哪里看", "原文哪里", "原文哪儿", "原文去哪看", "原文去哪", "想看看原文", "看看原文", "看原文", "原文能看",
         "where can i read the original", "where can i see the original", "where is the original", "read the original", "see the original", "the original text", "the original document", "the original"];

    private static readonly string[] IssuedWhen =
        ["啥时候发的", "什么时候发的", "哪天发的", "哪年发的", "几号发的", "啥时候出的", "什么时候出的", "啥时候出台的", "什么时候出台的", "啥时候印发的", "什么时候印发的",
         "when was it issued", "when was it published", "when was it released", "date issued", "issued when", "when issued", "date of issue", "issue date"];

    // Who asks and how, around a cue that stands alone: "我想看看原文", "where can I read the original Chinese, please".
    private static readonly System.Text.RegularExpressions.Regex AskingFiller = new(
        @"我想|想|请问|给我|发我|一下|我|俺|\b(please|chinese|version|of (the|this) (policy|document|plan))\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Policy.Bot.Understanding.TextPatterns.Timeout);

    /// <summary>Whether the message is one of <paramref name="cues"/> and nothing else ("谁牵头的", "这事谁牵头", "who leads?").</summary>
    private static bool OnlyACue(string normalized, string[] cues) =>
        cues.Aggregate(normalized, (text, cue) => text.Replace(cue, " ", StringComparison.Ordinal)) is var rest
        && rest != normalized && Filler.Replace(rest, "").Length == 0;

    /// <summary>
    /// "under this Jincheng policy", "in the getihu support plan": the document with words that only say whose or which; it
    /// says where to look, not what about (its "policy" would weigh for the clause on financial policy).
    /// </summary>
    public static readonly System.Text.RegularExpressions.Regex DescribedDocument = new(
        $"\\b(?<which>this|the)( (jincheng|getihu|support|city|municipal|government|local|new|whole|individual business|small business))+ (?<document>plan|{string.Join('|', BotKnowledge.DocumentWords.Where(w => char.IsAsciiLetter(w[0])))})('s)?\\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    public static DocumentFacet Detect(string normalized)
    {
        // "in charge of this getihu support plan" asks what "in charge of this plan" asks.
        normalized = DescribedDocument.Replace(normalized, "${which} ${document}");
        normalized = normalized.Contains("expir", StringComparison.Ordinal) ? ExpiredThings.Replace(normalized, " ") : normalized;
        normalized = normalized.Contains("过期", StringComparison.Ordinal) ? TheEndedOnes.Replace(normalized, " ") : normalized;
        // "这个方案说个体户要倍增 到啥时候翻一番": by when the number doubles is the goals', not how long the document runs.
        normalized = ByWhenDoubled.Replace(normalized, " ");
        var facets = DocumentFacet.None;
        if (IntentClassifier.Contains(WhatItSays.Replace(normalized, " "), DocumentWords, wholeWords: false))
        {
            foreach (var (facet, words) in CuesWithADocument)
            {
                if (IntentClassifier.Contains(normalized, words, wholeWords: false))
                {
                    facets |= facet;
                }
            }
        }

        if (AsksTitle(normalized))
        {
            facets |= DocumentFacet.Title;
        }

        // "原文在哪看", "where can I read the original": asked with nothing else, the original is the document's ("个转企那条原文
        // 在哪" asks for that clause).
        if (OnlyACue(AskingFiller.Replace(normalized, " "), WhereTheOriginalIs))
        {
            facets |= DocumentFacet.Text;
        }

        // "谁牵头的", "这事谁牵头": asked with nothing else, about the document ("个转企谁牵头" asks about a measure's units).
        if (OnlyACue(normalized, WhoLeadsAlone))
        {
            facets |= DocumentFacet.Lead;
        }

        // "啥时候发的", "when was it issued?": asked with nothing else, of the document (something issued already; "个转企的奖励
        // 什么时候发" asks when the reward is paid).
        if (OnlyACue(normalized, IssuedWhen))
        {
            facets |= DocumentFacet.Date;
        }

        if (AsksWhetherGenuine(normalized))
        {
            facets |= DocumentFacet.Issuer | DocumentFacet.Text;
        }

        foreach (var (facet, words) in Cues)
        {
            if (IntentClassifier.Contains(normalized, words, wholeWords: false))
            {
                facets |= facet;
            }
        }

        // "市里这个方案，沁水县自己有没有出细则，去哪能看到": where to read the county's own rules, not this document; "把网上办执照的
        // 网址发我" asks where to do something online.
        if (facets.HasFlag(DocumentFacet.Text) && (CountyOwnPolicies.Asked(normalized) || AServicesAddress.IsMatch(normalized) || MediaOrInterpretation.IsMatch(normalized)))
        {
            facets &= ~DocumentFacet.Text;
        }

        // "沁水县有没有自己出台扶持个体户的细则？市里这个文件对县里是咋要求的": when the county's own rules came out is not
        // this document's date.
        // "县里的实施方案有没有报送市里的截止时间": when the county's plan is due is not how long this document runs.
        if ((facets.HasFlag(DocumentFacet.Date) || facets.HasFlag(DocumentFacet.Validity)) && CountyOwnPolicies.Asked(normalized))
        {
            facets &= ~(DocumentFacet.Date | DocumentFacet.Validity);
        }

        return facets;
    }
}
