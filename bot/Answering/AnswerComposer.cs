using System.Globalization;
using Policy.Bot.Citations;
using Policy.Knowledge.Content;
using Policy.Knowledge.Rules;

namespace Policy.Bot.Answering;

/// <summary>
/// Writes the answer text: a direct first sentence (yes / no / it depends on … / this provision ended on …), each rule's
/// verdict with its reasons, amount and how to apply, the clause's own words, whom to contact, the prefilled checker and
/// the next question. Every statement about the policy carries its [n] marker; every phrase about the policy comes from a
/// clause sentence, a rule text or a unit name.
/// </summary>
internal sealed partial class AnswerComposer(BotKnowledge knowledge, string language)
{
    /// <param name="alsoMeant">The staff synonym groups the question's topics use (<see cref="QuestionTerms.SynonymsOf"/>).</param>
    /// <param name="namedNoProvision">Whether the verdicts are only those of the ended provisions the first quote is from, the question naming none.</param>
    /// <param name="unwrittenSaid">Whether the reply already opens by saying what is asked is not written: no second line says it.</param>
    /// <param name="imagined">The rules the case the asker imagines would grant (<see cref="DefaultAnswerer"/>): said so, not asked about.</param>
    /// <param name="leadSaid">Whether the caller opens the reply itself: no plain first sentence names or sums up the measure.</param>
    public string Compose(AnswerContext context, IReadOnlyList<Citation> citations, IReadOnlyList<RuleResult> verdicts, bool asksEligibility, FactDefinition? next,
        IReadOnlyList<IReadOnlyList<HashSet<string>>>? alsoMeant = null, bool namedNoProvision = false, bool unwrittenSaid = false, IReadOnlySet<string>? imagined = null,
        bool leadSaid = false)
    {
        imagined ??= new HashSet<string>();
        var lines = new List<string>();
        // "till when does that last", "does that break carry on into next year too?": until when, asked after an answer.
        var asksWhen = AsksWhen().IsMatch(context.Normalized) || PolicyBot.AsksUntilWhen.IsMatch(context.Normalized);

        // An ended provision is said first even to a plain question: it is the most important thing to know about it.
        var showVerdicts = verdicts.Count > 0 && (asksEligibility || verdicts.Any(v => v.Verdict is not Verdict.NeedInfo));
        // "不罚头一回那个规定，出自第几条": the measure by its number first, then what it means for the asker; each measure of
        // the provisions named, when there are two ("which one is the free seal, and which the no-fine thing?").
        var measuresNamed = verdicts.Count > 0 && (showVerdicts || verdicts.Select(v => v.Rule.ClauseId).Distinct(StringComparer.Ordinal).Count() > 1)
            && AsksWhichMeasure().IsMatch(context.Normalized);
        if (measuresNamed)
        {
            lines.AddRange(citations.Select((c, i) => verdicts.Any(v => v.Rule.ClauseId == c.Id) ? MeasureNamed(c, i + 1) : null).OfType<string>());
        }

        if (showVerdicts)
        {
            // "开了五年了，刻章免费吗": when nothing more is asked, a no for the asker's case leads; the ways still open follow it,
            // each saying what it turns on.
            var noLeads = next is null && verdicts.Any(v => v.Verdict == Verdict.NotEligible);
            lines.Add(Headline(verdicts, imagined, noLeads));
            var saidInHeadline = SaidInHeadline(verdicts, noLeads);
            // The same provision in several policies is one line citing each: "免征增值税"[1][2][3].
            var ids = citations.Select(c => c.Id).ToList();
            foreach (var same in verdicts.GroupBy(v => string.Join("\n", RuleLines(v, Marker, saidInHeadline(v), imagined.Contains(v.Rule.Id), asksWhen, context.AsOf)), StringComparer.Ordinal))
            {
                var markers = string.Join("][", same.Select(v => ids.IndexOf(v.Rule.ClauseId) + 1).Distinct());
                lines.AddRange(same.Key.Replace(Marker, markers, StringComparison.Ordinal).Split('\n'));
            }

            // "一个月流水14.8w左右": a figure said as about so much decided, close to a limit: the exact figure is what counts.
            foreach (var (factId, about) in context.Extracted.Approximate)
            {
                if (!context.Extracted.Straddled.ContainsKey(factId) && knowledge.Fact(factId) is { } fact
                    && verdicts.Any(v => v.Rule.Conditions.Any(c => c.Fact.Id == factId)) && knowledge.NearALimit(factId, about))
                {
                    lines.Add(Say(BotTexts.FigureNearTheLimit, fact.Label.In(language), ConditionText.WithUnit(about, fact, language)));
                }
            }
        }

        if (citations.Count > 0)
        {
            // A question that named no provision still gets the measure in plain words after the news that it ended; so does one
            // that asks what the measure means ("第5条到底是啥意思").
            if ((!showVerdicts || namedNoProvision || (!asksEligibility && DefaultAnswerer.AsksOnlyWhatItMeans(context.Normalized))) && !leadSaid && !measuresNamed && FirstSentence(citations[0], context.Normalized, alsoMeant, context.AsOf) is { } first)
            {
                lines.Add(first);
            }

            lines.Add(Say(BotTexts.PolicySays, citations[0].Quote, 1));
        }

        // "什么叫新设立": what the site cannot check about a term (who decides what counts as it) says what it means in practice.
        if (!showVerdicts)
        {
            lines.AddRange(verdicts.SelectMany(v => v.Rule.NotChecked).Select(n => Say(BotTexts.AlsoNote, n.In(language))));
        }

        // Further clauses are quoted only when no rule already explains why they are cited.
        for (var i = 1; i < citations.Count && !showVerdicts; i++)
        {
            lines.Add(Say(BotTexts.PolicySays, citations[i].Quote, i + 1));
        }

        // "去哪报名", "要带什么材料", "who do I talk to?" about clauses without a rule, "要交啥材料？多久能到账？" about any: what
        // the first does not write, before whom to ask, unless a clause quoted writes it ("乡镇便民服务中心开设登记窗口",
        // "入驻信易贷平台"). With verdicts, only the clauses of the rules answered count. Not when the reply opens by saying
        // what is asked is not written (<paramref name="unwrittenSaid"/>).
        var answered = showVerdicts ? citations.Where(c => verdicts.Any(v => v.Rule.ClauseId == c.Id)).ToList() : citations;
        if (!unwrittenSaid && answered.Count > 0 && NotWritten(context.Normalized, answered) is { } unwritten)
        {
            lines.Add(Say(unwritten, 1));
        }

        if (Contacts(citations, showVerdicts ? verdicts : []) is { } contact)
        {
            lines.Add(contact);
        }

        if (verdicts.Count > 0 && RelevantFacts(context.Facts, verdicts) is { Count: > 0 } facts)
        {
            var link = CheckerLink.Build(knowledge.Content.Site, language, knowledge.FactSchema, facts, context.AsOfGiven ? context.AsOf : null);
            lines.Add(Say(BotTexts.Checker, link));
        }

        if (context.HasInjection)
        {
            lines.Add(BotTexts.InjectionNote.In(language));
        }

        if (next is not null && asksEligibility)
        {
            // A figure given for a period the fact cannot be converted from is asked again, saying why.
            var given = context.Extracted.WrongPeriod.GetValueOrDefault(next.Id)
                ?? context.Extracted.UnassignedAmounts.Select(a => a.Period)
                    .FirstOrDefault(p => p is not null && Understanding.PeriodReader.ToFactPeriod(next, 1, p) is null);
            if (given is not null && next.Period is { } own)
            {
                lines.Add(Say(BotTexts.PeriodAsk, FactPeriods.Names[given].In(language), FactPeriods.Names[own].In(language)));
            }

            // Several figures on either side of a limit ("14万到16万"): which one holds decides.
            if (context.Extracted.Approximate.TryGetValue(next.Id, out var about) && context.Extracted.Straddled.ContainsKey(next.Id))
            {
                // "15万左右": about so much, at the limit.
                lines.Add(Say(BotTexts.FigureAtTheLimit, next.Label.In(language), ConditionText.WithUnit(about, next, language)));
            }
            else if (context.Extracted.Straddled.TryGetValue(next.Id, out var figures))
            {
                lines.Add(Say(BotTexts.FiguresStraddle, next.Label.In(language),
                    string.Join(BotTexts.ListSeparator.In(language), figures.Select(f => ConditionText.WithUnit(f, next, language)))));
            }

            lines.Add(DefaultAnswerer.FollowUpText(next, language));
        }

        // One statement once: a rule's reason can repeat the headline ("This provision ended on …").
        var text = string.Join("\n", lines.Distinct());
        return language == Languages.English ? EnglishProse.Dates(text) : text;
    }

