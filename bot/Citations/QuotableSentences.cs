using System.Collections.Concurrent;
using Policy.Bot.Answering;
using Policy.Bot.Understanding;
using Policy.Knowledge.Content;

namespace Policy.Bot.Citations;

/// <summary>
/// Every quotable sentence of a policy's clauses, split and reduced to terms the first time the bot quotes that policy,
/// with how rare each term is across the policy (both languages): "个体工商户" is in nearly every sentence and says
/// little; "奖励" or "1200" says a lot. Per policy and on first use, so that start-up does not grow with the library
/// (a thousand policies took 7.7 s here when all were split at start). Thread-safe.
/// </summary>
public sealed partial class QuotableSentences(ContentSet content)
{
    private readonly ConcurrentDictionary<string, Lazy<PolicySentences?>> byPolicy = new(StringComparer.Ordinal);

    /// <summary>
    /// The sentence of the clause sharing the most rare terms with the question; <paramref name="focus"/> (what the answer is
    /// about) weighs double. <paramref name="alsoMeant"/> holds the staff synonym groups the question uses, each as the
    /// terms of its words: a sentence that writes any word of a group gains the weight of the group's rarest term, once per
    /// group, so "平台不让上别的平台" quotes the sentence that writes 二选一, while "信用贷款" still quotes the one on credit
    /// loans, not one on another word of the loans group.
    /// </summary>
    /// <param name="besides">A sentence already quoted: another is chosen, and only one the question speaks to (null if none).</param>
    /// <param name="preferred">
    /// What the question asks a sentence to write ("网费能降多少": a figure): such a sentence scoring at least half the best is
    /// chosen over it.
    /// </param>
    public string? Best(string clauseId, string language, string question, string? focus, IReadOnlyList<IReadOnlyList<HashSet<string>>>? alsoMeant = null, string? besides = null, Func<string, bool>? preferred = null)
    {
        return For(clauseId)?.Best(clauseId, language, question, focus, alsoMeant, besides, preferred);
    }

    /// <summary>
    /// "平台抽成越来越高，还不让上别家，有人管没": more sentences of the clause (at most two), each for a topic the question
    /// names in a staff synonym group's words that the sentences already chosen do not write, when that topic weighs at
    /// least <c>SecondShare</c> of what the quoted sentence answers; null when none does. All are returned in the clause's order.
    /// </summary>
    /// <param name="notOther">Sentences never quoted beside it (a provision's own, which comes with its verdict).</param>
    public IReadOnlyList<string>? WithOthersAsked(string clauseId, string language, string question, string quoted, IReadOnlyList<IReadOnlyList<HashSet<string>>>? alsoMeant, IReadOnlySet<string>? notOther = null) =>
        For(clauseId)?.WithOthersAsked(clauseId, language, question, quoted, alsoMeant, notOther);

    /// <summary>
    /// Whether a measure's summary speaks of what the question asks, about as much as (<c>SummaryShare</c>) the sentence
    /// quoted from the measure does, scored as <see cref="Best"/> scores sentences: "众创空间的房租有补贴吗" is not answered
    /// by a summary about seals and platform fees, while "个体户想升级成公司" is by the summary of what converting brings.
    /// </summary>
    /// <param name="name">The measure's name, which the summary sums up ("柔性执法具体指什么" names it): counted for the
    /// question's own words only, as a name's general words (降低 of 持续降低制度性成本) would match many a synonym.</param>
    public bool Summarises(string clauseId, string summary, string name, string quote, string question, IReadOnlyList<IReadOnlyList<HashSet<string>>>? alsoMeant) =>
        For(clauseId)?.Summarises(summary, name, quote, question, alsoMeant) ?? false;

    private PolicySentences? For(string clauseId)
    {
        var hash = clauseId.IndexOf('#', StringComparison.Ordinal);
        var policyId = hash < 0 ? clauseId : clauseId[..hash];
        return byPolicy.GetOrAdd(policyId, id => new(() => content.FindPolicy(id) is { } p ? new PolicySentences(p) : null)).Value;
    }

