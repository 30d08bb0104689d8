using Policy.Bot.Understanding;
using Policy.Knowledge.Content;
using Policy.Knowledge.Search;

namespace Policy.Bot.Answering;

/// <summary>
/// What a Chinese question asks stands between its question word and its end: "罚款能<b>分期</b>吗", "营业执照丢了怎么<b>补办</b>",
/// "征信有问题怎么<b>修复</b>". When that focus holds no word the bot knows (facts, staff synonyms, generic policy words)
/// and no clause of any policy has a word of it, the policies do not cover what is asked, however well they cover the
/// rest: the honest answer is that they do not, not a clause about something else.
/// </summary>
internal sealed partial class AskedFocus
{
    // The question words a focus follows, longest first, and the particles that may end it.
    private static readonly string[] Anchors = ["可不可以", "能不能", "有没有", "怎么样", "怎么", "怎样", "如何", "能否", "可以", "咋", "能"];
    private static readonly char[] Ends = ['吗', '么', '呢', '不', '没', '啊', '呀', '吧'];
    // Whole questions about the topic already named: "免增值税怎么回事" asks what it is, not about a 回事.
    private static readonly string[] Forms = ["怎么回事", "咋回事", "怎么说", "怎么讲", "怎么理解", "如何理解", "怎么解释", "怎么认定", "如何认定", "怎么界定", "如何界定", "怎么算", "咋算", "什么意思", "啥意思", "是什么", "是啥", "怎么样", "行不行", "中不中", "成不成", "够不够条件", "够条件", "够不够资格", "够资格", "符合条件不", "符合不符合条件", "达标不", "达不达标", "好不好", "对不对",
        // "也不知道是哪的法院冻的 能去查一下不": whether the asker can look up what was said before.
        "能去查一下不", "能去查一下吗", "能去查不", "能去查吗", "能去查么", "可以去查吗", "可以去查不", "能查一下不", "能查一下吗", "去查一下",
        // "这中不中 有没有个说法": whether the policy says anything of what was said before.
        "有没有个说法", "有没有啥说法", "有没有什么说法", "有个说法没", "有说法没", "有说法吗", "有啥说法", "有什么说法", "啥说法", "什么说法", "咋个说法", "怎么个说法",
        // "这种有人管没", "有没有人管", "政府能管管不": whether anyone deals with what was said before.
        "有没有人管", "有人管没", "有人管吗", "有人管不", "有没有人处理", "有人处理吗", "管管", "管一管", "管不管",
        // "有事能直接去找不": whether the asker can go to whom was named.
        "能直接去找", "直接去找", "能去找", "可以去找", "能直接找",
        // "有没有人教": whether anyone teaches what was named.
        "有没有人教", "有人教没", "有人教吗", "有人教不",
        // "有没有人帮着弄弄": whether anyone helps with what was named; "给俺们这种老店指条路": whether a way forward is offered.
        "有没有人帮着弄弄", "有没有人帮着弄", "有没有人帮忙弄", "有没有人帮忙", "有没有人帮", "有人帮没", "有人帮吗", "有人帮不", "帮着弄弄", "帮忙弄弄",
        // "…麻烦死了有没有省事点的": whether there is an easier way to do what was named.
        "有没有省事点的", "有没有省事的", "有没有省事点", "有没有简单点的", "有没有方便点的", "有没有快点的", "能不能省事点", "能省事点不", "能省点事不",
        "指条路", "指条明路", "指个路子", "指指路", "有没有出路", "有啥出路", "有什么出路",
        // "个转企有没有钱拿": whether money comes with what was named; "转了能拿啥好处": what comes with it.
        "有没有钱拿", "有钱拿", "有没有钱领", "有钱领", "给不给钱", "给钱不", "给钱吗",
        // "转了的话还能拿到啥钱": what money comes with it.
        "能拿到啥钱", "能拿啥钱", "能拿到什么钱", "能拿什么钱", "能领到啥钱", "能领啥钱", "能得啥钱",
        "能拿啥好处", "能拿到啥好处", "能得啥好处", "能得到啥好处", "拿啥好处", "得啥好处", "能有啥好处", "有啥好处", "有什么好处", "能拿什么好处", "能得到什么好处",
        // "这合理吗，有没有说法": whether a rule says anything about what was told.
        "有没有说法", "有啥说法", "有什么说法", "有说法吗", "有说法没", "有说法不", "有没有啥说道", "有没有说道", "有啥说道", "有什么说道", "有说道没", "有说道吗",
        // "政府到底有啥扶持没 有没有搞头": whether it is worth doing, a whole question about what was named.
        "有没有搞头", "有搞头没", "有搞头吗", "有搞头不", "有啥搞头", "有没有前途", "有前途没",
        // "…给我降权，这合规不": whether what was said is allowed.
        "合不合规", "合规吗", "合规不", "合规么", "合不合法", "合法吗", "合法不", "合法么", "违不违法", "违法吗", "违法不", "违规吗", "违规不", "允许吗", "允许不",
        // "…现在还能享受不 咋没人跟俺说": a complaint that nobody told, not a topic asked about.
        "咋没人跟俺说", "咋没人跟我说", "怎么没人跟我说", "怎么没人跟俺说", "咋没人告诉俺", "咋没人告诉我", "怎么没人告诉我", "怎么没人告诉俺",
        "咋老是最后一个知道", "怎么老是最后一个知道", "咋总是最后一个知道", "怎么总是最后一个知道", "为啥老是最后一个知道", "为啥总是最后一个知道",
        "咋每次都最后一个知道", "咋最后一个知道", "怎么最后一个知道", "最后一个知道", "咋最后才知道", "怎么最后才知道", "最后才知道",
        "咋没人通知", "怎么没人通知", "咋没人说", "怎么没人说", "也没人跟俺说", "也没人跟我说", "也没人告诉", "也没人通知", "没人跟俺说", "没人跟我说", "没人告诉", "没人通知",
        // "…俺咋觉得是骗子引流的": doubt whether what was said is real, not a topic asked about.
        // "你就给个准话…刻公章是不是一分钱都不用花 你能保证不": pressing for a sure answer, not a topic asked about.
        "你能保证不", "你能保证吗", "能不能保证", "能保证不", "能保证吗", "敢保证不", "敢保证吗", "你敢保证", "打包票", "给个准话", "给句准话",
        "觉得是骗子引流的", "觉得是骗人的", "觉得是骗子", "是不是骗子", "是不是骗人的", "是不是骗局", "骗子引流", "是骗人的", "是骗局", "忽悠人的", "是不是忽悠"];
    // What a verb reaches, not what it is about: "怎么评上" asks how to be chosen for the topic named before, "能拿到吗" whether
    // one gets it. Longest first.
    private static readonly string[] Complements = ["下来", "下去", "出来", "起来", "上", "到", "好", "完", "成", "着"];
    // Ways to get something ("想贷款开店，有没有门路", "贷款有什么渠道"): alone after the question word they ask how to get what
    // was named before, as a way of doing does; after a topic, the way to it.
    private static readonly string[] Means = ["门路", "路子", "渠道", "途径", "办法", "法子", "方法"];
    private static readonly HashSet<string> WaysOfDoing = new(["申报", "申请", "报名", "办理", "处理", "处置", "参加", "参与", "操作", "评选", "参评", "参选", "入选", "评上", "选上", "加入", "上去", "进去", "入驻", "注册", "登录", "登上", "学", "学习", "听课", "上课", "知道", "掌握", "了解", .. Means], StringComparer.Ordinal);
    private static readonly string[] GenericEnds = ["东西", "事情", "事儿", .. Means, "弄", "搞", "拿", "领", "办", "用", "做", "卖", "买", "交", "缴", "付"];

