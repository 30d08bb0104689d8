using Policy.Bot.Sessions;
using Policy.Bot.Understanding;
using Policy.Knowledge.Content;
using Policy.Knowledge.Rules;

namespace Policy.Bot.Answering;

/// <summary>
/// Reads a reply to the question the bot just asked: "是的", "no", "10万", "不知道". Only a message that answers it
/// continues the pending rules; anything else is a new question.
/// </summary>
internal static class PendingAnswer
{
    /// <remarks>A bare amount ("60万") answers too when the pending rules need exactly one amount, even if another fact was asked first.</remarks>
    public static bool Answers(IReadOnlyList<Rule> pendingRules, FactDefinition? pendingFact, ExtractedFacts extracted, string normalized, FactSchema facts)
    {
        if (pendingRules.Count == 0)
        {
            return false;
        }

        var needed = pendingRules.SelectMany(r => r.FactIds).ToHashSet(StringComparer.Ordinal);
        return extracted.Values.Keys.Any(needed.Contains)
            || extracted.WrongPeriod.Keys.Any(needed.Contains)
            || extracted.Straddled.Keys.Any(needed.Contains)
            || (pendingFact is { Type: FactType.Bool or FactType.Choice } && extracted.Affirmation is not null)
            || (pendingFact is { Type: FactType.Bool } && (EchoesYes(pendingFact, normalized) || EchoesNo(pendingFact, normalized)))
            || (pendingFact is { Type: FactType.Number } && extracted.UnassignedAmounts.Count > 0)
            || (extracted.UnassignedAmounts.Count == 1 && needed.Count(id => facts.Find(id)?.Type == FactType.Number) == 1)
            || (pendingFact is not null && FactExtractor.IsUnsure(normalized))
            || (pendingFact is { Type: FactType.Choice } && OptionPartlyNamed(pendingFact, normalized) is not null);
    }