    private sealed partial class PolicySentences
    {
        private readonly Dictionary<string, List<(string Text, HashSet<string> Terms)>> byClause = new(StringComparer.Ordinal);
        private readonly Dictionary<string, double> weights = new(StringComparer.Ordinal);

        // The issuer's name standing alone as a line (the signature under the notice): it answers no question.
        private readonly HashSet<string> signatures = new(StringComparer.Ordinal);

        public PolicySentences(BilingualPolicy policy)
        {
            signatures.UnionWith(new[] { policy.Chinese.Meta.Issuer, policy.English?.Meta.Issuer }.OfType<string>());
            var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
            var count = 0;
            foreach (var document in new[] { policy.Chinese, policy.English }.OfType<PolicyDocument>())
            {
                foreach (var section in document.Sections)
                {
                    var sentences = ClauseSentences.Of(section).Select(s => (s, TermOverlap.Terms(s, singleCharacters: true))).ToList();
                    byClause[Key(section.ClauseId, document.Language)] = sentences;
                    foreach (var term in sentences.SelectMany(s => s.Item2))
                    {
                        documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
                    }

                    count += sentences.Count;
                }
            }

            foreach (var (term, frequency) in documentFrequency)
            {
                weights[term] = Math.Log(1 + (count / (double)frequency));
            }
        }

        public string? Best(string clauseId, string language, string question, string? focus, IReadOnlyList<IReadOnlyList<HashSet<string>>>? alsoMeant, string? besides, Func<string, bool>? preferred)
        {
            if (SentencesOf(clauseId, language) is not { Count: > 0 } sentences)
            {
                return null;
            }

            var questionTerms = TermsAsked(question);
            if (besides is not null && sentences.FirstOrDefault(x => x.Text == besides).Terms is { } said)
            {
                questionTerms.ExceptWith(said); // what the quoted sentence already answers chooses no other
            }

            var focusTerms = focus is null ? [] : TermOverlap.Terms(focus, singleCharacters: true);
            var best = sentences[0].Text;
            var bestScore = 0.0;
            (string Text, double Score, HashSet<string> Terms) bestPreferred = (best, 0.0, []);
            var bestTerms = sentences[0].Terms;
            // A signature or a date line ("晋城市市场监督管理局", "2022年4月28日", "Jincheng Municipal Administration for
            // Market Regulation") says nothing a question asks about.
            var anyLong = sentences.Any(s => s.Text.Length >= MinQuoteLength);
            foreach (var (text, terms) in sentences)
            {
                if ((anyLong && (text.Length < MinQuoteLength || signatures.Contains(text) || DateLine().IsMatch(text))) || text == besides)
                {
                    continue;
                }

                var score = Score(questionTerms, focusTerms, alsoMeant, terms);
                if (score > bestScore)
                {
                    (best, bestScore, bestTerms) = (text, score, terms);
                }

                if (score > bestPreferred.Score && preferred?.Invoke(text) == true)
                {
                    bestPreferred = (text, score, terms);
                }
            }

            // Preferred only where it writes a topic of the question's synonym groups that the best one writes: "网费能降多少"
            // quotes 互联网接入…资费再降10% over 宽带接入费用…补贴 (the same group), but "电价具体能降多少" not the rent's 3个月.
            if (bestPreferred.Score > 0 && bestPreferred.Score >= bestScore / 2 && alsoMeant is not null
                && alsoMeant.Any(words => words.Any(w => w.Count > 0 && w.IsSubsetOf(bestTerms)) && words.Any(w => w.Count > 0 && w.IsSubsetOf(bestPreferred.Terms))))
            {
                (best, bestScore) = (bestPreferred.Text, bestPreferred.Score);
            }

            return besides is null || bestScore > 0 ? best : null;
        }