    /// <summary>
    /// The plain first sentence of an answer with no verdict: which measure covers the question (and, with several
    /// policies, in which document), before its words are quoted. A staff-written summary of the measure, where content
    /// has one, belongs here.
    /// </summary>
    private string? FirstSentence(Citation main, string question, IReadOnlyList<IReadOnlyList<HashSet<string>>>? alsoMeant, DateOnly asOf)
    {
        if (knowledge.Clause(main.Id, language) is not { } clause || clause.Kind is SectionKind.Notice or SectionKind.Plan)
        {
            return null;
        }

        // "哪一条管这事", "which measure says so": the measure by its number and name; "出自哪个文件的哪一条": and the document.
        var documentAsked = AsksWhichDocument().IsMatch(question);
        if ((documentAsked || AsksWhichMeasure().IsMatch(question)) && MeasureNamed(main, 1, documentAsked) is { } named)
        {
            return named;
        }

        var several = knowledge.Content.Policies.Count > 1 && main.Document is not null;

        // The staff's plain summary of the measure, in the answer's language (checked by generator check to add no
        // figure its clause lacks), when it, or the measure's name it sums up, speaks of what was asked; otherwise the
        // measure's name: "众创空间的房租有补贴吗" is not answered by a summary about seals and platform fees.
        var name = clause.NameOrTitle;
        // Nor when a provision of the clause has ended by the date asked: the summary states it as if it could still be had
        // ("承租国有房屋的个体工商户，减免当年3个月租金；…" above the sentence on lower rents, asked in 2026).
        // A summary that says when they end ("2022年12月31日前：…") is kept.
        if (knowledge.SummaryAsOf(main.Id, clause, language, asOf) is { } summary && knowledge.Sentences.Summarises(main.Id, summary, name, main.Quote, question, alsoMeant))
        {
            summary = summary.TrimEnd('。', '.', '；', ';', ' ');
            return several ? Say(BotTexts.SummaryIn, summary, main.Document!, 1) : Say(BotTexts.Summary, summary, 1);
        }

        return several ? Say(BotTexts.CoveredByIn, name, main.Document!, 1) : Say(BotTexts.CoveredBy, name, 1);
    }

