using System.Text.RegularExpressions;
using Policy.Bot.Citations;
using Policy.Bot.Understanding;
using Policy.Knowledge.Content;
using Policy.Knowledge.Rules;

namespace Policy.Bot.Answering;

/// <summary>
/// Everything the bot knows, loaded once at start-up and shared by every request: the content with its rules and facts
/// (shared library), search, and the sentences that may be quoted.
/// </summary>
public sealed partial class BotKnowledge
{
    public BotKnowledge(ContentSet content, IClauseRetriever retriever)
    {
        Content = content;
        Retriever = retriever;
        Facts = new FactExtractor(content.Facts.Facts);
        Verifier = new CitationVerifier(content);
        Sentences = new QuotableSentences(content);
        leads = FindLeads(content);
        factsDecidingARuleAlone = new(() => [.. Rules.Where(r => r.FactIds.Count == 1).Select(r => r.FactIds[0])]);
        LeadUnits = [.. leads.Values.SelectMany(l => l).Select(l => l.Unit).Distinct()];
        Intro = new BotIntro(content);
        Scope = ScopeWords.From(content, content.Policies.SelectMany(Names));
        ownPlaces = PlacesPattern(Scope.OwnPlaces);
        // The city's own name ("晋城", "Jincheng"): every clause is the city's, and its units' names hold it.
        var city = content.Regions.CityWide;
        var cityWord = city.Name.En.Split(' ')[0];
        var cityHan = city.Name.Zh.Length >= 2 ? city.Name.Zh[..2] : city.Name.Zh;
        cityName = PlacesPattern(city.Names.Append(cityWord).Select(TextNormalizer.Normalize)
            .Where(n => n.Length >= 2 && (n.StartsWith(cityHan, StringComparison.Ordinal) || n.StartsWith(TextNormalizer.Normalize(cityWord), StringComparison.Ordinal))).Distinct());
        policyNames = new(content.Policies.Select(p => (p, Names(p))), StringComparison.OrdinalIgnoreCase);
        placeNames = new(content.Policies.Where(p => !p.Region.CityWide)
            .Select(p => (p, p.Region.Names.Where(n => n.Length > 1).Select(TextNormalizer.Normalize))), StringComparison.Ordinal);
        documentNames = content.Policies.SelectMany(p => Names(p).Concat(p.Region.CityWide ? [] : p.Region.Names))
            .Concat(DocumentWords).Append("那个").Append("号文")
            .Select(TextNormalizer.Normalize).Where(w => w.Length > 1).Distinct().OrderByDescending(w => w.Length).ToList();
        documentNamesIn = new(documentNames.Select(n => (n, (IEnumerable<string>)[n])), StringComparison.Ordinal);
        factWords = content.Facts.Facts.SelectMany(f => f.WordsZh.Concat(f.WordsEn).Concat(f.FalseWordsZh).Concat(f.FalseWordsEn).Concat(f.Options.SelectMany(o => o.WordsZh.Concat(o.WordsEn))))
            .Select(TextNormalizer.Normalize).Where(w => w.Length > 0).Distinct().OrderByDescending(w => w.Length).ToList();
        // Staff words of a topic no fact names that hold a fact's word (优秀个体户 holds 个体户) stay whole.
        factHolding = WordRemoval.Holding(Languages.All.SelectMany(content.Synonyms.In).Where(g => !g.Words.Any(w => factWords.Contains(TextNormalizer.Normalize(w))))
            .SelectMany(g => g.Words).Select(TextNormalizer.Normalize), factWords);
        situationWords = content.Facts.Facts.Where(f => f.Type is FactType.Number or FactType.Choice).ToDictionary(
            f => f.Id, f => f.WordsZh.Concat(f.WordsEn).Concat(f.Options.SelectMany(o => o.WordsZh.Concat(o.WordsEn)))
                .Select(TextNormalizer.Normalize).Where(w => w.Length > 0).Distinct().OrderByDescending(w => w.Length).ToList(), StringComparer.Ordinal);
        Focus = new AskedFocus(content, factWords.Concat(documentNames), Scope.OwnPlaces);
        Amounts = new UnwrittenAmounts(content);
        Typos = new TypoCorrector(content.Facts.Facts.SelectMany(f => f.WordsZh.Concat(f.Options.SelectMany(o => o.WordsZh)))
            .Concat(content.Synonyms.In(Languages.Chinese).SelectMany(g => g.Words)), Focus.Writes,
            ScopeLexicon.Weather.Concat(ScopeLexicon.Creative).Concat(ScopeLexicon.Leisure).Concat(ScopeLexicon.PersonalAffairs).Concat(ScopeLexicon.AskedInPinyin).Concat(ScopeLexicon.DurationsInPinyin),
            content.Facts.Facts.SelectMany(f => f.WordsEn.Concat(f.FalseWordsEn).Concat(f.Options.SelectMany(o => o.WordsEn))).Concat(content.Synonyms.In(Languages.English).SelectMany(g => g.Words))
                .Concat(ScopeLexicon.Domain).Concat(ScopeLexicon.GenericDomain));
    }