        public IReadOnlyList<string>? WithOthersAsked(string clauseId, string language, string question, string quoted, IReadOnlyList<IReadOnlyList<HashSet<string>>>? alsoMeant, IReadOnlySet<string>? notOther)
        {
            var sentences = SentencesOf(clauseId, language);
            var at = sentences?.FindIndex(x => x.Text == quoted) ?? -1;
            if (sentences is null || at < 0)
            {
                return null;
            }

            var answered = Score(TermsAsked(question), [], alsoMeant, sentences[at].Terms);
            var chosen = new List<int> { at };
            var said = new HashSet<string>(sentences[at].Terms, StringComparer.Ordinal);
            // A topic many of the policy's sentences write (登记, 执照) is its general matter, not another thing asked. Counted
            // once per question: every sentence of every policy is read.
            var topics = alsoMeant?.Where(words => !Writes(words, said)).Select(words => (Words: words, Count: WritersIn(language, words)))
                .Where(g => g.Count <= MostWritersOfASecondTopic).ToList();
            while (chosen.Count < MostSentencesQuoted)
            {
                var writers = topics?.Where(g => !Writes(g.Words, said)).ToList();
                var groupsLeft = writers?.Select(g => g.Words).ToList();
                var (best, bestScore) = (-1, 0.0);
                for (var i = 0; i < sentences.Count; i++)
                {
                    // Only a sentence that writes a topic the question names in a staff synonym group's words: the question's
                    // other words left over (要, 支持, 服务) are how it is put, not another thing asked.
                    var score = chosen.Contains(i) || sentences[i].Text.Length < MinQuoteLength || notOther?.Contains(sentences[i].Text) == true ? 0 : Written(groupsLeft, sentences[i].Terms);
                    if (score > bestScore)
                    {
                        (best, bestScore) = (i, score);
                    }
                }

                // A topic named in the question that only one or two sentences of all the policies write ("组长是谁当的" beside
                // "办公室设哪了") is quoted however much more the first sentence answers.
                var ownTopic = best >= 0 && writers!.Any(g => g.Count <= FewestWritersOfAnOwnTopic && Writes(g.Words, sentences[best].Terms));
                if (best < 0 || (bestScore < SecondShare * answered && !ownTopic))
                {
                    break;
                }

                chosen.Add(best);
                said.UnionWith(sentences[best].Terms);
            }

            return chosen.Count == 1 ? null : [.. chosen.Order().Select(i => sentences[i].Text)];
        }

        // An untranslated clause is quoted in Chinese, as the English page shows it.
        private List<(string Text, HashSet<string> Terms)>? SentencesOf(string clauseId, string language) =>
            byClause.TryGetValue(Key(clauseId, language), out var sentences) && sentences.Count > 0 ? sentences
                : byClause.GetValueOrDefault(Key(clauseId, Languages.Chinese));

        private static bool Writes(IReadOnlyList<HashSet<string>> words, HashSet<string> sentence) => words.Any(w => w.Count > 0 && w.IsSubsetOf(sentence));

        private int WritersIn(string language, IReadOnlyList<HashSet<string>> words) =>
            byClause.Where(c => c.Key.EndsWith("|" + language, StringComparison.Ordinal)).Sum(c => c.Value.Count(x => Writes(words, x.Terms)));

        private const int MostWritersOfASecondTopic = 3;

        // "哪个单位牵头？组长谁当，专班办公室在哪": at most three sentences of one clause, one per thing asked.
        private const int MostSentencesQuoted = 3;

        // How few sentences may write a topic for it to be quoted second whatever the first answers.
        private const int FewestWritersOfAnOwnTopic = 2;

        // How much of what the quoted sentence answers a second sentence must answer of the rest to be quoted too.
        private const double SecondShare = 0.25;

        private const string Negations = "不没";

        // Shorter sentences are quoted only from a clause that has no longer one.
        private const int MinQuoteLength = 12;