    // "转了", "已经租了", "办过": a verb and 了 or 过 opening the reply, and nothing else in its first clause.
    private static readonly System.Text.RegularExpressions.Regex DoneVerb = new(
        @"^(已经|早就|早都|早)?(?<verb>\p{IsCJKUnifiedIdeographs}{1,2}?)(过了|了|过)[啊呀的呢嘛哩咧嘞啦哦哈]?(?:[，,。.!！;；\s]|$)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>
    /// Whether the reply says yes by saying the question's own verb was done: "转了" to "您已经…转型升级为企业（个转企）了吗？".
    /// A verb the question does not use ("换了") says nothing about it.
    /// </summary>
    public static bool EchoesYes(FactDefinition fact, string normalized) => EchoesVerb(DoneVerb, fact, normalized);

    // "没转", "还没转呢", "没有转": 没 (还没, 没有, 未) and a verb opening the reply, and nothing else in its first clause; "打算明年再转":
    // to be done later.
    private static readonly System.Text.RegularExpressions.Regex NotDoneVerb = new(
        @"^还?(没有|没|未)(?<verb>\p{IsCJKUnifiedIdeographs}{1,2}?)(过|完|成)?[啊呀的呢嘛哩咧嘞啦哦哈]?(?:[，,。.!！;；\s]|$)"
        + @"|^(打算|准备|计划|想|寻思)?(明年|后年|以后|过两年|过段时间|过一阵|年底|下半年|回头)再(?<verb>\p{IsCJKUnifiedIdeographs}{1,2}?)[啊呀的呢嘛哩咧嘞啦哦哈吧]?(?:[，,。.!！;；\s]|$)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>
    /// Whether the reply says no by saying the question's own verb was not done: "没转" to "您已经…转型升级为企业（个转企）了吗？".
    /// </summary>
    public static bool EchoesNo(FactDefinition fact, string normalized) => EchoesVerb(NotDoneVerb, fact, normalized);

    // Whether a clause of the reply opens with the pattern and its verb is the question's own ("俺还是个体户 没转呢").
    private static bool EchoesVerb(System.Text.RegularExpressions.Regex pattern, FactDefinition fact, string normalized) =>
        Negation.Clauses(normalized).Any(clause => pattern.Match(clause.TrimStart(' ', '，', ',')) is { Success: true } echo
            && fact.Question.Zh.Contains(echo.Groups["verb"].Value, StringComparison.Ordinal));

    // "上个月刚办的", "前几天才开的", "刚注册": when it was done, opening the reply, and a verb of registering or opening.
    private static readonly System.Text.RegularExpressions.Regex DoneLately = new(
        @"^(就|是)?(上个?月|这个?月|本月|上周|上礼拜|上星期|这周|这礼拜|这星期|前几天|前两天|昨天|前天|今天|今儿|(一|两|二|三|几|\d)(个)?(天|周|星期|礼拜|个月)前|刚刚|刚|才)(刚|才)?(办|开|注册|登记|领|拿|申请)(下来|完|好)?(的|了)?(执照|营业执照|照)?[啊呀的呢嘛哩咧嘞啦哦哈]?(?:[，,。.!！;；\s]|$)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "开了五年了", "好几年了", "2019年办的", "前年开的": a time long past, opening the reply.
    private static readonly System.Text.RegularExpressions.Regex DoneLongAgo = new(
        @"^(都|已经|早就|早)?((开|办|干|做)了)?(好几|十几|几|两|二|三|四|五|六|七|八|九|十|\d+)(多)?年(了|前)?|^(早就|早)(办|开|注册)|^(前年|(19|20)\d\d年)(就)?(办|开|注册|登记)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "got it two weeks ago", "yes, last month", "just last week", "registered it yesterday".
    private static readonly System.Text.RegularExpressions.Regex DoneLatelyInEnglish = new(
        @"^(yes|yeah|yep|yup|sure)?[\s,.!]*((i|we) )?((just|only|recently) )?((got|registered|opened|started|set up|did) (it|mine|ours|the licen[cs]e|my licen[cs]e|the shop|my shop) ?)?((just|only) )?(last (week|month)|this (week|month)|yesterday|today|recently|the other day|(a|one|two|three|four|five|six|a few|\d+) (days?|weeks?|months?) ago|(a|one|two|three|a few|\d+) (days?|weeks?) back)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "we've been open for 6 years", "opened in 2018", "years ago", "since 2015".
    private static readonly System.Text.RegularExpressions.Regex DoneLongAgoInEnglish = new(
        @"^(no|nope|nah)?[\s,.!]*((i|we)('ve| have)? )?(been (open|running|trading|in business) )?((got|registered|opened|started|set up) (it |mine |ours |the shop |my shop )?)?(for (\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|a few) years|in (19|20)\d\d|since (19|20)\d\d|(\d+|two|three|four|five|many|several|a few) years ago|years ago)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>
    /// The answer a reply gives a question about something recent ("您的个体工商户是新设立的吗？") by saying when it was done:
    /// "上个月刚办的" yes, "开了五年了" no; null when it says neither.
    /// </summary>
    public static string? WhenDone(FactDefinition fact, string normalized)
    {
        if (!fact.Recent)
        {
            return null;
        }

        var reply = normalized.TrimStart(' ', '，', ',');
        return DoneLately.IsMatch(reply) || DoneLatelyInEnglish.IsMatch(reply) ? "true" : DoneLongAgo.IsMatch(reply) || DoneLongAgoInEnglish.IsMatch(reply) ? "false" : null;
    }

    /// <summary>
    /// The option of a choice whose label or words hold the whole reply, when exactly one does: "small scale" answers
    /// "What kind of VAT taxpayer is your business?" with the small-scale option. Only as a reply: in a question,
    /// "a small scale shop" is no taxpayer status.
    /// </summary>
    public static string? OptionPartlyNamed(FactDefinition fact, string normalized)
    {
        // "small scale, around 90k a month": the reply's first clause names the option, the rest tells more.
        var first = normalized.TrimStart().Split(Negation.ClauseBreaks, 2)[0];
        return OptionHolding(fact, Letters(normalized)) ?? (first.Length < normalized.Trim().Length ? OptionHolding(fact, Letters(first)) : null);
    }

    private static string? OptionHolding(FactDefinition fact, string reply)
    {
        if (reply.Length < 2)
        {
            return null;
        }

        var named = fact.Options.Where(c => c.WordsZh.Concat(c.WordsEn).Append(c.Label.Zh).Append(c.Label.En).Any(w => Letters(TextNormalizer.Normalize(w)).Contains(reply, StringComparison.Ordinal))).ToList();
        return named.Count == 1 ? named[0].Value : null;
    }

    // A yes or no that is its reply's whole first clause: "是的，…", "对，…", "no, …".
    private static bool SaidAlone(string normalized)
    {
        var text = normalized.TrimStart(' ', '，', ',', '。', '.', '!', '！');
        var end = text.IndexOfAny(Negation.ClauseBreaks);
        return end > 0 && FactExtractor.IsOnlyAffirmation(text[..end]);
    }

    // The reply's words without punctuation, hyphens or spacing: "small-scale" and "small scale" are the same reply.
    private static string Letters(string text) => new([.. text.Where(char.IsLetterOrDigit)]);

    /// <summary>The value the reply gives the pending fact, when the message did not name it in the schema's words.</summary>
    public static string? ValueFor(FactDefinition fact, ExtractedFacts extracted, string normalized, string language)
    {
        switch (fact.Type)
        {
            case FactType.Choice when !extracted.Values.ContainsKey(fact.Id) && OptionPartlyNamed(fact, normalized) is { } option:
                return option;
            // "还没办执照呢 准备开个小超市": not registered yet answers whether the business is new with the case imagined
            // (FactExtractor), not with the "no" its 还没 would say.
            case FactType.Bool when fact.Recent && FactExtractor.SaysNotRegisteredYet(normalized):
                return null;
            // "不是国有的" answers the fact it names, not the one asked: a yes or no goes to the question only when the
            // reply names no other fact, or says it alone before facts that do not explain it ("是的，开饭店的，一年应纳税所得额
            // 七八十万"); "No, my landlord is a private person" and "yes, I just registered last week" explain their yes or no.
            case FactType.Bool when extracted.Affirmation is { } yes
                && (extracted.Values.Count == 0 || (SaidAlone(normalized) && !extracted.Values.Values.Contains(yes ? "true" : "false"))):
                return yes ? "true" : "false";
            // "还没转哩 俺在沁水开的农资店": the question's own verb, done or not, opening the reply answers it whatever else
            // the reply tells.
            case FactType.Bool when !extracted.Values.ContainsKey(fact.Id) && EchoesYes(fact, normalized):
                return "true";
            case FactType.Bool when !extracted.Values.ContainsKey(fact.Id) && EchoesNo(fact, normalized):
                return "false";
            case FactType.Number when extracted.UnassignedAmounts.Count > 0:
                var amount = extracted.UnassignedAmounts[0];
                return PeriodReader.ToFactPeriod(fact, amount.Value, amount.Period) is { } value ? FactExtractor.FormatNumber(value) : null;
            case FactType.Choice when extracted.Affirmation is { } yes && extracted.Values.Count == 0:
                // "您是增值税小规模纳税人吗？" — "是的" picks the option the question names; "不是" the other of two.
                var named = fact.Options.Where(c => NamedIn(fact.Question.In(language), c) || NamedIn(fact.Question.In(Languages.Other(language)), c)).ToList();
                if (named.Count != 1)
                {
                    return null;
                }

                if (yes)
                {
                    return named[0].Value;
                }

                var others = fact.Options.Where(c => c != named[0]).ToList();
                return others.Count == 1 ? others[0].Value : null;
            default:
                return null;
        }
    }

    private static bool NamedIn(string question, FactOption choice)
    {
        var text = TextNormalizer.Normalize(question);
        var words = choice.WordsZh.Concat(choice.WordsEn).Append(choice.Label.Zh).Append(choice.Label.En).Select(TextNormalizer.Normalize);
        return FactExtractor.FindWords(text, words).Any();
    }
}