    private static readonly char[] ClauseBreaks = ['，', ',', '。', '；', ';', '!', '！', '?', '？', '.', ' ', '\n'];

    private readonly List<string> known;
    private readonly HashSet<int> clausePairs;

    // Where, not what: "社保能在晋城交吗" asks about 社保 in the city, whose name no clause needs to hold.
    private readonly string[] places;

    private static readonly string[] PlacesUnnamed = ["城里", "县城", "县里", "市里", "城区", "镇上", "乡里", "这边", "那边", "本地", "当地", "老家", "村里"];

    // What the asker is and has (facts, documents): taken out of a topic asked about before its question ("个体户注销怎么办").
    private readonly string[] aboutTheAsker;

    /// <param name="places">The city's own places: taken out of a focus before it is looked for.</param>
    public AskedFocus(ContentSet content, IEnumerable<string> factWords, IEnumerable<string> places)
    {
        aboutTheAsker = [.. factWords.Select(TextNormalizer.Normalize).Where(w => w.Length > 1).Distinct().OrderByDescending(w => w.Length)];
        // "社保能在城里交不", "娃能在县城上学不": where, said without a name, is no topic either.
        this.places = [.. places.Concat(PlacesUnnamed).Select(TextNormalizer.Normalize).Where(p => p.Length > 1).Distinct().OrderByDescending(p => p.Length)];
        known = content.Synonyms.In(Languages.Chinese).SelectMany(g => g.Words)
            .Concat(factWords).Concat(ScopeLexicon.GenericDomain).Concat(ScopeLexicon.EligibilityCues)
            .Select(TextNormalizer.Normalize).Where(w => w.Length > 1 && !char.IsAsciiLetter(w[0])).Distinct().OrderByDescending(w => w.Length).ToList();
        clausePairs = [];
        foreach (var section in content.Policies.SelectMany(p => p.Chinese.Sections))
        {
            AddPairs(section.Title, clausePairs);
            AddPairs(section.Text, clausePairs);
        }
    }