    private readonly List<string> factWords;
    private readonly string[] factHolding;

    /// <summary>The words of each number fact and of each choice fact's options, longest first.</summary>
    private readonly Dictionary<string, List<string>> situationWords;
    private readonly List<string> documentNames;

    /// <summary>The same names, longest first, found in a text.</summary>
    private readonly NameIndex<string> documentNamesIn;

    // Worked out once: a question is matched against every policy's names.
    private readonly NameIndex<BilingualPolicy> policyNames;
    private readonly NameIndex<BilingualPolicy> placeNames;
    private readonly Regex? ownPlaces;
    private readonly Regex? cityName;

    /// <summary>The text without the city's own name ("晋城个体户不用交税是真的吗" searches for the tax, not the units of 晋城).</summary>
    public string WithoutCityName(string text) => cityName is null ? text : cityName.Replace(text, " ");

    /// <summary>Puts back mistyped key words (增直税 → 增值税) before anything else reads the message.</summary>
    public TypoCorrector Typos { get; }

    /// <summary>The units each policy names as its lead (牵头单位), to ask when no clause covers a question.</summary>
    public IReadOnlyList<Unit> LeadUnits { get; }

    private readonly Dictionary<string, List<(Unit Unit, string ClauseId)>> leads;

    /// <summary>The units a policy names as its lead, each with the clause that names it ("牵头单位是哪个").</summary>
    public IReadOnlyList<(Unit Unit, string ClauseId)> LeadsOf(string policyId) => leads.TryGetValue(policyId, out var found) ? found : [];

    /// <summary>What the bot says about itself (greeting, out-of-scope reply, welcome), from content.</summary>
    public BotIntro Intro { get; }

    /// <summary>What a question asks at its end, and whether any clause has a word of it.</summary>
    internal AskedFocus Focus { get; }

    /// <summary>Sums the asker names as handed out that no clause writes ("听说能领5000块开业补贴").</summary>
    internal UnwrittenAmounts Amounts { get; }

    /// <summary>The scope words content adds to the fixed ones: synonyms, policy numbers, the site's places.</summary>
    public ScopeWords Scope { get; }

    /// <summary>The message without the facts' words: what is left is what the user asks about.</summary>
    public string WithoutFactWords(string normalized) => WordRemoval.Without(normalized, factWords, factHolding);

    /// <summary>
    /// The message without the words of the figures and choices it gives ("一年应纳税所得额也就30来万", "small scale
    /// taxpayer"): they are the asker's situation, not the benefit asked about, though their words share terms with one
    /// (所得 of the income-tax relief; the "tax" of taxpayer). A number fact's words say what a figure is only in a sentence
    /// that gives one: "…clear about 400k after costs this year. Someone told me the income tax gets cut in half" still
    /// names the income tax.
    /// </summary>
    public string WithoutSituationWords(string normalized, IEnumerable<string> mentioned)
    {
        foreach (var id in mentioned)
        {
            var ofAFigure = Fact(id)?.Type == FactType.Number;
            foreach (var word in situationWords.GetValueOrDefault(id) ?? [])
            {
                for (var at = normalized.IndexOf(word, StringComparison.Ordinal); at >= 0; at = normalized.IndexOf(word, at + 1, StringComparison.Ordinal))
                {
                    if (!ofAFigure || GivesAFigure(normalized, at))
                    {
                        normalized = string.Concat(normalized.AsSpan(0, at), " ", normalized.AsSpan(at + word.Length));
                    }
                }
            }
        }

        return WithoutRelativeTime(normalized);
    }