    /// <summary>
    /// The measure a citation quotes by its number and name ("17. 推行柔性执法"), when its title has a number; with its document
    /// when there are several, or when <paramref name="nameDocument"/>.
    /// </summary>
    private string? MeasureNamed(Citation citation, int marker, bool nameDocument = false)
    {
        if (knowledge.Clause(citation.Id, language) is not { } clause || clause.Kind is SectionKind.Notice or SectionKind.Plan || clause.Title == clause.Name)
        {
            return null;
        }

        return (knowledge.Content.Policies.Count > 1 || nameDocument) && citation.Document is not null
            ? Say(BotTexts.CoveredByIn, clause.Title, citation.Document, marker)
            : Say(BotTexts.CoveredBy, clause.Title, marker);
    }

    /// <summary>"您是否承租国有房屋" / "whether you rent state-owned premises" for yes/no facts; "月销售额" / "your monthly sales" for the others.</summary>
    private string DependsOnPhrase(FactDefinition fact) =>
        fact.Whether?.In(language) ?? (language == Languages.English ? "your " + fact.Label.En : fact.Label.Zh);

    /// <param name="imagined">The rules the case the asker imagines would grant.</param>
    /// <param name="noLeads">Whether a rule the asker's case fails leads, before those still open, because nothing more is asked.</param>
    private string Headline(IReadOnlyList<RuleResult> verdicts, IReadOnlySet<string> imagined, bool noLeads)
    {
        if (verdicts.All(v => v.Verdict == Verdict.Expired))
        {
            var ended = verdicts.Select(v => v.Rule.ValidUntil).FirstOrDefault(d => d is not null);
            return ended is { } date ? Say(BotTexts.Ended, FormatDate(date)) : BotTexts.No.In(language);
        }

        if (verdicts.Any(v => v.Verdict == Verdict.Eligible))
        {
            return BotTexts.Yes.In(language);
        }

        var needInfo = verdicts.Where(v => v.Verdict == Verdict.NeedInfo).ToList();
        // "要是转成公司，有啥好处": what the imagined case brings, when it decides every rule still open.
        if (needInfo.Count > 0 && needInfo.All(v => imagined.Contains(v.Rule.Id)))
        {
            var cases = needInfo.SelectMany(v => v.Missing).Distinct().Select(knowledge.Fact).OfType<FactDefinition>().Select(f => f.Label.In(language));
            return Say(BotTexts.IfImagined, string.Join(ReasonTexts.OpenJoiner.In(language), cases));
        }

        if (needInfo.Count > 0 && !noLeads)
        {
            // "It depends on your monthly sales and whether you rent state-owned premises."
            var missing = needInfo.SelectMany(v => v.Missing).Distinct().Select(knowledge.Fact).OfType<FactDefinition>().ToList();
            return Say(BotTexts.DependsOn, string.Join(ReasonTexts.OpenJoiner.In(language), missing.Select(DependsOnPhrase)));
        }

        return BotTexts.No.In(language);
    }

