using System.Text.RegularExpressions;
using Policy.Bot.Understanding;
using Policy.Knowledge.Content;
using Policy.Knowledge.Rules;
using Policy.Knowledge.Search;

namespace Policy.Bot.Answering;

/// <summary>
/// Topic first: which rules a question is about. A clause can hold several rules (measure 5: VAT and income tax), so the
/// clause found by search is not enough: a rule is chosen when the question names its benefit (directly or through the
/// staff's synonyms), helped by how high its clause ranks. Facts the user mentions never choose a rule: "我是一般纳税人，
/// 个税能减半吗" is about income tax, whatever it says about VAT. Rules scoring well below the best are left out.
/// </summary>
internal sealed class RuleSelector
{
    private const double KeepShareOfBest = 0.6;

    private readonly IReadOnlyList<Rule> rules;
    private readonly QuestionTerms questionTerms;

    /// <summary>The rules reading each fact that says which provision it is for (not one read across a policy's clauses).</summary>
    private readonly Dictionary<string, List<int>> rulesByFact = new(StringComparer.Ordinal);

    /// <summary>Facts read by rules of more than one clause of a policy (<see cref="SharedFacts"/>).</summary>
    private readonly HashSet<string> sharedFacts = [];

    /// <summary>Groups whose words name no benefit on their own (<see cref="GenericGroups"/>).</summary>
    private readonly HashSet<SynonymGroup> generic;

    /// <summary>The words of the groups that say what kind of benefit, not which ("free", "exempt", 免费), longest first.</summary>
    public IReadOnlyList<string> GenericWords { get; }
    private readonly Dictionary<string, (HashSet<string> Zh, HashSet<string> En)> benefitTerms = new(StringComparer.Ordinal);

    // Every benefit text, in both languages, once.
    private readonly string[] benefitTexts;

    /// <summary>Which rules (by position in <see cref="rules"/>) have a term in their benefit: a question is scored only against those.</summary>
    private readonly Dictionary<string, List<int>> rulesByTerm = new(StringComparer.Ordinal);

    /// <summary>
    /// The other rules of each rule's clause that the same facts decide (个转企: the reward, the account subsidy and the
    /// free seal): whoever qualifies for one gets them all, so the answer names them together.
    /// </summary>
    /// <remarks>Worked out for a rule the first time it is chosen (a start need not pay for every rule of a library).</remarks>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Rule, Rule[]> siblings = new(ReferenceEqualityComparer.Instance);

    /// <summary>Each rule's amount as a question term, by position in <see cref="rules"/>.</summary>
    private readonly string?[] amountTerms;

    private readonly ContentSet content;

    public RuleSelector(ContentSet content)
    {
        this.content = content;
        rules = content.RulesInForce; // a repealed policy's rules are never offered
        amountTerms = [.. rules.Select(AmountTerm)];

        // Words of a fact read by rules of several clauses of a policy ("个体工商户") are in almost every question and
        // benefit: they say who, not which benefit, so they are no evidence of the topic.
        sharedFacts = SharedFacts(rules).ToHashSet(StringComparer.Ordinal);
        var shared = sharedFacts.Select(content.Facts.Find).OfType<FactDefinition>()
            .SelectMany(f => f.WordsZh.Concat(f.WordsEn).Append(f.Label.Zh).Append(f.Label.En))
            .SelectMany(w => TermOverlap.Terms(w)).ToHashSet(StringComparer.Ordinal);
        // One pair of term sets per benefit text, and their terms together: a library repeats the same benefit in
        // policy after policy.
        var byBenefit = new Dictionary<(string, string), (HashSet<string> Zh, HashSet<string> En, string[] All)>();
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (!byBenefit.TryGetValue((rule.Benefit.Zh, rule.Benefit.En), out var terms))
            {
                var zh = TermOverlap.Terms(rule.Benefit.Zh);
                var en = TermOverlap.Terms(rule.Benefit.En);
                zh.RemoveWhere(IsWhen);
                en.RemoveWhere(IsWhenInEnglish);
                zh.ExceptWith(shared);
                en.ExceptWith(shared);
                byBenefit[(rule.Benefit.Zh, rule.Benefit.En)] = terms = (zh, en, [.. zh.Union(en, StringComparer.Ordinal)]);
            }

            benefitTerms[rule.Id] = (terms.Zh, terms.En);
            var amount = amountTerms[i] is { } a && !terms.Zh.Contains(a) && !terms.En.Contains(a) ? a : null;
            foreach (var term in amount is null ? terms.All : [.. terms.All, amount])
            {
                (rulesByTerm.TryGetValue(term, out var list) ? list : rulesByTerm[term] = []).Add(i);
            }
        }