    /// <summary>"opened a noodle shop last month": when something happened names no benefit (not the rent relief's "three months");
    /// nor does "at the same time" (not the publicity clause's "At the same time, use new media…").</summary>
    public static string WithoutRelativeTime(string normalized) => RelativeTime().Replace(normalized, " ");

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(last|this|next) (week|month|year)\b|\b(for|in) (the first )?(a|one|two|three|four|five|\d+) (years?|months?) (after|since) (opening|registering|starting|registration)\b|\b(after|since) (opening|registering|starting)\b|\b(a|one|two|three|four|five|six|several|few|\d+) (days?|weeks?|months?|years?) ago\b|\bat the same time\b|上个月|这个月|下个月|上月|本月",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex RelativeTime();

    // What ends a sentence: the words of a figure are those of its sentence.
    private static readonly char[] SentenceEnds = ['。', '.', '!', '！', '?', '？', ';', '；', '\n'];

    /// <summary>Whether the sentence around <paramref name="at"/> gives a figure.</summary>
    private static bool GivesAFigure(string text, int at)
    {
        var start = at == 0 ? 0 : text.LastIndexOfAny(SentenceEnds, at - 1) + 1;
        var end = text.IndexOfAny(SentenceEnds, at);
        return NumberParser.Find(text[start..(end < 0 ? text.Length : end)]).Count > 0;
    }

    /// <summary>
    /// The first document a message names in 《》 that is none of the library's and that no clause of it names ("国务院那个
    /// 《促进个体工商户发展条例》是哪年开始施行的"); null when there is none. A title shortened ("《倍增质升方案》") is still the
    /// library's: it shares a run of four characters with a title that is not only the words every such title has.
    /// </summary>
    public string? OtherDocumentNamed(string normalized)
    {
        if (!normalized.Contains('《'))
        {
            return null;
        }

        foreach (System.Text.RegularExpressions.Match quoted in QuotedTitle().Matches(normalized))
        {
            var title = quoted.Groups["title"].Value.Trim();
            if (title.Length >= MinSharedTitleRun && !Content.Policies.Any(p => SharesATitle(title, p.Meta.Title) || SharesATitle(title, p.Meta.ShortTitle)
                || p.Chinese.Sections.Any(s => s.Paragraphs.Any(paragraph => paragraph.Contains(title, StringComparison.Ordinal)))))
            {
                return title;
            }
        }

        return null;
    }

    private static bool SharesATitle(string quoted, string? title) =>
        title is { Length: > 0 } && (title.Contains(quoted, StringComparison.Ordinal)
            || Enumerable.Range(0, quoted.Length - MinSharedTitleRun + 1).Select(i => quoted.Substring(i, MinSharedTitleRun))
                .Any(run => title.Contains(run, StringComparison.Ordinal) && !TitleWordsOfAny.Any(w => w.Contains(run, StringComparison.Ordinal))));

    // The shortest run of characters a shortened title shares with the one it stands for.
    private const int MinSharedTitleRun = 4;

    // Words any title about individual businesses may have: sharing one of them says nothing of which document is meant.
    private static readonly string[] TitleWordsOfAny = ["个体工商户发展", "关于支持个体工商户", "关于促进个体工商户", "关于印发", "实施方案", "的通知", "若干措施", "的意见"];

