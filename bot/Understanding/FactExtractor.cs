using System.Globalization;
using Policy.Knowledge.Rules;

namespace Policy.Bot.Understanding;

/// <summary>An amount with the period it was given for (null when the message names none).</summary>
/// <param name="Approximate">Said as about so much ("15万左右", "大概15万", "around 150k"): the true figure may be a little either side.</param>
public sealed record Amount(decimal Value, string? Period, bool Approximate = false);

/// <summary>
/// What a message says about the facts: values recognised, facts merely mentioned, amounts not yet tied to a fact, and
/// amounts tied to a fact but given for a period the fact cannot be converted from (so the bot asks again).
/// </summary>
public sealed record ExtractedFacts(
    IReadOnlyDictionary<string, string> Values,
    IReadOnlySet<string> Mentioned,
    IReadOnlyList<Amount> UnassignedAmounts,
    bool? Affirmation)
{
    public IReadOnlyDictionary<string, string> WrongPeriod { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Number facts given several different figures in one message, not as a change over time ("月销售额14万到16万",
    /// "上个月卖了12万，这个月卖了18万", "淡季10万旺季20万"): every figure, in the fact's period, least first. The first is in
    /// <see cref="Values"/>; whether the others matter is for the rules to say (<c>BotKnowledge.WithoutStraddledFigures</c>).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<decimal>> Spreads { get; init; } = new Dictionary<string, IReadOnlyList<decimal>>();

    /// <summary>Number facts whose several figures the rules decide differently: not taken, and asked again saying why.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<decimal>> Straddled { get; init; } = new Dictionary<string, IReadOnlyList<decimal>>();

    /// <summary>
    /// Number facts given as about so much ("月销售额15万左右"), with the figure said: their <see cref="Spreads"/> run a little
    /// either side of it, so a figure at a rule's limit is asked again rather than taken as exact.
    /// </summary>
    public IReadOnlyDictionary<string, decimal> Approximate { get; init; } = new Dictionary<string, decimal>();

    /// <summary>
    /// A figure said as a change from the one already known ("要是多卖一块钱呢", "再少个两万呢", "what if I sold 1,000 more?"):
    /// the change, negative for less. The figure known is the session's; the message alone gives no value.
    /// </summary>
    public decimal? ChangedBy { get; init; }

    /// <summary>The yes/no facts the asker asks whether they count as ("我们是夫妻店，算个体户吗", "am I an individual business?").</summary>
    public IReadOnlySet<string> CountsAsked { get; init; } = new HashSet<string>();

    /// <summary>
    /// The yes/no facts the message imagines true without saying they are ("要是转成公司，有啥好处", "if I convert, what do I
    /// get"): still unknown, so nothing is granted, but the answer says what the case would bring instead of asking.
    /// </summary>
    public IReadOnlySet<string> Imagined { get; init; } = new HashSet<string>();
}

/// <summary>
/// Recognises facts with the fact schema's own words, in Chinese and English whatever the message's language:
/// a yes/no fact is true when one of its words appears (false when its clause denies it; a denial wins over a mention
/// elsewhere, which is usually about the policy: "听说新设立的刻章免费，我不是新开的"),
/// a choice takes the option whose words appear, and an amount goes to the number fact whose words stand nearest to it.
/// </summary>
public sealed partial class FactExtractor
{
    private readonly IReadOnlyList<FactDefinition> facts;

    public FactExtractor(IReadOnlyList<FactDefinition> facts)
    {
        // Words are normalised once here, the way messages are, so matching is a plain ordinal search.
        this.facts = facts.Select(f => f with
        {
            WordsZh = Normalized(f.WordsZh),
            WordsEn = Normalized(f.WordsEn),
            FalseWordsZh = Normalized(f.FalseWordsZh),
            FalseWordsEn = Normalized(f.FalseWordsEn),
            Options = f.Options.Select(c => c with { WordsZh = Normalized(c.WordsZh), WordsEn = Normalized(c.WordsEn) }).ToList(),
        }).ToList();
        englishWords = [.. this.facts.SelectMany(f => f.WordsEn.Concat(f.FalseWordsEn).Concat(f.Options.SelectMany(o => o.WordsEn))).Distinct(StringComparer.Ordinal)];
    }

    // The facts' English words: a shop's description that is part of one ("small scale", "getihu", "new") is kept.
    private readonly List<string> englishWords;

    private static List<string> Normalized(IEnumerable<string> words) =>
        words.Select(TextNormalizer.Normalize).Where(w => w.Length > 0).Distinct().OrderByDescending(w => w.Length).ToList();

    private static readonly string[] Yes = ["是的", "是", "对的", "对", "嗯", "有的", "当然", "没错", "确实", "yes", "yeah", "yep", "correct", "right", "sure", "i am", "i do", "true", "ok"];
    private static readonly string[] No = ["不是", "不对", "不", "否", "没有", "没", "无", "并不", "还没", "尚未", "还不是", "还在办", "正在办", "在办", "办着呢", "no", "nope", "not", "not yet", "i'm not", "i am not", "i don't", "i haven't", "false"];

    private static readonly char[] ClauseBreaks = ['，', ',', '。', '；', ';', '!', '！', '?', '？', '.', '、'];

    /// <summary>
    /// The facts with <see cref="FactDefinition.Recent"/> facts read from the date the message gives its registration: true
    /// when dated within <see cref="RecentMonths"/> months before <paramref name="asOf"/> ("个体执照是11月28号发下来的", asked in
    /// December), as "上个月刚领的执照" says it; not true when dated more
    /// than a year before <paramref name="asOf"/> ("I opened a shop in 2019" is no newly established business today):
    /// they stay mentioned, and the bot asks. Dated more than <see cref="LongEstablishedYears"/> years before ("执照是2016年
    /// 办的"), they are false, as "开了两年了" says, unless the message tells of a registration since.
    /// </summary>
    public ExtractedFacts WithRegistrationDated(ExtractedFacts extracted, string normalized, DateOnly asOf)
    {
        if (!facts.Any(f => f.Recent) || DateReader.EventDate(normalized, asOf) is not { } happened)
        {
            return extracted;
        }

        // "个体执照是11月28号发下来的", asked in December: dated within the last few months, as "上个月刚领的执照" says it.
        if (happened <= asOf && happened >= asOf.AddMonths(-RecentMonths))
        {
            var recent = new Dictionary<string, string>(extracted.Values, StringComparer.Ordinal);
            foreach (var fact in facts.Where(f => f.Recent && !recent.ContainsKey(f.Id)))
            {
                recent[fact.Id] = "true";
            }

            return extracted with { Values = recent };
        }

        if (happened >= asOf.AddYears(-1))
        {
            return extracted;
        }

        var values = new Dictionary<string, string>(extracted.Values, StringComparer.Ordinal);
        foreach (var fact in facts.Where(f => f.Recent))
        {
            // Not when the message tells of a registration since ("2021年就注销了，上周又重新办了一个").
            if (happened < asOf.AddYears(-LongEstablishedYears) && !RegisteredAgain().IsMatch(normalized))
            {
                values[fact.Id] = "false";
            }
            else if (values.GetValueOrDefault(fact.Id) == "true")
            {
                values.Remove(fact.Id);
            }
        }

        return extracted with { Values = values };
    }

    // "今年10月又单独办了个执照", "re-registered last month": a later registration the date does not cover.
    // "想重新刻一个" re-carves a seal, not the business; "新办户刻章免费那个" names the benefit.
    [System.Text.RegularExpressions.GeneratedRegex(@"又|重新(办|注册|登记|领|开|申请)|再办|新办(?!户)|另办|单独办|另外办|\b(again|another|re-?registered|new licen[cs]e|second licen[cs]e)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex RegisteredAgain();

    // How many years before the time asked about an event makes the business long established (as "开了两年了" does).
    private const int LongEstablishedYears = 2;

    // How many months before the time asked about a registration makes the business newly established (as "上个月刚办的" does).
    private const int RecentMonths = 3;

    public ExtractedFacts Extract(string normalized)
    {
        var whole = ExtractOnce(normalized);
        // "房东是私人 哦不对 我刚打电话问了中介 房子产权是区里国资公司的", "一般纳税人 不对 是小规模": a yes/no or a choice said
        // otherwise after the asker corrects themself is the one that holds (figures are corrected where they are read).
        if (Corrects.Matches(normalized).LastOrDefault() is { Index: > 0 } correction
            && ExtractOnce(normalized[(correction.Index + correction.Length)..]).Values is var after
            && after.Where(v => facts.First(f => f.Id == v.Key).Type is var type && type != FactType.Number
                && (whole.Values.TryGetValue(v.Key, out var before) ? before != v.Value : type == FactType.Choice)).ToList() is { Count: > 0 } corrected)
        {
            var values = new Dictionary<string, string>(whole.Values, StringComparer.Ordinal);
            foreach (var (id, value) in corrected)
            {
                values[id] = value;
            }

            return whole with { Values = values };
        }

        return whole;
    }

    private ExtractedFacts ExtractOnce(string normalized)
    {
        // "我是街道办的，辖区有个个体户…": where a staff member works is not whose premises are rented.
        normalized = TopicMention.WithoutStaffIntroduction(normalized);
        // "opened my noodle shop last week" says what "opened my shop" says: the kind of shop is no fact's word.
        // A description that is part of a fact's word ("a small scale shop", "my getihu shop") stays.
        var described = normalized;
        var factWordsSaid = new Lazy<List<(int Start, int Length)>>(() => [.. FindWords(described, englishWords, wholeMatches: true)]);
        normalized = KindOfShop().Replace(normalized, m => factWordsSaid.Value.Any(w => w.Start < m.Groups[2].Index + m.Groups[2].Length && m.Groups[2].Index < w.Start + w.Length)
            ? m.Value : m.Groups[1].Value + " " + m.Groups[3].Value);
        // "刚在泽州办的执照", "got our licence in zezhou last month": where it happened says nothing about when; without it
        // the words say what 刚办的执照 and "got my licence last month" say.
        // "last Tuesday" is a day of the last week or two: what "last week" says.
        normalized = LastWeekday().Replace(normalized, "last week");
        normalized = PlaceBetweenTimeAndDeed().Replace(normalized, "$1");
        normalized = PlaceBeforeTime().Replace(normalized, "");
        // "以前从来没被查过没被罚过": two denials run on; the second 没 opens a clause, it is no "…过没" question tag.
        normalized = DenialsRunOn().Replace(normalized, " ");
        // "我们是一般纳税人不是小规模", "俺是个体户不是公司": what is said, then what is denied; the 不是 is not the first one's.
        normalized = SaidThenDenied().Replace(normalized, "，");
        // "俺家那口子…不是公司是个体户": what is denied is the company, and the individual business is said.
        normalized = NotACompanyBut().Replace(normalized, "是");
        // "small scale 12w/mo vat?", "small scale here": the taxpayer's kind said alone; "a small scale shop" is the shop's size.
        normalized = SmallScaleAlone().Replace(normalized, "small-scale");
        // "taxable income comes to zero after costs": nought said in a word.
        normalized = ZeroInAWord().Replace(normalized, "${lead} 0");
        // "does the plan say anything about new business models?": a new way of doing business, not a business newly set up.
        normalized = NewWaysOfBusiness().Replace(normalized, "emerging business $1");
        // "俺也搞不清俺是个体户还是公司", "not sure if he registered as getihu or as a company": which of two the asker is
        // unsure of says neither.
        // The facts the two name are still what the message is about.
        var unsureOf = UnsureWhich().Matches(normalized).SelectMany(m => Extract(m.Groups["which"].Value).Mentioned).ToList();
        normalized = UnsureWhich().Replace(normalized, " ");
        // "个体营业执照" is the 个体执照 the facts' words name.
        normalized = normalized.Replace("个体营业执照", "个体执照", StringComparison.Ordinal);
        normalized = LicenceJustIssued().Replace(normalized, "刚$1的");
        // "个体执照 上礼拜拿的": the licence is an individual business's still.
        normalized = LicenceNamedFirstJustIssued().Replace(normalized, m => m.Value.StartsWith("个体", StringComparison.Ordinal) ? "刚办的个体执照" : "刚办的执照");
        // "俺前天刚把个体执照领下来": the licence got lately, said with 把.
        normalized = LicenceTakenLately().Replace(normalized, "刚办的执照");
        normalized = RegisteredLately().Replace(normalized, "刚办的执照 $1");
        normalized = OurLicence().Replace(normalized, "my $1");
        normalized = FinedBefore().Replace(normalized, "罚过款");
        // "今天才头回听说": the first time heard of, not a first offence.
        normalized = FirstHeardOf().Replace(normalized, "才$2");
        // "俺这是头一回 也不是啥大事": no big thing says it is minor; its 不是 denies nothing said before it.
        normalized = NoBigThing().Replace(normalized, "轻微");
        // "门面是跟俺二舅租的", "租的俺表哥家的房子", "跟村里老李家租的": a relative's, a friend's or a villager's premises are a
        // private landlord's.
        normalized = RelativesPremises().Replace(normalized, "租的是私人的");
        // "在焦化厂干了二十来年": years worked for an employer, not years the business has run.
        normalized = WorkedForAnEmployer().Replace(normalized, "$1工作过");
        // "打了五六年工", "上了十来年班": years of work for someone else, said with the work after the years.
        normalized = YearsOfWorkSplit().Replace(normalized, "工作过");
        normalized = AnotherLicence().Replace(normalized, "$1 another licence");
        // "Registered my noodle shop as a getihu last week": a registration dated lately, whatever the shop between.
        normalized = RegisteredShopLately().Replace(normalized, "just registered $1$2");
        // "Last week we finally got the business licence for our pizza place": a licence got lately.
        normalized = GotLicenceLately().Replace(normalized, "$0, just got my licence");
        // "I only registered as a getihu last month actually": registered lately, said of the asker.
        normalized = RegisteredAsLately().Replace(normalized, "just registered as a getihu");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var mentioned = new HashSet<string>(unsureOf, StringComparer.Ordinal);
        var wordSpans = new List<(FactDefinition Fact, int Start, int End)>();
        var countsAsked = new HashSet<string>(StringComparer.Ordinal);
        // Each fact imagined, with the start of the clause that imagines it.
        var imagined = new List<(string Fact, int ClauseStart)>();
        // "Registered a getihu in March 2022 selling snacks": the year of a month is no figure.
        var numbers = NumberParser.Find(normalized).Where(n => n.IsMoney || !YearOfAMonth(normalized, n)).ToList();
        var figures = FiguresForAFact(normalized, numbers);

        foreach (var fact in facts)
        {
            foreach (var (start, length) in FindWords(normalized, fact.WordsZh.Concat(fact.WordsEn), wholeMatches: true))
            {
                mentioned.Add(fact.Id);
                wordSpans.Add((fact, start, start + length));
                // "算不算个体户", "是不是新开的都能免费刻章": asked, neither said nor denied (the 不 of 算不算 denies nothing).
                if (fact.Type == FactType.Bool && TopicMention.AsksWhetherItCounts(normalized, start, start + length))
                {
                    countsAsked.Add(fact.Id);
                }
                else if (fact.Type == FactType.Bool && values.GetValueOrDefault(fact.Id) != "false")
                {
                    // A denial is a statement ("手续还没办完"); a how-to question only names its topic ("个转企要什么材料").
                    if (Negation.IsNegated(normalized, start, start + length) && !TopicMention.SupposesByIntent(normalized, start) && !TopicMention.NamesTheBenefit(normalized, start))
                    {
                        values[fact.Id] = "false";
                    }
                    else if (!TopicMention.OnlyNamesTopic(normalized, start, start + length, StatesAFigure(normalized, figures, start))
                        && !(fact.Event && TopicMention.OpensAQuestion(normalized, start, start + length))
                        && !(fact.Step && !TopicMention.ToldAsHappened(normalized, start, start + length)))
                    {
                        values[fact.Id] = "true";
                    }
                    else if (TopicMention.Imagines(normalized, start, start + length))
                    {
                        imagined.Add((fact.Id, Negation.ClauseOf(normalized, start, start + length).Start));
                    }
                }
            }

            // "租的是私人的房子": a word that says no by itself; it wins like a denial. Denied ("不是老店"), that word says
            // nothing either way.
            // "以前租的是私人的门面，今年搬进了国企的铺面": a no said of before gives way to a yes said of now.
            var noWords = FindWords(normalized, fact.FalseWordsZh.Concat(fact.FalseWordsEn), wholeMatches: true)
                .Where(w => !(SaidOfBefore(normalized, w.Start)
                    && wordSpans.Any(s => s.Fact.Id == fact.Id && s.Start > w.Start && SaidOfNow(normalized, s.Start)))).ToList();
            if (noWords.Count > 0)
            {
                mentioned.Add(fact.Id);
                // "去年没亮照被执法的说过一回…今年又因为同样的事被查到了": a no said plainly stands, though another word is denied (the
                // 没 of the licence not shown); the same word denied anywhere ("老店的刻章能免费吗？我们不是老店") says nothing.
                var denied = noWords.Where(w => Negation.IsNegated(normalized, w.Start, w.Start + w.Length)).Select(w => normalized.Substring(w.Start, w.Length)).ToHashSet(StringComparer.Ordinal);
                // "俺还是个体户，想转成有限公司，转了以后政府给啥好处": not yet, and the case asked is the one imagined ("等公司执照
                // 下来了" imagines the no itself).
                var notYetBesideImagined = imagined.Any(i => i.Fact == fact.Id)
                    && noWords.All(w => !imagined.Contains((fact.Id, Negation.ClauseOf(normalized, w.Start, w.Start + w.Length).Start)));
                if (!notYetBesideImagined && noWords.Where(w => !denied.Contains(normalized.Substring(w.Start, w.Length)))
                    .Any(w => !TopicMention.OnlyNamesTopic(normalized, w.Start, w.Start + w.Length) || TopicMention.Supposes(normalized, w.Start, w.Start + w.Length)
                        || TopicMention.SaidOfAThirdPerson(normalized, w.Start, w.Start + w.Length)))
                {
                    values[fact.Id] = "false";
                }
            }

            if (fact.Type == FactType.Choice && ChooseOption(normalized, fact) is { } option)
            {
                mentioned.Add(fact.Id);
                // "一般纳税人是什么意思", "是不是只有小规模纳税人才免": an option only named, as a yes/no fact's word can be.
                if (!option.OnlyNamed)
                {
                    values[fact.Id] = option.Value;
                }
            }
        }

        // "准备办个体执照 刻章要花钱不": a kind of a fact said to hold (registering a new individual business) is not denied by
        // the plan's "not one yet" of the fact it is a kind of; that one is left to be asked.
        if (RegistersSoon().IsMatch(normalized))
        {
            foreach (var fact in facts.Where(f => f.Of is { } of && values.GetValueOrDefault(f.Id) == "true" && values.GetValueOrDefault(of) == "false"))
            {
                values.Remove(fact.Of!);
            }
        }

        // "个转企那个…补的一千二…？俺打算明年再转成公司", "thinking of doing ge zhuan qi, turning my getihu into a youxian gongsi":
        // something done that a plan in the same message says is still to come is the case imagined, unless a word of it is
        // said done ("已经转了", "converted last year").
        foreach (var fact in facts.Where(f => f.Event && values.GetValueOrDefault(f.Id) == "true"))
        {
            var spans = wordSpans.Where(s => s.Fact.Id == fact.Id).ToList();
            if (spans.Any(s => TopicMention.IntendedInClause(normalized, s.Start)) && !spans.Any(s => TopicMention.SaidDone(normalized, s.Start, s.End)))
            {
                values.Remove(fact.Id);
                imagined.Add((fact.Id, Negation.ClauseOf(normalized, spans[0].Start, spans[0].End).Start));
            }
        }

        // "执照还没下来，刻章能免费吗", "还没办执照呢 准备开个小超市": not registered yet is no "no" to whether the business is new;
        // it is the case once registered, imagined (what it would grant is said, nothing is granted).
        if (NotRegisteredYet().Match(normalized) is { Success: true } notYet)
        {
            // Imagined, not named: what the message asks about still chooses the provisions ("执照还没办 想先贷点款" is about loans).
            foreach (var fact in facts.Where(f => f.Recent && !values.ContainsKey(f.Id)))
            {
                imagined.Add((fact.Id, Negation.ClauseOf(normalized, notYet.Index, notYet.Index + notYet.Length).Start));
            }
        }

        var unassigned = new List<Amount>();
        var unassignedAt = new List<(Amount Amount, int Start)>();
        var wrongPeriod = new Dictionary<string, string>(StringComparer.Ordinal);
        var given = new Dictionary<string, List<(decimal Value, int Start)>>(StringComparer.Ordinal);
        var saidOfNow = new List<(Amount Amount, int Start)>();
        var approximate = new Dictionary<string, decimal>(StringComparer.Ordinal);
        decimal? changedBy = null;
        foreach (var number in numbers)
        {
            var owner = NearestNumberFact(normalized, number, wordSpans);
            var period = PeriodReader.Find(normalized, number.Start, number.End);
            // "要是多卖一块钱呢": more or less than the figure known, not a figure of its own.
            if (owner is null && changedBy is null && (MoreOrLessBefore().Match(normalized[..number.Start]) is { Success: true } more ? more.Groups["less"].Success ? -1 : 1
                    : MoreOrLessAfter().Match(normalized[number.End..]) is { Success: true } moreAfter ? moreAfter.Groups["less"].Success ? -1 : 1 : 0) is var sign and not 0)
            {
                changedBy = sign * number.Value;
                continue;
            }

            // "上个月是十六万二 不是十四万", "I meant 100k, not 160k": a figure said not to be the one is no figure of the asker's.
            if (TopicMention.SaidOfOthers(normalized, number.Start) || TopicMention.IsThePolicysFigure(normalized, number.Start, number.End) || ADifference().IsMatch(normalized[..number.Start])
                || DeniedFigure().IsMatch(normalized[..number.Start]))
            {
                // "听说月销售额20万以下免增值税", "我记得文件写的是20万", "我朋友一个月卖20万": a figure of the policy or of
                // someone else, not the asker's.
                continue;
            }

            // "about 1.3 million yuan. Since that's over 1 million, …", "一百二十万 是不是超了一百万就没份了": the asker's figure
            // compared with the policy's, not a second figure of theirs.
            if (ComparedWith().IsMatch(normalized[Math.Max(0, number.Start - 12)..number.Start])
                && (owner is not null && given.TryGetValue(owner.Id, out var earlier) ? earlier.Select(e => e.Value) : unassigned.Select(u => u.Value).Concat(given.Values.SelectMany(g => g.Select(e => e.Value)))).Any(v => v > number.Value))
            {
                continue;
            }

            if (owner is not null)
            {
                // A figure is never silently read as another period: it is converted as the fact says, or asked again.
                if (PeriodReader.ToFactPeriod(owner, number.Value, period) is { } inPeriod)
                {
                    values.TryAdd(owner.Id, FormatNumber(inPeriod));
                    var list = given.TryGetValue(owner.Id, out var known) ? known : given[owner.Id] = [];
                    list.Add((inPeriod, number.Start));
                    // "月销售额15万左右": a little either side of it too, for the rules to decide alike or not.
                    if (IsApproximate(normalized, number) && !approximate.ContainsKey(owner.Id))
                    {
                        approximate[owner.Id] = inPeriod;
                        list.Add((inPeriod * (1 - ApproximateShare), number.Start));
                        list.Add((inPeriod * (1 + ApproximateShare), number.Start));
                    }
                }
                else
                {
                    wrongPeriod.TryAdd(owner.Id, period!);
                }
            }
            // "150k. wait no, it was 150500": a figure said after a correction is the corrected one's, with or without its unit.
            else if (number.IsMoney || IsWholeMessage(normalized, number) || (period is not null && number.Value >= MinAmountForAPeriod)
                || (number.Value >= MinAmountForAPeriod && Corrects.Match(normalized) is { Success: true } correctionBefore && correctionBefore.Index < number.Start))
            {
                if (FigureOfNow(normalized, number.Start))
                {
                    saidOfNow.Add((new Amount(number.Value, period), number.Start));
                }

                // A figure with a money word, a figure sent alone ("145000", the reply to "what are your monthly sales?"), or a
                // figure for a period ("150000 a month"; not "twice a month").
                unassigned.Add(new Amount(number.Value, period, IsApproximate(normalized, number)));
                unassignedAt.Add((unassigned[^1], number.Start));
            }
        }

        // "我开了两个月了，算新设立吗", "第一次被查到，算轻微吗": the asker doubts the yes another word of theirs would say; what
        // is asked wins, and the rule's note says who decides. A no stays ("开了七八年了，还算新设立吗"): doubt grants nothing.
        foreach (var asked in countsAsked.Where(f => values.GetValueOrDefault(f) == "true"))
        {
            values.Remove(asked);
        }

        // "以前一个月卖20万，现在也就10万了": a figure said of now, after one said of before, is the fact's figure now.
        if (saidOfNow.Count == 1 && given.Count == 1 && given.Single() is var (factId, before) && before.All(f => FigureOfBefore(normalized, f.Start) && f.Start < saidOfNow[0].Start)
            && facts.First(f => f.Id == factId) is var changed && PeriodReader.ToFactPeriod(changed, saidOfNow[0].Amount.Value, saidOfNow[0].Amount.Period) is { } current)
        {
            values[factId] = FormatNumber(current);
            given.Remove(factId);
            unassigned.Remove(saidOfNow[0].Amount);
        }

        // "一个月能卖十二万，哦不对说错了，是二十一万", "160k yuan. sorry typo, I meant 106k": a figure of no fact of its own, said
        // after a correction, corrects the one fact given a figure before it.
        if (given.Count == 1 && given.Single() is var (correctedId, said) && Corrects.Match(normalized) is { Success: true } correcting
            && said.All(f => f.Start < correcting.Index) && unassignedAt.LastOrDefault(u => u.Start > correcting.Index) is { Amount: not null } saidAfter
            && PeriodReader.ToFactPeriod(facts.First(f => f.Id == correctedId), saidAfter.Amount.Value, saidAfter.Amount.Period) is { } correctedFigure)
        {
            values[correctedId] = FormatNumber(correctedFigure);
            given.Remove(correctedId);
            unassigned.Remove(saidAfter.Amount);
        }

        // "一个月大概卖十四五万 哦不对…上个月是十五万二千": figures of no fact of their own on both sides of a correction; those
        // said before it are taken back.
        if (given.Count == 0 && Corrects.Match(normalized) is { Success: true } takenBack
            && unassignedAt.Any(u => u.Start < takenBack.Index) && unassignedAt.Any(u => u.Start > takenBack.Index))
        {
            foreach (var (amount, _) in unassignedAt.Where(u => u.Start < takenBack.Index))
            {
                unassigned.Remove(amount);
            }
        }

        var spreads = new Dictionary<string, IReadOnlyList<decimal>>(StringComparer.Ordinal);
        foreach (var (id, figuresGiven) in given.Where(g => g.Value.Select(f => f.Value).Distinct().Count() > 1))
        {
            // "以前一个月卖20万，现在也就10万": a change over time; what holds now is the figure.
            var now = figuresGiven.Where(f => FigureOfNow(normalized, f.Start)).ToList();
            // "上个月卖了16万，这个月卖了14万，这个月的增值税能免吗": the figure of the month asked about.
            var monthAsked = Months.FirstOrDefault(m => LastClause(normalized).Contains(m, StringComparison.Ordinal));
            var ofMonthAsked = monthAsked is null ? [] : figuresGiven.Where(f => ClauseBefore(normalized, f.Start).Contains(monthAsked, StringComparison.Ordinal)).ToList();
            if (now.Count == 1 && figuresGiven.Any(f => FigureOfBefore(normalized, f.Start)))
            {
                values[id] = FormatNumber(now[0].Value);
            }
            else if (ofMonthAsked.Count == 1)
            {
                values[id] = FormatNumber(ofMonthAsked[0].Value);
            }
            else if (Corrects.Match(normalized) is { Success: true } correction)
            {
                // "一个月能卖十二万，哦不对说错了，是二十一万", "160k, sorry typo, I meant 106k": the figure said after the correction.
                var afterIt = figuresGiven.Where(f => f.Start > correction.Index).ToList();
                if (afterIt.Count > 0)
                {
                    var last = afterIt.Max(f => f.Start);
                    values[id] = FormatNumber(afterIt.First(f => f.Start == last).Value);
                }
            }
            else
            {
                spreads[id] = [.. figuresGiven.Select(f => f.Value).Distinct().Order()];
            }
        }

        return new ExtractedFacts(values, mentioned, unassigned, ReadAffirmation(normalized)) { WrongPeriod = wrongPeriod, CountsAsked = countsAsked, Spreads = spreads, Approximate = approximate, Imagined = imagined.Select(i => i.Fact).Where(f => !values.ContainsKey(f)).ToHashSet(StringComparer.Ordinal), ChangedBy = values.Count == 0 ? changedBy : null };
    }

    // "要是多卖一块钱呢", "再少个两万", "多挣个五千": the figure known, changed by so much (not "多了", said of a figure in the same message;
    // nor the 多 of 差不多 or the 少 of 至少: "每个月差不多卖十三万" is a figure of its own).
    [System.Text.RegularExpressions.GeneratedRegex(@"(要是|如果|假如|万一|再)?(?<!差不|至|最|不)((?<more>多)|(?<less>少))(卖|赚|挣|收|进|出|个|卖了|赚了|挣了)个?\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex MoreOrLessBefore();

    // "what if I sold 1,000 more", "1万 less": so much more or less than the figure known.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(yuan|rmb|kuai)?\s*((?<more>more)|(?<less>less|fewer))\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex MoreOrLessAfter();

    // "十五万零一块，就多了一块钱", "就多那么三百块", "差一万块钱的事": by how much it is over or under, not a figure of its own.
    [System.Text.RegularExpressions.GeneratedRegex(@"(多了|多出|多出了|超了|超出|超出了|超过了|差了|只差|就差|(?<!相|偏|误)差|少了|多那|就多|多这|超那|\bover by|\bunder by|\bshort by)(那么|这么|那|这)?几?\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex ADifference();

    // How far either side of a figure said as about so much the true one may be, for deciding: "15万左右" may be either side
    // of the 15万 limit, "14.8w左右" is taken as under it (said so, <see cref="NearShare"/>).
    internal const decimal ApproximateShare = 0.01m;

    // How near a limit a figure said as about so much is close enough to say that the exact figure decides.
    internal const decimal NearShare = 0.05m;

    // About so much: "15万左右", "15万上下", "大概15万", "差不多有15万", "around 150k", "roughly 150,000".
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(左右|上下|or so)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex AboutAfter();

    [System.Text.RegularExpressions.GeneratedRegex(@"(大概|大约|差不多|约莫|估计|约|\babout|\baround|\broughly|\bapproximately|\bapprox\.?)(是|有|在|能有|能到)?\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex AboutBefore();

    private static bool IsApproximate(string text, NumberMention number) =>
        AboutAfter().IsMatch(text[number.End..]) || AboutBefore().IsMatch(text[..number.Start]);

    /// <summary>Saying the last figure was wrong: "说错了", "不对", "I meant" (a correction, not several figures).</summary>
    public static readonly System.Text.RegularExpressions.Regex Corrects = new(
        @"说错|说岔|记岔|记混|搞错|弄错|写错|打错|记错|算错|看错|听错|看串|看岔|不对|更正|纠正|忘说了|忘了说|忘记说|刚才没说|补充一下|\bi meant\b|\bi mean,? (it'?s |it was |about |around )?\d|\btypo\b|\bcorrection\b|\bsorry,? (it'?s|it was|i mean)\b|\bmy mistake\b|\bforgot to (say|mention|tell)\b|\bmisremembered\b|\bi misspoke\b|\bi mixed (it|them) up\b|\bactually it (was|is)\b|\bi (got|had) (it|that) wrong\b|\bgot that wrong\b|\bi was wrong\b|\bscratch that\b|\bwait,? (no|actually)\b|\bsorry,? no\b|\bno,? actually\b|\bsorry,? actually\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // Words that put a figure now or before, in its clause before it.
    private static readonly string[] NowWords = ["现在", "目前", "如今", "眼下", "最近", "这阵子", "今年", "this year", "now", "currently", "these days", "nowadays"];
    private static readonly string[] BeforeWords = ["以前", "原来", "之前", "过去", "从前", "以往", "那时", "前几年", "疫情前", "used to", "before", "previously"];

    private static bool SaidOfNow(string normalized, int start) => ClauseBefore(normalized, start) is var clause && NowWords.Any(w => clause.Contains(w, StringComparison.Ordinal));

    private static bool SaidOfBefore(string normalized, int start) => ClauseBefore(normalized, start) is var clause && BeforeWords.Any(w => clause.Contains(w, StringComparison.Ordinal));

    // A figure of before, or of a year or months gone: "去年一个月也就卖个十来万，今年一个月十三四万" is 13–14万 now, "前几个月
    // 每月也就卖个八九万，这个月冲到14万了" is 14万.
    private static bool FigureOfBefore(string normalized, int start) =>
        SaidOfBefore(normalized, start) || (ClauseBefore(normalized, start) is var clause && YearsGone.Any(w => clause.Contains(w, StringComparison.Ordinal)));

    private static readonly string[] YearsGone = ["去年", "前年", "前几个月", "前两个月", "前些日子", "last year"];

    // A figure of now, or of this month ("这个月冲到14万了").
    private static bool FigureOfNow(string normalized, int start) =>
        SaidOfNow(normalized, start) || (ClauseBefore(normalized, start) is var clause && ThisMonth.Any(m => clause.Contains(m, StringComparison.Ordinal)));

    private static readonly string[] ThisMonth = ["这个月", "本月", "this month"];

    // Months named as the one a figure is for, and asked about.
    private static readonly string[] Months = ["这个月", "本月", "上个月", "上月", "下个月", "this month", "last month", "next month"];

    /// <summary>The message's last clause with words in it: what it ends by asking.</summary>
    private static string LastClause(string normalized) =>
        normalized.Split(ClauseBreaks, StringSplitOptions.RemoveEmptyEntries).LastOrDefault(p => p.Any(char.IsLetter)) ?? "";

    /// <summary>The text of a figure's clause before it.</summary>
    private static string ClauseBefore(string normalized, int start)
    {
        var from = normalized.LastIndexOfAny(ClauseBreaks, Math.Max(0, start - 1)) + 1;
        return normalized[from..start];
    }

    // Words that compare with the figure after them: "over 1 million", "超了一百万".
    [System.Text.RegularExpressions.GeneratedRegex(@"(\b(over|above|more than|exceeds?|beyond|past)\s*$)|(超了|超过了?|过了|高于|大于|多于)\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex ComparedWith();

    // Below this, a figure for a period is more likely a count ("3 times a month") than an amount of money.
    private const decimal MinAmountForAPeriod = 100;

    /// <summary>Whether the number is all the message says, but for spaces and punctuation.</summary>
    private static bool IsWholeMessage(string normalized, NumberMention number) =>
        (!normalized[..number.Start].Any(char.IsLetterOrDigit) || FigureAskedAbout().IsMatch(normalized[..number.Start]))
        && (!normalized[number.End..].Any(char.IsLetterOrDigit) || FigureAskedAboutAfter().IsMatch(normalized[number.End..]));

    // A figure asked about by itself: "and 152,000?", "and if it goes up to 152,000 next month?", "那要是15万2呢".
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(and|so|ok|okay|but)?\s*(what about|how about|what if|if)?\s*(it|sales|that|i|we)?\s*('s|is|are|was|were|goes up to|go up to|goes down to|drops to|rises to|comes to|hits|reaches|sell|sold|make|made|do|did)?\s*(exactly|just|only|about|around)?\s*$|^\s*(那|那要是|要是|如果|那如果|假如|那假如|假设|那假设|比如|那比如)?(卖|卖了|卖到|涨到|到|降到|是)?(正好|刚好|恰好|整整)?\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex FigureAskedAbout();

    // "…呢", "那假如正好150000整，一分不多呢": the figure exact, asked about by itself.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(yuan|rmb|元|块)?\s*(整)?[，,\s]*(一分不多|一分不少|一分钱不多|一分钱不少)?\s*(next month|this month|then|instead|a month|呢|吗|的话|的话呢)?\s*[?？.。!！]*\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex FigureAskedAboutAfter();

    public static string FormatNumber(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A plain yes or no at the start of a reply ("是的，月销售额10万"), answering the question just asked.</summary>
    public static bool? ReadAffirmation(string normalized)
    {
        var text = normalized.TrimStart(' ', '，', ',', '。', '.', '!', '！');
        // A one-character word must stand alone (是，… but not 是否…); an English word must end where the word ends.
        bool StartsWith(string word) =>
            text.StartsWith(word, StringComparison.Ordinal)
            && (text.Length == word.Length
                || (word.Length == 1 && LanguageDetector.IsHan(word[0]) ? !LanguageDetector.IsHan(text[1]) && !char.IsAsciiLetterOrDigit(text[1])
                    : !char.IsAsciiLetter(word[^1]) || !char.IsAsciiLetter(text[word.Length])));

        // "不对不对，我看串行了，是180万": a figure said wrong, corrected, is no "no" to the question asked.
        if (No.Any(StartsWith) && !text.StartsWith("不知道", StringComparison.Ordinal) && !text.StartsWith("不清楚", StringComparison.Ordinal) && !text.StartsWith("不确定", StringComparison.Ordinal)
            && !(text.StartsWith("不对", StringComparison.Ordinal) && NumberParser.Find(text).Any()))
        {
            return false;
        }

        return Yes.Any(StartsWith) ? true : null;
    }

    /// <summary>Whether the text is nothing but a plain yes or no ("是的", "对", "嗯", "nope"), but for a particle after it.</summary>
    public static bool IsOnlyAffirmation(string text)
    {
        var word = text.Trim().TrimEnd('啊', '呀', '呢', '嘛', '吧', '哩', '咧', '嘞', '啦', '哦', '哈', '!', '！', ' ');
        return Yes.Contains(word) || No.Contains(word);
    }

    /// <summary>"Not sure" in either language: the fact stays unknown and is not asked again.</summary>
    public static bool IsUnsure(string normalized) =>
        new[] { "不知道", "不清楚", "不确定", "不太清楚", "说不准", "说不好", "不好说", "记不清", "记不得", "not sure", "don't know", "dont know", "no idea", "unsure", "i'm not certain", "can't remember", "don't remember" }
            .Any(normalized.Contains);

    private static (string Value, bool OnlyNamed)? ChooseOption(string text, FactDefinition fact)
    {
        // The longest matching word wins so 小规模纳税人 is not mistaken for the bare 纳税人 of another option.
        var found = fact.Options
            .SelectMany(choice => FindWords(text, choice.WordsZh.Concat(choice.WordsEn)).Select(m => (choice, m.Start, m.Length)))
            .OrderByDescending(m => m.Length)
            .ToList();
        if (found.Count == 0)
        {
            return null;
        }

        var best = found[0];
        // "I'm not sure if I'm small-scale", "不确定是不是小规模": the doubt's "not" denies nothing, and nothing is said.
        var (clauseStart, _) = Negation.ClauseOf(text, best.Start, best.Start + best.Length);
        if (IsUnsure(text[clauseStart..best.Start]))
        {
            return (best.choice.Value, true);
        }

        if (Negation.IsNegated(text, best.Start, best.Start + best.Length))
        {
            // "不是一般纳税人" with two options means the other one.
            var others = fact.Options.Where(c => c != best.choice).ToList();
            var other = others.Count == 1 && !found.Any(f => f.choice == others[0]) ? others[0].Value : found.Skip(1).FirstOrDefault(f => f.choice != best.choice).choice?.Value;
            return other is null ? null : (other, false);
        }

        // "I'm not sure if I'm small-scale or general", "小规模还是一般纳税人": two options named, neither denied, say neither.
        var bothNamed = found.Any(f => f.choice != best.choice && !Negation.IsNegated(text, f.Start, f.Start + f.Length));
        // "我自己是一般纳税人…我表哥跟我不一样，他是小规模…他能免增值税不": asked of someone else, the option said of them.
        if (bothNamed && AskedOfSomeoneElse().IsMatch(text)
            && found.Where(f => SaidOfSomeoneElse(text, f.Start) && !Negation.IsNegated(text, f.Start, f.Start + f.Length)).Select(f => f.choice).Distinct().ToList() is [var theirs])
        {
            return (theirs.Value, false);
        }

        // "My friend says small-scale taxpayers pay no VAT. I'm a getihu, small-scale, …": the option is the asker's where it
        // is said of them, though it is only named, longer, where it is said of others.
        // "个体户，小规模纳税人，都有啥优惠能享受": an option said as a clause of its own, in a list of what the asker is, is theirs.
        var clause = Negation.ClauseOf(text, best.Start, best.Start + best.Length);
        var saidAlone = ListedAlone().IsMatch(text[clause.Start..clause.End]) && clause.Start > 0;
        var onlyNamed = bothNamed || (!saidAlone && TopicMention.OnlyNamesTopic(text, best.Start, best.Start + best.Length)
            && !found.Any(f => f.choice == best.choice && f.Start != best.Start && !Negation.IsNegated(text, f.Start, f.Start + f.Length) && !TopicMention.OnlyNamesTopic(text, f.Start, f.Start + f.Length)));
        return (best.choice.Value, onlyNamed);
    }

    // A clause that is only a kind of taxpayer, perhaps with whose and 是 or 的: "，小规模纳税人，", "客户 他是小规模".
    [System.Text.RegularExpressions.GeneratedRegex(@"^[\s，,、]*((他|她|我|俺|咱)(家|们)?(也|都)?)?(是|属于)?(增值税)?(小规模|一般)(纳税人)?(的)?[\s，,、]*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex ListedAlone();

    /// <summary>Whether the person named last in the clause before <paramref name="at"/> is someone other than the asker ("他是小规模", "我表哥是小规模").</summary>
    private static bool SaidOfSomeoneElse(string text, int at)
    {
        var (clauseStart, _) = Negation.ClauseOf(text, at, at);
        var people = Person().Matches(text[clauseStart..at]);
        return people.Count > 0 && people[^1].Groups["other"].Success;
    }

    // Who a clause is about: the asker, or someone else (a pronoun or a relative).
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<other>他|她|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|哥哥|姐姐|弟弟|妹妹|爸|妈|老公|老婆|媳妇|朋友|亲戚|舅|姨|叔|婶|姑|\b(he|she|his|her)\b)|(?<self>我|俺|咱|\b(i|my)\b)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex Person();

    // Asked of someone else: "他能免增值税不", "can she get it".
    [System.Text.RegularExpressions.GeneratedRegex(@"(他|她)(家|们)?(能|可以|能不能|可不可以|符合|算|享受|免)|\b(can|could|does|is) (he|she)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex AskedOfSomeoneElse();

    // "taxable business income for 2022 comes to zero": a year said with "for", "in", "during"… is the period, not a figure.
    private static bool YearOfAMonth(string text, NumberMention number) =>
        number.End - number.Start == 4 && number.Value is >= 1980 and <= 2100
        && (MonthBefore().IsMatch(text[Math.Max(0, number.Start - 20)..number.Start]) || YearWordBefore().IsMatch(text[Math.Max(0, number.Start - 12)..number.Start]));

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(for|in|during|of|since|until|till|through|by|year|fy)\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex YearWordBefore();

    // "in March 2022", "on 5 March, 2022", "march 5th 2022": a month named in English, then its year.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s*(\d{1,2}(st|nd|rd|th)?)?\s*,?\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex MonthBefore();

    /// <summary>The figures the message gives for a number fact ("年应纳税所得额200万"): where each stands.</summary>
    private List<NumberMention> FiguresForAFact(string normalized, IReadOnlyList<NumberMention> numbers)
    {
        var numberWords = facts.Where(f => f.Type == FactType.Number)
            .SelectMany(f => FindWords(normalized, f.WordsZh.Concat(f.WordsEn), wholeMatches: true).Select(w => (Fact: f, w.Start, End: w.Start + w.Length)))
            .ToList();
        return numberWords.Count == 0 || numbers.Count == 0 ? [] : [.. numbers.Where(n => NearestNumberFact(normalized, n, numberWords) is not null)];
    }

    /// <summary>Whether the clause of the word at <paramref name="start"/> gives a figure for a number fact: the asker's own situation.</summary>
    private static bool StatesAFigure(string normalized, List<NumberMention> figures, int start)
    {
        var (clauseStart, clauseEnd) = Negation.ClauseOf(normalized, start, start);
        return figures.Any(f => f.Start >= clauseStart && f.End <= clauseEnd);
    }

    private static FactDefinition? NearestNumberFact(string text, NumberMention number, List<(FactDefinition Fact, int Start, int End)> spans)
    {
        FactDefinition? best = null;
        var bestDistance = int.MaxValue;
        var bestInEnglish = false;
        foreach (var (fact, start, end) in spans)
        {
            if (fact.Type != FactType.Number)
            {
                continue;
            }

            var distance = end <= number.Start ? number.Start - end : start >= number.End ? (start - number.End) + 2 : 0;
            var between = end <= number.Start ? text[end..number.Start] : start >= number.End ? text[number.End..start] : "";
            if (between.IndexOfAny(ClauseBreaks) >= 0 && distance > 0)
            {
                continue; // a word in another clause describes another number
            }

            if (distance < bestDistance)
            {
                best = fact;
                bestDistance = distance;
                bestInEnglish = end <= number.Start && between.Any(char.IsAsciiLetter) && !between.Any(TermOverlap.IsHan);
            }
        }

        // English words are longer: "taxable profit for this year should come to roughly 1.3 million" is one statement (the
        // fact's word before its figure).
        return bestDistance <= (bestInEnglish ? MaxEnglishDistance : MaxDistance) ? best : null;
    }

    // How far (in characters) a number may stand from its fact's word: "月销售额大概有12万", "monthly sales this year were around 120k".
    private const int MaxDistance = 24;
    private const int MaxEnglishDistance = 40;

    // Two-character words whose second character can begin a fact's word: 重新 (again) is not 新 (new).
    private static readonly string[] WordsAcross = ["重新"];

    private static bool StartsInsideAWord(string text, int at, string word) =>
        at > 0 && WordsAcross.Any(w => w[1] == word[0] && w[0] == text[at - 1]);

    /// <param name="wholeMatches">Skip a word found inside a longer word already found (个体 inside 个体户), so each phrase counts once.</param>
    internal static IEnumerable<(int Start, int Length)> FindWords(string text, IEnumerable<string> words, bool wholeMatches = false)
    {
        var found = new List<(int Start, int End)>();
        foreach (var word in words.OrderByDescending(w => w.Length))
        {
            if (word.Length == 0)
            {
                continue;
            }

            var latin = char.IsAsciiLetter(word[0]);
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                // English words must start a word: "rent" in "current" is no rent; 新办 in 重新办 is registering again.
                if ((latin ? at == 0 || !char.IsAsciiLetter(text[at - 1]) : !StartsInsideAWord(text, at, word))
                    && (!wholeMatches || !found.Any(f => f.Start <= at && at + word.Length <= f.End)))
                {
                    found.Add((at, at + word.Length));
                    yield return (at, word.Length);
                }
            }
        }
    }

    // One or two words naming the kind of shop between "my" (a, our …) and the shop word; kept when one of them is a word
    // of a fact's English words (getihu, small-scale, new).
    [System.Text.RegularExpressions.GeneratedRegex(
        @"\b(my|our|a|the|his|her|their) ([a-z][a-z'-]* (?:[a-z][a-z'-]* )?)(shop|store|business|restaurant|stall|salon|cafe|studio|bakery)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex KindOfShop();

    // 刚/才/新 + 在 + a place of up to four characters ("皇城相府那边"), or an office (便民服务中心, 政务大厅), + the deed (办, 开, 注册, 领, 拿).
    [System.Text.RegularExpressions.GeneratedRegex(@"(刚|才|新)在(?:[\p{IsCJKUnifiedIdeographs}]{1,4}?(?:那边|这边|那儿|这儿|那块|附近)?|[\p{IsCJKUnifiedIdeographs}]{1,6}?(?:中心|大厅|窗口|局|站|所))(?=办|开|注册|领|拿)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex PlaceBetweenTimeAndDeed();

    // "刚办下的个体执照", "新领的个体户执照", "上个礼拜刚办下来个体户的营业执照", "上个月才领到的营业执照", "这周拿好的照", "这礼拜又重新领了个新执照", "刚给闺女办了个凉皮店的执照": a
    // licence got lately, however the getting is said and for whomever, reads as 刚办的个体执照 (a word of newly_registered).
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!年)(?:刚刚|刚|才|(?<!重|要|想|准备|打算)新(?=领|办|拿)|上个月|上周|上礼拜|上个礼拜|上星期|上个星期|前几天|这个月|本月|这周|这礼拜|这星期|本周)(?:刚|才)?(?:(?:给|帮|替)[\p{IsCJKUnifiedIdeographs}]{1,4}?(?=办|领|拿))?(?:又|重新|又重新)?(办|领|拿)(?:下来|下|好|到|完|出来)?了?的?(?:个|张|一个|一张)?(?:新的?)?(?:[\p{IsCJKUnifiedIdeographs}]{1,5}?(?:店|铺|摊|馆|部|厂|超市|档口|民宿|工作室|作坊|门市|农家乐|诊所)的)?(?=(?:个体户?的?)?(?:营业)?执照|照)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex LicenceJustIssued();

    // The licence named first: "执照上个月刚办下来", "执照 前天刚下来", "营业执照前几天才拿到", "执照刚领下来", "执照上个月已经下来了"; not a company's ("个体户转的公司 上个月
    // 执照才下来").
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!公司[^。？！?!]{0,10})(?:个体户?|营业)?执照(?:是)?[\s，,]?(?:(?:刚刚|刚|才|上个月|上周|上礼拜|上个礼拜|上星期|上个星期|前几天|这个月|本月|这周|这礼拜|这星期|本周)(?:刚|才)?(?:就已经|已经|就|都)?|(?:前天|昨天|今天|昨儿|今儿|上午|早上)刚)(?:(?:办|领|拿)(?:下来|好|到|完|出来|(?=的|了))|下来)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex LicenceNamedFirstJustIssued();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:搞不清|弄不清|分不清|说不清|搞不明白|弄不明白|不知道|不清楚|不确定|拿不准)楚?(?:俺|我|咱|他|她)?(?:们|家)?(?:这|的)?(?:到底)?(?<which>(?:是|算)?[^，,。？！?!\s]{1,10}?还是[^，,。？！?!\s]{1,10})"
        + @"|\b(?:not sure|don't know|dont know|do not know|no idea|unsure|can't remember|cant remember)(?: about)? (?:if|whether) (?<which>[^.?!,;]{1,40}? or [^.?!,;]{1,30})",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex UnsureWhich();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=纳税人|小规模|一般户|个体户|个体工商户|有限公司)(?=不是|并不是|而不是|并非)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex SaidThenDenied();

    /// <summary>Not registered yet: "还没办执照", "执照还没下来", "还没注册" (of no company: "公司执照还没下来" is another matter).</summary>
    public static bool SaysNotRegisteredYet(string normalized) => NotRegisteredYet().IsMatch(normalized);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!公司[^，,。？！?!\s]{0,4})(?:(?:还没有|还没|尚未|还未)(?:(?:办|领|拿)(?:下来|好)?(?:个体户?|营业)?(?:执照|照)|注册|登记)|(?:个体户?|营业)?执照(?:还没有|还没|尚未|还未)(?:下来|办下来|批下来|办|领|拿到))",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex NotRegisteredYet();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:不是|并非|也不是)(?:开)?(?:公司|企业|有限公司|单位)的?[，,\s]*(?:而|就|俺|我)?(?=是个体)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex NotACompanyBut();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=没[\p{IsCJKUnifiedIdeographs}]{1,4}过)(?=没(?:被|有被|让|叫|挨))", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex DenialsRunOn();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bsmall scale(?=\s*(?:[\d,.;:!?/~～&]|$|(?:here|one|vat|taxpayer|status|type|kind|and|n|so|but|too)\b))",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex SmallScaleAlone();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?<lead>comes? to|came to|is|was|be|are|were|basically|almost|nearly|only|just)\s+(?:zero|nil)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex ZeroInAWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bnew (?:business|operating|retail) (models?|forms?|formats?|types?)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex NewWaysOfBusiness();

    // Registering an individual business soon: "准备办个体执照", "下个月打算去注册个体户".
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:准备|打算|计划|正在|正要|马上)(?:去)?(?:办|注册|申请|登记)(?:个)?(?:个体工商户|个体户|个体)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex RegistersSoon();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:only |just )?registered as (?:a |an )?(?:getihu|individual business) (?:only )?(?:last week|last month|this week|this month|yesterday|a few days ago|(?:two|three|\d+) (?:days|weeks) ago)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex RegisteredAsLately();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:刚刚|上个月|上周|上礼拜|上个礼拜|上星期|上个星期|前几天|这个月|本月|这周|前天|昨天|今天|昨儿|今儿|上午|早上)?(?:刚|才)把(?:个体户?|营业)?执照(?:办|领|拿)(?:下来|好|到|完|出来)了?",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex LicenceTakenLately();

    // "上礼拜在城区登记了个体工商户", "上个月注册的个体户": registering lately, wherever it was done.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:上礼拜|上星期|上周|上个月|前几天|这周|这个月|本月)(?:刚|才)?(?:(?:去|到)?(?:在)?[\p{IsCJKUnifiedIdeographs}]{1,4}?(?=登记|注册|办|领|拿))?(?:登记|注册|办|领|拿)(?:了|的)?(?:个体户的)?(个体工商户|个体户|营业执照|个体执照|执照)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex RegisteredLately();

    [System.Text.RegularExpressions.GeneratedRegex(@"\blast (monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thu|fri|sat|sun)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex LastWeekday();

    // " in zezhou", "just" and an aside ("(a small bakery)") between a licence, registering or opening and "last month",
    // "this week", "yesterday" ("did 151 grand in sales last month" keeps its sales).
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\b(?:licen[cs]e|registered|opened|set up|started|business|getihu))(?: \([a-z ,'-]{1,40}\))?(?: in [a-z]+)?(?: just| only)?(?= (?:last|this) (?:week|month)\b| yesterday\b)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex PlaceBeforeTime();

    [System.Text.RegularExpressions.GeneratedRegex(@"(头一?回|头一?次|第一[次回]|首次)(听说|听到|知道|看到|见到|来问|问)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex FirstHeardOf();

    [System.Text.RegularExpressions.GeneratedRegex(@"(也|又|并)?(不是|不算)(啥|什么|多)?大(事|问题|毛病)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex NoBigThing();

    // "去年…罚了二百块", "上回罚了款": a fine of a time before this one, said as 罚过款 says it ("这回罚了二百" is this time's).
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=(?:去年|前年|上次|上回|以前|之前|那次|那回|前几年|前两年|头几年|上半年|年前)[^。！？!?]{0,30}?)罚了(?=[一二两三四五六七八九十百千万几0-9]|款)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex FinedBefore();

    [System.Text.RegularExpressions.GeneratedRegex(@"(在\p{IsCJKUnifiedIdeographs}{1,6}?(厂|矿|单位|工地|车间|公司|学校|医院|饭店|酒店)(?:里|上)?)(干|做|上班|打工|工作)了?[^，,。；;！!？?\s]{0,6}?年",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex WorkedForAnEmployer();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:跟|从|找|问)(?:村里|隔壁|对门|街坊)?的?老\p{IsCJKUnifiedIdeographs}(?:家|头|汉|太太?)(?:那儿|那里)?租|(?:跟|从|找|问)(?:俺|我|咱)?(?:家)?(?:二|大|小|三|老)?(?:舅舅|舅|叔叔|叔|姨|姑姑|姑|伯伯|大爷|哥|姐|表哥|表姐|表弟|堂哥|亲戚|朋友|邻居|同学|老乡|老丈人|丈人|岳父|公公|婆婆)(?:家)?(?:那儿|那里)?租|租的?(?:是)?(?:俺|我|咱)(?:家)?(?:二|大|小|三|老)?(?:舅舅|舅|叔叔|叔|姨|姑姑|姑|伯伯|哥|姐|表哥|表姐|亲戚|朋友|邻居|同学|老丈人|丈人|岳父)(?:家)?的",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex RelativesPremises();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:打|上)了?[^，,。；;！!？?\s]{0,6}?年的?(?:工|班)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex YearsOfWorkSplit();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:registered|set up|opened)\s+(?:my|our|a|an|his|her|their)\s+((?:[a-z-]+\s+){0,3}?(?:shop|stall|store|business|restaurant|cafe|café|cart|kiosk|booth|stand|salon|bakery|studio|workshop|getihu|geti hu))(\s+as\s+an?\s+(?:getihu|individual business))?(?:\s+in\s+[a-z]+)?\s+(?:last week|last month|a few days ago|this week|this month|yesterday|(?:two|three|\d+) (?:days|weeks) ago)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex RegisteredShopLately();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:last week|last month|this week|this month|yesterday|a few days ago)(?:,)? (?:we|i) (?:finally |just )?(?:got|received|obtained|picked up) (?:the|our|my) (?:getihu |individual business |business )?licen[cs]e\b|\b(?:got|received|obtained|picked up) (?:the|our|my) (?:getihu |individual business |business )licen[cs]e (?:only )?(?:last week|last month|this week|this month|yesterday|a few days ago|(?:two|three|\d+) (?:days|weeks) ago)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex GotLicenceLately();

    [System.Text.RegularExpressions.GeneratedRegex(@"(不是|并非|而不是|\bnot)\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex DeniedFigure();

    // "Do I need a whole new business licence" for a second counter asks about another licence, not a new business.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(need|needs|required|require|have to get|must get|apply for|apply)(?: a| another)?(?: whole| separate| second)? new (?:individual )?(?:business )?licen[cs]e\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex AnotherLicence();

    // "got our licence": the facts' English words say "my".
    [System.Text.RegularExpressions.GeneratedRegex(@"\bour (individual business licen[cs]e|business licen[cs]e|licen[cs]e|getihu licen[cs]e)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex OurLicence();
}