    // How long a question may be that only asks again about what the one before it named ("能免不", "中不中").
    private const int ShortQuestion = 3;

    // Words that make a part of a message a question, besides the anchors.
    private static readonly string[] QuestionWords = ["什么", "啥", "哪", "谁", "几", "多少", "吗", "么", "呢", "嘛", "要不要", "是不是"];

    /// <summary>
    /// The part of a Chinese message that asks, when the parts before it only tell ("俺们村开了个小卖部，办执照得去县里吗"):
    /// what is asked weighs more than how the asker describes themselves. A last question of a word or two after another
    /// ("营业执照没挂 要罚款不 能免不", "…有没有人指导 要钱不") asks about what the one before it names: that one is the part.
    /// Null when there is no such split.
    /// </summary>
    public static string? AskingClause(string normalized)
    {
        var parts = normalized.Split(ClauseBreaks, StringSplitOptions.RemoveEmptyEntries);
        var asking = Array.FindAll(parts, Asks);
        var joined = asking.Length == 2 && parts.Length > 2 && asking[1] == parts[^1] && asking[0] == parts[^2] && parts[^1].Length <= ShortQuestion;
        return joined ? parts[^2]
            : parts.Length > 1 && asking.Length == 1 && asking[0] == parts[^1] ? parts[^1] : null;

        static bool Asks(string part) =>
            Anchors.Any(a => part.Contains(a, StringComparison.Ordinal)) || QuestionWords.Any(w => part.Contains(w, StringComparison.Ordinal)) || part.EndsWith('不') || part.EndsWith('没');
    }

    /// <summary>
    /// The questions of an English message that tells something first ("I just moved back and want to open a tea shop.
    /// Can I register online?"): the sentences ending in a question mark, when others before them do not. Null otherwise.
    /// </summary>
    public static string? AskingSentences(string normalized)
    {
        var sentences = EnglishSentences().Matches(normalized).Select(m => m.Value.Trim()).Where(s => s.Length > 0).ToList();
        var asked = sentences.Where(s => s.EndsWith('?')).ToList();
        // "Is that allowed?", "so how much do they save?": a question that points back names too little to weigh more.
        return asked.Count > 0 && asked.Count < sentences.Count && sentences[^1].EndsWith('?')
            && SearchAnalyzers.Terms(SearchAnalyzers.English, string.Join(" ", asked)).Count >= MinSearchedWords
            ? string.Join(" ", asked) : null;
    }

    // How many words search keeps of the questions (stop words out) for them to weigh more.
    private const int MinSearchedWords = 4;