    /// <summary>
    /// Whether the headline already says this rule's first reason: the end date when every rule has ended on it, or
    /// what is still to be known when the headline names exactly this rule's missing facts. Said once, not twice.
    /// </summary>
    private static Func<RuleResult, bool> SaidInHeadline(IReadOnlyList<RuleResult> verdicts, bool noLeads)
    {
        // Worked out once per answer: an overview can hold every rule of a large library.
        if (verdicts.All(v => v.Verdict == Verdict.Expired))
        {
            var ended = verdicts.Select(v => v.Rule.ValidUntil).FirstOrDefault(d => d is not null);
            return verdict => verdict.Rule.ValidUntil == ended;
        }

        if (noLeads || verdicts.Any(v => v.Verdict == Verdict.Eligible))
        {
            return _ => false;
        }

        var missing = verdicts.Where(v => v.Verdict == Verdict.NeedInfo).SelectMany(v => v.Missing).ToHashSet(StringComparer.Ordinal);
        return verdict => verdict.Verdict == Verdict.NeedInfo && missing.SetEquals(verdict.Missing);
    }

    /// <summary>Stands for a rule line's citation numbers until the lines of the same provision are merged.</summary>
    private const string Marker = "\u0001";

    /// <param name="asksWhen">Whether the message asks when a provision applies: its start, its end or its period.</param>
    /// <param name="asOf">The date the rules were evaluated for.</param>
    /// <param name="imagined">Whether the case the asker imagines would grant the rule: said so, with no verdict on the asker's own case.</param>
    private IEnumerable<string> RuleLines(RuleResult verdict, string n, bool saidInHeadline, bool imagined, bool asksWhen, DateOnly asOf)
    {
        var rule = verdict.Rule;
        var benefit = rule.Benefit.In(language);
        // The engine's own reasons say what decided (the end date, the condition met or failed, the facts still needed);
        // the first one in short when the headline has just said it.
        var reasons = verdict.Reasons.Select(r => r.In(language)).ToList();
        if (verdict.Verdict == Verdict.NeedInfo && imagined)
        {
            reasons = [BotTexts.YesInThatCase.In(language)];
        }
        else if (saidInHeadline && reasons.Count > 0)
        {
            reasons[0] = (verdict.Verdict == Verdict.Expired ? BotTexts.NoLongerClaimable : BotTexts.CannotTellYet).In(language);
        }

        yield return Say(BotTexts.RuleLine, benefit, n, string.Join(language == Languages.English ? " " : "", reasons));

        // "增值税免征从哪天开始算": the dates the rule applies between, and the staff's note on how they were read; the note
        // too when the date asked about is before the start ("2022年3月份…能免吗"): how the start was read, and who decides before it.
        if (asksWhen || (verdict.Verdict == Verdict.NotEligible && asOf < rule.ValidFrom))
        {
            yield return rule.ValidUntil is { } until
                ? Say(BotTexts.AppliesBetween, FormatDate(rule.ValidFrom), FormatDate(until))
                : Say(BotTexts.AppliesFrom, FormatDate(rule.ValidFrom));
            if (rule.Note is { } note)
            {
                yield return Say(BotTexts.RuleNote, note.In(language));
            }
        }

        if (verdict.Verdict is Verdict.Eligible or Verdict.NeedInfo)
        {
            if ((verdict.Amount ?? rule.Amount) is { } amount)
            {
                yield return Say(BotTexts.Amount, amount.In(language));
            }

            foreach (var unchecked_ in rule.NotChecked)
            {
                yield return Say(BotTexts.AlsoNote, unchecked_.In(language));
            }

            yield return Say(BotTexts.HowToApply, rule.Apply.In(language));
        }
        else if (verdict.Verdict == Verdict.NotEligible)
        {
            // "2022年10月办的执照，现在还算新设立的不": who decides what counts as the term refused on (the clause sets no time).
            foreach (var unchecked_ in rule.NotChecked)
            {
                yield return Say(BotTexts.AlsoNote, unchecked_.In(language));
            }
        }
    }

