using System.Text.RegularExpressions;
using Policy.Bot.Citations;
using Policy.Bot.Understanding;
using Policy.Knowledge.Content;
using Policy.Knowledge.Rules;

namespace Policy.Bot.Answering;

/// <summary>
/// The embedded answerer: no model, no network. Search finds the clauses, the rules engine gives the verdicts, and the
/// answer is put together only from clause sentences, rule texts and unit names, so it never says what no cited clause says.
/// </summary>
public sealed partial class DefaultAnswerer(BotKnowledge knowledge)
{
    // Below this weight of shared rare terms (Chinese pairs, English words) no clause speaks to the question; in units of
    // the weight of a term only one clause holds (6.0 and 2.0 on one policy of 35 clauses).
    private static readonly IReadOnlyDictionary<string, double> CoverageFloor = new Dictionary<string, double> { [Languages.Chinese] = 6.0 / Math.Log(36), [Languages.English] = 2.0 / Math.Log(36) };

    private readonly RuleSelector selector = new(knowledge.Content);
    private readonly QuestionTerms questionTerms = new(knowledge.Content.Synonyms);
    private readonly ClauseCoverage coverage = new(knowledge.Content, ClauseCoverage.SnapshotFor(knowledge.Content));
    // Only questions that may be uncovered read it: a start need not pay for every heading of a library.
    private readonly Lazy<HashSet<string>> titleTerms = new(() => TitleTerms(knowledge.Content));
    private readonly DocumentAnswerer documents = new(knowledge);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string[] Subject, string[] Holding)> subjectWords = new(StringComparer.Ordinal);
    private readonly OverviewAnswerer overview = new(knowledge);
    private readonly UnitDutiesAnswerer unitDuties = new(knowledge);
    // Fewer terms than this say too little to call a question not covered: a Chinese word is one or more character pairs,
    // an English one a single term.
    private static readonly IReadOnlyDictionary<string, int> MinQuestionTerms = new Dictionary<string, int> { [Languages.Chinese] = 4, [Languages.English] = 2 };
    private const int SearchTop = 5;
    private const float OutscoredShare = 0.6f;

    // How many clauses are read to find SearchTop different texts: a provision repeated in many policies fills the top.
    private const int SearchWide = 60;
    private const int MaxCitations = 3;
    private const float CloseToBest = 0.6f;

    // "either do douyin live selling or join a chain brand" (TwoWays): two ways asked about, the second's clause, ranked lower
    // for fewer words, cited from further down (not "要么只上他家要么就限流", a threat).
    private const float CloseToBestOfTwoWays = 0.4f;

    // How long what follows the words that set a story aside (QuestionAfterAStory) must be to be the question.
    private const int MinQuestionAfterAStory = 6;

    private const int MaxSearchLength = 300;

    public DefaultAnswer Answer(AnswerContext context)
    {
        var language = context.Language;
        var reading = context.Reading;
        var fresh = context.ContinuingRules is null;

        // "你给俺总结下": what the conversation covered, with the facts known now.
        if (context.Recap is { Count: > 0 } discussed)
        {
            return overview.Recap(context, discussed);
        }

        // "那我找谁办" after an answer quoting a clause without a rule: that clause again.
        if (fresh && context.FollowsClause is { } followed)
        {
            return AboutClause(context, followed);
        }

        // Topic first: the document itself, one benefit or measure, an overview of all benefits, or nothing covered.
        if (fresh && context.Document is var facets && facets != DocumentFacet.None)
        {
            var candidates = knowledge.PoliciesNamedIn(context.Normalized);
            var found = new Lazy<IReadOnlyDictionary<string, int>>(() => Search(Clip(context.Normalized), reading, new HashSet<string>(StringComparer.Ordinal)).Ranks);
            var (shown, more) = candidates.Count > PolicyShortlist.MaxPolicies
                ? PolicyShortlist.Choose(candidates.Select(p => p.Id), found.Value, knowledge.Content)
                : (candidates.Select(p => p.Id).ToList(), 0);
            // "刻章免费有截止日期吗": the validity of the benefits the question names, besides the document's.
            var benefitsNamed = facets.HasFlag(DocumentFacet.Validity)
                ? selector.Select(found.Value, knowledge.WithoutSituationWords(context.Normalized, context.Extracted.Mentioned), context.Extracted.Mentioned, null)
                    .Select(c => c.Rule).ToList()
                : [];
            // "减租现在还有效吗", "Does the rent relief still apply today?": only the validity of benefits that end, asked without
            // naming a document, is theirs to answer (ended, or until when), as "减租现在还有吗" is; not the document's.
            // "去年转成有限公司了，那3000的奖励现在还能申请不？听说好多政策都过期了": the asker's own case decides the benefits named,
            // with their dates, as a question without the hearsay would be answered.
            var ownCase = benefitsNamed.Count > 0 && benefitsNamed.All(r => r.FactIds.All(f => context.Extracted.Values.ContainsKey(f) || context.Facts.ContainsKey(f)));
            // "信易贷那个信用贷款啥时候截止", "山西精品啥时候报名，截止到几号": until when a measure without a provision runs is
            // that measure's to answer (its clause gives no date), not the document's.
            // "does this jincheng getihu policy have an end date or is all of it still running": the document, described.
            var measureOnly = facets == DocumentFacet.Validity && benefitsNamed.Count == 0 && !NamesAWholeDocument(DocumentQuestion.DescribedDocument.Replace(context.Normalized, "${which} ${document}"))
                && NamesATopic(context);
            if (!measureOnly && (facets != DocumentFacet.Validity || benefitsNamed.Count == 0 || (benefitsNamed.Any(r => r.ValidUntil is null) && !ownCase) || NamesAWholeDocument(context.Normalized)))
            {
                return documents.Answer(context, facets, shown.Select(knowledge.Content.FindPolicy).OfType<BilingualPolicy>().ToList(), more, benefitsNamed);
            }
        }

        // "市税务局负责什么": the measures the unit is responsible for. "这个首次免罚归哪个部门管…司法局管不管" asks whether
        // the unit handles a provision the message names: that provision is answered, with its responsible units.
        // "上礼拜市场监管局的人来俺店里查…头一回被查出毛病 这回会不会罚款啊": a unit named in the asker's story, whose facts are
        // for a provision, is who came, not whose duties are asked.
        if (fresh && selector.ClausesFor(context.Extracted.Values.Keys) == 0 && unitDuties.Answer(context) is { } duties
            && !(UnitDutiesAnswerer.AsksWhetherItHandles(context.Normalized) && NamesATopic(context with { Normalized = WithoutUnits(context.Normalized, reading) })))
        {
            return duties;
        }

        // "刚开的个体户，房租是国企的，月销8万小规模，能享受哪些": facts for several provisions, then which of all: every
        // benefit with its status for those facts.
        // "i sell handmade soap only online… got my getihu licence last month. anything in this policy for me??": facts told,
        // then a sentence that asks only what there is. The trade and the shop describe the asker: every benefit with its
        // status for those facts.
        // "We are still a getihu. If we convert to a company, what would we get?" asks about the case imagined.
        var factsThenAsking = fresh && context.Extracted.Values.Count > 0 && context.Extracted.Imagined.Count == 0 && OverviewAnswerer.Asks(context.Normalized)
            && OverviewAnswerer.AskingSentenceOfItsOwn(context.Normalized) is { } askingSentence && OnlyFactsAndAsking(OverviewAnswerer.WithoutCues(askingSentence));
        if (fresh && (factsThenAsking || (OverviewAnswerer.Asks(context.Normalized) && selector.ClausesFor(context.Extracted.Values.Keys) >= 2)))
        {
            return Overview(context);
        }

        // "贷款有什么优惠" searches for loans: the overview words would pull in every clause that says 优惠.
        var askingForBenefits = OverviewAnswerer.Asks(context.Normalized) || OverviewAnswerer.AsksWhetherAny(context.Normalized);
        // "刚开了个小吃店 有啥优惠不": the asker's shop names no topic.
        // "俺家原来的个体小卖部…转成有限公司了，新执照都拿到手了，能领点啥": nor does the asker's own shop, or its new licence.
        var asked = fresh && askingForBenefits && NamesATopic(AskersOwnShop().Replace(ScopeLexicon.ShopOpened.Replace(context.Normalized, " "), " "), reading) ? OverviewAnswerer.WithoutCues(context.Normalized) : context.Normalized;
        // "新开的个体户县里给不给奖励": what the county gives of its own is left to the counties by the clauses that say so.
        var countyOwn = fresh && reading == Languages.Chinese && CountyOwnPolicies.Asked(context.Normalized);
        // "俺开个小超市，想贷点款进货": the asker's business opening a question about something else is who asks, not what about.
        var whoAsks = reading == Languages.Chinese && !askingForBenefits ? AskersBusiness(context.Normalized, reading) : null;
        var searched = whoAsks is not null && asked.Contains(whoAsks.Value, StringComparison.Ordinal) ? asked.Replace(whoAsks.Value, " ", StringComparison.Ordinal) : asked;
        // "…it was settled in the end. Anyway, my question: can we also open an online store…", "这事先放一边…我想问的是": a story
        // set aside, then the question; search looks for the question (the facts told stay read).
        if (QuestionAfterAStory().Match(searched) is { Success: true } turn && searched.Length - (turn.Index + turn.Length) >= MinQuestionAfterAStory)
        {
            searched = searched[(turn.Index + turn.Length)..];
        }

        // "…Is he right?": whether what was said is true, not the clause on lawful rights.
        searched = WhetherTrue().Replace(searched, " ");
        // What is asked about, for choosing rules and judging whether any clause covers it.
        var aboutWhat = whoAsks is not null ? context.Normalized.Remove(whoAsks.Index, whoAsks.Length).Insert(whoAsks.Index, " ") : context.Normalized;
        // "…like do we hv to apply within 6 months or smth": a detail no clause may state (a time limit) is said unwritten (below),
        // not searched for ("apply" is measure 17's heading).
        searched = UnstatedDetails.WithoutTimeToApplyAsked(searched);
        var query = Clip((countyOwn ? CountyOwnPolicies.SearchWords + " " : "") + WithoutSubject(WithoutUnits(WithoutAskingWho(BotKnowledge.WithoutRelativeTime(TopicMention.WithoutStaffIntroduction(DocumentQuestion.DescribedDocument.Replace(DocumentReference.Replace(knowledge.WithoutCityName(searched), " "), " ")))), reading), reading));
        // The part that asks weighs twice, unless it only asks what there is ("…，有啥补贴能拿不").
        // "想给俺家的小米煎饼注册个商标，政府给报销多少钱": how much money names no topic; the trademark is what is asked about.
        if ((reading == Languages.Chinese ? AskedFocus.AskingClause(asked) : AskedFocus.AskingSentences(asked)) is { } askingClause && !askingForBenefits
            && AnswerComposer.WithoutHowMuchMoney(askingClause) is var askingAbout && (countyOwn || askingAbout == askingClause || NamesATopic(askingAbout, reading)))
        {
            query = Clip(query + " " + WithoutSubject(DocumentQuestion.DescribedDocument.Replace(DocumentReference.Replace(askingClause, " "), " "), reading));
        }
        // A question naming a document ("67号文…", "泽州县那个通知…") is answered from it; a repealed one from what replaced it.
        var named = fresh ? knowledge.PoliciesNamedOnly(context.Normalized) : [];
        var scope = named.Select(p => p.Status.Applies() ? p : knowledge.Content.ReplacementOf(p.Id) ?? p).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var (hits, ranks) = fresh ? Search(query, reading, scope) : ([], new Dictionary<string, int>(StringComparer.Ordinal));
        var notes = named.Where(p => !p.Status.Applies()).Select(p => knowledge.ReplacedNote(p, language, answering: true)).OfType<string>()
            .Concat(hits.Select(h => PolicyShortlist.DocumentOf(h.ClauseId)).Distinct().Select(knowledge.Content.FindPolicy)
                .OfType<BilingualPolicy>().Where(p => !p.Status.Applies() && !named.Contains(p)).Select(p => knowledge.ReplacedNote(p, language, answering: true)).OfType<string>())
            .Distinct().ToList();
        // Clauses search scores at under 0.6 of the best: a rule there must be named well ("冻结我的银行账户" is about the clause
        // on freezing, not the account subsidy's 账户).
        var outscored = hits.Count == 0 ? null : hits.Where(h => h.Score < hits[0].Score * OutscoredShare).Select(h => h.ClauseId).ToHashSet(StringComparer.Ordinal);
        // The facts known of the asker, from this message or earlier ones ("got my licence last month" → "who do i ask about
        // the seal thing"): among the benefits named, those they are for come first. A fact known to be false is for none.
        var known = context.Extracted.Mentioned.Concat(context.Facts.Where(f => f.Value != "false").Select(f => f.Key)).ToHashSet(StringComparer.Ordinal);
        var chosen = context.ContinuingRules is null ? selector.Select(ranks, knowledge.WithoutSituationWords(aboutWhat, context.Extracted.Mentioned), known, outscored).Where(r => scope.Count == 0 || scope.Contains(r.Rule.DocumentId)).ToList() : [];
        // "having a fight w my landlord about the deposit, cant afford a lawyer. is there free legal advice…", "跟房东闹别扭了…有没有地方
        // 能不花钱问问懂法的人": the part that asks names a topic of its own, another clause's, and no benefit chosen from the
        // telling is named in it.
        if (fresh && chosen.Count > 0 && !askingForBenefits && !chosen.Any(c => c.Rule.FactIds.Any(context.Extracted.Values.ContainsKey))
            && (reading == Languages.Chinese ? AskedFocus.AskingClause(aboutWhat) : AskedFocus.AskingSentences(aboutWhat)) is { } askingWords
            // "现在还能找税务局补办退回来不": the office gone to is where, not what about.
            && AskedFocus.ToAnOffice.Replace(askingWords, " ") is var askingPart
            && selector.Select(ranks, knowledge.WithoutSituationWords(askingPart, context.Extracted.Mentioned), known, outscored).Count == 0
            && NamesATopic(askingPart, reading)
            && Search(Clip(WithoutSubject(askingPart, reading)), reading, scope).Hits is [var askedFirst, ..] && !chosen.Any(c => c.Rule.ClauseId == askedFirst.ClauseId))
        {
            chosen = [];
        }

        // "small-scale VAT taxpayer, about 90,000 a month … what tax and rent relief can I get": a rule of a clause already
        // chosen that the asker's own facts decide whole is answered too, when the words chose only neighbours the asker told
        // nothing for (income tax); "小规模，18w，所得额30来万，增值税能免不" asked about the one its facts decide.
        bool Decided(Rule rule) => rule.FactIds.All(f => context.Extracted.Values.ContainsKey(f) || context.Facts.ContainsKey(f));
        if (fresh && chosen.Count > 0)
        {
            var clausesChosen = chosen.GroupBy(c => c.Rule.ClauseId).Where(g => !g.Any(c => Decided(c.Rule))).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
            var lowest = chosen.Min(c => c.Score);
            chosen.AddRange(selector.ByFacts(context.Extracted.Values.Keys)
                .Where(r => clausesChosen.Contains(r.Rule.ClauseId) && !chosen.Any(c => c.Rule == r.Rule) && Decided(r.Rule))
                .Select(r => (r.Rule, lowest)).ToList());
        }

        // Asked what the county gives, a city benefit is answered only when the message raises what decides it ("县里对个转企
        //还有没有奖励"), not for a word it shares (奖励).
        if (countyOwn)
        {
            chosen = [.. chosen.Where(c => c.Rule.FactIds.Any(context.Extracted.Mentioned.Contains))];
        }
        // "我们是夫妻店，算个体户吗", "am I an individual business?": what the asker counts as, when no benefit is named; the
        // policy does not define it, and the checker's note on the fact says how to tell.
        // "想在抖音上直播卖，算不算个体户创业？政府能给点啥帮扶": a topic named beside it is what is asked.
        if (fresh && chosen.Count == 0 && CountsAsked(context) is { } counted && !(askingForBenefits && hits.Count > 0 && NamesATopic(context)))
        {
            return CountsAs(context, counted);
        }

        // "how long after registering does a business still count as new": whether the asker counts as what alone decides a
        // rule, when no benefit is named, is that rule's question; its note says what the clause leaves open.
        if (fresh && chosen.Count == 0 && context.Extracted.CountsAsked.Where(knowledge.FactsDecidingARuleAlone.Contains).ToList() is { Count: > 0 } countedAlone)
        {
            chosen = [.. selector.ByFacts(countedAlone).Where(r => scope.Count == 0 || scope.Contains(r.Rule.DocumentId))];
        }

        // A fact only named as what the question is about ("个体户转成有限公司能拿多少钱": converting is not said to have
        // happened) is that fact's provisions, whatever overview words come with it.
        var topicFacts = context.Extracted.Mentioned.Where(f => !context.Extracted.Values.ContainsKey(f) && !context.Facts.ContainsKey(f)
            && knowledge.Fact(f)?.Type == FactType.Bool).ToList();
        if (fresh && chosen.Count == 0 && topicFacts.Count > 0 && OverviewAnswerer.Asks(context.Normalized))
        {
            chosen = [.. selector.ByFacts(topicFacts).Where(r => scope.Count == 0 || scope.Contains(r.Rule.DocumentId))];
        }

        // "那要是俺下个月搬到对面国企那排门面去 还能减不": a case imagined, and no benefit named, is about the provisions that case
        // is for (not about what every provision reads, 个体工商户).
        if (fresh && chosen.Count == 0 && !countyOwn && context.Extracted.Imagined.Where(f => context.Extracted.Mentioned.Contains(f) && selector.ClausesFor([f]) > 0).ToList() is { Count: > 0 } imaginedCases)
        {
            chosen = [.. selector.ByFacts(imaginedCases).Where(r => scope.Count == 0 || scope.Contains(r.Rule.DocumentId))];
        }

        // "I sell noodles, does this apply to me?": a fact's word (sell) in what the asker says they do, asking only whether the
        // policy applies, asks what there is (below).
        if (fresh && chosen.Count == 0 && context.Extracted.Mentioned.Count > 0 && !OverviewAnswerer.Asks(context.Normalized) && !NamesATopic(context)
            && !(context.Extracted.Values.Count == 0 && AsksOnlyWhetherItApplies(context.Normalized)))
        {
            // Nothing but facts ("月销售额15万零1块，小规模，还免吗"): the provisions those facts are for; facts every provision
            // reads ("我是个体户，能享受吗") ask what there is.
            chosen = [.. selector.ByFacts(context.Extracted.Mentioned).Where(r => scope.Count == 0 || scope.Contains(r.Rule.DocumentId))];
            if (chosen.Count == 0 && OnlyFactsAndAsking(context.Normalized))
            {
                return Overview(context);
            }
        }

        // Many policies with the same provision: the reply speaks about the few the question ranks highest.
        var bestScore = chosen.GroupBy(c => c.Rule.DocumentId).ToDictionary(g => g.Key, g => g.Max(c => c.Score), StringComparer.Ordinal);
        var (policies, others) = PolicyShortlist.Choose(chosen.Select(c => c.Rule.DocumentId), ranks, knowledge.Content, id => bestScore.GetValueOrDefault(id));
        var rules = context.ContinuingRules ?? chosen.Select(c => c.Rule).Where(r => others == 0 || policies.Contains(r.DocumentId)).ToList();
        // "那还有啥别的法子能让房租便宜点不" after the rent relief was answered: what else its clause says, not that provision again.
        var answeredBefore = fresh ? rules.Where(r => context.AnsweredBefore.Contains(r.Id)).ToList() : [];
        if (answeredBefore.Count > 0)
        {
            rules = [.. rules.Except(answeredBefore)];
        }

        if (fresh && rules.Count == 0 && asked == context.Normalized
            && (OverviewAnswerer.Asks(context.Normalized) || (OverviewAnswerer.AsksWhetherAny(context.Normalized) && OnlyFactsAndAsking(DocumentReference.Replace(OverviewAnswerer.WithoutCues(context.Normalized), " ")))
                || AsksOnlyWhetherItApplies(context.Normalized)
                // "我是卖水果的": the asker says who they are and nothing else; what there is for them.
                || (ScopeLexicon.IntroducesTheAsker(context.Normalized) && OnlyFactsAndAsking(context.Normalized))))
        {
            return Overview(context);
        }

        // "新开的个体户，刻章已经花了钱了，能报销吗": what is asked (报销) is written nowhere, but the asker's own situation decides
        // a rule (every fact it reads is given); that rule is answered, after saying the rest is not written. "个体户可以雇几个人"
        // decides none.
        var unwritten = fresh && reading == Languages.Chinese && !countyOwn ? knowledge.Focus.Unwritten(context.Normalized) : null;
        // "转成公司给的3000块多久能到账": when it is paid is written nowhere, but the question names the benefit by its amount;
        // that benefit is answered the same way, and so are the benefits it names when all it asks is how long until they
        // are paid or done, whether the money comes back or it can be claimed late ("转企的奖励多久能到账", "22年的房租能退吗",
        // "一直没顾上去弄…还能补办不").
        var namedDetail = unwritten is null ? [] : rules.Where(r => NamesItsAmount(context.Normalized, r)).ToList();
        if (namedDetail.Count == 0 && unwritten is not null
            && (AnswerComposer.AsksHowLongUntilPaid().IsMatch(context.Normalized) || AskedFocus.AsksForMoneyBack(context.Normalized) || AskedFocus.AsksToClaimLate(context.Normalized)))
        {
            namedDetail = [.. rules];
        }
        if (namedDetail.Count > 0)
        {
            rules = namedDetail;
        }

        var situationRules = unwritten is not null && rules.Count > 0
            && (namedDetail.Count > 0 || rules.All(r => r.FactIds.All(f => context.Extracted.Values.ContainsKey(f) || context.Facts.ContainsKey(f))));
        var wayIn = unwritten is not null && !situationRules && AWayInToAWrittenTopic(context, unwritten, rules, hits);
        // What else the message asks, beside a practicality no clause writes ("有没有个热线电话 给个号码").
        string? askedBeside = null;
        // "个转企找哪个部门办？电话是多少？": an office's phone number is written nowhere, but the rest of the message asks what
        // a clause says; that is answered, after saying the number is not written.
        if (fresh && unwritten is null && hits.Count > 0 && OfficePractice.AskedBeside(context.Normalized, language) is { } practicality
            && WithoutUnits(practicality.Others, reading) is var besideNumber
            && (rules.Count > 0 || Naming(besideNumber, reading).Count > 0 || NamesATopic(besideNumber, reading)))
        {
            (unwritten, wayIn, askedBeside) = (practicality.Name, true, practicality.Others);
        }
        // "那具体找哪个部门？给个电话呗" after the rules were answered: them again, after saying the number is not written.
        else if (!fresh && OfficePractice.AskedBeside(context.Normalized, language) is { } practicalityAgain)
        {
            (unwritten, wayIn) = (practicalityAgain.Name, true);
        }

        // "听说新开的能领5000块开业补贴": a sum handed out that no clause writes is said not to be written, before what is.
        var unwrittenSum = fresh && !situationRules && !wayIn ? knowledge.Amounts.Named(context.Normalized) : null;
        var sumsWritten = false;
        // "whats the hotline number for this support plan?": a number to call and nothing a clause writes about.
        var onlyANumber = fresh && reading == Languages.English && rules.Count == 0 && !wayIn && OfficePractice.AsksForANumber(context.Normalized)
            && DocumentQuestion.DescribedDocument.Replace(DocumentReference.Replace(OfficePractice.WithoutNumberAsked(context.Normalized), " "), " ") is var withoutNumber
            && Naming(WithoutUnits(WithoutSubject(withoutNumber, reading), reading), reading).Count == 0 && !NamesATopic(withoutNumber, reading);
        if (fresh && ((OfficePractice.Asks(context.Normalized) && !wayIn) || onlyANumber || (rules.Count == 0 && !countyOwn && Uncovered(askedBeside ?? (askingForBenefits ? OverviewAnswerer.WithoutCues(context.Normalized) : aboutWhat), reading))
            || (unwritten is not null && !situationRules && !wayIn)))
        {
            // "听说每户能领5000块补贴，找谁领": a rumoured sum, and nothing else the policies write. What is said not to be
            // written is followed by the sums of money they do write, not asked about.
                sumsWritten = unwrittenSum is not null && rules.Count == 0 && !countyOwn && !OfficePractice.Asks(context.Normalized);
            if (!sumsWritten)
            {
                return NotCovered(context);
            }

            rules = [.. knowledge.Content.RulesInForce.Where(r => r.AmountYuan is not null && (scope.Count == 0 || scope.Contains(r.DocumentId))).Take(MaxSumsWritten)];
        }

        var learned = AssignBareAmount(rules, context);
        var facts = learned.Count == 0 ? context.Facts : context.Facts.Concat(learned).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        // "还没转" then "那要是转成了，钱找谁领": a case the message imagines is answered as imagined, whatever an earlier
        // message said of it (the session keeps what was said); "上个月就转完了" then "转成公司以后，个税减半还能享受不": what is
        // imagined is what was told, and stays the case.
        if (context.Extracted.Imagined.Any(f => facts.TryGetValue(f, out var told) && told != "true"))
        {
            facts = facts.Where(p => !context.Extracted.Imagined.Contains(p.Key) || p.Value == "true").ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        }

        context = context with { Facts = facts };
        // What the asker can have comes first, under the "yes" that says so; the rest keep the order they were chosen in.
        var verdicts = rules.Select(rule => BotKnowledge.Evaluate(rule, facts, context.AsOf)).OrderBy(v => v.Verdict == Verdict.Eligible ? 0 : 1).ToList();

        // Once a benefit asked about is granted the answer is yes: no further questions about other ways to the same thing
        // (another rule of its clause, or one giving the same kind of thing).
        // "要是转成公司，有啥好处": what the imagined case would grant is said, and not asked about.
        var imagined = ImaginedGrants(verdicts, facts, context);
        // "个体户，门面是市里一个国企的，俺是小规模" to "房租能减不？增值税能免不？": the rent granted, the VAT still asks its figure.
        var granted = verdicts.Where(v => v.Verdict == Verdict.Eligible).Select(v => v.Rule).ToList();
        bool OtherWayTo(Rule rule, IEnumerable<Rule> ways) => ways.Any(g => g.ClauseId == rule.ClauseId || verdicts.Any(s => s.Rule.ClauseId == rule.ClauseId && selector.SameThing(g, s.Rule)));
        // "执照办下来以后刻个章要钱不": what the imagined case would grant is the answer; another way to the same thing, turning
        // on a fact the asker never raised (个转企), is neither asked about nor left open beside it.
        var imaginedRules = verdicts.Where(v => imagined.Contains(v.Rule.Id)).Select(v => v.Rule).ToList();
        if (imaginedRules.Count > 0)
        {
            verdicts = [.. verdicts.Where(v => imagined.Contains(v.Rule.Id) || v.Verdict != Verdict.NeedInfo
                || v.Missing.Any(context.Extracted.Mentioned.Contains) || !OtherWayTo(v.Rule, imaginedRules))];
        }

        bool AnotherWay(Rule rule) => OtherWayTo(rule, granted);
        // Beside more matters than two, a granted one still ends the questions: the answer is a list, not a dialogue.
        var manyMatters = granted.Count > 0 && verdicts.Select(v => v.Rule.ClauseId).Distinct(StringComparer.Ordinal).Count() > 2;
        // "那这钱找谁要，去哪个部门办" after the provisions were answered: where to go is answered, not asked back again.
        var onlyWhereAgain = !fresh && context.Extracted.Mentioned.Count == 0 && ScopeLexicon.AskingWhoHandles.Any(w => context.Normalized.Contains(w, StringComparison.Ordinal));
        var next = sumsWritten || manyMatters || onlyWhereAgain ? null : NextQuestion([.. verdicts.Where(v => !imagined.Contains(v.Rule.Id) && !AnotherWay(v.Rule))], context);
        // "开了十来年的五金店，听说个体户刻章免费，俺这能免不": what the asker said rules one way out (新设立), and the other way
        // (个转企) turns on a fact they never raised: the answer is the no, first, with the other way after it and not asked about.
        if (next is not null && fresh && verdicts.Any(v => v.Verdict == Verdict.NotEligible) && !context.Extracted.Mentioned.Contains(next.Fact.Id))
        {
            next = null;
            verdicts = [.. verdicts.OrderBy(v => v.Verdict == Verdict.NotEligible ? 0 : 1)];
        }

        var clauseIds = ChooseClauses(hits, verdicts, TwoWays().IsMatch(context.Normalized) ? CloseToBestOfTwoWays : CloseToBest);
        if (clauseIds.Count == 0)
        {
            return new DefaultAnswer(new BotResult { Language = language, InScope = true, Answer = BotTexts.NotFound.In(language) }, [], null, learned);
        }

        // Each clause's sentence is chosen by the question's words, then by those of the staff synonym groups it names, leaving
        // out who asks ("my store", 个体户) and what kind of benefit (要钱, 免费): those name no topic of their own.
        var alsoMeant = questionTerms.SynonymsOf(WordRemoval.Without(WithoutSubject(context.Normalized, reading), selector.GenericWords, [], StringComparison.OrdinalIgnoreCase));
        var citations = new List<Citation>();
        // "网费能降多少": the sentence that writes by how much, if the clause has one the question speaks to.
        Func<string, bool>? figureAsked = AnswerComposer.AsksHowFarLowered(context.Normalized) ? AnswerComposer.NamesAFigureIn : null;
        // "第5条说的掌上办是啥意思": a word asked the meaning of that is none of a provision's (个转企, 一般纳税人 are) chooses the
        // sentence, not the provision the clause also holds.
        var meaningAsked = fresh && AsksOnlyWhatItMeans(context.Normalized) && RelevantFactsGiven(verdicts, facts) == 0;
        var groupsNamed = meaningAsked ? questionTerms.Split(context.Normalized).Groups.Select(g => g.Group).ToList() : [];
        bool AskedOfAnotherWord(Rule rule) => meaningAsked && !context.Extracted.Mentioned.Overlaps(rule.FactIds)
            && !groupsNamed.Exists(g => QuestionTerms.Uses(rule.Benefit.Zh, g) || QuestionTerms.Uses(rule.Benefit.En, g));
        foreach (var id in clauseIds)
        {
            var rule = verdicts.FirstOrDefault(v => v.Rule.ClauseId == id)?.Rule;
            var focus = rule is null || AskedOfAnotherWord(rule) ? null : rule.Benefit.In(language) + " " + rule.Amount?.In(language);
            var quote = answeredBefore.FirstOrDefault(r => r.ClauseId == id) is { } before && rule is null
                ? knowledge.Sentences.Best(id, language, context.Normalized, null, alsoMeant, besides: ProvisionSentence(before, language))
                : knowledge.Sentences.Best(id, language, context.Normalized, focus, alsoMeant, preferred: figureAsked);
            // "平台抽成越来越高，还不让上别家", "有没有稳岗补贴，电价能不能降点": the clause answered first, with no verdict of
            // its own to explain it, is quoted for each thing asked that it writes: a second sentence for what the first
            // does not say, the two joined by an ellipsis. Never a provision's own sentence: that one comes with its verdict.
            if (quote is not null && citations.Count == 0 && rule is null
                && knowledge.Sentences.WithOthersAsked(id, language, context.Normalized, quote, alsoMeant, ProvisionSentences(id, language)) is { } all)
            {
                quote = string.Join(Citation.Gap, all);
            }

            if (quote is not null && knowledge.Cite(id, language, quote) is { } citation)
            {
                citations.Add(citation);
            }
        }

        // "小卖部一个月卖七八万，要交税不" names no benefit, but the sentence quoted first is one of an ended provision: that it has
        // ended is said first, as it is to a question that names it (the quote alone, "2022年12月31日前…免征", reads as available).
        var namesNoProvision = verdicts.Count == 0;
        if (namesNoProvision && citations.Count > 0)
        {
            verdicts = [.. EndedProvisionsQuoted(citations[0], language, context.AsOf).Select(rule => BotKnowledge.Evaluate(rule, facts, context.AsOf))];
        }

        // Whenever the topic has a rule, the dialogue goes on until it is decided, whatever the first turn's phrasing; but
        // "个转企是什么意思", asking what a term means and saying nothing of the asker, and a landlord asking about the tenants'
        // benefit are answered from the clause.
        var asksEligibility = verdicts.Count > 0 && !namesNoProvision
            && !(fresh && ((AsksOnlyWhatItMeans(context.Normalized) && RelevantFactsGiven(verdicts, facts) == 0) || TopicMention.SpeaksAsLandlord(context.Normalized) || TopicMention.SpeaksAsStaff(context.Normalized)));
        // Asked what the county gives, the reply opens by saying the county decides, and the clauses follow as quoted (no
        // summary: measure 9's is the 个转企 reward, which shares only a word with the question).
        var countyLead = countyOwn && verdicts.Count == 0;
        var text = new AnswerComposer(knowledge, language).Compose(context, citations, verdicts, asksEligibility, next?.Fact, alsoMeant, namesNoProvision && verdicts.Count > 0, unwrittenSaid: situationRules || wayIn || unwrittenSum is not null, imagined, leadSaid: countyLead);
        if (context.AsOfAsked && verdicts.Count > 0)
        {
            if (EndedSince(verdicts, context, language) is { } ended)
            {
                // After the headline, where a reader of "可以享受" looks next.
                var headline = text.IndexOf('\n', StringComparison.Ordinal);
                text = headline < 0 ? text + "\n" + ended : text[..headline] + "\n" + ended + text[headline..];
            }

            text = string.Format(System.Globalization.CultureInfo.InvariantCulture, BotTexts.AsOfAsked.In(language), BotTexts.FormatDate(context.AsOf, language)) + "\n" + text;
        }

        if (countyLead)
        {
            text = BotTexts.CountyOwn.In(language) + "\n" + text;
        }

        if (situationRules)
        {
            text = PartlyCovered([unwritten!], language) + "\n" + text;
        }
        else if (wayIn || unwrittenSum is not null)
        {
            text = string.Format(System.Globalization.CultureInfo.InvariantCulture, (sumsWritten ? BotTexts.SumsWritten : BotTexts.WayInNotWritten).In(language), unwrittenSum ?? unwritten) + "\n" + text;
        }
        else if (citations.Count > 0 && !countyLead
            && UnstatedDetails.Of(context.Normalized, reading, citations[0].Id, knowledge.Content) is { Count: > 0 } unstated)
        {
            // "What's the interest rate and how much can I borrow?": the clause on loans states neither.
            text = PartlyCovered(unstated, language) + "\n" + text;
        }

        if (notes.Count > 0)
        {
            text = string.Join("\n", notes) + "\n" + text;
        }

        if (PolicyShortlist.OthersLine(others, language) is { } othersLine)
        {
            text += "\n" + othersLine;
        }

        var result = new BotResult
        {
            Language = language,
            InScope = true,
            Answer = text,
            Citations = citations,
            Eligibility = verdicts.Select(v => ToResult(v, language)).ToList(),
            FollowUp = asksEligibility && next is not null ? FollowUpText(next.Fact, language) : null,
        };

        var pending = asksEligibility && next is not null
            ? verdicts.Where(v => v.Verdict == Verdict.NeedInfo).Select(v => v.Rule.Id).ToList()
            : [];
        return new DefaultAnswer(result, pending, pending.Count > 0 ? next!.Fact.Id : null, learned);
    }

    /// <summary>
    /// The clause the last answer quoted, asked about again ("那我找谁办", "what do I need to bring?"): its sentence chosen by
    /// this question, with whom to ask and, when it writes none, that it writes no channel (<see cref="AnswerComposer"/>).
    /// </summary>
    private DefaultAnswer AboutClause(AnswerContext context, string clauseId)
    {
        var language = context.Language;
        // The sentence the last answer quoted, when the question is in the same language; else the one this question's words choose.
        var citation = (context.FollowsQuote is { } last ? knowledge.Cite(clauseId, language, last) : null)
            ?? (knowledge.Sentences.Best(clauseId, language, context.Normalized, null) is { } quote ? knowledge.Cite(clauseId, language, quote) : null);
        List<Citation> citations = citation is null ? [] : [citation];
        var text = citations.Count == 0 ? BotTexts.NotFound.In(language) : new AnswerComposer(knowledge, language).Compose(context, citations, [], false, null);
        // "要钱不" after the answer on training: whether it costs anything, which that clause does not say.
        if (citations.Count > 0 && UnstatedDetails.Of(context.Normalized, context.Reading, clauseId, knowledge.Content) is { Count: > 0 } unstated)
        {
            text = PartlyCovered(unstated, language) + "\n" + text;
        }
        // "那具体找哪个部门？给个电话呗": the number is written nowhere; the clause's units are.
        else if (citations.Count > 0 && OfficePractice.AskedBeside(context.Normalized, language) is { } practicality)
        {
            text = PartlyCovered([practicality.Name], language) + "\n" + text;
        }

        return new DefaultAnswer(new BotResult { Language = language, InScope = true, Answer = text, Citations = citations }, [], null, new Dictionary<string, string>(StringComparer.Ordinal));
    }

    /// <summary>
    /// "信易贷平台怎么入驻？有没有网址或者APP", "免费法律咨询怎么预约？有电话吗": the way in (a web address, an app, a phone number,
    /// a booking, how long it takes) is written nowhere, but the topic is: its clause is answered after saying the detail
    /// is not written. Nothing else named ("市场监管局的地址") is honest silence, as before.
    /// </summary>
    private bool AWayInToAWrittenTopic(AnswerContext context, string unwritten, IReadOnlyList<Rule> rules, IReadOnlyList<ClauseHit> hits) =>
        rules.Count == 0 && hits.Count > 0 && WaysIn.Concat(Limits).Concat(Deadlines).Any(w => unwritten.Contains(w, StringComparison.OrdinalIgnoreCase))
        && WithoutUnits(context.Normalized.Replace(unwritten, " ", StringComparison.Ordinal), context.Reading) is var rest
        && (Naming(rest, context.Reading).Count > 0 || NamesATopic(rest, context.Reading));

    // The ways in to a service: where online, whom to call, how to book, how long it takes.
    private static readonly string[] WaysIn = ["网址", "网站", "链接", "app", "小程序", "公众号", "电话", "号码", "热线", "预约", "流程", "步骤", "多久", "多长时间", "几天", "时限"];

    // A limit of what a clause speaks of ("抽成到底有没有个上限"): written nowhere, though the clause on it is.
    private static readonly string[] Limits = ["上限", "封顶", "最高限", "下限"];

    // A deadline of what a clause without an end date speaks of ("信易贷…现在还能入驻不 有没有截止日期"): written nowhere.
    private static readonly string[] Deadlines = ["截止", "期限", "到期", "有效期"];

    /// <summary>
    /// An answer for a past date ("2022年全年…能减吗") holds for that date; the provisions in it that have ended since are
    /// said to have ended, so that the answer is not read as what can be had today. Null when none has.
    /// </summary>
    private static string? EndedSince(IReadOnlyList<RuleResult> verdicts, AnswerContext context, string language)
    {
        var ended = verdicts.Where(v => v.Verdict is Verdict.Eligible or Verdict.NeedInfo && v.Rule.ValidUntil is { } until && until < context.Today && until >= context.AsOf)
            .GroupBy(v => v.Rule.ValidUntil!.Value)
            .Select(g => string.Format(
                System.Globalization.CultureInfo.InvariantCulture,
                BotTexts.EndedSince.In(language),
                string.Join(BotTexts.ListSeparator.In(language), g.Select(v => language == Languages.Chinese ? $"“{v.Rule.Benefit.In(language)}”" : $"\"{v.Rule.Benefit.In(language)}\"")),
                BotTexts.FormatDate(g.Key, language)))
            .ToList();
        return ended.Count == 0 ? null : string.Join("\n", ended);
    }

    /// <summary>The provisions of the cited clause that ended before <paramref name="asOf"/> and whose own sentence is the one quoted.</summary>
    private IEnumerable<Rule> EndedProvisionsQuoted(Citation citation, string language, DateOnly asOf) =>
        knowledge.Content.RulesFor(citation.Id).Where(rule => rule.ValidUntil < asOf && ProvisionSentence(rule, language) == citation.Quote);

    /// <summary>The sentence of its clause that a provision (a rule) grants.</summary>
    private string? ProvisionSentence(Rule rule, string language) =>
        knowledge.Sentences.Best(rule.ClauseId, language, rule.Benefit.In(language), rule.Benefit.In(language));

    private HashSet<string> ProvisionSentences(string clauseId, string language) =>
        knowledge.Content.RulesFor(clauseId).Select(rule => ProvisionSentence(rule, language)).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The clauses search finds, across every policy or only those a question names. A policy no longer in force is
    /// kept only when no policy in force speaks to the question: the one in force is preferred. Copies of one text (a
    /// provision repeated in policy after policy) are one hit, the best-ranked copy standing for the rest; every clause
    /// found has its text's rank in <c>Ranks</c>, so each copy's rules and policy keep the credit of ranking high.
    /// </summary>
    private (IReadOnlyList<ClauseHit> Hits, Dictionary<string, int> Ranks) Search(string query, string language, IReadOnlySet<string> documents)
    {
        var hits = knowledge.Retriever.Search(query, language, SearchWide);
        if (documents.Count > 0)
        {
            hits = hits.Where(h => documents.Contains(PolicyShortlist.DocumentOf(h.ClauseId))).ToList();
        }

        var inForce = hits.Where(h => knowledge.Content.FindPolicy(PolicyShortlist.DocumentOf(h.ClauseId))?.Status.Applies() ?? true).ToList();
        var kept = new List<ClauseHit>();
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        var rankOfText = new Dictionary<string, int>(StringComparer.Ordinal);
        // A preamble or heading (the notice's "individual businesses (sole proprietorships)") holds no provision: it
        // does not push the measures it stands over down the ranks.
        var provisionsRanked = 0;
        foreach (var hit in inForce.Count > 0 ? inForce : hits)
        {
            var clause = knowledge.Content.FindClause(hit.ClauseId);
            var key = string.IsNullOrWhiteSpace(clause?.Text) ? hit.ClauseId : clause.Text;
            if (!rankOfText.TryGetValue(key, out var rank))
            {
                if (kept.Count == SearchTop)
                {
                    continue;
                }

                rankOfText[key] = rank = provisionsRanked;
                provisionsRanked += IsPreamble(clause?.Kind) ? 0 : 1;
                kept.Add(hit);
            }

            ranks[hit.ClauseId] = rank;
        }

        return (kept, ranks);
    }

    /// <summary>A preamble or a heading over other clauses: it holds no provision of its own.</summary>
    private static bool IsPreamble(SectionKind? kind) => kind is SectionKind.Notice or SectionKind.Plan or SectionKind.Group;

    // "这个实施方案的目标", "实施方案的目标", "this policy's aims": the document as a whole, not words to search its clauses for.
    private static readonly string ChineseDocumentWords = string.Join('|', BotKnowledge.DocumentWords.Where(w => !char.IsAsciiLetter(w[0])).Prepend("政策").Prepend("实施方案"));

    // 政策 opening a clause is the document too ("雇人成本太高，政策有支持吗"), not a word to search for; 政策性 is a kind.
    private static readonly Regex DocumentReference = new(
        $"(这个|这份|这项|该|本|此)({ChineseDocumentWords})|({ChineseDocumentWords})(?=的)|(?<=^|[\\p{{P}}\\s])政策(?!性)"
        // "算不算政策支持的": whether the policy supports what was said, not the measure titled 金融政策支持.
        + "|(?<=算不算|是不是|属不属于|属于|算是|在不在)政策(支持|扶持|鼓励)(的|范围)?"
        + $"|\\b(this|the) (plan|{string.Join('|', BotKnowledge.DocumentWords.Where(w => char.IsAsciiLetter(w[0])))})('s)?\\b",
        RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // The document as a whole: "这个政策还有效吗", "is this document still valid", "文件过期了没"; "减租政策" names a benefit.
    private static readonly string[] WholeDocumentWords = ["文件", "通知", "方案", "号文", "document", "notice", "plan"];

    // The sums of money listed after a rumoured one: a few, not every grant of a thousand policies.
    private const int MaxSumsWritten = 6;

    /// <summary>Whether the message names a whole document ("文件", "这个政策", "doc 67"), not only a measure of one.</summary>
    internal static bool NamesAWholeDocument(string normalized) =>
        DocumentReference.IsMatch(normalized) || WholeDocumentWords.Any(w => normalized.Contains(w, StringComparison.Ordinal)) || PolicyAlone().IsMatch(normalized);

    // 政策 with nothing before it but the start or a pointer: "政策还有效吗", "这政策过期了没".
    [GeneratedRegex(@"^(这|那)?(个|项)?政策|\b(the|this|that) policy\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex PolicyAlone();

    private static string Clip(string question) => question.Length > MaxSearchLength ? question[..MaxSearchLength] : question;

    /// <summary>
    /// What there is for the asker, with a bare amount the asker gave for a month ("一个月也就五六万 … 今年有啥能享受的") taken as
    /// the one fact of all the rules it can be, as for the rules a question names. A yearly one is not: asked about everything,
    /// "一年租金一万二" is the rent, not the income.
    /// </summary>
    private DefaultAnswer Overview(AnswerContext context)
    {
        var learned = context.Extracted.UnassignedAmounts.All(a => a.Period == FactPeriods.Month) ? AssignBareAmount(knowledge.Rules, context) : [];
        if (learned.Count == 0)
        {
            return overview.Answer(context);
        }

        var facts = new Dictionary<string, string>(context.Facts, StringComparer.Ordinal);
        foreach (var (id, value) in learned)
        {
            facts[id] = value;
        }

        // The overview learns nothing itself: what it was told here is what the session keeps.
        return overview.Answer(context with { Facts = facts }) with { LearnedFacts = learned };
    }

    /// <summary>
    /// An amount with no fact word beside it ("我每个月卖12万") belongs to a fact only when the rules in question
    /// lack exactly one amount; otherwise it is not guessed.
    /// </summary>
    private Dictionary<string, string> AssignBareAmount(IReadOnlyList<Rule> rules, AnswerContext context)
    {
        var learned = new Dictionary<string, string>(StringComparer.Ordinal);
        var amounts = context.Extracted.UnassignedAmounts;
        // "一个月16万到17万": several figures all said of one period are a range for one fact, taken only if the rules decide
        // them alike ("3000 and 1200", the policy's amounts, are no figures of the asker's).
        if (amounts.Count == 0 || (amounts.Count > 1 && (amounts[0].Period is null || amounts.Any(a => a.Period != amounts[0].Period))))
        {
            return learned;
        }

        var missingNumbers = rules.SelectMany(r => r.FactIds).Distinct()
            .Where(id => !context.Facts.ContainsKey(id) && knowledge.Fact(id)?.Type == FactType.Number)
            .ToList();
        var amount = amounts[0];
        var period = amounts.Select(a => a.Period).FirstOrDefault(p => p is not null);
        // One figure missing takes it; of several, the one kept for the period the figure is given for ("80k a month" is
        // the monthly sales, not the yearly income both asked-about benefits need).
        var candidates = missingNumbers.Count == 1 || period is null ? missingNumbers
            : missingNumbers.Where(id => knowledge.Fact(id)?.Period == period).ToList();
        if (candidates.Count == 1 && knowledge.Fact(candidates[0]) is { } fact
            && amounts.Select(a => PeriodReader.ToFactPeriod(fact, a.Value, a.Period ?? period)).ToList() is var values
            && values.All(v => v is not null) && (values.Count == 1 || knowledge.DecidesAlike(fact.Id, [.. values.Select(v => v!.Value)])))
        {
            // The last figure: what the asker says of now after what was ("以前八九万，这个月14万").
            learned[candidates[0]] = FactExtractor.FormatNumber(values[^1]!.Value);
        }

        return learned;
    }

    /// <summary>The clauses to cite: those of the rules answered, then the best search results close to the top score.</summary>
    private List<string> ChooseClauses(IReadOnlyList<ClauseHit> hits, List<RuleResult> verdicts, float closeToBest)
    {
        var ids = verdicts.Select(v => v.Rule.ClauseId).Distinct().ToList();
        if (hits.Count > 0)
        {
            var top = hits[0].Score;
            foreach (var hit in hits)
            {
                if (ids.Count >= MaxCitations || (ids.Count > 0 && hit.Score < top * closeToBest))
                {
                    break;
                }

                // A preamble or a heading over other clauses is cited only when it is the best match itself.
                var kind = knowledge.Content.FindClause(hit.ClauseId)?.Kind;
                var answersItself = !IsPreamble(kind) || hit == hits[0];
                if (!ids.Contains(hit.ClauseId) && answersItself)
                {
                    ids.Add(hit.ClauseId);
                }
            }
        }

        return ids;
    }

    /// <summary>
    /// The rules still open that the case the message imagines would grant ("要是转成公司，有啥好处", "if I convert, what do I
    /// get?"): only those whose every missing fact is imagined. Their verdict stays "cannot tell": the asker has not said it is so.
    /// </summary>
    private static HashSet<string> ImaginedGrants(List<RuleResult> verdicts, IReadOnlyDictionary<string, string> facts, AnswerContext context)
    {
        var imagined = context.Extracted.Imagined.Where(f => !facts.ContainsKey(f)).ToList();
        if (imagined.Count == 0)
        {
            return [];
        }

        var ifSo = facts.Concat(imagined.Select(f => KeyValuePair.Create(f, "true"))).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return verdicts.Where(v => v.Verdict == Verdict.NeedInfo && v.Missing.All(imagined.Contains)
                && BotKnowledge.Evaluate(v.Rule, ifSo, context.AsOf).Verdict == Verdict.Eligible)
            .Select(v => v.Rule.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The next fact to ask: the first missing one of the first rule that needs information, skipping facts the user does not know.</summary>
    private NextFact? NextQuestion(List<RuleResult> verdicts, AnswerContext context)
    {
        foreach (var verdict in verdicts.Where(v => v.Verdict == Verdict.NeedInfo))
        {
            foreach (var missing in verdict.Missing)
            {
                if (!context.Unknown.Contains(missing) && knowledge.Fact(missing) is { } fact)
                {
                    return new NextFact(fact, verdict);
                }
            }
        }

        return null;
    }

    /// <summary>The fact's own question; a choice also lists its options, so "小规模" or "general" is an answer.</summary>
    internal static string FollowUpText(FactDefinition fact, string language)
    {
        var question = fact.Question.In(language);
        if (fact.Type != FactType.Choice || fact.Options.Count == 0)
        {
            return question;
        }

        var options = fact.Options.Select(c => c.Label.In(language));
        return language == Languages.English
            ? $"{question} ({string.Join(" / ", options)})"
            : $"{question}（{string.Join("／", options)}）";
    }

    /// <summary>
    /// A real question (more than the facts the user gave about themselves) that no clause speaks to: its rare terms,
    /// weighed by how few clauses hold them, stay below the floor even in the best clause.
    /// </summary>
    private bool Uncovered(string normalized, string language)
    {
        // What names the document ("3号文", "泽州县那个通知") says where to look, not what about; so does the city's name,
        // and the unit a count is asked in ("目标是多少户": 户 is how the answer would be counted).
        var rest = HowMany().Replace(knowledge.Topic(normalized), " ");
        var terms = questionTerms.Of(rest);
        return terms.Count >= MinQuestionTerms.GetValueOrDefault(language, 4)
            && coverage.Best(terms, language, Naming(rest, language)) < coverage.Floor(CoverageFloor.GetValueOrDefault(language, 0), language);
    }

    /// <summary>
    /// The terms of <paramref name="rest"/> that name a provision, and so weigh twice in its coverage: those of a topic
    /// staff named whose every word is rare in the clauses (电费, and the clause's 电价; a topic many clauses mention, 补贴,
    /// says only what kind), leaving out the terms most clauses hold (优秀个体户 names 先进典型 by 优秀, whatever 个体户 says),
    /// and the rare words of a heading ("实施方案的目标是什么" names 一、目标要求). A way of asking for
    /// benefits names none, though a heading may say 优惠 ("残疾人开店有没有额外优惠").
    /// </summary>
    private HashSet<string> Naming(string rest, string language)
    {
        rest = OverviewAnswerer.WithoutCues(rest);
        var terms = questionTerms.Of(rest);
        var named = questionTerms.Topics(rest).Select(topic => topic.Where(t => !coverage.Common(t, language)).ToList())
            .Where(own => own.Count > 0 && own.All(t => coverage.Rare(t, language))).SelectMany(t => t).ToHashSet(StringComparer.Ordinal);
        named.UnionWith(terms.Where(t => titleTerms.Value.Contains(t) && coverage.Rare(t, language)));
        return named;
    }

    /// <summary>
    /// The query without the names of responsible units ("我要投诉市场监管局的工作人员", "税务局有没有上门服务"), when
    /// something else is left to search for: every clause lists its units, so a unit's name says whom, not what about.
    /// </summary>
    /// <summary>The text without the names of the responsible units ("那找谁 财政局？": the unit guessed is where, not what about).</summary>
    internal string WithoutUnitNames(string text) => WordRemoval.Without(text, unitDuties.Names, [], StringComparison.OrdinalIgnoreCase);

    private string WithoutUnits(string query, string language) =>
        IfSomethingIsLeft(query, WordRemoval.Without(query, unitDuties.Names, [], StringComparison.OrdinalIgnoreCase), language);

    /// <summary>The query with words taken out, when what is left still has a term not most clauses hold; else as it was.</summary>
    private string IfSomethingIsLeft(string query, string rest, string language) =>
        rest != query && questionTerms.Of(rest).Any(t => !coverage.Common(t, language)) ? rest : query;


    /// <summary>The query without the ways of asking who handles it: every clause lists its responsible units.</summary>
    private static string WithoutAskingWho(string query) =>
        ScopeLexicon.AskingWhoHandles.Aggregate(query, (text, words) => text.Replace(words, " ", StringComparison.Ordinal));

    /// <summary>
    /// The query without the words for what every provision is about (个体户 in "个体户招工有补贴吗"), when something else is
    /// left to search for: in a heading that names individual businesses they would outweigh the topic asked about.
    /// A staff word that holds one of them names something else and stays whole: "怎么评上优秀个体户" is about 优秀个体户.
    /// </summary>
    private string WithoutSubject(string query, string language)
    {
        var (subject, holding) = SubjectWords(language);
        // "…takes a cut from my noodle shop": the asker's business, by its trade, is who asks; "my new shop", "my online store"
        // say something of it that a clause may be about.
        var withoutOwnBusiness = language == Languages.English
            ? RegisteredAs().Replace(AskersTradeNamed().Replace(ScopeLexicon.AskersBusinessInEnglish.Replace(query, " "), m => SaysWhatKind().IsMatch(m.Value) ? m.Value : " "), " ")
            : query;
        return IfSomethingIsLeft(query, WordRemoval.Without(withoutOwnBusiness, subject, holding, StringComparison.OrdinalIgnoreCase), language);
    }

    // "…noodle shop, registered as getihu": what the asker's business is registered as says who asks ("can I register as a
    // getihu online" asks about registering).
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(registered|licensed) as (an? )?(getihu|individual (industrial and commercial )?business(es)?|sole (trader|proprietor(ship)?)|self-employed)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex RegisteredAs();

    // "from my noodle shop", "at my tea shop": a shop named by its trade, not its licence, address or premises.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(from|of|at|in|for|to) (my|our)( [a-z-]+){1,2}? (shop|store|stall|restaurant|cafe|salon|kiosk|stand|bakery|garage|studio)\b(?!'s| (licen[cs]e|address|premises|front|space|seal|stamp|account|name))", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex AskersTradeNamed();

    // Words that say what kind the asker's shop is ("my new shop", "my online store"), which a clause may be about.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(new|newly|second|another|other|online|physical|branch|rented|first|small|tiny|little|family|own)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex SaysWhatKind();

    /// <summary>
    /// The words of each staff synonym group one of whose words is made only of terms most clauses hold, longest first. An
    /// English word of stop words only ("individual business") is one too: the overlap leaves those words out for that reason.
    /// </summary>
    /// <remarks>With them, the staff words of other groups that hold one ("优秀个体户"), longest first.</remarks>
    private (string[] Subject, string[] Holding) SubjectWords(string language) => subjectWords.GetOrAdd(language, l =>
    {
        var groups = knowledge.Content.Synonyms.In(l).ToLookup(g => g.Words.Any(w => TermOverlap.Terms(w) is var terms
            && (terms.Count > 0 ? terms.All(t => coverage.Common(t, l)) : w.Contains(' ', StringComparison.Ordinal))));
        string[] subject = [.. groups[true].SelectMany(g => g.Words).Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length)];
        return (subject, WordRemoval.Holding(groups[false].SelectMany(g => g.Words), subject, StringComparison.OrdinalIgnoreCase));
    });

    /// <summary>
    /// "我是个体户，能享受吗": facts and a way of asking, nothing else ("个体户能不能雇外国人" asks about something).
    /// </summary>
    private bool OnlyFactsAndAsking(string normalized) =>
        WithoutAskersTrade(WithoutFactsAndAsking(normalized)) is var rest && OnlyForm(rest)
        && TextPatterns.EnglishWord().Matches(WithoutAskersBusinessInEnglish(knowledge.Topic(rest))).All(w => EnglishAsking.Contains(w.Value) || EnglishForm.Contains(w.Value));

    /// <summary>The text without the asker's own business in English ("I have a tiny bakery", "my shop"): who asks, not what about.</summary>
    private static string WithoutAskersBusinessInEnglish(string text) =>
        ScopeLexicon.AskersBusinessNamedInEnglish.Replace(ScopeLexicon.AskersBusinessInEnglish.Replace(text, " "), " ");

    // English words that only shape a question ("is there anything", "can I", "what now"): "is there a hotline for individual
    // businesses" asks about a hotline.
    private static readonly HashSet<string> EnglishForm = new(
        ["can", "could", "would", "will", "should", "there", "what", "which", "how", "much", "many", "eligible", "qualify", "entitled", "claim", "receive",
         "now", "today", "yes", "no", "and", "or", "with", "on", "so", "please", "hi", "hello", "m", "s", "ve", "re", "d", "ll", "just", "as", "be", "been", "got", "has", "was"], StringComparer.Ordinal);

    /// <summary>"你好，我是卖水果的", "我开了个店": a greeting, the asker's trade, or running a business at all, say who asks, not what about.</summary>
    private static string WithoutAskersTrade(string text) =>
        ScopeLexicon.RunningABusiness.Concat(ScopeLexicon.Hellos).Aggregate(ScopeLexicon.AskersTrade.Replace(AskersOwnShop().Replace(text, " "), " "), (rest, words) => rest.Replace(words, " ", StringComparison.Ordinal));

    // "俺家原来的个体小卖部…转成有限公司了，新执照都拿到手了": the asker's own shop, and the new licence in hand, tell who asks
    // and what was done (小卖部 and 执照 are topics of clauses of their own). Anywhere in the message, where
    // ScopeLexicon.AskersBusinessInChinese reads only its opening ("好 那说我自个儿的事：俺家原来的个体小卖部…").
    [GeneratedRegex("(俺|我|咱)(们)?(家|家里)?(那个|这个|那家|这家)?(原来|以前|之前|现在|开)?的?(个体)?\\p{IsCJKUnifiedIdeographs}{0,4}?(店|馆|铺|摊|超市|小卖部|作坊|工作室)|(新|公司的?|企业的?)(营业)?执照(都|也)?(已经)?(拿到手|拿到|领到|下来|办下来|发下来)了", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex AskersOwnShop();

    /// <summary>The message without the facts the asker gave and the ways of asking whether something applies.</summary>
    private string WithoutFactsAndAsking(string normalized) =>
        ScopeLexicon.EligibilityCues.OrderByDescending(c => c.Length).Aggregate(knowledge.WithoutFactWords(normalized), (text, cue) => text.Replace(cue, " ", StringComparison.Ordinal));

    /// <summary>Whether every Chinese character left only shapes the question (<see cref="ScopeLexicon.FormCharacters"/>).</summary>
    private static bool OnlyForm(string rest) => rest.All(c => !TermOverlap.IsHan(c) || ScopeLexicon.FormCharacters.Contains(c));

    /// <summary>
    /// "我能享受吗", "这个政策对我适用吗", "我在高平开店，能享受吗", "卖菜的小摊能享受吗", "Does this policy apply to me?": whether
    /// the policy is for the asker, about no provision in particular. Once the facts, the document, the city's places,
    /// running a business in general and the asker's trade are taken out, only a way of asking whether it applies is left.
    /// </summary>
    private bool AsksOnlyWhetherItApplies(string normalized)
    {
        var rest = DocumentReference.Replace(knowledge.Topic(WhatTheAskerDoes.Replace(normalized, " ")), " ");
        rest = ScopeLexicon.RunningABusiness.Aggregate(rest, (text, words) => text.Replace(words, " ", StringComparison.Ordinal));
        if (!ScopeLexicon.EligibilityCues.Any(c => rest.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }

        var left = WithoutAskersBusinessInEnglish(InTheDocument.Replace(ScopeLexicon.AskersTrade.Replace(WithoutFactsAndAsking(rest), " "), " "));
        return OnlyForm(left) && TextPatterns.EnglishWord().Matches(left).All(w => EnglishAsking.Contains(w.Value));
    }

    // "I sell noodles from a cart", "we fix bikes": what the asker sells or does says who asks (not "I sell 100k a month").
    private static readonly Regex WhatTheAskerDoes = new(
        @"\b(i|we)( also| just| only| mainly| mostly)? (sell|make|cook|fix|repair|bake|serve) (?!\d|(about|around|over|under|less|more|online|on|in|at|to|through|via|from|out|it|them|things|stuff|enough|money|a lot|much)\b)[a-z-]+( (?!(from|at|in|on|out)\b)[a-z-]+)?( (from|at|in|on|out of) (a|an|the|my|our) [a-z-]+)?\b",
        RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // "能享受这里面的优惠吗", "这些政策能享受吗", "政策对我适用吗": what the document holds, as a whole.
    private static readonly Regex InTheDocument = new(
        "(这|那)(些|个|项)?(里面|里头|里边|上面|上头)?的?(优惠|政策|好处|扶持|待遇)|(这|那)?(里面|里头|里边|上面|上头)的?(优惠|政策|好处|扶持|待遇)?|政策|文件|通知|方案",
        RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // English words that only ask whether a policy applies: "does this apply to me", "can i get anything from it".
    private static readonly HashSet<string> EnglishAsking = new(
        ["i", "me", "my", "we", "us", "our", "it", "this", "that", "the", "a", "an", "to", "for", "from", "of", "does", "do", "is", "am", "are", "apply", "applies",
         "any", "anything", "at", "all", "get", "benefit", "use", "policy", "plan", "notice", "document", "here", "too", "also", "still",
         // Who it is for, in general: "does this apply to shops in Gaoping", "who does it apply to".
         "in", "who", "if", "run", "own", "have", "shop", "shops", "store", "stores", "business", "businesses", "owner", "owners", "small", "individual", "everyone", "people"], StringComparer.Ordinal);

    /// <summary>
    /// "个转企是什么意思", "什么叫新设立", "What does 个转企 mean?", "首次免罚是第几条": what a term means or where it is written,
    /// with no way of asking whether the asker can have it ("首次免罚是什么意思，我能享受吗" asks both).
    /// </summary>
    internal static bool AsksOnlyWhatItMeans(string normalized) =>
        (WhatItMeans().IsMatch(normalized) || (AnswerComposer.AsksWhichMeasureSays(normalized) && !WhichIsTheAskers().IsMatch(normalized)))
        && !ScopeLexicon.EligibilityCues.Any(c => normalized.Contains(c, StringComparison.Ordinal));

    // "俺该看哪条", "which one applies to me": which measure is the asker's, not only where something is written.
    [GeneratedRegex(@"(我|俺|咱)(们)?(该|应该|得|适用|能用|要看)|对(我|俺|咱)|\b(appl(y|ies) to|for) (me|us|my|our)\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex WhichIsTheAskers();

    private static int RelevantFactsGiven(IReadOnlyList<RuleResult> verdicts, IReadOnlyDictionary<string, string> facts) =>
        verdicts.SelectMany(v => v.Rule.FactIds).Distinct(StringComparer.Ordinal).Count(facts.ContainsKey);

    // What a term means: 什么意思, 是指, 什么叫 …; in English, "mean", "definition", or "what is" before a Chinese term.
    [GeneratedRegex(@"什么意思|啥意思|是什么|是啥|指什么|是指|指的是|什么叫|啥叫|什么是|啥是|何为|何谓|怎么理解|如何理解|\bmeans?\b|\bmeaning\b|\bdefin|\bstand for\b|\bwhat(?: is|'s) (?=\p{IsCJKUnifiedIdeographs})",
        RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex WhatItMeans();

    /// <summary>The terms of every different section heading, both languages (a library repeats its headings).</summary>
    private static HashSet<string> TitleTerms(ContentSet content)
    {
        var titles = content.Policies.SelectMany(p => new[] { p.Chinese, p.English }).OfType<PolicyDocument>()
            .SelectMany(d => d.Sections).Select(s => s.Title).ToHashSet(StringComparer.Ordinal);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var title in titles)
        {
            terms.UnionWith(TermOverlap.Terms(title));
        }

        return terms;
    }

    /// <summary>
    /// "个体户贷款有什么优惠" asks about loans, not for an overview: once the facts and the overview words are taken out,
    /// what is left still speaks to some clause as strongly as a covered question does.
    /// </summary>
    private bool NamesATopic(AnswerContext context) => NamesATopic(context.Normalized, context.Reading);

    /// <summary>
    /// The asker's own business in a Chinese question, when it says who asks rather than what about: opening the message
    /// ("俺开个小超市，想贷点款进货", "我的店税能减吗"), or running a shop said before the way of asking when something else is
    /// named ("在晋城开店能在这边交社保不"); null when there is none.
    /// </summary>
    private Match? AskersBusiness(string normalized, string reading) =>
        ScopeLexicon.AskersBusinessInChinese.Match(normalized) is { Success: true } opening ? opening
        : ScopeLexicon.RunningAShopBeforeAsking.Match(normalized) is { Success: true } running && NamesATopic(normalized.Remove(running.Index, running.Length), reading) ? running
        : null;

    /// <summary>"政策没有写到“利率”这一点…": the details asked that the clause answering does not state, said before it.</summary>
    private static string PartlyCovered(IEnumerable<string> unstated, string language) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, BotTexts.PartlyCovered.In(language), string.Join(BotTexts.ListSeparator.In(language), unstated));

    /// <summary>Whether the words of a message, the asker's own and the ways of asking left out, name what a clause is about.</summary>
    internal bool NamesATopic(string normalized, string reading)
    {
        // The figures and dates the asker gives are their situation and time, not a topic, though the clauses write
        // figures and dates too ("2022年10月，小规模，月销售额15万零1元，免不免"). So are the words for a kind of benefit ("am I exempt?", 免不免): they name none.
        var rest = OverviewAnswerer.WithoutCues(WithoutFiguresAndDates(knowledge.Topic(normalized)));
        rest = WordRemoval.Without(WithoutAskersBusinessInEnglish(rest), selector.GenericWords, []);
        // Nor are the words for whom the policy is ("what help is there for small businesses?"), as search leaves them out.
        var (subject, holding) = SubjectWords(reading);
        rest = WordRemoval.Without(rest, subject, holding, StringComparison.OrdinalIgnoreCase);
        var terms = questionTerms.Of(rest);
        // A provision's own topic weighs twice only beside the way of asking ("水电费有什么优惠"): in an earlier part of the
        // message it describes the asker ("我开了个小饭馆，有啥补贴能拿不").
        var asking = OverviewAnswerer.AskingPart(normalized);
        return terms.Count > 0 && coverage.Best(terms, reading, Naming(asking, reading))
            >= coverage.Floor(CoverageFloor.GetValueOrDefault(reading, 0), reading);
    }

    private static string WithoutFiguresAndDates(string text)
    {
        var figures = NumberParser.Find(text).ToList();
        for (var i = figures.Count - 1; i >= 0; i--)
        {
            text = string.Concat(text.AsSpan(0, figures[i].Start), " ", text.AsSpan(figures[i].End));
        }

        return ApproximatelyOrNow().Replace(Period().Replace(DateLike().Replace(WhenRegistered().Replace(text, " "), " "), " "), " ");
    }

    // When the asker registered: "18年办的执照", "2019年开的店", "去年注册的", "上礼拜才领的执照", "执照上个月才办下来": their
    // situation, not the licensing measure.
    [GeneratedRegex(@"((\d{2,4}|[一二三四五六七八九十零〇两]{1,4})\s*年(\s*\d{1,2}\s*月)?份?|去年|前年|今年|上个月|上半年|下半年|这个月|本月|上周|上礼拜|上个礼拜|上星期|上个星期|这周|这礼拜|本周|前几天|前两天|昨天|前天)(的时候)?(就|才|刚|刚刚)?(办|领|拿|注册|开|登记)(的|了)?\s*(个体工商户的?|个体户的?|个体的?)?\s*(营业)?(执照|店)?"
        // "个体执照上个月才办下来": the licence first, then when it came.
        + @"|(个体工商户的?|个体户的?|个体的?)?(营业)?执照(是)?((\d{2,4}|[一二三四五六七八九十零〇两]{1,4})\s*年(\s*\d{1,2}\s*月)?份?|去年|前年|今年|上个月|这个月|本月|上周|上礼拜|上个礼拜|上星期|上个星期|这周|这礼拜|本周|前几天|前两天|昨天|前天)(就|才|刚|刚刚)?(办|领|拿|批|发)(下来|好|到手|回来)?(的|了)?", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex WhenRegistered();

    // A figure's approximation ("around 80,000", "8万左右") and the time the asker speaks at ("now", 现在).
    [GeneratedRegex(@"\b(around|about|approximately|roughly|nearly|almost|now|currently|today|these days)\b|左右|大概|大约|差不多|将近|上下|现在|目前|如今|眼下", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex ApproximatelyOrNow();

    // Asking how many, with the unit counted: 多少户, 几个, 多少钱; not "several" (好几个部门, 十几年).
    [GeneratedRegex("(?<![好十])(多少|几)(个|户|家|人|天|年|月|元|块|钱|次|项|条|万|名)", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex HowMany();

    // The period a figure is given for: "a month", "per year", 每月, 一个月; and a count in English words ("two weeks ago").
    [GeneratedRegex(@"\b(a|per|each|every)\s+(month|year|quarter|week|day)\b|\b(monthly|yearly|annually)\b|(每个?|一个?)(月|年|季度)|\b(one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\b", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex Period();

    // The words that set a story aside and turn to the question.
    [GeneratedRegex(@"\b(anyway|anyways|but anyway)[,.:!\s]+(my (real |actual )?question( is)?|what i (really )?want to (ask|know)( is)?|question)\b[:,.\s]*|\bmy (real |actual )?question is\b[:,.\s]*|这事先放一边|这个先不说|言归正传|说正事|我(想|要)问的是|俺(想|要)问的是|(我|俺)就想问(一下)?", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex QuestionAfterAStory();

    // Asking whether what someone said is true: "is he right?", "is that correct?", "am I right?".
    [GeneratedRegex(@"\b(is|was|are) (he|she|it|that|this|they|my \w+) (right|correct|true)\b|\bam i (right|correct)\b|\bright\?\s*$", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex WhetherTrue();

    [GeneratedRegex(@"\beither\b.+\bor\b|或者是?.{2,}还是|是.{2,}还是.{2,}(好|合适|划算)", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex TwoWays();

    // 2022年10月, 2022年12月31日, 10月, 12月31号: a date, however much of it is written.
    [GeneratedRegex(@"\d{4}\s*年(\s*\d{1,2}\s*月)?(\s*\d{1,2}\s*[日号])?|\d{1,2}\s*月(\s*\d{1,2}\s*[日号])?|\b(next|last|this) (year|month|week)\b|明年|后年|来年|下个月|下月"
        // "if they find the same problem again in a few months", "过两个月再查出来": a time to come, counted from now.
        + @"|\bin (a few|a couple of|\d+|one|two|three|four|five|six|several) (days?|weeks?|months?|years?)( time)?\b|\b(a few|a couple of|\d+|two|three|several) (days|weeks|months|years) (later|from now)\b|过(几|两|三|一)个?(天|礼拜|星期|月|年)|(几|两|三)个?(月|年)(以后|之后|后)", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex DateLike();

    /// <summary>
    /// The yes/no fact the asker asks whether they count as, when staff wrote how to tell, the asker has not said, and no rule
    /// reads it alone: "还算新开的吗" is the free seal's question, answered with its rule and its note.
    /// </summary>
    private FactDefinition? CountsAsked(AnswerContext context) =>
        context.Extracted.CountsAsked.Where(f => !context.Extracted.Values.ContainsKey(f) && !context.Facts.ContainsKey(f) && !knowledge.FactsDecidingARuleAlone.Contains(f))
            .Select(knowledge.Fact).OfType<FactDefinition>().FirstOrDefault(f => f.Type == FactType.Bool && !string.IsNullOrWhiteSpace(f.Help.In(context.Language)));

    /// <summary>Whether the asker counts as a fact: the policy does not say; the checker's note says how to tell, then whom to ask.</summary>
    private DefaultAnswer CountsAs(AnswerContext context, FactDefinition fact)
    {
        var language = context.Language;
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, BotTexts.CountsAsNotWritten.In(language), fact.Label.In(language), fact.Help.In(language));
        return new DefaultAnswer(new BotResult { Language = language, InScope = true, Answer = WithLeadUnit(text, language, "\n") }, [], null, new Dictionary<string, string>());
    }

    /// <summary>No clause covers an in-scope question: say so, and name the policy's lead unit to ask.</summary>
    // A figure of three or more digits the question gives ("3000块", "1200的补助"), as the rule's amount writes it.
    private static readonly Regex Figure = new("(?<![0-9])[0-9]{3,}(?![0-9])", RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static bool NamesItsAmount(string question, Rule rule) =>
        rule.Amount?.Zh is { } amount && Figure.Matches(question).Any(asked => Figure.Matches(amount).Any(written => written.Value == asked.Value));

    private DefaultAnswer NotCovered(AnswerContext context) =>
        new(new BotResult { Language = context.Language, InScope = true, Answer = WithLeadUnit(BotTexts.NotCovered.In(context.Language), context.Language, context.Language == Languages.English ? " " : "") }, [], null, new Dictionary<string, string>());

    /// <summary>The text, then whom to ask: the lead units the policies name (牵头单位), after <paramref name="gap"/>.</summary>
    private string WithLeadUnit(string text, string language, string gap)
    {
        var leads = knowledge.LeadUnits.Select(u => u.Name.In(language)).Distinct().ToList();
        return leads.Count == 0 ? text
            : text + gap + string.Format(System.Globalization.CultureInfo.InvariantCulture, BotTexts.AskTheLead.In(language), string.Join(BotTexts.ListSeparator.In(language), leads));
    }

    internal static EligibilityResult ToResult(RuleResult verdict, string language) => new(
        verdict.Rule.Id,
        verdict.Rule.Benefit.In(language),
        verdict.Rule.ClauseId,
        verdict.Verdict.Name(),
        verdict.ConditionsMet,
        verdict.Missing,
        verdict.Amount?.In(language),
        verdict.Reasons.Select(r => r.In(language)).ToList());

    private sealed record NextFact(FactDefinition Fact, RuleResult Verdict);
}