        // A date alone on its line, as an English notice is dated ("28 April 2022").
        [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,2} [A-Z][a-z]+ \d{4}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Understanding.TextPatterns.TimeoutMilliseconds)]
        private static partial System.Text.RegularExpressions.Regex DateLine();

        // How much of the quoted sentence's score against the question a summary must have to speak of the same: a summary
        // that says it in other words ("升级成公司" against the summary's 转型为企业) still has about a third of it; one
        // about another part of the measure has next to none (electricity against the rent summary: 0 of 20).
        private const double SummaryShare = 0.25;

        public bool Summarises(string summary, string name, string quote, string question, IReadOnlyList<IReadOnlyList<HashSet<string>>>? alsoMeant)
        {
            var questionTerms = TermsAsked(question);
            var quoted = Score(questionTerms, [], alsoMeant, TermOverlap.Terms(quote, singleCharacters: true));
            var summaryTerms = TermOverlap.Terms(summary, singleCharacters: true);
            var said = Score(questionTerms, [], alsoMeant, summaryTerms);
            summaryTerms.UnionWith(TermOverlap.Terms(name));
            // A question that names nothing the quote holds ("What does measure 17 say?") is answered by the summary.
            return quoted == 0 || Math.Max(said, Weight(questionTerms, summaryTerms)) >= SummaryShare * quoted;
        }

        // A function character alone says how the question is put, not what about: 着 of 逼着 is not 着力's. A negation
        // still says what ("落实不好" is about 不力, 不到位).
        private static HashSet<string> TermsAsked(string question)
        {
            var terms = TermOverlap.Terms(question, singleCharacters: true);
            terms.RemoveWhere(t => t.Length == 1 && QuestionTerms.FunctionCharacters.Contains(t[0]) && !Negations.Contains(t[0]));
            // 半 of 半天, 半个月, 上半年 says how long, not 减半: "报税能在手机上弄不，排队排半天" is not about the tax halved.
            if (terms.Contains("半") && !HalfOfNoTime().IsMatch(question))
            {
                terms.Remove("半");
            }

            // 合法 of "这合法吗" asks whether it is allowed, not about the law: "平台给我限流，这合法吗" is about 二选一, not the
            // sentence that says 依法查处价格违法.
            if (AsksWhetherLawful().IsMatch(question))
            {
                terms.ExceptWith(["合", "法", "合法", "规", "合规"]);
            }

            return terms;
        }

        [System.Text.RegularExpressions.GeneratedRegex("合(法|规)(吗|么|嘛|不|没|啊|呀|\\?|？|$)|合不合(法|规)|算不算合(法|规)|合(法|规)性", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Understanding.TextPatterns.TimeoutMilliseconds)]
        private static partial System.Text.RegularExpressions.Regex AsksWhetherLawful();

        // 半 not followed by a unit of time.
        [System.Text.RegularExpressions.GeneratedRegex("半(?![天个年月日夜晌宿钟点])", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Understanding.TextPatterns.TimeoutMilliseconds)]
        private static partial System.Text.RegularExpressions.Regex HalfOfNoTime();

        private double Score(HashSet<string> question, HashSet<string> focus, IReadOnlyList<IReadOnlyList<HashSet<string>>>? alsoMeant, HashSet<string> sentence) =>
            Weight(question, sentence) + (2 * Weight(focus, sentence)) + Written(alsoMeant, sentence);

        /// <summary>
        /// For each group one of whose words the sentence writes (holds every term of), what the group's topic weighs: the
        /// weight of the rarest term of any of its words. A topic counts once, whichever word writes it and however long, so
        /// the asker's own words decide between two sentences that both write it ("信用贷款" quotes the sentence on credit
        /// loans, not the one on 创业担保贷款).
        /// </summary>
        private double Written(IReadOnlyList<IReadOnlyList<HashSet<string>>>? groups, HashSet<string> sentence) => groups is null ? 0 : groups
            .Where(words => words.Any(w => w.Count > 0 && w.IsSubsetOf(sentence)))
            .Sum(words => words.SelectMany(w => w).Select(t => weights.GetValueOrDefault(t)).DefaultIfEmpty(0).Max());

        private double Weight(HashSet<string> query, HashSet<string> sentence) =>
            query.Where(sentence.Contains).Sum(t => weights.GetValueOrDefault(t, 1) * (t.Length == 1 ? SingleCharacterShare : 1));

        // A character alone says less than a pair: 理 of 经理 is not 合理's, 降 of 降权 not 降低's.
        private const double SingleCharacterShare = 0.5;

        private static string Key(string clauseId, string language) => clauseId + "|" + language;
    }
}
