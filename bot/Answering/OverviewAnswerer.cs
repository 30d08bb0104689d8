using System.Globalization;
using System.Text.RegularExpressions;
using Policy.Bot.Citations;
using Policy.Bot.Understanding;
using Policy.Knowledge.Content;
using Policy.Knowledge.Rules;

namespace Policy.Bot.Answering;

/// <summary>
/// "我能享受哪些优惠 / what can I get?": every benefit with a rule, across all policies, with its status for the facts
/// known and the as-of date — available, ended on …, or what is still needed — the shortest way first.
/// </summary>
internal sealed class OverviewAnswerer(BotKnowledge knowledge)
{
    private static readonly string[] Cues =
    [
        "哪些优惠", "哪些扶持", "哪些政策", "哪些好处", "哪些补贴", "哪些支持", "哪些福利", "什么优惠", "啥优惠", "啥好处", "什么好处", "有啥扶持", "有什么扶持", "哪些措施",
        "都有啥", "都有什么", "列一列", "列一下", "能享受什么", "能享受啥", "能拿什么", "能拿啥", "有啥政策", "有什么政策",
        // What the policy is about, asked as a whole: its benefits are what a shop owner wants from it.
        "能拿多少钱", "能领多少钱", "能拿多少", "能领多少", "能省多少", "省点钱的", "省钱的", "how much can i get", "how much money can i get",
        "主要内容", "主要讲", "讲了什么", "讲的什么", "讲了啥", "讲的啥", "说了什么", "说了啥", "讲些什么", "都讲了",
        "what is this policy about", "what is the policy about", "what does this policy say", "what does the policy say", "what does this policy cover", "what does the policy cover",
        "main points", "summary of the policy", "summarise the policy", "summarize the policy",
        "anything free", "anything going", "anything on offer", "any freebies", "what is free", "what's free", "什么是免费的", "哪些是免费的", "有啥免费的", "有什么免费的", "哪些免费",
        "list of benefits", "list of all", "full list", "all benefits", "every benefit", "what can i get", "what benefits", "which benefits", "which of the benefits", "which of the breaks", "which breaks", "what breaks", "which perks", "what perks", "which of these apply", "which ones apply", "what support", "what help can i get", "all the benefits", "list the benefits", "what am i entitled", "what can i claim", "what's in it for", "whats in it for", "anything in there for me", "anything in it for me", "anything in this for me", "anything there for me",
        // Whether the policy is any use to the asker, or which of it is the best: "这个政策跟我有啥关系", "最实惠的是哪条".
        "跟我有啥关系", "跟我有什么关系", "和我有啥关系", "和我有什么关系", "跟我有关系吗", "和我有关系吗", "对我有啥用", "对我有什么用", "最实惠", "最划算", "最有用",
        // Which of it the asker should take, or can use at all: "哪个对俺最实在，替俺拿个主意", "还有啥俺眼下能用上的".
        "最实在", "最合适", "最适合我", "最适合俺", "拿个主意", "拿主意", "能用上", "用得上", "能用得上",
        // "俺能沾上点啥光不": what good the policy does the asker.
        "沾上点啥光", "沾点啥光", "沾啥光", "沾上啥光", "沾什么光", "沾上点光", "沾点光", "能沾上啥", "能沾啥",
        "啥都能享受", "什么都能享受", "是不是都能享受", "都能享受吗", "全都能享受", "main idea", "in simple words", "in a nutshell", "the gist",
        "anything for me", "anything for us", "anything i can get", "anything we can get", "anything i can claim", "do i get anything", "can i get anything", "do we get anything", "can we get anything",
    ];