    /// <summary>
    /// Whom to contact. For a rule: the one unit to go to first (the rule's own, which its apply text names), then the
    /// clause's other units as also responsible. Otherwise the responsible units of the main cited clause.
    /// </summary>
    private string? Contacts(IReadOnlyList<Citation> citations, IReadOnlyList<RuleResult> verdicts)
    {
        var first = verdicts.Select(v => knowledge.Content.Units.Find(v.Rule.UnitId)).OfType<Unit>().DistinctBy(u => u.Id).ToList();
        if (first.Count > 0)
        {
            var also = verdicts.Select(v => knowledge.Content.FindClause(v.Rule.ClauseId)).OfType<Section>().Distinct()
                .SelectMany(knowledge.Content.UnitsOf).DistinctBy(u => u.Id).Where(u => !first.Contains(u)).ToList();
            var line = Say(BotTexts.GoFirst, string.Join(BotTexts.ListSeparator.In(language), first.Select(u => u.Name.In(language))));
            return also.Count == 0 ? line : line + (language == Languages.English ? " " : "") + Say(BotTexts.AlsoResponsible, string.Join(BotTexts.ListSeparator.In(language), also.Select(u => u.Name.In(language))));
        }

        var units = citations.Count > 0 && knowledge.Content.FindClause(citations[0].Id) is { } main ? knowledge.Content.UnitsOf(main) : [];
        return units.Count == 0 ? null : Say(BotTexts.Contact, string.Join(BotTexts.ListSeparator.In(language), units.Select(u => u.Name.In(language))));
    }

