using System.Text;

namespace Policy.Bot.Understanding;

/// <summary>
/// One normal form for matching words: full-width letters and digits folded (ＡＢＣ１２ → ABC12), traditional characters
/// read as simplified (增值稅 → 增值税, as the policies are written), lower case, capped length.
/// </summary>
public static partial class TextNormalizer
{
    // For each character, the simplified one it stands for, or '\0' (TraditionalCharacters).
    private static readonly char[] Simplified = BuildSimplified();

    private static char[] BuildSimplified()
    {
        var map = new char[char.MaxValue + 1];
        var pairs = TraditionalCharacters.Pairs;
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            map[pairs[i]] = pairs[i + 1];
        }

        return map;
    }

    // A matter set aside before the next question: "ok forget the rent.", "房租的事先放一边", "房租那个先不说了".
    private static readonly System.Text.RegularExpressions.Regex SetAside = new(
        @"^\s*((ok|okay|alright|fine|anyway)[\s,]+)?(forget|never ?mind|nvm) (about )?(the|that|this|my|her|his) (?!polic|rule|instruction|plan|document|bot|system)[a-z]+( thing| one| stuff| question)?\s*[.,!;:]+\s*"
        + @"|^\s*(那)?\p{IsCJKUnifiedIdeographs}{1,4}(的事|那事|那个|这事)?(先)?(放一边|不说了|不问了|先不说|先不问)(吧|了)?[，,。.!！\s]+",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase, TextPatterns.Timeout);

    /// <summary>The message without a matter it sets aside first ("ok forget the rent. we're not local hukou…"): the rest is what is asked.</summary>
    public static string WithoutMatterSetAside(string text) => SetAside.Replace(text, "");

    // Turning from the asker's own case to the one asked for: "…哦不是 俺是替俺侄子问的 他上礼拜刚领的个体执照".
    private static readonly System.Text.RegularExpressions.Regex AskingForSomeoneAfterAll = new(
        @"(哦|噢|啊|呃)?不是[\s，,。]+(?=(我|俺)是(替|帮|给)[^，。？！,?!\s]{1,8}问)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // What the asker told of their own business, a clause of its own ("俺是开了五六年的老店了").
    private static readonly System.Text.RegularExpressions.Regex OwnTelling = new(
        @"(^|(?<=[\s，,。]))(我|俺)(是|家|们)[^，。？！,?!\s]*(?=[\s，,。]|$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>
    /// The message without what the asker told of their own business before saying the case is someone else's after all
    /// ("俺是开了五六年的老店了 刻章要钱不 哦不是 俺是替俺侄子问的 他上礼拜刚领的个体执照"): the question stays, the case is the nephew's.
    /// </summary>
    public static string WithoutOwnCaseTakenBack(string text) =>
        text.Contains("不是", StringComparison.Ordinal) && AskingForSomeoneAfterAll.Match(text) is { Success: true } turn
            ? OwnTelling.Replace(text[..turn.Index], " ") + text[(turn.Index + turn.Length)..]
            : text;

    /// <summary>仨 ("免仨月", "他们仨") as the 三个 it says, the count the figures and the policies' words are read in.</summary>
    public static string WithThreeSpelledOut(string text) => text.Contains('仨') ? text.Replace("仨", "三个", StringComparison.Ordinal) : text;

    // A count of people: 几个人, 两个人, 3个人. The 个 is a measure word, so 个人 there is not the word 个人 (personal, as in 个人所得税).
    private static readonly System.Text.RegularExpressions.Regex CountedPeople = new(
        "(?<=[几两一二三四五六七八九十百0-9]个)(?=人)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>The text with a space between a count's 个 and 人 ("雇几个 人"), so that no word is read across them.</summary>
    public static string SeparateCountedPeople(string text) => text.Contains("个人", StringComparison.Ordinal) ? CountedPeople.Replace(text, " ") : text;

    // "first" as an adverb, at the end of a clause and after no determiner: "do I need to register first?", "without checking
    // first". It says in what order, not that an offence was the first ("it was my first", "the first time").
    private static readonly System.Text.RegularExpressions.Regex AdverbialFirst = new(
        @"(?<!\b(?:my|our|the|a|this|that|his|her|their|its|your|very|is|was|be)\s+)\bfirst(?=\s*(?:[?.!,;？。！，；]|$))",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>The text without an adverbial "first" (<see cref="AdverbialFirst"/>), which names no provision.</summary>
    public static string WithoutAdverbialFirst(string text) => text.Contains("first", StringComparison.Ordinal) ? AdverbialFirst.Replace(text, " ") : text;

    // 贷 alone as the verb ("银行能给贷不", "能贷多少"): the word the policies write is 贷款; not the 贷 of 信易贷, 再贷款 or 贷款 itself.
    private static readonly System.Text.RegularExpressions.Regex LoneBorrow = new(
        "(?<![信易借助])贷(?![^，。？！,.?!]{0,2}款)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>The text with 贷 alone written as the policies' word, 贷款 (<see cref="LoneBorrow"/>).</summary>
    public static string WithWholeLoanWord(string text) => text.Contains('贷') ? LoneBorrow.Replace(LoanSplit.Replace(text, "贷款$1"), "贷款") : text;

    // 贷款 split by how much or whether ("能给俺贷多少款", "贷到款了没", "贷不下款来").
    private static readonly System.Text.RegularExpressions.Regex LoanSplit = new(
        "贷(多少|几万|多大|点|些|到|得到|不到|不下|下|着|上|得着|不着|得上|不上)款", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>
    /// The normalised message rewritten, in order, into the words the rest of the bot reads: people counted apart from 个人,
    /// "first" as an adverb taken out, 贷 as 贷款, tax after its verb, a feared comparison out, goods sealed up as seized, a
    /// message about one relative as the asker's own case, English chat shorthand spelt out, "new" of a thing bought taken
    /// out, a range of figures written whole, a purpose said last taken out, a platform's cut said as its commission, a double
    /// negation said plainly, 仨 as 三个, a matter set aside first taken out, the asker's own case taken back.
    /// </summary>
    public static string AsUnderstood(string normalized) =>
        WithoutWhereTheShopIs(WithoutDoubleNegation(WithFirstTimeOwnersAsNew(WithPlatformsCutAsCommission(WithListingAsSelling(WithChineseTermsInEnglish(WithBuildingAsPremises(WithoutRefusalReported(WithoutPremisesLeft(WithoutMisspokenClause(WithoutListingAsked(WithoutPurposeAtTheEnd(WithFigureRangesSpelledOut(WithoutNewOfThingsBought(WithoutEmphasis(WithShorthandSpelledOut(AsTheCaseAskedFor(WithSealedUpAsSeized(WithoutFearedComparison(WithTaxAfterItsVerb(WithWholeLoanWord(WithoutAdverbialFirst(SeparateCountedPeople(WithThreeSpelledOut(WithoutMatterSetAside(WithoutOwnCaseTakenBack(normalized))))))))))))))))))))))))));

    /// <summary>
    /// "他在镇上租的是私人的房子开修车铺", "俺在村里开了个店": the village or township where the asker's shop already is names no
    /// measure; where the asker lives or means to open one ("俺在村里住", "想在村里开个小卖部", "能在镇上办执照不") is what
    /// registering near home (measure 3) is asked about, and stays.
    /// </summary>
    public static string WithoutWhereTheShopIs(string text) => text.Contains('在') ? WhereTheShopIs.Replace(text, "") : text;

    private static readonly System.Text.RegularExpressions.Regex WhereTheShopIs = new(
        "(?<!(想|要|准备|打算|寻思|计划))在(村里|村上|镇上|镇里|乡里|乡下)(?=(也|就|还)?(租|开|摆|卖|干|做|经营|有))", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // Chinese and pinyin words a shop owner puts in an English message ("just got my 营业执照 last tues", "the youxian gongsi
    // yingye zhizhao came out"), in the English the rest of the message is read in.
    private static readonly Dictionary<string, string> TermsInEnglish = new(StringComparer.Ordinal)
    {
        ["个体工商户"] = "getihu", ["个体户"] = "getihu", ["营业执照"] = "business licence", ["执照"] = "licence", ["刻章"] = "seal carving",
        ["公章"] = "seal", ["印章"] = "seal", ["商标"] = "trademark", ["加盟"] = "franchising", ["小卖部"] = "corner shop", ["云直播"] = "cloud live-streaming",
        ["有限公司"] = "limited company", ["房租"] = "rent", ["增值税"] = "VAT", ["小规模"] = "small-scale", ["一般纳税人"] = "general taxpayer",
        ["yingye zhizhao"] = "business licence", ["yiban nashuiren"] = "general taxpayer", ["xiaoguimo nashuiren"] = "small-scale taxpayer", ["zhizhao"] = "licence", ["shuiwu ju"] = "tax bureau", ["shuiwuju"] = "tax bureau", ["youxian gongsi"] = "limited company", ["xiaomaibu"] = "corner shop",
        ["jiameng"] = "franchising", ["kuandai"] = "broadband", ["zhongchuang kongjian"] = "maker space", ["kaiye zhidao"] = "opening guidance",
        ["shipin jingying xukezheng"] = "food business permit", ["shipin xukezheng"] = "food business permit", ["shipin jingying"] = "food business", ["xukezheng"] = "permit",
        ["创业担保贷款"] = "business start-up guaranteed loan", ["担保贷款"] = "guaranteed loan", ["信用贷款"] = "credit loan",
        ["专班"] = "task force", ["zhuanban"] = "task force", ["gongzuo zhuanban"] = "task force",
        ["canting"] = "restaurant", ["canyin"] = "catering", ["fanguan"] = "restaurant",
        ["tax payer"] = "taxpayer", ["licnese"] = "licence", ["lisence"] = "licence", ["liscense"] = "license", ["lincense"] = "license", ["licens"] = "license", ["tax payers"] = "taxpayers", ["weishang"] = "wechat selling", ["daigou"] = "buying for customers", ["shichang jianguan"] = "market regulation", ["shichang jianguan ju"] = "market regulation bureau",
    };

    // Any of them, longest first; a pinyin one only as whole words.
    private static readonly System.Text.RegularExpressions.Regex TermInEnglish = new(
        string.Join('|', TermsInEnglish.Keys.OrderByDescending(t => t.Length)
            .Select(t => char.IsAsciiLetter(t[0]) ? $@"\b{System.Text.RegularExpressions.Regex.Escape(t)}\b" : System.Text.RegularExpressions.Regex.Escape(t))),
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    [System.Text.RegularExpressions.GeneratedRegex(@"[ ]{2,}", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex RepeatedSpaces();

    // "也不是啥不轻微的大毛病", "并不是不想转": a denial of a denial, said plainly ("也是轻微的", "是想转"); "是不是不要钱"
    // asks.
    private static readonly System.Text.RegularExpressions.Regex DoubleNegation = new(
        @"(?<!是)(并|也)?不是(啥|什么|啥子|说)?不(?=\p{IsCJKUnifiedIdeographs})(?!是|少|多|过|管|行吗|好)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>The text with a double negation said plainly (<see cref="DoubleNegation"/>).</summary>
    public static string WithoutDoubleNegation(string text) => text.Contains("不是", StringComparison.Ordinal) ? DoubleNegation.Replace(text, "$1是") : text;

    // "training for first-time shop owners": new to running a shop, not a first offence.
    private static readonly System.Text.RegularExpressions.Regex FirstTimeOwner = new(
        @"\bfirst[- ]time ((?:shop |store |business |small business )?(?:owners?|entrepreneurs?|founders?|bosses?|sellers?))\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>The text with first-time owners said as new ones (<see cref="FirstTimeOwner"/>).</summary>
    public static string WithFirstTimeOwnersAsNew(string text) => text.Contains("first", StringComparison.Ordinal) ? FirstTimeOwner.Replace(text, "beginner $1") : text;

    /// <summary>The text with the Chinese and pinyin words of an English message in English (<see cref="TermsInEnglish"/>).</summary>
    public static string WithChineseTermsInEnglish(string text) =>
        LanguageDetector.Detect(text) == Policy.Knowledge.Content.Languages.English && TermInEnglish.IsMatch(text)
            ? RepeatedSpaces().Replace(TermInEnglish.Replace(text, m => char.IsAsciiLetter(m.Value[0]) ? TermsInEnglish[m.Value] : " " + TermsInEnglish[m.Value] + " "), " ").Trim()
            : text;

    // "if i also list on eleme", "if I list my noodle shop with them": putting the shop on a platform, as selling there says it (the plans' lists are other things).
    private static readonly System.Text.RegularExpressions.Regex ListingOnAPlatform = new(
        @"\blist(?:ed|ing)?(?: (?:my|our|the) (?:[a-z-]+ ){0,2}(?:shop|store|restaurant|stall|business))? (on|with) (eleme|ele\.me|meituan|taobao|jd|pinduoduo|douyin|kuaishou|another app|other apps|another platform|other platforms|both|them|it)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>The text with a shop listed on a platform said as selling there (<see cref="ListingOnAPlatform"/>).</summary>
    public static string WithListingAsSelling(string text) => text.Contains("list", StringComparison.Ordinal) ? ListingOnAPlatform.Replace(text, "sell $1 $2") : text;

    // What a platform takes from each order, in chat words: "meituan takes like a 20% cut", "they take 18 percent off every
    // order", "eats a huge slice": its commission (a cut of a tax or the rent is another thing, and says so).
    private static readonly System.Text.RegularExpressions.Regex PlatformsCut = new(
        @"\b(takes?|taking|took|charges?|charging|eats?|skims?|grabs?)\b(?: (?:like|about|around|almost|nearly|over|up to|at least))?(?: (?:a|an|their|its))?(?: (?:\d+(?:\.\d+)? ?(?:%|percent|pct)|big|huge|large|hefty|fat|massive))?(?: (?:cut|slice|chunk)\b(?! (?:in|to|on|of) (?:the |my |our )?(?:tax|vat|rent))| (?=\d+(?:\.\d+)? ?(?:%|percent|pct) (?:of|from|off|per|on)\b))",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase, TextPatterns.Timeout);

    /// <summary>The text with a platform's cut said as its commission (<see cref="PlatformsCut"/>).</summary>
    public static string WithPlatformsCutAsCommission(string text) =>
        text.Contains('%') || text.Contains("percent", StringComparison.Ordinal) || text.Contains("cut", StringComparison.Ordinal) || text.Contains("slice", StringComparison.Ordinal) || text.Contains("chunk", StringComparison.Ordinal)
            ? PlatformsCut.Replace(text, "$1 a commission ") is var said && said != text ? RepeatedSpaces().Replace(said, " ") : text
            : text;

    // What the asker wants the money for, or the answer, said last ("三千块能不能先领了 好凑钱去注册", "文件上有没有留个电话 俺好打过去
    // 问问"): why, not another thing asked about.
    private static readonly System.Text.RegularExpressions.Regex PurposeAtTheEnd = new(
        @"(?<=[^，,\s])[\s，,]+(俺|我|咱)?好(凑钱|拿去|拿来|用来|有钱|打过去|打电话|过去问|去问|直接去)[^，。？！?!]*[。！!]?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>The text without a purpose said after the question (<see cref="PurposeAtTheEnd"/>).</summary>
    public static string WithoutPurposeAtTheEnd(string text) => text.Contains('好') ? PurposeAtTheEnd.Replace(text, "") : text;

    // "the building belongs to the district state owned assets company": the premises rented, not the brand building a
    // clause's heading names.
    private static readonly System.Text.RegularExpressions.Regex TheBuilding = new(
        @"\b(the|this|that|our|my|his|her|their|whole) building\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "今年6月份店从私人房子搬到国企的门面里了": the premises moved out of are the past; where the shop is now is what counts.
    private static readonly System.Text.RegularExpressions.Regex PremisesLeft = new(
        @"从[^，。？！,?!\s]{1,12}?(?=(搬到|搬进|搬去|挪到|换到)了?)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "那边的人说俺不符合条件 不给减 这到底啥条件啊": what an office told the asker is the story, not what is asked about.
    private static readonly System.Text.RegularExpressions.Regex RefusalReported = new(
        @"(说|讲|告诉俺|告诉我|回复说|答复说)(俺|我|咱)(们)?(的)?(不符合条件|不够条件|条件不够|不合条件)(?!\p{IsCJKUnifiedIdeographs})|\b(said|told (me|us)|says) (i|we|she|he) (don'?t|do not|doesn'?t|does not) qualify\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>The text without a refusal the asker reports (<see cref="RefusalReported"/>).</summary>
    public static string WithoutRefusalReported(string text) => RefusalReported.Replace(text, " ");

    /// <summary>The text without the premises the shop moved out of (<see cref="PremisesLeft"/>).</summary>
    public static string WithoutPremisesLeft(string text) => text.Contains('从') ? PremisesLeft.Replace(text, "") : text;

    /// <summary>The text with a building rented said as the premises (<see cref="TheBuilding"/>).</summary>
    public static string WithBuildingAsPremises(string text) => text.Contains("building", StringComparison.Ordinal) ? TheBuilding.Replace(text, "$1 premises") : text;

    // "听说今年房租能见面 不是 是减免几个月": a clause said wrong (voice input's 见面 for 减免), then "不是" alone and what was meant.
    private static readonly System.Text.RegularExpressions.Regex MisspokenClause = new(
        @"[^，。？！,?!\s]+[\s，,]+不是[\s，,]+(?=是\p{IsCJKUnifiedIdeographs})", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>The text without a clause its speaker says was wrong before saying what was meant (<see cref="MisspokenClause"/>).</summary>
    public static string WithoutMisspokenClause(string text) => text.Contains("不是", StringComparison.Ordinal) ? MisspokenClause.Replace(text, "") : text;

    // "what do we get in total? list it pls", "can you list them all": how the answer is to be laid out, said last; not the
    // list-based management the policy names ("can I list it on meituan too?" lists goods, and stays).
    private static readonly System.Text.RegularExpressions.Regex ListingAsked = new(
        @"(?<!\b(?:i|we|to|can|and|should|could|would|will) )\b(?:(?:can|could) you |pls |please |just )?list (?:it|them|all|everything|those|these)(?: all)?(?: out| for me| up)?(?: pls| please| plz| thx| thanks)?[\s.!?]*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>The text without a request to lay the answer out as a list (<see cref="ListingAsked"/>).</summary>
    public static string WithoutListingAsked(string text) => text.Contains("list", StringComparison.Ordinal) ? ListingAsked.Replace(text, "") : text;

    // Two figures of one unit written as a range: "16、7万" and "16,7万" (sixteen or seventeen), "16-17万", "14~15w".
    private static readonly System.Text.RegularExpressions.Regex FigureRange = new(
        @"(?<![\d.])(?<low>\d{1,3})\s*(?:[、,，~～]|-(?=\s*\d+\s*(?:万|w|k)))\s*(?<high>\d{1,3})\s*(?<unit>万|w|k|千)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>
    /// The text with a range of figures written with each figure whole (<see cref="FigureRange"/>): "16、7万" reads
    /// "16万到17万", so the unit is not read for the second figure alone. Two figures that are no range ("3、15万") stay.
    /// </summary>
    public static string WithFigureRangesSpelledOut(string text)
    {
        if (text.Any(char.IsAsciiDigit))
        {
            text = FigureRange.Replace(text, m =>
            {
                var low = int.Parse(m.Groups["low"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var high = int.Parse(m.Groups["high"].Value, System.Globalization.CultureInfo.InvariantCulture);
                // "16、7万": the second figure's tens are the first's.
                if (low >= 10 && high < 10)
                {
                    high += low - (low % 10);
                }

                var unit = m.Groups["unit"].Value;
                return high > low && high - low <= Math.Max(2, low / 5) ? $"{low}{unit}到{high}{unit}" : m.Value;
            });
        }

        text = ChineseFigureRange.Replace(text, "${low}${unit}${to}${high}${unit}");
        // "一个月也就几万块", "好几十万": a few of the unit, one to nine of it, as the range it is.
        // The money word after it goes with both figures: "几万块" is 1万块 to 9.9万块.
        return text.Contains('几') ? AFewOfAUnit.Replace(text, m => ((m.Groups["tens"].Success, m.Groups["unit"].Value) switch
        {
            (true, "万") => "10万{0}到99万{0}",
            (false, "万") or (true, _) => "1万{0}到9万9千{0}",
            _ => "1千{0}到9千9百{0}",
        }).Replace("{0}", m.Groups["money"].Value, StringComparison.Ordinal)) : text;
    }

    // 几万, 好几万, 几十万, 几千: a few of the unit, with no figure before it (十几万 and 三十几万 are read by NumberParser).
    private static readonly System.Text.RegularExpressions.Regex AFewOfAUnit = new(
        @"(?<![\d.一二三四五六七八九十两百千万零〇])好?几(?<tens>十)?(?<unit>万|千)(?!分之)(?<money>块钱|块|元)?",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "十四到十六万", "14到16万", "三至五万": the unit said once, after the second figure.
    private static readonly System.Text.RegularExpressions.Regex ChineseFigureRange = new(
        @"(?<![\d.一二三四五六七八九十两百千万])(?<low>[一二三四五六七八九十两]{1,3}|\d{1,3})(?<to>到|至)(?<high>[一二三四五六七八九十两]{1,3}|\d{1,3})(?<unit>万|千)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "need money to buy a new freezer", "replacing our old oven with a new one": something new bought, not a new business
    // (a new licence or shop got stays new).
    private static readonly System.Text.RegularExpressions.Regex NewOfAThingBought = new(
        @"\b(buy|buying|bought|purchase|purchasing|replace|replacing|upgrade|upgrading)( a| an| some| the| my| our)? new\b(?! (?:licen[cs]e|shop|store|stall|business|getihu|restaurant|company|firm)\b)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>The text without "new" of a thing bought (<see cref="NewOfAThingBought"/>).</summary>
    public static string WithoutNewOfThingsBought(string text) => text.Contains("new", StringComparison.Ordinal) ? NewOfAThingBought.Replace(text, "$1$2") : text;

    // Tax put before the verb ("我的税能减不", "今年税还能免吗", "店里的税咋减"): the policies' words put it after (减税, 免税).
    // Not a tax the word names already (增值税, 个税, 所得税) nor one paid (交税, 纳税).
    private static readonly System.Text.RegularExpressions.Regex TaxBeforeItsVerb = new(
        "(?<![值得个纳交缴报办免减退])(?<tax>税费?)(?<how>(还|也|都)?(能不能|可不可以|能|可以|咋|怎么|会不会|能否)(给)?)(?<verb>减免|减|免|少交|少缴)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>The text with a tax put before its verb written after it (<see cref="TaxBeforeItsVerb"/>): "税能减不" reads "能减税不".</summary>
    public static string WithTaxAfterItsVerb(string text) => text.Contains('税') ? TaxBeforeItsVerb.Replace(text, "${how}${verb}${tax}") : text;

    // English chat shorthand: "my monthly sales r around 148k", "taxable biz income this yr maybe 1.3 mil", "pls", "any phone
    // no?" ("govt" stays: "government" would weigh for every clause that names one).
    private static readonly System.Text.RegularExpressions.Regex ChatShorthand = new(
        @"\b(u|r|ur|pls|plz|thx|biz|yr|yrs|mo|mil|abt|bc|cuz|coz|ppl|w/o|(phone|tel|telephone|contact|mobile|cell) ?(no\.?|num|#))(?=[\s,.?!;:]|$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // An emphasising adverb between the asker and the verb: "how much can i actually get" asks how much can i get ("actual"
    // is a clause's word, and would weigh as a topic).
    private static readonly System.Text.RegularExpressions.Regex Emphasis = new(
        @"(?<=\b(can|do|does|did|will|would|could|should|am|are|is) (i|we|you|he|she|they) )(actually|really|basically|literally|honestly) ",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>The text without an emphasising adverb before the verb (<see cref="Emphasis"/>).</summary>
    public static string WithoutEmphasis(string text) => !text.Any(char.IsAsciiLetter) ? text : Emphasis.Replace(text, "");

    /// <summary>The text with English chat shorthand spelt out (<see cref="ChatShorthand"/>).</summary>
    public static string WithShorthandSpelledOut(string text) => !text.Any(char.IsAsciiLetter) ? text : ChatShorthand.Replace(text, m => m.Value switch
    {
        "u" => "you", "r" => "are", "ur" => "your", "pls" or "plz" => "please", "thx" => "thanks",
        "biz" => "business", "yr" => "year", "yrs" => "years", "mo" => "month", "mil" => "million", "abt" => "about",
        "bc" or "cuz" or "coz" => "because", "ppl" => "people", "w/o" => "without", _ => "phone number", // phone no, tel no., contact #
    });

    // The pinyin initials shop owners type for the policy's own words, standing alone: ge ti hu, ge zhuan qi, xiao gui mo,
    // zeng zhi shui, ge ti gong shang hu; and shou ji where the phone can only be meant.
    private static readonly Dictionary<string, string> PinyinInitials = new(StringComparer.Ordinal)
    {
        ["gth"] = "个体户", ["gtgsh"] = "个体工商户", ["yyzz"] = "营业执照", ["gzq"] = "个转企", ["xgm"] = "小规模", ["zzs"] = "增值税", ["ybnsr"] = "一般纳税人", ["xyd"] = "信易贷",
        // "sj上能办不": 手机 before 上 (sj alone may be 时间 or 书记).
        ["sj上"] = "手机上",
    };

    private static readonly System.Text.RegularExpressions.Regex PinyinInitialsWord = new(
        $@"(?<![a-z]){string.Join('|', PinyinInitials.Keys.Select(k => $"(?:{k})"))}(?![a-z])", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>The text with the pinyin initials of the policy's words (gth, gzq, xgm, zzs) as the words.</summary>
    public static string WithPinyinInitialsSpelledOut(string text) =>
        !text.Any(char.IsAsciiLetter) ? text : PinyinInitialsWord.Replace(text, m => PinyinInitials[m.Value]);

    // The words for kin, longest first where one holds another.
    private const string KinInChinese = "表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|亲戚|舅舅|姨|姑姑|叔叔|大爷|老乡|对象|小舅子|大舅子|舅子|姐夫|妹夫|嫂子|弟媳|老丈人|丈母娘|岳父|侄子|侄女|外甥女|外甥|闺女|女儿|儿子|老婆|媳妇|老公|爱人|发小|哥哥|姐姐|弟弟|妹妹|爸爸|妈妈|哥|姐|弟|妹|爸|妈";
    private const string KinInEnglish = "cousin|brother|sister|sis|bro|uncle|auntie|aunty|aunt|dad|mum|mom|father|mother|wife|husband|son|daughter|nephew|niece|grandpa|grandma|grandfather|grandmother|parents";

    // Someone the asker asks for: "我表哥的五金店", "俺妹", "my cousin's shop".
    private static readonly System.Text.RegularExpressions.Regex SomeoneAskedFor = new(
        @"(我|俺|(?<=^\s*(?:对了|还有|那|另外)?\s*)(?:他|她))(的)?(" + KinInChinese + @")(名下)?|\bmy (" + KinInEnglish + @")('s|s|')?(?![a-z])"
        // "隔壁卖烟酒的老王小规模纳税人…增值税能免不": a neighbour named by what they sell.
        + @"|(隔壁|对门|邻居家?|楼下|楼上)(的|家)?(\p{IsCJKUnifiedIdeographs}{1,5}的)?((老|小)\p{IsCJKUnifiedIdeographs}|大姐|大哥|大妈|大婶|大爷|大叔|阿姨|大娘)"
        // "辖区有个户子…", "我们村里一个卖菜的户子": a business in the asker's area, asked about by an official.
        + @"|(辖区|片区|村里|街上|俺们这|我们这)(里|内)?(有)?(个|一个|一家|家)(\p{IsCJKUnifiedIdeographs}{1,5}的)?(户子|商户|个体户|店主)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // The asker's own introduction, then whom they ask for: "我是村里的会计，帮村里开小卖部的老王问问，", "俺是代账的 替客户张姐打听一下 "
    // (问问 is read as 问 by then).
    private static readonly System.Text.RegularExpressions.Regex AskingForSomeoneNamed = new(
        @"^\s*((你好|您好)[，,。!！\s]*)?(我|俺)(是|在)[^，,。？?!！]{1,16}[，,。\s]+(帮|替)(?<who>[^，,。？?!！我俺]{1,14}?)(问|打听|咨询)(一下|个事)?[，,。\s]+",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static readonly System.Text.RegularExpressions.Regex RentedFrom = new(
        @"(租的?是?|跟|从)\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static readonly System.Text.RegularExpressions.Regex Hearsay = new(
        @"^\s*(跟我|跟俺)?(说|讲|告诉|听说|听人说)|^\s*(says|said|told|tells|heard)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "我妈说他去年就已经转成有限公司了": someone of the family telling the asker what is so of him, who is the case.
    private static readonly System.Text.RegularExpressions.Regex FamilyTold = new(
        @"(我|俺)(妈|爸|爹|娘|老婆|媳妇|老公|爱人|哥|姐|弟|妹|家里人|家里)(刚)?(说|讲|告诉我|告诉俺)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "俺闺女翻了合同 甲方写的是…", "my son checked the lease": the relative looked a paper up for the asker; the case stays theirs.
    private static readonly System.Text.RegularExpressions.Regex LookedItUp = new(
        @"^\s*(帮(我|俺)|给(我|俺))?(翻|查|看|瞅|找|读)(了|过)?(一?下|一遍|半天)?(合同|租房合同|执照|营业执照|文件|单子|材料|房本|协议|手机)"
        + @"|^\s*(checked|read|looked at|looked up|found|dug out) (the|my|our) (contract|lease|licen[cs]e|papers|document)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static readonly System.Text.RegularExpressions.Regex ThirdPersonPronoun = new(
        @"他们?|她们?|\b(he's|she's|hes|shes|he|she|his|her|him)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static readonly System.Text.RegularExpressions.Regex FirstPerson = new(
        @"我|俺|咱|\b(i|me|my|we|us|our|i'm|im|i've)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>
    /// The person the message first names as someone the asker asks for, by the word for them ("媳妇", "姐", "sister", "隔壁老王");
    /// null when it names nobody. Words for the same kin are one ("姐姐" is "姐", "老婆" is "媳妇", "mom" is "mum").
    /// </summary>
    public static string? PersonNamed(string text)
    {
        var named = SomeoneAskedFor.Match(text);
        if (!named.Success)
        {
            return null;
        }

        return Kin(named.Groups[3].Success ? named.Groups[3].Value : named.Groups[5].Success ? named.Groups[5].Value : named.Value);
    }

    /// <summary>
    /// An accountant's client told apart by which one ("有个客户…", "那另一个客户呢", "再回到第一个客户", "my second client"):
    /// "客户1", "客户2", "客户3"; null when the message names none. A shop's customers (顾客, 客人) are no case of their own.
    /// </summary>
    public static string? ClientNamed(string text)
    {
        var named = WhichClient.Match(text);
        if (!named.Success)
        {
            return null;
        }

        var which = named.Groups["which"].Value;
        var n = which is "第三个" or "第三家" or "third" or "3rd" ? 3
            : which is "另一个" or "另外一个" or "另外那个" or "第二个" or "第二家" or "second" or "2nd" or "another" or "other" ? 2
            : 1;
        return "客户" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static readonly System.Text.RegularExpressions.Regex WhichClient = new(
        @"(?<which>第一个|头一个|第一家|头一家|有个|有一个|一个|另一个|另外一个|另外那个|第二个|第二家|第三个|第三家)客户|\b(?<which>first|1st|second|2nd|third|3rd|another|other|a|one)(?: of my)? clients?\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>
    /// The kin word a message opens with ("姐夫那3000块多久能到账", "back to mum - …", "表妹那刻章…"), normalised as
    /// <see cref="PersonNamed"/> does; null when it opens with none.
    /// </summary>
    public static string? PersonOpening(string text) => KinOpening.Match(text) is { Success: true } opening ? Kin(opening.Groups["kin"].Value) : null;

    // One word for the same kin ("姐姐" is "姐").
    private static string Kin(string word) => SameKin.TryGetValue(word, out var same) ? same : word;

    private static readonly System.Text.RegularExpressions.Regex KinOpening = new(
        @"^\s*(那|那么|再说回?|说回|回到|回头说|还有|back to|and|so|what about)?\s*(俺|我|my)?\s*(?<kin>" + KinInChinese + "|" + KinInEnglish + @")(?![a-z])",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static readonly Dictionary<string, string> SameKin = new(StringComparer.Ordinal)
    {
        ["姐姐"] = "姐", ["哥哥"] = "哥", ["妹妹"] = "妹", ["弟弟"] = "弟", ["妈妈"] = "妈", ["爸爸"] = "爸", ["老婆"] = "媳妇", ["爱人"] = "媳妇",
        ["舅舅"] = "舅", ["姑姑"] = "姑", ["叔叔"] = "叔", ["mom"] = "mum", ["mother"] = "mum", ["father"] = "dad", ["sis"] = "sister", ["bro"] = "brother",
    };

    /// <summary>
    /// A message that speaks only of one relative the asker asks for ("我表哥的五金店去年已经个转企了…那个3000块他还能领不"):
    /// told as the asker's own case, since the answer is about theirs (the relative's words and pronouns read as the asker's).
    /// A message that also speaks of the asker ("我表哥卖20万都免了，俺卖10万能免不") is left alone.
    /// </summary>
    public static string AsTheCaseAskedFor(string text)
    {
        // "我是村里的会计，帮村里开小卖部的老王问问，他是个体户…": the asker says who they are and asks for someone named, whose
        // case (he, she) is then told and nobody else's.
        if (AskingForSomeoneNamed.Match(text) is { Success: true } actingFor)
        {
            var rest = actingFor.Groups["who"].Value + "，" + text[(actingFor.Index + actingFor.Length)..];
            if (ThirdPersonPronoun.IsMatch(rest) && !FirstPerson.IsMatch(ThirdPersonPronoun.Replace(rest, " ")))
            {
                return text[..actingFor.Index] + PronounsAsTheAsker(rest);
            }
        }

        var mentions = SomeoneAskedFor.Matches(text);
        // "我表哥说…", "my cousin says…": what the relative says is heard, not the case asked about.
        if (mentions.Count == 0 || mentions.Select(m => m.Groups[3].Value + m.Groups[4].Value).Distinct().Count() > 1
            || mentions.Any(m => Hearsay.IsMatch(text[(m.Index + m.Length)..]) || LookedItUp.IsMatch(text[(m.Index + m.Length)..]))
            // "门面是跟俺二舅租的", "租的是我表哥家的门面": the relative is the landlord, not the case asked about.
            || mentions.Any(m => RentedFrom.IsMatch(text[..m.Index]))
            // "my dad has a getihu … i read something about rent being cut, does that apply to him?": the asker only as the one
            // who asks, read or heard is no case of their own.
            // "他让俺问问…俺们这都快年底了": the asker as the one sent to ask, and where they are, is no case of their own either.
            || FirstPerson.IsMatch(WithoutHouseholdWe(mentions, text, TopicMention.WithoutStaffIntroduction(Without(text, SomeoneAskedFor, ThirdPersonPronoun, AskerReadOrHeard, AskerToldOrHelped, AskerCorrecting, AskerSentToAsk, AskersPlace, AskerIntroduced)))))
        {
            return text;
        }

        // "辖区有个理发店的个体户": what they are stays said.
        return PronounsAsTheAsker(SomeoneAskedFor.Replace(text, m => m.Value.StartsWith("my", StringComparison.Ordinal) ? "my" : m.Value.EndsWith("个体户", StringComparison.Ordinal) ? "我这个体户" : "我"));
    }

    /// <summary>The text with what each pattern matches taken out, in order (the asker only as the one asking, hearing, …).</summary>
    private static string Without(string text, params System.Text.RegularExpressions.Regex[] patterns) =>
        patterns.Aggregate(text, (rest, pattern) => pattern.Replace(rest, " "));

    // "my parents run a getihu hardware store … how do we get it": asked for parents or a spouse, "we" is the household whose
    // shop it is, not a case of the asker's own.
    private static string WithoutHouseholdWe(System.Text.RegularExpressions.MatchCollection mentions, string original, string text) =>
        mentions.All(m => Household.IsMatch(m.Value) && RunsIt.IsMatch(original[(m.Index + m.Length)..])) ? HouseholdWe.Replace(text, " ") : text;

    // The relative as the one who runs the business ("my parents run a getihu…", "my wife just got her getihu license"), not
    // one talked to ("talked to my wife - …").
    private static readonly System.Text.RegularExpressions.Regex RunsIt = new(
        @"^\s*(just |recently |finally )?(run|runs|has|have|own|owns|opened|started|sell|sells|got|registered|set up|converted|changed|turned)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static readonly System.Text.RegularExpressions.Regex Household = new(
        @"\b(parents|mum|mom|dad|father|mother|wife|husband)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static readonly System.Text.RegularExpressions.Regex HouseholdWe = new(
        @"\b(we|us|our)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // He, she and their forms said as the asker's I, my and me.
    private static string PronounsAsTheAsker(string text) =>
        ThirdPersonPronoun.Replace(text, m => m.Value switch { "he" or "she" => "i", "he's" or "she's" or "hes" or "shes" => "i'm", "his" or "her" => "my", "him" => "me", _ => "我" });

    /// <summary>
    /// A reply to the bot's question told of "he" or "she" and of no one else ("她一个月也就卖个八九万" after "俺娘…问问她增值税能免不"):
    /// the case the conversation is about, told as the asker's own, as <see cref="AsTheCaseAskedFor"/> tells a relative's.
    /// </summary>
    public static string AsTheCaseInReply(string text) =>
        ThirdPersonPronoun.IsMatch(text) && !FirstPerson.IsMatch(Without(text, ThirdPersonPronoun, AskerCorrecting, FamilyTold)) && !SomeoneAskedFor.IsMatch(FamilyTold.Replace(text, " "))
            ? PronounsAsTheAsker(text) : text;

    // "那俺对门老李呢？", "那俺姐夫呢", "what about my cousin?": the conversation turns to someone else, named first.
    private static readonly System.Text.RegularExpressions.Regex AnotherPersonFirst = new(
        @"^\s*(那|那么|还有)?\s*((俺|我)(的|家)?)?((对门|隔壁|邻居|楼下|楼上)?的?(老|小)\p{IsCJKUnifiedIdeographs}|对门|隔壁|邻居|朋友|同学|同事|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|亲戚|(大|二|三|小)?(舅舅|舅妈|舅|姨妈|姨|姑姑|姑|叔叔|叔|婶子|婶|伯伯|伯)|大爷|老乡|侄子|侄女|外甥女|外甥|闺女|儿子|女儿|哥|姐|弟|妹|爸|妈|姐夫|妹夫|嫂子|老公|老婆|媳妇)(家|那)?呢[？?，,。!！\s]*"
        + @"|^\s*(and |so |ok |okay )?what about (my|our) (cousin|brother|sister|friend|neighbour|neighbor|uncle|aunt|dad|mum|mom|wife|husband|brother-in-law|sister-in-law|mate|buddy)\b[^?]{0,20}\?\s*",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>
    /// "那俺对门老李呢？他也是个体户卖菜的，门面租的是市里国企的", "what about my cousin? her nail salon's been open since 2019":
    /// after an answer, the conversation turns to someone else, and what is told of them (he, she) is the case now asked
    /// about, told as the asker's own; the text unchanged when nothing is told of them or the asker speaks of themself too.
    /// </summary>
    /// <returns>The text, and whether the conversation turns to someone else at all.</returns>
    public static (string Text, bool Turned) AsAnotherPersonsCase(string text)
    {
        var opening = AnotherPersonFirst.Match(text);
        if (!opening.Success)
        {
            return (text, false);
        }

        var rest = text[(opening.Index + opening.Length)..];
        return (ThirdPersonPronoun.IsMatch(rest) && !FirstPerson.IsMatch(ThirdPersonPronoun.Replace(rest, " ")) ? PronounsAsTheAsker(rest) : text, true);
    }

    // "再问个俺自己的", "那我呢", "回到我的店", "what about me?", "back to my own shop": the asker turns back to themself.
    private static readonly System.Text.RegularExpressions.Regex BackToTheAskerWords = new(
        @"(我|俺|咱)(自己|自个儿?|个人)|^\s*(那|那么|还有)?\s*(我|俺|咱)(的|家)?(这边|这头|那个)?呢|(说回|回到|回头说|再说说?|再问问?个?)\s*(我|俺|咱)"
        + @"|\b(my own|myself|what about me|how about me|and me|about me|back to (me|mine|my (own|case|shop|store|business|question)))\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "他让俺问问", "叫我帮她打听一下": the asker sent to ask for someone.
    private static readonly System.Text.RegularExpressions.Regex AskerSentToAsk = new(
        @"(让|叫|要|托)(我|俺)((帮|替)\s*(他|她)?\s*)?来?(问|打听|咨询)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "I'm a foreigner helping my wife's auntie", "I'm just helping my dad": who the asker is, no business of theirs.
    private static readonly System.Text.RegularExpressions.Regex AskerIntroduced = new(
        @"\b(i'm|i am|im)\s+(just\s+)?((a|an)\s+(foreigner|foreign resident|expat|student|returnee|retiree|translator|teacher|volunteer)\b|helping\b)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "俺们这都快年底了", "我们这边": where the asker is, not what they are.
    private static readonly System.Text.RegularExpressions.Regex AskersPlace = new(
        @"(我|俺|咱)们?(这儿|这里|这边|这块|这)(?![个家店样种])", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "帮我问问", "告诉我", "我想问一下", "tell me", "I want to know": the asker only as the one asking.
    private static readonly System.Text.RegularExpressions.Regex AskerAsking = new(
        @"(帮|给|告诉|跟|和|替|问)\s*(我|俺)|(我|俺)\s*(想|要|就|再)?\s*(问|打听|咨询|了解|知道|请教)|(我|俺)(觉得|寻思|琢磨|估计|猜|看|听说|不知道|不清楚|也不知道|不太清楚|记得)"
        + @"|\b(tell|help|give|show|let) me\b|\bi (want|wanted|need|would like|'d like) to (ask|know|check)\b|\bcan i ask\b|\bi (think|guess|heard|don't know|dont know|am not sure|'m not sure)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "俺记岔了", "我说错了", "i got it wrong", "my mistake": the asker correcting what they said, not speaking of their own case.
    private static readonly System.Text.RegularExpressions.Regex AskerCorrecting = new(
        @"(我|俺)(刚才|刚刚|刚)?(说错|说岔|记岔|记混|记错|搞错|弄错|写错|打错|算错|看错|听错|搞混|弄混|看串|看岔)|\bi (meant|mean(?=,? \d)|misremembered|misspoke|mixed (it |them )?up|(got|had) (it|that) wrong|was wrong)\b|\bmy (mistake|bad)\b|\btypo\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "just tell me yes", "帮我查查": the asker as the one told or helped, in a message about someone else.
    private static readonly System.Text.RegularExpressions.Regex AskerToldOrHelped = new(
        @"\b(tell|help|give|show|let) me\b|(告诉|跟|给)(我|俺)说|帮(我|俺)(看看|查查|问问|瞅瞅|算算)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "I read something about…", "i heard", "我听说", "i thought these ended": the asker as the one who came across or
    // supposed what they ask about.
    private static readonly System.Text.RegularExpressions.Regex AskerReadOrHeard = new(
        @"(我|俺)(听说|听人说|看到|看见|在网上看|还以为|以为|寻思)|\bi (heard|read|saw|thought|assumed|figured|mean|guess)\b|\bi('ve| have) (read|seen|heard)\b|\bi was told\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "俺替隔壁王婶问一下", "帮俺闺女问问", "two quick ones for my uncle", "asking for my dad": a message asked on someone's behalf.
    private static readonly System.Text.RegularExpressions.Regex OnBehalfOf = new(
        @"(替|帮)(俺|我)?(家)?(隔壁|对门|邻居|楼下|楼上)?[\p{IsCJKUnifiedIdeographs}]{0,3}?(邻居|朋友|同学|同事|亲戚|老乡|婶|叔|姨|哥|姐|弟|妹|爷|奶|舅|姑|爸|妈|爹|娘|闺女|儿子|孩子|媳妇|老公|老婆|嫂|侄|外甥)[\p{IsCJKUnifiedIdeographs}]{0,2}?(问|打听|咨询)"
        + @"|\b(asking|ask|asked|enquiring|inquiring|question|questions|ones) (for|on behalf of) (my|our) (dad|mum|mom|father|mother|parents|uncle|aunt|brother|sister|cousin|neighbou?r|friend|nephew|niece|son|daughter|grandpa|grandma|grandfather|grandmother|wife|husband)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>Whether the message is asked on someone else's behalf ("俺替隔壁王婶问一下", "two quick ones for my uncle").</summary>
    public static bool AsksOnSomeonesBehalf(string text) => OnBehalfOf.IsMatch(text);

    /// <summary>
    /// The asker saying the case told is their own after all: "I mixed it up - it's actually MY shop, not my sister's",
    /// "说错了 其实是我自己的店 不是我姐的".
    /// </summary>
    public static bool SaysItIsTheAskersOwn(string text) => ItIsTheAskersOwn.IsMatch(text);

    private static readonly System.Text.RegularExpressions.Regex ItIsTheAskersOwn = new(
        @"\b(it'?s|it is|it was|that'?s|that is) (actually |really )?(my|mine|my own)\b[^.?!]{0,30}\bnot (my|her|his) [a-z-]+('s|s)?\b|\b(actually|really) (it'?s |it is )?mine\b"
        + "|(其实|实际上|说错了|搞错了|弄错了|记错了)[，,\\s]*(是|就是)(我|俺)(自己|自个儿)?(的|家的)(店|铺子|门面|生意|买卖)?[，,\\s]*(不是)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>
    /// After the conversation turned to someone else, a message that is the asker's own case again: "再问个俺自己的", "那我呢",
    /// "what about me?", or one that speaks of the asker and of nobody else ("俺一个月卖八万能免不"). A reply to the bot's
    /// question about the other person ("我也不清楚") is theirs unless it says the asker's own words.
    /// </summary>
    public static bool BackToTheAsker(string text, bool replying)
    {
        if (BackToTheAskerWords.IsMatch(text))
        {
            return true;
        }

        return !replying && !ThirdPersonPronoun.IsMatch(text) && !SomeoneAskedFor.IsMatch(text) && !AnotherPersonFirst.IsMatch(text)
            && FirstPersonSingular.IsMatch(Without(text, AskerAsking, AskerReadOrHeard, AskerLookedItUp, AskerCorrecting));
    }

    // The asker alone in English: "ok who do we go to for the money tho", said of a sister's conversion, is the family's case
    // still. In Chinese 俺们 and 咱 are as often the asker's own household ("俺们计划明年下半年转").
    private static readonly System.Text.RegularExpressions.Regex FirstPersonSingular = new(
        @"我|俺|咱|\b(i|me|my|i'm|im|i've)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "wait i checked the contract…", "俺问了 房子是县里国资公司的": the asker found out for the one asked about.
    private static readonly System.Text.RegularExpressions.Regex AskerLookedItUp = new(
        @"\b(i (just )?|just )(checked|looked at|looked up|asked|called|read|found)\b|(我|俺)(刚)?(问了|问过了|打听了|查了|看了|翻了)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // Goods or premises sealed up by officials ("sealed up a batch of stock", "they sealed off my shop"): seized, not a seal carved.
    private static readonly System.Text.RegularExpressions.Regex SealedUp = new(
        @"\bseal(ed|ing|s)? (up|off)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>The text with goods sealed up said as seized (<see cref="SealedUp"/>).</summary>
    public static string WithSealedUpAsSeized(string text) => text.Contains("seal", StringComparison.Ordinal) ? SealedUp.Replace(text, "seized") : text;

    // A comparison with another benefit the asker fears ("别跟那个免税一样早就过期了", "不会像减税那样过期吧"): what is compared
    // with is not what is asked about.
    private static readonly System.Text.RegularExpressions.Regex FearedLikeAnother = new(
        "(别|可别|不会|不要|该不会|千万别)(也)?(跟|和|像|同)[^，。？！,.?!\\s]{1,10}(一样|那样|似的)[^，。？！,.?!]*",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>The text without a comparison with another benefit the asker fears (<see cref="FearedLikeAnother"/>).</summary>
    public static string WithoutFearedComparison(string text) => text.Contains("一样", StringComparison.Ordinal) || text.Contains("那样", StringComparison.Ordinal) || text.Contains("似的", StringComparison.Ordinal)
        ? FearedLikeAnother.Replace(text, " ") : text;

    /// <summary>Longer messages are cut here: nothing a shop owner asks needs more, and it keeps every step fast.</summary>
    public const int MaxUnderstoodLength = 1000;

    // Four or more words strung with hyphens ("cut-income-tax-by-half"); not "state-owned" or "first-time".
    private static readonly System.Text.RegularExpressions.Regex HyphenatedPhrase = new(@"\b[a-z]+(-[a-z]+){3,}\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var capped = text.Length > MaxUnderstoodLength ? text[..MaxUnderstoodLength] : text;
        if (char.IsHighSurrogate(capped[^1]))
        {
            capped = capped[..^1];
        }

        var builder = new StringBuilder(capped.Length);
        foreach (var c in capped)
        {
            // Fold only the full-width ASCII block: NFKC would also turn Chinese punctuation （，） into ASCII.
            builder.Append(c is >= '！' and <= '～' && !IsChinesePunctuation(c) ? (char)(c - 0xFEE0) : Simplified[c] != '\0' ? Simplified[c] : c);
        }

        var normal = builder.Replace('\u3000', ' ').Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ').ToString().ToLowerInvariant().Trim();
        normal = normal.Contains('儿') ? Erhua.Replace(normal, "") : normal;
        // The counties' 呢 at a clause's end: "那这个找谁办咧", "给多少嘞".
        // "私人嘞房": 嘞 inside a phrase is the counties' 的.
        normal = normal.AsSpan().IndexOfAny('咧', '嘞', '哩') >= 0 ? CountyParticle.Replace(CountyOf.Replace(normal, "的"), "呢") : normal;
        normal = normal.Contains('刻') ? SplitSealCarving.Replace(normal, "") : normal;
        normal = normal.Contains('冻') ? FrozenSaidShort.Replace(normal, "冻结") : normal;
        // "俺店里的货被法院扣了": seized (扣押) by an authority, said short.
        normal = normal.Contains('扣') ? SeizedSaidShort.Replace(normal, "扣押") : normal;
        // "听说房租能见面三个月 俺能见不", "税能见面不": voice input's 见面 (jiànmiàn) for 减免, beside the rent or the tax.
        normal = normal.Contains('见') && RentOrTaxNamed.IsMatch(normal) ? ReliefMisheard.Replace(normal, m => m.Value switch { "见面" => "减免", "能见不" => "能减免不", _ => "减免不减免" }) : normal;
        // "俺上个月刚办的支招": voice input's 支招 (zhīzhāo) for 执照, as what is got or applied for.
        normal = normal.Contains("支招", StringComparison.Ordinal) ? LicenceMisheard.Replace(normal, "执照") : normal;
        // "你们这破机器人能不能说句人话！！我在街道办的门面房里开理发店…": a scolding of the bot before the question is no part of it.
        normal = normal.Contains("机器人", StringComparison.Ordinal) || normal.Contains("客服", StringComparison.Ordinal) ? BotScolded.Replace(normal, "") : normal;
        // "营业执照丢了咋办", "公章找不着了": a licence or seal lost is one to be replaced (补办), which no clause writes of.
        normal = normal.Contains('丢') || normal.Contains("找不", StringComparison.Ordinal) || normal.Contains("遗失", StringComparison.Ordinal) ? LicenceOrSealLost.Replace(normal, "$1补办") : normal;
        // "增值税能免部": voice input's 部 (bù) for the 不 that ends a question.
        normal = normal.Contains('部') ? QuestionEndMisheard.Replace(normal, "不") : normal;
        // "能在相镇办吗", "想注个商表", "啥时侯出的": words voice input mishears or mistypes, which are no words of their own;
        // "木有", "木转公司": the young's 木 for 没.
        foreach (var (heard, meant) in MisheardWords)
        {
            normal = normal.Replace(heard, meant, StringComparison.Ordinal);
        }

        // "钱多久能打到卡上": paid in (到账), as the bank card says it.
        normal = normal.Contains('卡') || normal.Contains('账') ? PaidIn.Replace(normal, "到账") : normal;
        // "正好150000，卡在线上了": right at the limit (卡线), not online (线上).
        normal = normal.Contains("线上", StringComparison.Ordinal) ? AtTheLine.Replace(normal, "$1线") : normal;
        // "注个商标": registering one, said with 个 between, is 注册商标.
        normal = normal.Contains("商标", StringComparison.Ordinal) ? TrademarkRegistered.Replace(normal, "注册商标") : normal;
        // "明年开了春": spring coming, said as 开春 (not a shop opened).
        normal = normal.Replace("开了春", "开春", StringComparison.Ordinal);
        normal = normal.Contains("doc", StringComparison.Ordinal) ? ShortDocument.Replace(normal, "document$1") : normal;
        // "does being brand new change anything?": quite new, no brand (measure 12's trademarks); the facts' words ("brand new
        // shop") are read the same way.
        normal = normal.Contains("brand", StringComparison.Ordinal) ? BrandNew.Replace(normal, "totally new") : normal;
        // "my father-in-law has a noodle shop": a relative, not the law ("in-law" read as law enforcement).
        normal = normal.Contains("in-law", StringComparison.Ordinal) || normal.Contains("in law", StringComparison.Ordinal) ? InLaw.Replace(normal, m => m.Groups[1].Success ? m.Groups[1].Value : "parents") : normal;
        // "that cut-income-tax-by-half thing": a phrase strung with hyphens is its words.
        normal = normal.Contains('-') ? HyphenatedPhrase.Replace(normal, m => m.Value.Replace('-', ' ')) : normal;
        return Reduplicated.Replace(normal, "$1");
    }

    private static readonly System.Text.RegularExpressions.Regex QuestionEndMisheard = new(
        "(?<=(能|可以|行|中|免|减|给|领|办|用)(免|减|领|办|给)?)部(?=[\\s？?。！!~～]*$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static readonly System.Text.RegularExpressions.Regex LicenceOrSealLost = new(
        "(执照|公章|印章|章子)(给|被)?(我|俺)?(弄|搞)?(丢|遗失|找不着|找不到)(了)?", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static readonly System.Text.RegularExpressions.Regex AtTheLine = new(
        "(卡|压|踩)在?(那|这)?(个|条|根)?线上", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static readonly System.Text.RegularExpressions.Regex PaidIn = new(
        "(打|转|汇)(到|进)(银行)?(卡上|卡里头|卡里|账上|账户上|账户里)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static readonly System.Text.RegularExpressions.Regex BrandNew = new(
        @"\bbrand[\s-]+new\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static readonly (string Heard, string Meant)[] MisheardWords = [("相镇", "乡镇"), ("商表", "商标"), ("时侯", "时候"), ("木有", "没有"), ("木转", "没转")];

    private static readonly System.Text.RegularExpressions.Regex TrademarkRegistered = new(
        "注(个|一个|了个|了一个)商标", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static readonly System.Text.RegularExpressions.Regex InLaw = new(
        @"\b(?:(father|mother|brother|sister|son|daughter)[- ]in[- ]laws?|in[- ]laws)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "when was doc 67 issued", "the docs say": doc is short for document.
    private static readonly System.Text.RegularExpressions.Regex ShortDocument = new(
        @"\bdoc(s)?\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // An account or goods frozen, said with 冻 alone: 账户被冻了, 谁冻的, 给冻住了 are 冻结 (速冻饺子, 冷冻 stay).
    private static readonly System.Text.RegularExpressions.Regex FrozenSaidShort = new(
        "(?<=[被谁给都])冻住?(?!结)|(?<=(卡|账户|账号|户头)(突然|又|也|给|被)?)冻(住|上)?(?=了)|(?<=法院)冻(?=的)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // Carving a seal said with the seal's owner in between is carving a seal: 刻新公司的章 is 刻章, 刻个章 is 刻章 (刻公章 stays).
    private static readonly System.Text.RegularExpressions.Regex SplitSealCarving = new(
        "(?<=刻)(?:新|个|一个|一枚|几个|那个|这个|公司|企业|店里|门店|店|单位|的){1,4}(?=章)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // A spoken verb said twice is the verb: 去哪查查 is 去哪查, 找谁问问 is 找谁问, 能给降降不 is 能给降不 (only verbs an asker says so; not 天天, 常常;
    // 问问题 stays).
    private static readonly System.Text.RegularExpressions.Regex Reduplicated = new(
        "([查问看找试算聊催瞧降减帮])\\1(?!题)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static readonly System.Text.RegularExpressions.Regex SeizedSaidShort = new(
        "(?<=(法院|公安|执法的|执法队|城管|税务局)(给|把)?)扣(?=了|住|走)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // The rent, or the tax said right before the relief ("税能见面不").
    private static readonly System.Text.RegularExpressions.Regex RentOrTaxNamed = new("房租|租金|房组|房钱|门面费|税(能|可以|给|能不能)?见", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static readonly System.Text.RegularExpressions.Regex BotScolded = new(
        "^(你|你们)?(这|这个)?(破|烂|笨|傻|啥)?(机器人|智能客服|客服)[^！!？?。]{0,12}(人话|听不懂|看不懂|答非所问|瞎说|胡说|不靠谱)[^！!？?。]{0,4}[！!？?。]+\\s*(?=\\S)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static readonly System.Text.RegularExpressions.Regex LicenceMisheard = new("(?<=(办|领|拿|发|换|补)(的|了|个|下|到|下来的)?)支招", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static readonly System.Text.RegularExpressions.Regex ReliefMisheard = new("见面|能见不|见不见", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // 嘞 between two characters, as the counties say 的 ("私人嘞房").
    private static readonly System.Text.RegularExpressions.Regex CountyOf = new(
        "(?<=\\p{IsCJKUnifiedIdeographs})嘞(?=\\p{IsCJKUnifiedIdeographs})", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // 咧, 嘞 and 哩 ending a clause, as the counties say 呢; not 咧嘴.
    private static readonly System.Text.RegularExpressions.Regex CountyParticle = new(
        "[咧嘞哩](?=[\\s，,。.！!？?~～…]|$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // The spoken 儿 after a word that is the same without it: 一块儿办 is 一块办, 哪儿 is 哪, 一点儿 is 一点; not 儿子, 女儿, 儿童.
    private static readonly System.Text.RegularExpressions.Regex Erhua = new(
        "(?<=[块点会哪这那事活玩下味门样片空头])儿(?![子童女孙媳科])", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // These stay full-width: the clause texts and the fact words use them.
    private static bool IsChinesePunctuation(char c) => c is '，' or '（' or '）' or '：' or '；' or '！' or '？';
}