    // "有啥补贴", "有什么好政策", "有哪些帮扶措施", "what kind of help": a question word, then a word for benefits in
    // general; "能申请啥", "可以领什么": a verb of getting, then the question word; "能帮点啥": of helping.
    private static readonly Regex General = new(
        "(哪些|什么|啥|哪种|哪几种|哪几项)[好样的类种项些]{0,2}(优惠|扶持|政策|好处|补贴|补助|支持|福利|帮扶|帮助|照顾|措施|红利)"
        + "|(能|可以|可)(申请|享受|享有|拿|领|得到|获得|争取|办)(到|上)?点?(啥|什么|哪些|哪几样|哪几项|哪几个|哪几条|哪样)"
        // "政府能帮点啥", "能给帮上什么": what help there is.
        + "|(能|可以|会)(给)?(帮|帮忙|帮衬|扶持|扶|支持)(上|到)?(点|些|一下)?(啥|什么|哪些)"
        // "晋城的政策有啥", "优惠都有哪些": the word for benefits, then what there is of it.
        + "|(优惠|扶持|政策|好处|补贴|福利)(措施)?(都|还|一共|总共|主要)?(有啥|有什么|有哪些|有些啥|有些什么|包括啥|包括什么|包括哪些)"
        // "有什么能享受的", "有啥可以领的": the question word first.
        + "|(什么|啥|哪些)(优惠|政策|好处|补贴)?(是)?(我|我们)?(现在|目前)?还?(能|可以)(申请|享受|享有|拿|领|得到|获得)的?"
        + "|" + AnyForTheAskerPattern
        // "这文件里哪些对俺有用", "有啥对俺有用的": which of it is of use to the asker.
        + "|(哪些|哪几条|哪几项|哪条|哪项|啥|什么)(是)?(对|跟)(我|俺|我们|俺们|咱|咱们)(有用|管用|有好处|有帮助|有利)"
        // "anything in this policy for me??", "anything in it for us".
        + @"|\banything (in|from) (it|this|the|that)( policy| plan| document| scheme)? for (me|us|my \w+|our \w+)\b"
        // "is there anything we can still claim now?", "anything I could apply for".
        + @"|\banything (i|we) (can|could) (still )?(get|claim|have|apply for|benefit from)\b"
        + @"|\bwhat (kinds? of |sorts? of |other )?(help|support|benefits?|subsidies|assistance|relief|policies|incentives)\b"
        // "What is this document about?", "what does document No. 67 say?", "What is 晋市市监〔2022〕67号 about?": a document, as a whole.
        + @"|\bwhat(?:'s| is| does) (?:the |this |that )?(?:document|doc|notice|circular|plan|policy|file)?\s*(?:no\.?\s*|number\s*)?(?:\d+|\S*号)?\s*(?:about|say|cover)\b",
        RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "有没有优惠", "有补贴吗", "are there any subsidies": whether there is any. Alone, or beside facts about the asker, that asks for the overview; after
    // a topic ("水电费有没有优惠") it asks about the topic, and after something no clause covers ("装修有补贴吗") it is not
    // covered (see DefaultAnswerer).
    // "这个方案里还有俺能拿的好处不", "有我能享受的优惠吗": any the asker can have. It names no topic of its own.
    private const string AnyForTheAskerPattern = "有(我|俺|我们|俺们|咱|咱们)?(还)?(能|可以)(拿|领|享受|申请|得到|沾)(到)?的(优惠|扶持|好处|补贴|补助|福利|照顾|红利|减免|支持|帮扶|政策)";

    /// <summary>"有俺能拿的好处不": asking whether there is anything the asker can have, which names no topic.</summary>
    public static readonly Regex AnyForTheAsker = new(AnyForTheAskerPattern, RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static readonly Regex WhetherAny = new(
        "(有没有|有无)(什么|啥|点|些)?(额外|特别|专门|其他|别的|特殊)?的?(优惠|扶持|政策|好处|补贴|补助|支持|福利|帮扶|照顾|红利|减免)"
        // "有专门的扶持政策吗": a kind of benefit, then the word for a policy or measure.
        + "|有(什么|啥|点)?(额外|特别|专门|其他|别的|特殊)?的?(优惠|扶持|好处|补贴|补助|福利|照顾|红利|减免|支持|帮扶)(政策|措施)?(吗|不|没|么|嘛)"
        + @"|\b(are|is) there (any )?(subsid(y|ies)|benefits?|support|help|relief|incentives?|discounts?|preferential \w+)\b"
        // "any help with electricity?", "any support for loans": whether there is any, for a topic.
        + @"|\bany (help|support|subsid(y|ies)|benefits?|relief|discounts?|incentives?)( (with|for|on))?\b",
        RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static readonly char[] SentenceBreaks = ['。', '；', ';', '!', '！', '?', '？', '\n'];

    private static readonly char[] PartBreaks = ['，', ',', '。', '；', ';', '!', '！', '?', '？', '\n'];

    // A word for benefits in general sent alone ("补贴", "优惠政策", "benefits?"), or after the words for whom ("个体户政策",
    // "个体工商户扶持政策"), asks what there is.
    private static readonly HashSet<string> Bare = new(
        ["补贴", "补助", "优惠", "扶持", "福利", "好处", "红利", "政策", "相关政策", "有关政策", "优惠政策", "扶持政策", "补贴政策", "惠企政策", "benefits", "subsidies", "subsidy", "incentives", "support", "policies", "policy"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly string[] ForWhom = ["个体工商户的", "个体工商户", "个体户的", "个体户", "小微企业", "小店", "individual business ", "individual businesses ", "getihu "];

    public static bool Asks(string normalized) =>
        IntentClassifier.Contains(normalized, Cues, wholeWords: false) || General.IsMatch(normalized) || ScopeLexicon.AsksWhatTheyCanGet.IsMatch(normalized) || IsBare(normalized.Trim().TrimEnd('?', '？', '。', '.', '!', '！'));

    private static bool IsBare(string text) =>
        Bare.Contains(text) || ForWhom.Any(w => text.StartsWith(w, StringComparison.OrdinalIgnoreCase) && Bare.Contains(text[w.Length..].Trim()));

    public static bool AsksWhetherAny(string normalized) => WhetherAny.IsMatch(normalized);

    // "电费太贵了", "房租压力大", "rent is too high": a cost or burden complained of is what the asker wants help with.
    private static readonly Regex Complains = new(
        "太(贵|高|多|重|难)|贵(死|得很|得要命)|(负担|压力)(重|大|太)|(交|付|还)不起|吃不消|扛不住|受不了"
        + @"|\btoo (high|expensive|much|costly)\b|\bcan'?t afford\b|\bcannot afford\b",
        RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>
    /// The last part of the message that asks for benefits (<see cref="Asks"/>, <see cref="AsksWhetherAny"/>), with the
    /// parts that complain of a cost (<see cref="Complains"/>); the whole message when none asks.
    /// </summary>
    public static string AskingPart(string normalized)
    {
        var parts = normalized.Split(PartBreaks, StringSplitOptions.RemoveEmptyEntries);
        var last = Array.FindLastIndex(parts, part => Asks(part) || AsksWhetherAny(part));
        return last < 0 ? normalized : string.Join("，", parts.Take(last).Where(part => Complains.IsMatch(part)).Append(parts[last]));
    }

    /// <summary>
    /// The last part of the message that asks for benefits, when it is a sentence of its own after others ("…got my getihu
    /// licence last month. anything in this policy for me??"); null when the message asks in one part or not at all.
    /// </summary>
    public static string? AskingSentenceOfItsOwn(string normalized)
    {
        // An English full stop ends a sentence when a space follows it (not 1.5万); a comma does not ("今年想转公司，有什么好处"
        // asks what converting brings).
        var parts = normalized.Replace(". ", "。", StringComparison.Ordinal).Split(SentenceBreaks, StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToArray();
        var last = Array.FindLastIndex(parts, part => Asks(part) || AsksWhetherAny(part));
        return last > 0 ? parts[last] : null;
    }

    /// <summary>The message without its overview words: what is left may still name a topic ("贷款有什么优惠" is about loans).</summary>
    public static string WithoutCues(string normalized)
    {
        foreach (var cue in Cues)
        {
            normalized = normalized.Replace(cue, " ", StringComparison.Ordinal);
        }

        return WhetherAny.Replace(General.Replace(normalized, " "), " ");
    }

    public DefaultAnswer Answer(AnswerContext context)
    {
        var language = context.Language;
        var all = knowledge.Rules.Select(r => BotKnowledge.Evaluate(r, context.Facts, context.AsOf)).ToList();
        // Hundreds of policies: the reply lists the benefits of the few the asker can get most from.
        var best = all.GroupBy(v => v.Rule.DocumentId).ToDictionary(g => g.Key, g => -(double)g.Min(Order), StringComparer.Ordinal);
        var (policies, others) = PolicyShortlist.Choose(all.Select(v => v.Rule.DocumentId), new Dictionary<string, int>(), knowledge.Content, id => best.GetValueOrDefault(id));
        var verdicts = all.Where(v => others == 0 || policies.Contains(v.Rule.DocumentId))
            .OrderBy(Order).ThenBy(v => v.Missing.Count).ToList();
        var citations = BenefitCitations(verdicts, language);

        var eligible = verdicts.Count(v => v.Verdict == Verdict.Eligible);
        var needInfo = verdicts.Count(v => v.Verdict == Verdict.NeedInfo);
        var lines = new List<string> { Say(BotTexts.OverviewFirst, verdicts.Count, eligible, needInfo, BotTexts.FormatDate(context.AsOf, language)) };
        lines.AddRange(VerdictLines(verdicts, citations, language));
        if (PolicyShortlist.OthersLine(others, language) is { } othersLine)
        {
            lines.Add(othersLine);
        }

        return Finished(context, lines, citations, verdicts);

        string Say(LocalizedText format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format.In(language), args);
    }

    /// <summary>
    /// "你给俺总结下", "can you recap what I qualify for": what the conversation covered, in the order it came up. Each
    /// benefit has its status for the facts known now and the date the conversation is about; each measure answered without
    /// a verdict has its staff summary (or its best sentence), cited.
    /// </summary>
    public DefaultAnswer Recap(AnswerContext context, IReadOnlyList<string> discussed)
    {
        var language = context.Language;
        var verdicts = discussed.Where(id => !id.Contains('#', StringComparison.Ordinal)).Select(knowledge.Rule).OfType<Rule>()
            .Select(r => BotKnowledge.Evaluate(r, context.Facts, context.AsOf)).OrderBy(Order).ToList();
        var clauses = discussed.Where(id => id.Contains('#', StringComparison.Ordinal)).Where(id => !verdicts.Any(v => v.Rule.ClauseId == id)).ToList();
        var citations = BenefitCitations(verdicts, language);

        var lines = new List<string> { Say(BotTexts.RecapFirst, BotTexts.FormatDate(context.AsOf, language)) };
        lines.AddRange(VerdictLines(verdicts, citations, language));
        foreach (var clauseId in clauses)
        {
            if (knowledge.Clause(clauseId, language) is not { } clause)
            {
                continue;
            }

            // The summary where it still holds on the date the conversation is about; otherwise the sentence that best says
            // what the measure is about.
            var summary = knowledge.SummaryAsOf(clauseId, clause, language, context.AsOf)?.TrimEnd('。', '.', '；', ';', ' ');
            var focus = summary ?? clause.NameOrTitle;
            if (knowledge.Sentences.Best(clauseId, language, focus, focus) is not { } quote || knowledge.Cite(clauseId, language, quote) is not { } citation)
            {
                continue;
            }

            citations.Add(citation);
            lines.Add(Say(BotTexts.OverviewLine, clause.NameOrTitle, citations.Count, summary ?? Say(BotTexts.Quoted, quote), ""));
        }

        return Finished(context, lines, citations, verdicts);

        string Say(LocalizedText format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format.In(language), args);
    }

    /// <summary>
    /// One line per benefit with its status ("“免征增值税”[1]：执行至2022年12月31日，已结束"), numbered by the citation of its
    /// clause; the same benefit with the same status in several policies is one line citing each.
    /// </summary>
    private static List<string> VerdictLines(IReadOnlyList<RuleResult> verdicts, List<Citation> citations, string language)
    {
        var lines = new List<string>();
        var merged = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var verdict in verdicts)
        {
            var n = citations.FindIndex(c => c.Id == verdict.Rule.ClauseId) + 1;
            var status = verdict.Verdict switch
            {
                // "能享受到啥时候": a benefit available now that ends says until when.
                Verdict.Eligible when verdict.Rule.ValidUntil is { } until => BotTexts.OverviewAvailable.In(language) + BotTexts.ClauseSeparator.In(language) + Say(BotTexts.RunsUntil, BotTexts.FormatDate(until, language)),
                Verdict.Eligible => BotTexts.OverviewAvailable.In(language),
                Verdict.Expired => Say(BotTexts.EndedOn, BotTexts.FormatDate(verdict.Rule.ValidUntil!.Value, language)),
                _ => string.Join("", verdict.Reasons.Select(r => r.In(language))),
            };
            var benefit = verdict.Rule.Benefit.In(language);
            // The amount only where it adds to the benefit's name (not "免征增值税（免征增值税）").
            var amount = verdict.Verdict is Verdict.Eligible or Verdict.NeedInfo && verdict.Rule.Amount is { } a
                && !a.In(language).Contains(benefit, StringComparison.OrdinalIgnoreCase) && !benefit.Contains(a.In(language), StringComparison.OrdinalIgnoreCase)
                ? a.In(language) : null;
            var line = Say(BotTexts.OverviewLine, verdict.Rule.Benefit.In(language), Marker, status, amount is null ? "" : Say(BotTexts.OverviewAmount, amount));
            if (!merged.TryGetValue(line, out var numbers))
            {
                merged[line] = numbers = [];
                lines.Add(line);
            }

            if (!numbers.Contains(n))
            {
                numbers.Add(n);
            }
        }

        return [.. lines.Select(line => line.Replace(Marker, string.Join("][", merged[line]), StringComparison.Ordinal))];

        string Say(LocalizedText format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format.In(language), args);
    }

    /// <summary>Each clause of the benefits once, quoting the sentence that best says them.</summary>
    private List<Citation> BenefitCitations(IReadOnlyList<RuleResult> verdicts, string language)
    {
        var citations = new List<Citation>();
        foreach (var clauseId in verdicts.Select(v => v.Rule.ClauseId).Distinct())
        {
            var focus = string.Join(" ", verdicts.Where(v => v.Rule.ClauseId == clauseId).Select(v => v.Rule.Benefit.In(language)));
            if (knowledge.Sentences.Best(clauseId, language, focus, focus) is { } quote && knowledge.Cite(clauseId, language, quote) is { } citation)
            {
                citations.Add(citation);
            }
        }

        return citations;
    }

    /// <summary>The answer of the lines, with the checker's link for the facts known when there are verdicts to check.</summary>
    private DefaultAnswer Finished(AnswerContext context, List<string> lines, List<Citation> citations, IReadOnlyList<RuleResult> verdicts)
    {
        var language = context.Language;
        if (verdicts.Count > 0 && RelevantFacts(context) is { Count: > 0 } facts)
        {
            lines.Add(string.Format(CultureInfo.InvariantCulture, BotTexts.Checker.In(language), CheckerLink.Build(knowledge.Content.Site, language, knowledge.FactSchema, facts, context.AsOfGiven ? context.AsOf : null)));
        }

        var result = new BotResult
        {
            Language = language,
            InScope = true,
            Answer = string.Join("\n", lines),
            Citations = citations,
            Eligibility = verdicts.Select(v => DefaultAnswerer.ToResult(v, language)).ToList(),
        };
        return new DefaultAnswer(result, [], null, new Dictionary<string, string>());
    }

    /// <summary>Stands for a line's citation numbers until the lines of the same benefit are merged.</summary>
    private const string Marker = "\u0001";

    private static int Order(RuleResult verdict) => verdict.Verdict switch
    {
        Verdict.Eligible => 0,
        Verdict.NeedInfo => 1,
        Verdict.NotEligible => 2,
        _ => 3,
    };

    private static Dictionary<string, string> RelevantFacts(AnswerContext context) =>
        context.Facts.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