    // An English sentence with its end mark, or the text after the last one.
    [System.Text.RegularExpressions.GeneratedRegex(@"[^.!?]+[.!?]*", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex EnglishSentences();

    /// <summary>
    /// The sentences of a message that end in a question mark, when it has any: in a story told before the question
    /// ("…上回说卖保险能挣大钱，结果赔了两万多。…政府到底给不给钱，给多少？"), what was said is not what is asked.
    /// </summary>
    private static string AskedSentences(string normalized)
    {
        var sentences = SentenceEnds().Matches(normalized).Where(m => m.Value.EndsWith('?') || m.Value.EndsWith('？')).Select(m => m.Value).ToList();
        return sentences.Count == 0 ? normalized : string.Join("，", sentences);
    }

    // 退 alone after 能/可以, asking for money back: "能退不", "可以退吗".
    [System.Text.RegularExpressions.GeneratedRegex("(?<=(能|可以|能不能|可不可以))退(回来|回|给俺|给我|还给俺|还给我)?(?=(吗|么|嘛|不|没|啊|呀|[？?，,。]|$))", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex LoneRefund();

    /// <summary>
    /// Going to an office: "去税务局", "到政务大厅", "上窗口", "跑税务局", or straight to the landlord ("直接跟房东说就行？"). Where the
    /// asker goes, not what is asked about.
    /// </summary>
    internal static readonly System.Text.RegularExpressions.Regex ToAnOffice = new(
        @"(去|到|上|找|跑一?趟|跑)(市|县|区)?\p{IsCJKUnifiedIdeographs}{0,5}?(局|所|大厅|窗口|服务中心|政务中心)|(直接)?(跟|找|和|向)(房东|业主)(说|讲|提|要|申请)?(一声|一下)?(就(行|中|可以|成))?",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>Whether the question asks for money back with 退 alone ("刻章的钱能退不", "22年的房租能退吗").</summary>
    public static bool AsksForMoneyBack(string normalized) => LoneRefund().IsMatch(ToAnOffice.Replace(normalized, ""));

    /// <summary>
    /// Whether the question asks to claim a benefit late ("一直没顾上去弄…还能补办不", "能补领吗", "can I still claim it for 2022?"),
    /// wherever it is claimed ("还能找税务局补办退回来不").
    /// </summary>
    public static bool AsksToClaimLate(string normalized) => ClaimedLate.IsMatch(ToAnOffice.Replace(normalized, ""));

    // Claiming late what was due then: "现在还能补着减不", "能补领吗", "补领还来得及不", "现在还能补不", "现在都26年了还能找回来不",
    // "can I still claim it for 2022?".
    private static readonly System.Text.RegularExpressions.Regex ClaimedLate = new(
        @"还能(再)?补(着|上|个|一下|回来)?(减|免|领|申请|享受|拿)|还能(再)?补(着|上|回来)(吗|么|不|没)?|(能|可以)补(上|办|申请|回来)(吗|么|不|没)|(能|可以)(不能)?补(着|上)?(减|免|领|申请|享受|拿)|补(减|免|领|申请|享受)(一下)?(吗|么|不|没|得了|来得及)|还来得及(吗|不|没)|还能(再)?补(吗|么|不|没|办)|还能(找|要|讨)回来(吗|么|不|没)?"
        + @"|\b(still|retroactively) claim\b|\bclaim (it )?(retroactively|late|for back then|for 2022|for last year)\b|\bback-?claim\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    [System.Text.RegularExpressions.GeneratedRegex("(不管|无论|不论)[^，。？！,.?!\\s]{1,12}", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex Concession();

    [System.Text.RegularExpressions.GeneratedRegex("([教看问帮说讲查试聊管学评])一?\\1", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex DoubledVerb();

    // "咋个减法", "怎么个算法", "啥个领法": a question word, 个, a verb of one or two characters and 法.
    [System.Text.RegularExpressions.GeneratedRegex("(咋|怎么|怎样|啥|什么)个([\\u4e00-\\u9fff]{1,2}?)法", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex WayOfDoing();

    // "上了他们家就不能再上别家", "只能在他家上架": 不 or 只 before 能 or 可以 says what may (only) be done, it asks nothing
    // ("能不能" asks); "没啥能抵押的", "没什么可以抵押": there is nothing to do it with.
    private static bool Denied(string part, int anchorAt) =>
        anchorAt > 0 && (part[anchorAt - 1] is '不' or '只' || Nothing.Any(w => part[..anchorAt].EndsWith(w, StringComparison.Ordinal)));

    private static readonly string[] Nothing = ["没啥", "没什么", "没有啥"];

    // "转了能落点啥好处", "能得什么实惠", "能捞着啥甜头", "俺能沾上光不": what comes with what was named, a whole question about it.
    [System.Text.RegularExpressions.GeneratedRegex(@"(能|可以)?(拿|得|落|捞|领|享受|沾|占|得到|拿到)(到|着|下)?(点|些)?(啥|什么|哪些)(好处|实惠|甜头|便宜)|(能|可以)?沾(上|得上|到|着)?(点|些)?光(不|吗|没|么)?",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex WhatComesWithIt();

    [System.Text.RegularExpressions.GeneratedRegex(@"[^，,。？?！!]*(没个|没有|也没|没)(准信|准话|准儿|信儿|回音|动静)[^，,。？?！!]*", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex NoWordCame();

    // A sentence with its end mark, or the text after the last one.
    [System.Text.RegularExpressions.GeneratedRegex(@"[^。！!？?\n]+[。！!？?]*", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex SentenceEnds();

    /// <summary>The focus no clause has a word of, or null when it is written somewhere (or the question has no such focus).</summary>
    public string? Unwritten(string normalized)
    {
        // "第一次被罚了200，能退不", "现在能退回来不": 退 alone after 能/可以 asks for the money back, a word of one character that no focus of
        // two would otherwise catch.
        normalized = LoneRefund().Replace(normalized, "退钱");
        // "一度电能降几毛钱": by how much, which the answer says when no clause writes it, not a topic of its own.
        normalized = AnswerComposer.WithoutHowMuchLower(normalized);
        // "咋个减法", "怎么个算法": the way of doing what the verb says ("咋减"), not a thing called 减法.
        normalized = WayOfDoing().Replace(normalized, "$1$2");
        // "有没有人教教", "帮俺问问": a verb said twice is the verb.
        normalized = DoubledVerb().Replace(normalized, "$1");
        // "不管有没有毛病，让俺们整条街的铺子先都关门": whatever the concession names is not asked.
        normalized = Concession().Replace(normalized, " ");
        // "啥时候能开也没个准信": a complaint that no word came, not a question.
        normalized = NoWordCame().Replace(normalized, " ");
        // "多长时间能给个答复": how long it takes, a time limit the answer says is not written, not a topic of its own.
        normalized = UnstatedDetails.WithoutTimeLimitAsked(normalized);
        // "还能找税务局补办退回来不": the office gone to is where, not what is asked.
        normalized = ToAnOffice.Replace(normalized, "");
        // "增值税能免不房租能减不减的话减几个月": voice input's questions, each on its own.
        normalized = QuestionBreaks.Insert(normalized);
        // The last part that asks about something: "营业执照丢了怎么补办，政策有规定吗" asks about 补办, then where to look;
        // "…能分期吗？政策里有没有说" asks about 分期, the last part only whether it is written.
        var parts = Forms.Aggregate(WhatComesWithIt().Replace(OverviewAnswerer.AnyForTheAsker.Replace(AskedSentences(normalized), ""), ""), (text, form) => text.Replace(form, "", StringComparison.Ordinal))
            .Split(ClauseBreaks, StringSplitOptions.RemoveEmptyEntries);
        // A topic before "怎么办" is what is asked only when nothing else is said ("孩子上学要户口，我们外地来的个体户怎么办"
        // asks about the first part).
        // "月销售额正好15万能免吗": a figure the asker tells is not a topic.
        var how = parts.Length == 1 && TopicBeforeAsking.Match(parts[0]) is { Success: true } m && NumberParser.Find(m.Groups["topic"].Value).Count == 0
            ? m : System.Text.RegularExpressions.Match.Empty;
        var asking = how.Success ? WithoutQualifiers(WithoutAsker(how.Groups["topic"].Value)) : parts
            .Select(part => (Part: part, Anchor: Anchors.Select(a => (Word: a, At: part.LastIndexOf(a, StringComparison.Ordinal))).Where(a => a.At >= 0 && !Denied(part, a.At) && !InAWord(part, a.Word, a.At))
                .OrderByDescending(a => a.At).ThenByDescending(a => a.Word.Length).FirstOrDefault()))
            .Where(p => p.Anchor.Word is not null)
            .Select(p => WithoutQualifiers(Focus(p.Part, p.Anchor.At + p.Anchor.Word.Length)))
            // "一个月能卖个八九万": a figure the asker tells, not what is asked.
            .LastOrDefault(focus => Runs(focus).Any(r => r.Length >= 2) && NumberParser.Find(focus).Count == 0);
        // "个体户有补贴吗": nothing is left of the topic once the asker is taken out; what there is for them is asked.
        // "山西精品怎么申报": a way of doing, alone after the question word, asks how to do what was named before it.
        if (asking is not { } focus || !Runs(focus).Any(r => r.Length >= 2) || (known.Any(w => focus.Contains(w, StringComparison.Ordinal)) && !UnknownHead(focus))
            || WaysOfDoing.Contains(WithoutWhere(focus)) || Runs(focus).Where(r => r.Length >= 2).All(WaysOfDoing.Contains))
        {
            return null;
        }

        var runs = Runs(focus).Where(r => r.Length >= 2).ToList();
        // "能在网上弄不", "能同时拿吗", "能在网上卖东西不": a verb of getting or doing, or a word for things in general, after
        // what is asked about says only that it is wanted.
        var before = focus;
        for (var i = 0; i < 2 && GenericEnds.FirstOrDefault(e => before.Length > e.Length && before.EndsWith(e, StringComparison.Ordinal)) is { } end; i++)
        {
            before = before[..^end.Length];
        }

        var beforeRuns = before == focus ? [] : Runs(before).Where(r => r.Length >= 2).ToList();
        // "有没有个上限": the measure word before it is not what is asked.
        return !runs.Any(Written) && !beforeRuns.Any(Written) && !RefersBack(normalized, focus, runs) ? LeadingMeasureWord.Replace(focus, "") : null;
    }

    /// <summary>
    /// Whether the focus ends in a word after the last word the bot knows that no clause writes: "营业执照<b>年检</b>",
    /// "开增值税<b>专用发票</b>" ask about the last word, whatever the known one before it names. Words that say how much
    /// or how it feels (电费<b>太贵</b>), what it costs (水电气<b>费</b>) or a measure of the thing named (贷款的优惠<b>利率</b>,
    /// <b>额度</b>, <b>期限</b>) are not what is asked about.
    /// </summary>
    private bool UnknownHead(string focus)
    {
        var last = Runs(focus).LastOrDefault(r => r.Length >= 2);
        if (last is null)
        {
            return false;
        }

        // The last known word reaching into the last run, looked for in the whole focus: a form character may stand inside
        // one ("一个执照开两个店" ends in 两个店, past the run 执照开两).
        var start = focus.LastIndexOf(last, StringComparison.Ordinal);
        var end = known.Select(w => focus.LastIndexOf(w, StringComparison.Ordinal) is var at && at >= 0 && at + w.Length > start ? at + w.Length : 0).Max();
        var head = end > start ? Runs(focus[end..]).LastOrDefault(r => r.Length >= 2) : null;
        return head is not null && !head.Any(NotAThing.Contains) && !WaysOfDoing.Contains(head) && !Written(head);
    }

    private const string NotAThing = "贵高低多少难慢快大小好坏费钱价率额期";

    // 能 inside a word is no question word: 智能手机, 功能, 技能, 可能.
    private const string BeforeAWordsNeng = "智功性技才本体动产效职潜可";

    private static bool InAWord(string part, string anchor, int at) => anchor == "能" && at > 0 && BeforeAWordsNeng.Contains(part[at - 1]);

    // "个体户注销怎么办", "个体户年报在哪报", "个体户注销有什么办法": the topic stands before a way of asking how or where to do it; "店面装修有补贴吗",
    // "残疾人开店有专门的优惠政策吗", "贷款利息能补贴吗": before a way of asking whether there is support for it; "营业执照年检还要吗": whether it is still needed.
    private static readonly System.Text.RegularExpressions.Regex TopicBeforeAsking = new(
        "^(?<topic>.+?)(要)?(怎么办|咋办|怎么弄|咋弄|怎么搞|怎么处理|如何办理|怎么办理|(在|去|到)哪里?(办|报|交|弄|申请|办理)|(有没有|有)(什么|啥)?(好)?(办法|门路|路子|渠道|途径|法子)"
        + "|(有没有|有)(啥|什么)?(额外|其他|别的|特别|专门|特殊)?的?(补贴|补助|优惠|扶持|支持|奖励|好处)(政策|措施)?|(能|可以|能不能|给不给)(补贴|补助|报销|补|减|免)|还(要|需要|用|得))[吗呢啊呀不没]?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "能在城区报名不": once the place is out, 在 is left before the way of doing; so is 去 of "去报名".
    private static string WithoutWhere(string focus) => focus.Replace(" ", "", StringComparison.Ordinal).TrimStart('在', '到', '去');

    private string WithoutAsker(string topic) => WordRemoval.Without(topic, aboutTheAsker, []);

    // Places, how long or how many ("减三个月", "免两年") and having two at once ("奖励和补贴能一起拿吗"): the clause writes
    // them in digits, or not at all, and they say where, how much or how the topic is had, not another topic.
    // "我的店税能减吗", "店里税能减不": the asker's shop before the topic says whose it is.
    private static readonly System.Text.RegularExpressions.Regex LeadingMeasureWord = new(@"^\s*(个|点|些)(?=\p{IsCJKUnifiedIdeographs}{2})", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private string WithoutQualifiers(string focus) =>
        NamingNothing.Aggregate(Duration.Replace(SaidInThePolicy.Replace(WordRemoval.Without(AskersShop.Replace(focus, " "), places, []), " "), " "), (text, word) => text.Replace(word, " ", StringComparison.Ordinal));

    private static readonly System.Text.RegularExpressions.Regex AskerTellsOn = new(
        "(俺|我|咱)(也|还|又|就|都|们)?(不会|不懂|没有|没|是|在|家|想|要|有)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "有没有啥帮忙的门路", "有没有啥安排", "能听听俺们的难处": asking for help in general names no topic of its own.
    private static readonly string[] HelpInGeneral = ["帮上忙", "帮得上忙", "帮不上忙", "帮忙", "帮助", "帮扶", "安排", "照顾", "关照", "听听", "俺们的", "我们的", "咱们的", "领钱", "拿钱", "给钱", "发钱", "补钱"];

    private static readonly System.Text.RegularExpressions.Regex AskersShop = new(
        "^[\\s，,]*(我|俺|咱)?们?家?(开)?的?小?(店|店里|店铺|铺子|门店|摊子|摊)(里|的|上)?",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // Where the words were read, before them: "政策里说的一照多址", "文件中提到的", "你刚才说的". They point at the text, naming no topic.
    private static readonly System.Text.RegularExpressions.Regex SaidInThePolicy = new(
        "(这个|这份)?(政策|文件|方案|通知|里面|上面|你|刚才|你刚才)(里|中|上)?(面)?(说|讲|写|提|提到|讲到|写到)?(的)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "房租到底能不能减": words that press the question name nothing either.
    private static readonly string[] TogetherWords = ["一起", "同时", "一块", "一并", "叠加", "兼得", "都能", "都可以", "到底", "究竟", "真的",
        // "能在晋城这边交不": where, pointed at, names nothing asked about either.
        "这边", "那边", "这里", "那里", "这儿", "那儿"];

    // "去年转公司了有奖励不": when it happened names no topic either.
    // "还能赶上减不": whether it is still in time names none either.
    private static readonly string[] WhenSaid = ["去年", "前年", "今年", "明年", "后年", "上个月", "上月", "这个月", "本月", "下个月", "年初", "年底", "年末", "前几天", "上周", "上星期", "昨天", "前天",
        "赶得上", "赶上", "赶趟"];

    // Words a focus can hold that name no topic of their own (declared after the lists it joins: statics start in order).
    private static readonly string[] NamingNothing = [.. TogetherWords, .. HelpInGeneral, .. WhenSaid];

    private static readonly System.Text.RegularExpressions.Regex Duration = new(
        "[0-9一二三四五六七八九十两几半]+个?(月|年|天|周|星期|季度)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>What stands after the question word, without the particles that end it or a verb's result.</summary>
    /// <remarks>A verb's result that ends a known word stays: "能一回办完吗" asks about 一回办完, a staff word.</remarks>
    private string Focus(string part, int from)
    {
        var focus = part[from..].TrimEnd(Ends);
        // Voice input runs on into what the asker tells of themselves ("能不能一回就办完了俺也不会弄电脑"): the focus ends there.
        if (AskerTellsOn.Match(focus) is { Success: true, Index: > 1 } told)
        {
            focus = focus[..told.Index].TrimEnd(Ends);
        }

        return Complements.FirstOrDefault(c => focus.Length > c.Length && focus.EndsWith(c, StringComparison.Ordinal)) is { } complement
            && !known.Any(w => focus.EndsWith(w, StringComparison.Ordinal) && w.Length > complement.Length) ? focus[..^complement.Length] : focus;
    }

    /// <summary>
    /// Whether a clause has the run's last pair, its head ("开发票" is about 发票, whatever 开发区 says; "申请贷款" about
    /// 贷款).
    /// </summary>
    private bool Written(string run) => ClauseHas(run[^2], run[^1]);

    /// <summary>Whether some clause has these two Han characters side by side.</summary>
    private bool ClauseHas(char first, char second) => SearchText.IsHan(first) && SearchText.IsHan(second) && clausePairs.Contains((first << 16) | second);

    // Consecutive character pairs a clause has that make a phrase of the policy's own (一市一业一县一品: 7 pairs).
    private const int PhrasePairs = 4;

    /// <summary>Whether every character pair of <c>text[start..(start + length)]</c> is one a clause has: the policies' own words.</summary>
    public bool Writes(string text, int start, int length)
    {
        for (var i = start; i + 1 < start + length; i++)
        {
            if (!ClauseHas(text[i], text[i + 1]))
            {
                return false;
            }
        }

        return length > 1;
    }

    /// <summary>Whether the text quotes a phrase of some clause: a run of Han characters whose every pair a clause has.</summary>
    public bool EchoesAClause(string text)
    {
        var run = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            run = ClauseHas(text[i], text[i + 1]) ? run + 1 : 0;
            if (run >= PhrasePairs)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A focus that takes up a word the question already named: "被查封了，能查到是谁封的吗" asks about the 查封 the
    /// clause writes, so one of its characters is in a character pair of the rest of the question that some clause has.
    /// </summary>
    private bool RefersBack(string normalized, string focus, List<string> runs)
    {
        // The focus's own runs taken out, wherever they stand: the asker taken out of it leaves it no longer one piece of the text.
        var rest = runs.Aggregate(normalized, (text, run) => text.Replace(run, " ", StringComparison.Ordinal));
        // Any content character of the focus, one alone too: 冻 of "是谁冻的" points back to the 冻结 said before it.
        var own = Runs(focus).SelectMany(r => r).ToHashSet();
        for (var i = 0; i + 1 < rest.Length; i++)
        {
            if (ClauseHas(rest[i], rest[i + 1]) && (own.Contains(rest[i]) || own.Contains(rest[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Runs(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var content = i < text.Length && SearchText.IsHan(text[i]) && !ScopeLexicon.FormCharacters.Contains(text[i]);
            if (content && start < 0)
            {
                start = i;
            }
            else if (!content && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    // Each pair of adjacent Han characters, as one number (no string per pair: every clause of every policy is read at start).
    private static void AddPairs(string text, HashSet<int> pairs)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (SearchText.IsHan(text[i]) && SearchText.IsHan(text[i + 1]))
            {
                pairs.Add((text[i] << 16) | text[i + 1]);
            }
        }
    }
}