    [System.Text.RegularExpressions.GeneratedRegex("《(?<title>[^《》]{1,60})》", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex QuotedTitle();

    /// <summary>The policies a question names by number ("67号文") or title; all of them when it names none.</summary>
    public IReadOnlyList<BilingualPolicy> PoliciesNamedIn(string normalized) => PoliciesNamedOnly(normalized) is { Count: > 0 } named ? named : Content.Policies;

    /// <summary>The policies a question names, or none: "67号文…", "泽州县那个通知…" (by its region, when one policy is that region's).</summary>
    public IReadOnlyList<BilingualPolicy> PoliciesNamedOnly(string normalized)
    {
        var named = policyNames.FoundIn(normalized);
        if (named.Count == 0 && NamesADocument(normalized))
        {
            // "泽州县那个通知": a regional policy named by its place.
            named = placeNames.FoundIn(normalized);
        }

        return named;
    }

    /// <summary>
    /// What the message asks about: without the facts the asker gave, the words that name a document (where to look) and
    /// the city's own places ("What is the minimum wage in Jincheng?" is not about the clauses that say Jincheng).
    /// </summary>
    public string Topic(string normalized)
    {
        var rest = WithoutDocumentNames(WithoutFactWords(normalized));
        return ownPlaces is null ? rest : ownPlaces.Replace(rest, " ");
    }

    /// <summary>
    /// The one place of the city a message names when it says nothing else ("在高平", "俺是阳城的", "I'm in Zezhou"): where the
    /// asker is, told after an answer. Null when it names none, several, or says more.
    /// </summary>
    public Region? PlaceAlone(string normalized)
    {
        if (ownPlaces is null || ownPlaces.Matches(normalized) is not { Count: 1 } found)
        {
            return null;
        }

        var rest = PlaceFiller.Replace(ownPlaces.Replace(normalized, " "), " ");
        return rest.All(c => char.IsWhiteSpace(c) || char.IsPunctuation(c)) ? Content.Regions.Resolve(found[0].Value) ?? Content.Regions.Divisions.FirstOrDefault(r => r.Names.Any(n => TextNormalizer.Normalize(n) == found[0].Value)) : null;
    }

    // Who is where, around a place said alone: "我在", "俺是…的", "店开在…", "I'm in", "we are in".
    private static readonly Regex PlaceFiller = new(
        @"我们|俺们|咱们|我|俺|咱|店|门面|铺子|就|住|开|是|在|的|呢|啊|呀|哈|这边|那边|这块|县城|城里|\b(i'm|i am|we're|we are|my shop is|our shop is|it's|it is|in|at|from|based)\b",
        RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>The city's own places (content/regions.yml), longest first, English names as whole words; null when there are none.</summary>
    private static Regex? PlacesPattern(IEnumerable<string> places)
    {
        var alternatives = places.OrderByDescending(p => p.Length)
            .Select(p => char.IsAsciiLetter(p[0]) ? $@"\b{Regex.Escape(p)}\b" : Regex.Escape(p)).ToList();
        return alternatives.Count == 0 ? null
            : new Regex(string.Join('|', alternatives), RegexOptions.CultureInvariant, TextPatterns.Timeout);
    }

    /// <summary>The message without the words that name a document: its number, title, region and words such as 通知.</summary>
    public string WithoutDocumentNames(string normalized)
    {
        // Longest first. Taking a name out leaves a space, so a name without one can only stand where it stood before.
        var standing = documentNamesIn.FoundIn(normalized).ToHashSet(StringComparer.Ordinal);
        foreach (var word in documentNames.Where(w => standing.Contains(w) || w.Contains(' ', StringComparison.Ordinal)))
        {
            var text = normalized;
            normalized = !DocumentWords.Contains(word) ? text.Replace(word, " ", StringComparison.Ordinal)
                : Regex.Replace(text, Regex.Escape(word), m => OthersOwn.IsMatch(text.AsSpan(0, m.Index)) ? m.Value : " ", RegexOptions.CultureInvariant, TextPatterns.Timeout);
        }

        return normalized;
    }

    // "各县有没有具体方案", "县里有没有自己的扶持办法": a plan said to be another body's own, or a detailed one, is not this document.
    private static readonly Regex OthersOwn = new("(具体|自己|配套|本地|当地|县里|区里|各县|县级|乡镇|地方)的?(扶持|实施|支持|落实)?$", RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>Words that name a document rather than say what about (通知, 方案, "document").</summary>
    internal static readonly string[] DocumentWords = ["文件", "通知", "方案", "措施", "规定", "办法", "意见", "号文", "notice", "document", "measures", "provisions", "policy"];

    private static bool NamesADocument(string normalized) => DocumentWords.Any(w => normalized.Contains(w, StringComparison.Ordinal));

    /// <summary>How people name a policy: its number, the number's tail ("67号"), its short titles.</summary>
    private static IEnumerable<string> Names(BilingualPolicy policy)
    {
        if (policy.Meta.DocNumber is { } number)
        {
            yield return number;
            // 晋市市监〔2022〕67号 is said "67号" or "67号文".
            var close = number.LastIndexOfAny(['〕', ']', ')', '）']);
            if (close >= 0 && close + 1 < number.Length)
            {
                var tail = number[(close + 1)..];
                yield return tail;
                // In English, "No. 67" (as the translation writes the number).
                if (tail.EndsWith('号') && tail[..^1] is { Length: > 0 } digits && digits.All(char.IsAsciiDigit))
                {
                    yield return $"no. {digits}";
                    yield return $"no.{digits}";
                }
            }
        }

        foreach (var title in new[] { policy.Meta.ShortTitle, policy.English?.Meta.ShortTitle })
        {
            if (title is not null)
            {
                yield return title;
            }
        }
    }

    /// <summary>
    /// "…（…号）已被…（…号）替代。": a policy no longer in force, and what took its place; when <paramref name="answering"/>,
    /// it also says that the answer follows the policy in force.
    /// </summary>
    public string? ReplacedNote(BilingualPolicy policy, string language, bool answering)
    {
        if (policy.Status.Applies())
        {
            return null;
        }

        var name = DocumentName(policy.Id, language) ?? policy.Id;
        var relation = Content.RelationsOf(policy.Id).FirstOrDefault(r => r.IsReplacement);
        if (relation is null || DocumentName(relation.OtherId, language) is not { } other)
        {
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, BotTexts.PolicyNotInForce.In(language), name, policy.Status.Name().In(language));
        }

        var sentence = string.Format(System.Globalization.CultureInfo.InvariantCulture, relation.Sentence.In(language), other);
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, (answering ? BotTexts.PolicyReplacedAnswer : BotTexts.PolicyReplaced).In(language), name,
            language == Languages.English ? char.ToLowerInvariant(sentence[0]) + sentence[1..] : sentence);
    }

    /// <summary>"…市市场监管局为牵头单位": the unit named just before 牵头单位 in each policy's text, with its clause.</summary>
    private static Dictionary<string, List<(Unit Unit, string ClauseId)>> FindLeads(ContentSet content)
    {
        var leads = new Dictionary<string, List<(Unit Unit, string ClauseId)>>(StringComparer.Ordinal);
        foreach (var policy in content.Policies)
        {
            foreach (var section in policy.Chinese.Sections)
            {
                var text = section.Text;
                for (var at = text.IndexOf("牵头单位", StringComparison.Ordinal); at >= 0; at = text.IndexOf("牵头单位", at + 1, StringComparison.Ordinal))
                {
                    var start = text.LastIndexOfAny(['，', '。', '；', '、', '\n'], Math.Max(at - 1, 0)) + 1;
                    var phrase = text[start..at].TrimEnd('为', '是', '作', ' ');
                    if (content.Units.Resolve(phrase) is { } unit)
                    {
                        var found = leads.TryGetValue(policy.Id, out var list) ? list : leads[policy.Id] = [];
                        if (found.All(l => l.Unit != unit))
                        {
                            found.Add((unit, section.ClauseId));
                        }
                    }
                }
            }
        }

        return leads;
    }

    public QuotableSentences Sentences { get; }

    public ContentSet Content { get; }

    public IClauseRetriever Retriever { get; }

    public FactExtractor Facts { get; }

    public CitationVerifier Verifier { get; }

    /// <summary>The rules the bot evaluates: those of the policies in force (a repealed policy's rules are not offered).</summary>
    public IReadOnlyList<Rule> Rules => Content.RulesInForce;

    /// <summary>The facts some rule in force reads alone (新设立 for the free seal): worked out once, not per question.</summary>
    public IReadOnlySet<string> FactsDecidingARuleAlone => factsDecidingARuleAlone.Value;

    private readonly Lazy<HashSet<string>> factsDecidingARuleAlone;

    public IReadOnlyList<FactDefinition> FactSchema => Content.Facts.Facts;

    public FactDefinition? Fact(string id) => Content.Facts.Find(id);

    /// <summary>
    /// The extraction without the figures of a number fact that some rule decides differently ("月销售额14万到16万" across
    /// the 15万 limit, "上个月12万，这个月18万"): neither is taken, and the fact is asked again saying why (<see cref="ExtractedFacts.Straddled"/>).
    /// Figures the rules all decide alike ("8万到10万") keep the first.
    /// </summary>
    public ExtractedFacts WithoutStraddledFigures(ExtractedFacts extracted)
    {
        var straddled = extracted.Spreads.Where(s => Straddles(s.Key, s.Value))
            .ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        // "15万左右" sent alone, as the reply to "您每个月的销售额是多少元？": a figure said as about so much, at a rule's limit
        // for the one number fact it could be, is no answer to take as exact either.
        var approximate = new Dictionary<string, decimal>(extracted.Approximate, StringComparer.Ordinal);
        var unassigned = extracted.UnassignedAmounts.ToList();
        foreach (var amount in extracted.UnassignedAmounts.Where(a => a.Approximate))
        {
            var near = FactSchema.Where(f => f.Type == FactType.Number && !straddled.ContainsKey(f.Id))
                .Select(f => (Fact: f, Value: Understanding.PeriodReader.ToFactPeriod(f, amount.Value, amount.Period)))
                .Where(f => f.Value is { } v && Straddles(f.Fact.Id, Around(v))).ToList();
            if (near.Count == 1)
            {
                var value = near[0].Value!.Value;
                straddled[near[0].Fact.Id] = Around(value);
                approximate[near[0].Fact.Id] = value;
                unassigned.Remove(amount);
            }
        }

        return straddled.Count == 0 ? extracted : extracted with
        {
            Values = extracted.Values.Where(v => !straddled.ContainsKey(v.Key)).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal),
            UnassignedAmounts = unassigned,
            Straddled = straddled,
            Approximate = approximate,
        };
    }

    // The figures a little either side of one said as about so much (as <see cref="FactExtractor"/> spreads them), or by the
    // share given.
    private static decimal[] Around(decimal value, decimal share = FactExtractor.ApproximateShare) => [value * (1 - share), value, value * (1 + share)];

    /// <summary>Whether a figure said as about so much is near enough a rule's limit that the exact figure may decide otherwise
    /// ("14.8w左右" against 15万: <see cref="FactExtractor.NearShare"/>).</summary>
    public bool NearALimit(string factId, decimal about) => Straddles(factId, Around(about, FactExtractor.NearShare));

    /// <summary>Whether every rule in force decides these figures for the fact alike ("8万到10万" against the 15万 limit).</summary>
    public bool DecidesAlike(string factId, IReadOnlyList<decimal> figures) => !Straddles(factId, figures);

    // Whether some rule in force decides the figures for the fact differently.
    private bool Straddles(string factId, IReadOnlyList<decimal> figures) =>
        Content.RulesInForce.SelectMany(r => r.Conditions).Where(c => c.Fact.Id == factId)
            .Any(c => figures.Select(v => c.Test(FactExtractor.FormatNumber(v))).Distinct().Count() > 1);

    public Rule? Rule(string id) => Content.FindRule(id);

    /// <summary>The shared rules engine: the same verdicts as the checker page.</summary>
    public static RuleResult Evaluate(Rule rule, IReadOnlyDictionary<string, string> facts, DateOnly asOf) => RuleEvaluator.Evaluate(rule, facts, asOf);

    /// <summary>
    /// The staff's summary of a clause (<paramref name="clause"/>, in <paramref name="language"/>), unless a provision of it
    /// has ended by <paramref name="asOf"/> and the summary does not say when ("承租国有房屋的个体工商户，减免当年3个月租金；…" asked
    /// in 2026 would state it as if it could still be had; "2022年12月31日前：…" is kept); null when there is none.
    /// </summary>
    public string? SummaryAsOf(string clauseId, Section clause, string language, DateOnly asOf) =>
        clause.Summary is { Length: > 0 } summary && !Content.RulesFor(clauseId).Any(r => r.ValidUntil is { } until && until < asOf
            && !summary.Contains(BotTexts.FormatDate(until, language), StringComparison.Ordinal)) ? summary : null;

    /// <summary>The clause in the answer's language, or the Chinese one where there is no translation.</summary>
    public Section? Clause(string clauseId, string language) =>
        Content.FindClause(clauseId, language) ?? Content.FindClause(clauseId, Languages.Chinese);

    public Citation? Cite(string clauseId, string language, string quote)
    {
        var section = Clause(clauseId, language);
        if (section is null)
        {
            return null;
        }

        var hash = clauseId.IndexOf('#', StringComparison.Ordinal);
        var url = Content.Site.AbsoluteUrl(SiteLinks.Clause(language, clauseId[..hash], clauseId[(hash + 1)..]));
        return new Citation(clauseId, section.Title, url, quote, DocumentName(clauseId[..hash], language));
    }

    /// <summary>"关于支持个体工商户倍增质升的实施方案（晋市市监〔2022〕67号）": which policy a citation is from.</summary>
    private string? DocumentName(string documentId, string language)
    {
        var policy = Content.FindPolicy(documentId);
        if (policy is null)
        {
            return null;
        }

        var name = policy.In(language)?.Meta.ShortTitle ?? policy.Meta.ShortTitle ?? policy.Meta.Title;
        return policy.Meta.DocNumber is { } number ? (language == Languages.English ? $"{name} ({number})" : $"{name}（{number}）") : name;
    }
}