    /// <summary>
    /// What the clauses quoted do not write of what the question asks (where to go, what to bring), as the line to say; null
    /// when one has a rule (whose text says how to apply) or one writes it (a window, a platform to join; documents).
    /// </summary>
    private LocalizedText? NotWritten(string question, IReadOnlyList<Citation> citations)
    {
        var clauses = citations.Select(c => knowledge.Content.FindClause(c.Id)).ToList();
        if (clauses.Any(c => c is null))
        {
            return null;
        }

        // "电价具体能降多少": no figure in the sentences quoted (免征 and 减半 are figures enough).
        if (AsksHowMuchLower().IsMatch(question) && !citations.Any(c => NamesAFigure().IsMatch(c.Quote)))
        {
            return BotTexts.NoReductionWritten;
        }

        // A rule's own text says where to apply; what to bring and how long it takes are written nowhere in it either
        // ("个转企的钱要交啥材料？多久能到账？").
        var noTime = AsksHowLongUntilPaid().IsMatch(question) && !clauses.Any(c => NamesATimeLimit().IsMatch(c!.Text));
        if (clauses.Any(c => knowledge.Content.RulesFor(c!.ClauseId).Count > 0))
        {
            var materials = AsksWhatToBring().IsMatch(question) && !clauses.Any(c => NamesMaterials().IsMatch(c!.Text));
            return (materials, noTime) switch
            {
                (true, true) => BotTexts.NoMaterialsOrTimeWritten,
                (true, false) => BotTexts.NoMaterialsWritten,
                (false, true) => BotTexts.NoTimeWritten,
                _ => null,
            };
        }

        // "评上先进典型有奖金吗，能给多少钱": no amount in the clauses quoted.
        if (AsksHowMuchMoney().IsMatch(question) && !clauses.Any(c => NamesAnAmount().IsMatch(c!.Text)))
        {
            return BotTexts.NoAmountWritten;
        }

        var noPlace = AsksWhere().IsMatch(question) && !clauses.Any(c => NamesAChannel().IsMatch(c!.Text));
        var noMaterials = AsksWhatToBring().IsMatch(question) && !clauses.Any(c => NamesMaterials().IsMatch(c!.Text));
        return (noPlace, noMaterials) switch
        {
            (true, true) => BotTexts.NoChannelWritten,
            (true, false) => BotTexts.NoPlaceWritten,
            (false, true) => BotTexts.NoMaterialsWritten,
            _ => noTime ? BotTexts.NoTimeWritten : null,
        };
    }