        questionTerms = new QuestionTerms(content.Synonyms);
        benefitTexts = [.. byBenefit.Keys.SelectMany(b => new[] { b.Item1, b.Item2 }).Distinct(StringComparer.Ordinal)];
        for (var i = 0; i < rules.Count; i++)
        {
            foreach (var fact in rules[i].FactIds.Where(f => !sharedFacts.Contains(f)))
            {
                (rulesByFact.TryGetValue(fact, out var list) ? list : rulesByFact[fact] = []).Add(i);
            }
        }

        generic = GenericGroups(content.Synonyms, [.. byBenefit.Keys.Select(b => TextNormalizer.Normalize(b.Item1 + " " + b.Item2))]);
        GenericWords = [.. generic.SelectMany(g => g.Words).Select(TextNormalizer.Normalize).Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length)];
        // Only answers that grant one benefit and leave another open read them: a start need not pay for it.
        kindGroups = new(() =>
            [.. content.Synonyms.In(Languages.Chinese).Where(g => !generic.Contains(g))
                .Select(g => (Group: g, Words: g.Words.Select(TextNormalizer.Normalize).ToList()))
                .Where(g => !IntentClassifier.Contains("个体工商户", g.Words, wholeWords: false))]);
    }

    /// <summary>
    /// Whether two rules give the same kind of thing (the new business's free seal and the converted company's): their
    /// Chinese benefits share a staff synonym group that is not generic (免费, 费用) nor only the words for whom (个体工商户).
    /// Once one is granted, the other is another way to the same thing, not a further question.
    /// </summary>
    public bool SameThing(Rule one, Rule other) => KindsOf(one).Overlaps(KindsOf(other));

    // The non-generic groups a benefit's Chinese text writes (see SameThing), worked out once per benefit.
    private HashSet<SynonymGroup> KindsOf(Rule rule) => kinds.GetOrAdd(rule.Benefit.Zh, benefit =>
    {
        var text = TextNormalizer.Normalize(benefit);
        return new HashSet<SynonymGroup>(kindGroups.Value.Where(g => IntentClassifier.Contains(text, g.Words, wholeWords: false)).Select(g => g.Group), ReferenceEqualityComparer.Instance);
    });

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<SynonymGroup>> kinds = new(StringComparer.Ordinal);

    /// <summary>The Chinese groups that can say what kind of thing a benefit gives, words normalised: not generic, nor the words for whom.</summary>
    private readonly Lazy<List<(SynonymGroup Group, List<string> Words)>> kindGroups;

    // A group whose words are in this share of the different benefits, and in at least MinGenericBenefits of them, names none.
    private const double GenericShare = 0.25;
    private const int MinGenericBenefits = 3;

    /// <summary>
    /// Synonym groups that say what kind of benefit, not which: "free" (free seal carving, exemption from VAT, rent
    /// waived), 费用. Their words count towards a benefit the question names otherwise ("刻章要钱吗"), but do not name one
    /// on their own: "is registration free" is not about VAT.
    /// </summary>
    /// <param name="benefits">Each different benefit's text, both languages, normalised.</param>
    private static HashSet<SynonymGroup> GenericGroups(SynonymSet synonyms, IReadOnlyList<string> benefits)
    {
        var generic = new HashSet<SynonymGroup>(ReferenceEqualityComparer.Instance);
        foreach (var group in Languages.All.SelectMany(synonyms.In))
        {
            var words = group.Words.Select(TextNormalizer.Normalize).ToList();
            var touched = benefits.Count(b => IntentClassifier.Contains(b, words, wholeWords: false));
            if (touched >= MinGenericBenefits && touched >= GenericShare * benefits.Count)
            {
                generic.Add(group);
            }
        }

        return generic;
    }

    /// <summary>
    /// A pair that says when or how long (当年, 个月 of "减免当年3个月租金"), not which benefit: "社保每个月交多少" is not
    /// about rent.
    /// </summary>
    private static bool IsWhen(string term) =>
        term.Length == 2 && "年月日天周季".Contains(term[1]) && "个当每本该今去明上下前后半一二三两四五六七八九十几".Contains(term[0]);

    /// <summary>
    /// The same in English: a count or a unit of time ("three", "months" of "Three months' rent waived"), not which
    /// benefit: "my shop opened three years ago" is not about rent.
    /// </summary>
    private static bool IsWhenInEnglish(string term) =>
        (term.Length <= 2 && term.All(char.IsAsciiDigit)) || EnglishWhen.Contains(term);

    private static readonly HashSet<string> EnglishWhen = new(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "day", "days", "week", "weeks", "month", "months", "year", "years", "current"], StringComparer.Ordinal);

    /// <summary>The rule's amount as a question term ("3000"), when it is big enough to say which benefit is meant.</summary>
    private static string? AmountTerm(Rule rule) =>
        rule.AmountYuan is { } yuan && yuan >= 10 ? yuan.ToString("0", System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The rules whose benefit shares a term with the question, in their content order; no other rule can score.</summary>
    private IEnumerable<int> Candidates(HashSet<string> terms) =>
        terms.SelectMany(t => rulesByTerm.GetValueOrDefault(t) ?? []).Distinct().Order();

    /// <summary>The rules the question is about, best first, each with its score (a sibling with the score of the rule that brought it).</summary>
    /// <param name="ranks">The rank of every clause search found (copies of one text share their rank), best 0.</param>
    /// <param name="mentioned">
    /// The facts the question gives: among the benefits it names, those these facts are for come first ("I just registered
    /// … is the seal free?" is about the new business's free seal more than the converted company's).
    /// </param>
    /// <param name="outscored">Clauses search scores far below its best: their rules need more of their benefit named.</param>
    public IReadOnlyList<(Rule Rule, double Score)> Select(IReadOnlyDictionary<string, int> ranks, string question, IReadOnlySet<string>? mentioned = null, IReadOnlySet<string>? outscored = null)
    {
        var chosen = Chosen(ranks, question, mentioned, outscored);
        // "增值税和房租减免我能享受吗": each benefit named, however much longer one's name is than the other's.
        var parts = Conjunctions.Split(question);
        if (parts.Length > 1)
        {
            for (var i = 0; i < parts.Length; i++)
            {
                var part = parts[i];
                if (part.Trim().Length <= 1)
                {
                    continue;
                }

                chosen.AddRange(Chosen(ranks, part, mentioned, outscored).Where(c => !chosen.Any(k => k.Rule == c.Rule)));
                // "…让我问问今年房租和增值税能不能减免", "…有免增值税的，还有免三个月房租的，俺还能享受不": a short conjunct
                // (the words next to the conjunction) names its own benefit, however far search ranked its clause below
                // the other one's, whose facts fill the message.
                foreach (var conjunct in Conjuncts(part, before: i < parts.Length - 1, after: i > 0))
                {
                    chosen.AddRange(Chosen(ranks, conjunct, mentioned, outscored: null).Where(c => !chosen.Any(k => k.Rule == c.Rule)));
                }
            }
        }

        // "增值税能免不，房租能减不", "增值税能免不房租能减不": each short question of several names its own benefit,
        // however far the facts around one of them lift its clause above the other's; not another way to a benefit chosen
        // ("还算新设立的不？刻章还能免费不" is not about the converted company's seal). A message whose matters are turned to
        // one by one ("另外…") is answered part by part (MessageParts).
        if (QuestionBreaks.YesNoQuestions(question) is { Count: > 1 } questions && MessageParts.Split(question).Count == 0)
        {
            var before = chosen.Select(c => c.Rule).ToList();
            foreach (var asked in questions.Select(q => q.Length > MaxConjunctLength ? q[^MaxConjunctLength..] : q))
            {
                chosen.AddRange(Chosen(ranks, asked, mentioned, outscored: null).Where(c => !chosen.Any(k => k.Rule == c.Rule) && !before.Any(b => SameThing(b, c.Rule))));
            }
        }

        return WithSiblings(chosen);
    }

    // How long the words next to a conjunction may be to name one thing ("今年房租", "免增值税").
    private const int MaxConjunctLength = 8;

    /// <summary>
    /// A part of a message split at its conjunctions, or its clauses next to one (its last when a conjunction follows it,
    /// its first when one precedes it), when short enough to name one thing.
    /// </summary>
    private static IEnumerable<string> Conjuncts(string part, bool before, bool after)
    {
        // "减房租这两样能不能一起享受": the things named end where they are gathered.
        if (after && MattersGathered.Match(part) is { Success: true, Index: > 0 } gathered)
        {
            part = part[..gathered.Index];
        }

        if (part.Trim() is var whole && NamesOneThing(whole))
        {
            yield return whole; // "免增值税、减个税、减房租、免刻章"
            yield break;
        }

        var clauses = Negation.Clauses(part).ToList();
        if (before && clauses.LastOrDefault() is { } last && last != whole)
        {
            // "去年就听说能减三个月房租、还能免增值税": what was heard of ends the clause after the hearing.
            var heard = NamesOneThing(last) ? last : HeardOf.Replace(last, "");
            if (NamesOneThing(heard))
            {
                yield return heard; // "…, the free seal and …"
            }
        }

        if (after && clauses.Count > 1 && NamesOneThing(clauses[0]) && clauses[0] != whole)
        {
            yield return clauses[0];
        }
    }

    /// <summary>Whether words next to a conjunction are short enough to name one thing: eight characters, or five English words.</summary>
    private static bool NamesOneThing(string words) =>
        words.Trim() is { Length: > 1 } text
        && (text.Any(char.IsAsciiLetter) ? text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxEnglishConjunctWords : text.Length <= MaxConjunctLength);

    // How many English words next to a conjunction may name one thing ("the 3 months' free rent").
    private const int MaxEnglishConjunctWords = 5;

    // What a clause says was heard, up to the thing heard of: "去年就听说能" of "去年就听说能减三个月房租".
    private static readonly Regex HeardOf = new("^.*(听说|听人说|据说|说是|都说)(是)?(能|可以|还能)?", RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // The matters just named, gathered: "这两样", "这俩事儿".
    private static readonly Regex MattersGathered = new(
        "(这|那)(两|俩|几|二|三)(个|件|样|项|条)?(事|事儿|事情|政策|优惠|问题|样|项)", RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // Words that join two things asked about.
    private static readonly Regex Conjunctions = new(
        "以及|还有|和|跟|、|\\b(?:and|as well as|plus)\\b", RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>The rules the question names, best first: those within <see cref="KeepShareOfBest"/> of the best.</summary>
    private List<(Rule Rule, double Score)> Chosen(IReadOnlyDictionary<string, int> ranks, string question, IReadOnlySet<string>? mentioned, IReadOnlySet<string>? outscored)
    {
        // A group some benefit uses stands for that benefit only: "tax" of the VAT group's "value-added tax" does not make "Do I
        // have to pay VAT?" name "individual income tax … halved", which uses no word of the group. A group no benefit uses
        // ("tax break") reaches every benefit its terms do.
        var split = questionTerms.Split(question);
        var (terms, specific) = QuestionTerms.Of(split, generic);
        double CoverageOf(HashSet<string> benefit, string text)
        {
            if (benefit.Count == 0)
            {
                return 0;
            }

            var standingFor = split.Groups.Where(g => !UsedByABenefit(g.Group) || QuestionTerms.Uses(text, g.Group)).Select(g => g.Terms).ToList();
            return benefit.Count(t => split.Own.Contains(t) || standingFor.Exists(g => g.Contains(t))) / (double)benefit.Count;
        }

        var scored = new List<(Rule Rule, double Score)>();
        var benefitRanks = BenefitRanks(ranks);
        var benefitScores = new Dictionary<HashSet<string>, (double Score, bool Named)>(ReferenceEqualityComparer.Instance);
        // Facts given that say which provision they are for.
        var given = mentioned?.Where(rulesByFact.ContainsKey).ToHashSet(StringComparer.Ordinal);
        foreach (var candidate in Candidates(terms))
        {
            var rule = rules[candidate];
            var rank = ranks.GetValueOrDefault(rule.ClauseId, -1);
            if (benefitRanks.TryGetValue(rule.Benefit.Zh, out var benefitRank) && (rank < 0 || benefitRank < rank))
            {
                rank = benefitRank;
            }

            var clauseScore = rank switch { 0 => 2.0, 1 => 1.0, 2 => 0.5, _ => 0.0 };
            var (zh, en) = benefitTerms[rule.Id];
            // Each language on its own: mixing them would halve the share for a question written in one. Worked out
            // once per benefit text, however many policies grant it.
            if (!benefitScores.TryGetValue(zh, out var benefit))
            {
                benefitScores[zh] = benefit = (4.0 * Math.Max(CoverageOf(zh, rule.Benefit.Zh), CoverageOf(en, rule.Benefit.En)), zh.Overlaps(specific) || en.Overlaps(specific));
            }

            var benefitScore = benefit.Score;
            if (amountTerms[candidate] is { } amount && terms.Contains(amount))
            {
                // "能先拿3000吗": the rule's own amount names its benefit as well as its words do.
                benefitScore = Math.Max(benefitScore, 2.0);
            }
            else if (!benefit.Named)
            {
                continue; // only words of a generic group ("free") touch this benefit
            }

            var factsGiven = given is { Count: > 0 } && rule.FactIds.Any(given.Contains);
            var score = clauseScore + benefitScore + (factsGiven ? FactsGivenBonus : 0);

            // A clause can hold several provisions (measure 8: water, rent, social insurance), so ranking high is not
            // enough: the question must name the rule's benefit. One that search ranks far down needs more of it named,
            // unless the asker's facts are for it ("上礼拜刚领的个体执照，刻章380，能免不": the figure lifts another clause).
            if (benefitScore > 0 && score >= 2.0 && (outscored?.Contains(rule.ClauseId) != true || benefitScore >= (factsGiven ? MinBenefitOutscoredForTheirFacts : MinBenefitOutscored)))
            {
                scored.Add((rule, score));
            }
        }

        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored.Max(s => s.Score);
        return scored.Where(s => s.Score >= best * KeepShareOfBest).OrderByDescending(s => s.Score).ToList();
    }

    /// <summary>Whether any benefit text uses a word of the group (worked out once per group).</summary>
    private bool UsedByABenefit(SynonymGroup group) => groupsUsed.GetOrAdd(group, g => benefitTexts.Any(text => QuestionTerms.Uses(text, g)));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<SynonymGroup, bool> groupsUsed = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// For a question of nothing but facts ("月销售额15万零1块，小规模，还免吗"): the rules reading the facts it gives, where
    /// those facts belong to one provision (monthly sales to VAT). A fact every provision reads (个体工商户) chooses nothing.
    /// </summary>
    public IReadOnlyList<(Rule Rule, double Score)> ByFacts(IEnumerable<string> mentioned) =>
        WithSiblings([.. mentioned.SelectMany(f => rulesByFact.GetValueOrDefault(f) ?? []).Distinct().Order().Select(i => (rules[i], 1.0))]);

    /// <summary>
    /// How many clauses have a rule reading one of these facts, leaving out the facts many clauses read (个体工商户): how
    /// many provisions what the asker told is for.
    /// </summary>
    public int ClausesFor(IEnumerable<string> facts) =>
        facts.Where(f => !sharedFacts.Contains(f)).SelectMany(f => rulesByFact.GetValueOrDefault(f) ?? []).Select(i => rules[i].ClauseId).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The chosen rules, each followed by its <see cref="siblings"/> not chosen already, with its score.</summary>
    private List<(Rule Rule, double Score)> WithSiblings(List<(Rule Rule, double Score)> chosen)
    {
        var result = new List<(Rule Rule, double Score)>(chosen);
        var taken = chosen.Select(c => c.Rule).ToHashSet();
        foreach (var (rule, score) in chosen)
        {
            foreach (var sibling in siblings.GetOrAdd(rule, SiblingsOf))
            {
                if (taken.Add(sibling))
                {
                    result.Add((sibling, score));
                }
            }
        }

        return result;
    }

    private Rule[] SiblingsOf(Rule rule) =>
        [.. content.RulesOf(rule.DocumentId).Where(r => r != rule && r.ClauseId == rule.ClauseId && r.FactIds.Count > 0 && r.FactIds.All(rule.FactIds.Contains))];

    /// <summary>
    /// Facts read by rules of more than one clause of the same policy. Across policies every fact would be: a library
    /// repeats the same provisions in policy after policy, and then no fact's words would say which benefit is meant.
    /// </summary>
    internal static IEnumerable<string> SharedFacts(IReadOnlyList<Rule> rules) =>
        rules.SelectMany(r => r.FactIds.Select(f => (Fact: f, Policy: r.DocumentId, r.ClauseId)))
            .GroupBy(p => (p.Fact, p.Policy))
            .Where(g => g.Select(p => p.ClauseId).Distinct().Count() > 1)
            .Select(g => g.Key.Fact)
            .Distinct(StringComparer.Ordinal);

    /// <summary>
    /// The best rank of a clause granting each benefit among the top hits. A library repeats the same provision in policy
    /// after policy, and search ranks only a few of those clauses high: the clause found speaks for the same benefit
    /// wherever it is granted, so no copy loses its topic for ranking just below another.
    /// </summary>
    private Dictionary<string, int> BenefitRanks(IReadOnlyDictionary<string, int> clauseRanks)
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (clause, rank) in clauseRanks.Where(c => c.Value < RankedHits).OrderBy(c => c.Value))
        {
            foreach (var rule in content.RulesFor(clause))
            {
                ranks.TryAdd(rule.Benefit.Zh, rank);
            }
        }

        return ranks;
    }

    // The benefit score (4 × the share of its terms named) a rule needs when search scores its clause far below the best.
    private const double MinBenefitOutscored = 1.5;

    // The same for a rule the asker's facts are for: a good part of its benefit named is enough.
    private const double MinBenefitOutscoredForTheirFacts = 1.25;

    // What the question's own facts add to a benefit it names: as much as ranking second in search.
    private const double FactsGivenBonus = 1.0;

    /// <summary>Only the first hits add to a rule's score (2, 1, 0.5).</summary>
    private const int RankedHits = 3;
}