    /// <summary>Only the facts the answered rules read go into the checker link.</summary>
    private static Dictionary<string, string> RelevantFacts(IReadOnlyDictionary<string, string> facts, IReadOnlyList<RuleResult> verdicts)
    {
        // With the facts they describe (of): "不是个体户" decides "新设立的个体工商户" in the checker too.
        var used = verdicts.SelectMany(v => v.Rule.Conditions).SelectMany(c => new[] { c.Fact.Id, c.Fact.Of, c.Fact.EndedBy }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return facts.Where(f => used.Contains(f.Key)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
    }

    private string FormatDate(DateOnly date) => BotTexts.FormatDate(date, language);

    // Asking when a provision applies: its start, its end or its period.
    [System.Text.RegularExpressions.GeneratedRegex(
        "什么时候|啥时候|哪天|哪一天|几号|从哪|起始|开始算|开始执行|开始实施|截止|到期|过期|期限|有效|失效|执行到|取消了|给取消|停了|废除|作废|没了这政策|\\bwhen\\b|\\bstill (valid|apply|applies|in force|available|effective)\\b|what date|start date|\\bstart|\\bbegin|\\buntil\\b|deadline|expir|end date",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, Understanding.TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex AsksWhen();

    // Asking where, how or through whom to apply: "去哪报名", "找谁办", "哪家银行", "how do I apply?", "who do I talk to?"; not "怎么办" alone.
    [System.Text.RegularExpressions.GeneratedRegex(
        "(怎么|如何|怎样|咋)(申请|办理|报名|领|拿|享受|预约|入驻)|找谁|找哪个|(去|在|到)哪(里|儿|家)?(办|申请|报名|登记|领|投诉|举报|反映|反应|申诉|告状|说理)|哪里(办|申请|报名)|哪家银行|报名"
        + "|\\bhow (do|can|would) (i|we) (apply|claim|get it|sign up|register)\\b|\\bhow to (apply|claim|sign up)\\b|\\bwhere (do|can|should) (i|we) (go|apply|sign up|register)\\b|\\bsign up\\b"
        + "|\\bwho (do|should|can) (i|we) (talk|speak|contact|call|ask)\\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase, Understanding.TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex AsksWhere();

    // Asking what to bring or prepare: "要带啥材料", "带身份证不", "what documents do I need?", "what does she need to bring".
    [System.Text.RegularExpressions.GeneratedRegex(
        "(什么|啥|哪些)材料|材料(有哪些|是什么|是啥|要哪些)|填(啥|什么|哪些)表|要填表|要带|带(什么|啥|身份证|证件|合同)|准备(什么|啥|哪些)|\\bwhat (documents|papers)\\b|\\bwhat (do|does) (i|we|she|he|they) (need|bring|have to bring)\\b|\\bneeds? to bring\\b|\\bdocuments? (do|should) i\\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase, Understanding.TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex AsksWhatToBring();

    // Asking how long until it is done or paid: "多久能到账", "什么时候发", "how long until I get the money".
    [System.Text.RegularExpressions.GeneratedRegex(
        "(多久|多长时间)(能|才|可以)?(到账|到手|发|批|办好|办下来|批下来|下来|拿到|出结果)|(什么时候|啥时候|哪天)(能|才|可以)?(到账|发钱|发放|到手|拿到|批下来|办下来)|到账"
        + "|\\bhow long (until|till|before|does it take|will it take)\\b|\\bwhen (will|do|can) (i|we) (get|receive) (the |my |our )?(money|cash|payment|reward|subsidy)\\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase, Understanding.TextPatterns.TimeoutMilliseconds)]
    internal static partial System.Text.RegularExpressions.Regex AsksHowLongUntilPaid();

    // A time limit a clause sets: "5个工作日内", "within 30 days".
    [System.Text.RegularExpressions.GeneratedRegex("[0-9一二三四五六七八九十]+个?(工作日|日|天)(内|以内)|\\bwithin \\d+ (working )?days\\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase, Understanding.TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex NamesATimeLimit();

    // Asking how much money is paid or lent: "能给多少钱", "奖金多少", "最多能贷多少" (read as 能贷款多少), "利息多少", "how much cash".
    [System.Text.RegularExpressions.GeneratedRegex(
        "(给|发|奖|补|补贴|奖励)多少钱?|有多少钱|多少(钱|奖金|奖励|补贴|补助)|(能|可以|最多)(贷|借)(款)?多少|贷款多少|(贷款)?额度(是|有)?多少|(利息|利率|贴息)(是|有)?多少|奖金(是)?多少|\\bhow much (money|cash|is the (bonus|reward|subsidy|grant))\\b|\\bwhat amount\\b|\\bhow big (is )?the (bonus|reward|grant)\\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase, Understanding.TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex AsksHowMuchMoney();

    // How far something is lowered: "具体能降多少", "能便宜多少", "降几成", "能打五折吗" (a figure the clause may not write), "抽成要降到多少？有个具体比例没", "how much cheaper".
    [System.Text.RegularExpressions.GeneratedRegex(
        "(降|降低|下调|便宜|少交|少收|优惠)(了|到)?(多少|几成|几个点|多大幅度|几毛钱?|几分钱|几块钱)|打[一二三四五六七八九几]{1,2}折|(降|降低|下调|便宜|少交|少收)了?[一二三四五六七八九两半1-9][0-9]?(毛钱?|分钱|成|个点)|具体比例|什么比例|啥比例|比例是多少|百分之几|\\bhow much (lower|cheaper|less|lower will|is it cut|will it drop)\\b|\\bwhat\\s*%|\\bhow much (of a )?discount\\b|\\bwhat discount\\b|\\bhalf[- ]?(price|off)\\b|\\b\\d+\\s?% off\\b|\\bpercent(age)? (off|discount)\\b|\\bby how much\\b|\\b(by )?how many percent\\b|\\bwhat percent(age)?\\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase, Understanding.TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex AsksHowMuchLower();

    /// <summary>The question without the words that ask how much money ("政府给报销多少钱", "how much is the bonus").</summary>
    public static string WithoutHowMuchMoney(string question) => AsksHowMuchMoney().Replace(question, " ");

    /// <summary>Whether the question asks how far something is lowered ("具体能降多少", "有没有个具体比例", or a figure heard: "每度电降一毛").</summary>
    public static bool AsksHowFarLowered(string question) => AsksHowMuchLower().IsMatch(question);

    /// <summary>Whether a sentence writes a figure of how much (10%, 几成, 减半, 免征).</summary>
    public static bool NamesAFigureIn(string sentence) => NamesAFigure().IsMatch(sentence);

    /// <summary>The question without the words that ask how far something is lowered ("那能给降到多少", "有没有个具体比例").</summary>
    public static string WithoutHowMuchLower(string question) => AsksHowMuchLower().Replace(question, " ");

    // A figure of how much: a number, a percentage, 几成, 减半, or a full waiver (免征, 免除).
    [System.Text.RegularExpressions.GeneratedRegex(
        "[0-9０-９%％]|[一二三四五六七八九十两半]成|减半|免(征|除|收|费)|全额|\\b(half|halved|waived|exempt|free)\\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase, Understanding.TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex NamesAFigure();

    // A sum of money a clause writes: "3000元", "1200 yuan".
    [System.Text.RegularExpressions.GeneratedRegex("[0-9０-９][0-9,，.]*\\s*(万元|元|万)|\\byuan\\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase, Understanding.TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex NamesAnAmount();

    // Documents a clause says to bring or hand in.
    [System.Text.RegularExpressions.GeneratedRegex("身份证|证件|合同|证明材料|申请书|申请表|需提交|须提交|应提交|所需材料|携带", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Understanding.TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex NamesMaterials();

    // A place or channel a clause names to apply through: joining a platform, a window, a hotline, a website, applying online.
    [System.Text.RegularExpressions.GeneratedRegex(
        "入驻|登录|拨打|窗口|热线|网站|小程序|一网通办|政务服务网|12345|12315|专区|(网上|线上|掌上)(办理|申请|申报|登记)"
        + "|\\bjoin\\b|\\blog ?in\\b|\\bcall\\b|\\bwindow|\\bhotline|\\bwebsite|\\bmini.?program|\\b(apply|register) online\\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase, Understanding.TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex NamesAChannel();

    /// <summary>Whether the question asks which measure or article says something ("首次免罚那个说法是第几条").</summary>
    public static bool AsksWhichMeasureSays(string question) => AsksWhichMeasure().IsMatch(question);

    // Asking which measure or article says it: "哪一条", "第几条", "which measure".
    [System.Text.RegularExpressions.GeneratedRegex(
        "哪一条|哪条|第几条|哪一项|哪项措施|哪个条款|哪一款|\\bwhich (measure|article|section|clause|part)\\b|\\bwhat (measure|article) number\\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, Understanding.TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex AsksWhichMeasure();

    // "这个要求是出自哪个文件的", "which document says so".
    [System.Text.RegularExpressions.GeneratedRegex(
        "(出自|来自|依据|根据|按照|按的)(的是)?(哪个|哪份|啥|什么)(文件|政策|规定)|(哪个|哪份)文件(规定|写|说|里)|\\b(which|what) (document|policy) (says|said|is (it|this) from|does (it|this) come from)\\b|\\bfrom which document\\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, Understanding.TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex AsksWhichDocument();

    private string Say(LocalizedText format, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, format.In(language), args);
}
