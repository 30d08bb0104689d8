namespace Policy.Bot.Understanding;

public enum Intent
{
    /// <summary>"Can I get…?": rules are evaluated and missing facts asked for.</summary>
    Eligibility,

    /// <summary>"What does the policy say about…?": the clause is quoted.</summary>
    Information,

    OutOfScope,

    /// <summary>A greeting or "what can you do?": the bot says what it can help with.</summary>
    Help,

    /// <summary>谢谢 / thanks: a short reply, nothing to look up.</summary>
    Thanks,

    /// <summary>"你说的准不准", "can I trust your answers?": how the answers are made, and what decides in the end.</summary>
    Reliability,

    /// <summary>Nothing to read: empty, whitespace, only emoji or symbols.</summary>
    Empty,

    /// <summary>重新开始 / reset: the session is cleared.</summary>
    Reset,
}

public enum OutOfScopeReason
{
    None,
    Weather,
    Creative,
    GeneralKnowledge,
    OtherPlace,
    Injection,
    Unrelated,

    /// <summary>An employee's wage income tax: the policies are about individual businesses' business income.</summary>
    SalariedIncome,

    /// <summary>A company's own income tax (企业所得税): the policies' income tax is an individual business's.</summary>
    CompanyIncomeTax,

    /// <summary>Where to eat or what to see: a place's name or a shop word does not make it a policy question.</summary>
    Leisure,

    /// <summary>The asker's own affairs (selling a flat, its deed tax, a mortgage, a car loan, a visa): not the business's.</summary>
    PersonalAffairs,
}

public sealed record IntentResult(Intent Intent, OutOfScopeReason Reason, bool HasInjection, bool HasDomainWords);

/// <summary>
/// Decides what kind of message this is from words alone. Scope is decided by the topic, never by instructions in the message:
/// "ignore your rules" neither widens the scope nor changes a verdict, it is simply not obeyed.
/// </summary>
public static partial class IntentClassifier
{
    /// <param name="scope">The content's own scope words: staff synonyms, policy numbers, the site's places.</param>
    public static IntentResult Classify(string normalized, bool mentionsFacts, ScopeWords? scope = null)
    {
        scope ??= ScopeWords.None;
        if (!normalized.Any(c => char.IsLetterOrDigit(c)))
        {
            return new(Intent.Empty, OutOfScopeReason.None, false, false);
        }

        if (normalized.Length <= 24 && Contains(normalized, ScopeLexicon.Reset, wholeWords: true))
        {
            return new(Intent.Reset, OutOfScopeReason.None, false, false);
        }

        var injection = InjectionDetector.IsPresent(normalized);
        var domain = mentionsFacts || Contains(normalized, ScopeLexicon.Domain, wholeWords: false) || Contains(normalized, scope.Domain, wholeWords: false)
            || (!injection && (Contains(normalized, ScopeLexicon.GenericDomain, wholeWords: false) || Contains(normalized, scope.OwnPlaces, wholeWords: false)
                || ScopeLexicon.IntroducesTheAsker(normalized) || ScopeLexicon.AsksWhatTheyCanGet.IsMatch(normalized)));
        // "a coffee shop in Taiyuan, not Jincheng": a place of the site's denied does not make the question its own.
        // "长治那边有啥补贴？跟咱晋城比哪边多": a place of the site's only compared with is not what is asked about either.
        // "俺在长治开店，能享受晋城的政策不": a place of the site's naming whose policies they are says nothing of where the asker is.
        var ownPlace = OwnPlacesSaid(normalized, scope).Any(end => !NamesWhosePolicy(normalized, end));

        // "not a getihu, I'm a salaried engineer": a business word denied makes the income question no business one.
        var salaried = Contains(normalized, ScopeLexicon.SalariedIncome, wholeWords: true) && Contains(normalized, ScopeLexicon.IncomeTax, wholeWords: true)
            && !ScopeLexicon.BusinessIncome.Any(w => Occurrences(normalized, w).Any(at => !Negation.IsNegated(normalized, at, at + w.Length)));
        // "早就是有限公司了…企业所得税小微企业优惠咋算": a company's own income tax, with no individual business in the question
        // and no conversion from one ("转成公司以后企业所得税怎么交" is the 个转企 asker's).
        var companyTax = Contains(normalized, ScopeLexicon.CompanyIncomeTax, wholeWords: true)
            && !ScopeLexicon.BusinessIncome.Concat(ScopeLexicon.Conversion).Any(w => Occurrences(normalized, w).Any(at => !Negation.IsNegated(normalized, at, at + w.Length)));
        // "你是谁", "what is this bot for?": asking about the bot, not general knowledge.
        var help = !domain && normalized.Length <= 30 && Contains(normalized, ScopeLexicon.Greeting, wholeWords: true);
        if (!injection && !mentionsFacts && normalized.Length <= 30 && Contains(normalized, ScopeLexicon.AboutTheBot, wholeWords: false))
        {
            return new(Intent.Help, OutOfScopeReason.None, false, domain);
        }

        if (!injection && OnlySaysThereIsAQuestion(normalized))
        {
            return new(Intent.Help, OutOfScopeReason.None, false, domain);
        }

        // "Back home I once had a parking fine, not relevant I guess. The shop now needs an official seal…": what the asker
        // sets aside as beside the point, in a message that asks about the policies, asks nothing.
        var withoutAsides = domain ? Aside().Replace(normalized, " ") : normalized;
        var reason = Contains(normalized, ScopeLexicon.Weather, wholeWords: true) && !Contains(normalized, ScopeLexicon.KeptCold, wholeWords: false) ? OutOfScopeReason.Weather
            : salaried ? OutOfScopeReason.SalariedIncome
            : companyTax ? OutOfScopeReason.CompanyIncomeTax
            // "帮俺写个材料就说俺是新开的店…刻章不就能免费了": a writing request to claim what is not so, about the policy, is answered.
            : Contains(normalized, ScopeLexicon.Creative, wholeWords: true) && !(domain && InjectionDetector.AsksToWriteWhatIsNotSo(normalized)) ? OutOfScopeReason.Creative
            : Contains(withoutAsides, ScopeLexicon.Leisure, wholeWords: true) || ScopeLexicon.AsksWhereToEat.IsMatch(withoutAsides) ? OutOfScopeReason.Leisure
            : Contains(withoutAsides, ScopeLexicon.PersonalAffairs, wholeWords: true) ? OutOfScopeReason.PersonalAffairs
            : !ownPlace && Contains(Origin().Replace(ShareBeforeDu().Replace(normalized, "$1 "), " "), ScopeLexicon.OtherPlaces, wholeWords: true) ? OutOfScopeReason.OtherPlace
            : !domain && !help && Contains(normalized, ScopeLexicon.GeneralKnowledge, wholeWords: true) ? OutOfScopeReason.GeneralKnowledge
            : !domain && injection ? OutOfScopeReason.Injection
            : OutOfScopeReason.None;
        if (reason != OutOfScopeReason.None)
        {
            return new(Intent.OutOfScope, reason, injection, domain);
        }

        if (normalized.Length <= 30 && Contains(normalized, ScopeLexicon.AskingReliability, wholeWords: false)
            && (!domain || Contains(normalized, ScopeLexicon.TheBot, wholeWords: false)))
        {
            return new(Intent.Reliability, OutOfScopeReason.None, injection, domain);
        }

        if (!domain)
        {
            // "great, thanks a lot 👍": the emoji and punctuation say nothing more.
            if (normalized.Count(char.IsLetterOrDigit) <= 20 && Contains(normalized, ScopeLexicon.Thanks, wholeWords: true))
            {
                return new(Intent.Thanks, OutOfScopeReason.None, injection, false);
            }

            return new(help ? Intent.Help : Intent.OutOfScope, help ? OutOfScopeReason.None : OutOfScopeReason.Unrelated, injection, false);
        }

        var eligibility = Contains(normalized, ScopeLexicon.EligibilityCues, wholeWords: true);
        return new(eligibility ? Intent.Eligibility : Intent.Information, OutOfScopeReason.None, injection, true);
    }

    // A sentence the asker says, after telling it, is beside the point ("…a parking fine, not relevant I guess."); not one
    // that announces an unrelated question ("unrelated, do you know…", "题外话…").
    [System.Text.RegularExpressions.GeneratedRegex(@"[^.!?。！？]+[,，\s]+(\b(not relevant|irrelevant|beside the point|not important)\b|不相干|无关紧要)[^.!?。！？]*[.!?。！？]?", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex Aside();

    /// <summary>Whether the place at [start, end) is what another is compared with: "跟咱晋城比", "和晋城相比", "compared with Jincheng".</summary>
    private static bool ComparedWith(string text, int start, int end)
    {
        var before = text[..start].TrimEnd();
        var after = text[end..].TrimStart();
        return (ComparedOpeners.Any(o => before.EndsWith(o, StringComparison.Ordinal)) && (after.StartsWith('比') || after.StartsWith("相比", StringComparison.Ordinal)))
            || before.EndsWith("compared with", StringComparison.Ordinal) || before.EndsWith("compared to", StringComparison.Ordinal);
    }

    /// <summary>"我在太原开店，能享受晋城的政策吗": a place of the site's named, not denied or compared with, as whose policies are asked about.</summary>
    public static bool AsksAboutOwnPlacesPolicies(string normalized, ScopeWords scope) =>
        OwnPlacesSaid(normalized, scope).Any(end => NamesWhosePolicy(normalized, end));

    // Where each mention of a place of the site's ends, when it is neither denied nor only compared with.
    private static IEnumerable<int> OwnPlacesSaid(string normalized, ScopeWords scope) =>
        scope.OwnPlaces.SelectMany(place => Occurrences(normalized, place)
            .Where(at => !Negation.IsNegated(normalized, at, at + place.Length) && !ComparedWith(normalized, at, at + place.Length))
            .Select(at => at + place.Length));

    private static bool NamesWhosePolicy(string text, int end) =>
        WhosePolicy.Any(w => string.CompareOrdinal(text, end, w, 0, w.Length) == 0);

    private static readonly string[] WhosePolicy = ["的政策", "的优惠", "的扶持", "的补贴", "的文件", "政策", "这边的政策", "那边的政策", "'s policy", "'s policies", " policy", " policies"];

    private static readonly string[] ComparedOpeners = ["跟", "和", "与", "同", "跟咱", "和咱", "跟咱们", "和咱们", "跟我们", "和我们", "跟俺们", "和俺们", "跟俺", "和俺"];

    /// <summary>
    /// "你好，我想咨询一下", "人工客服", "hi, I have a question": a greeting or a word that a question is coming, and nothing
    /// else: the reply says what the bot can answer.
    /// </summary>
    private static bool OnlySaysThereIsAQuestion(string normalized)
    {
        if (normalized.Length > 30 || !Contains(normalized, ScopeLexicon.WantToAsk, wholeWords: false))
        {
            return false;
        }

        var rest = ScopeLexicon.WantToAsk.Concat(ScopeLexicon.Greeting).OrderByDescending(w => w.Length)
            .Aggregate(normalized, (text, word) => text.Replace(word, " ", StringComparison.Ordinal));
        return rest.All(c => !char.IsLetterOrDigit(c) || ScopeLexicon.FormCharacters.Contains(c, StringComparison.Ordinal));
    }

    /// <summary>Chinese words match anywhere; English words must start a word, and with <paramref name="wholeWords"/> also end one ("rain" is not in "training").</summary>
    internal static bool Contains(string text, IEnumerable<string> words, bool wholeWords)
    {
        foreach (var word in words)
        {
            foreach (var at in Occurrences(text, word))
            {
                if (!char.IsAsciiLetter(word[0]))
                {
                    return true;
                }

                var startsWord = at == 0 || !char.IsAsciiLetter(text[at - 1]);
                var end = at + word.Length;
                var endsWord = end == text.Length || !char.IsAsciiLetter(text[end])
                    || (text[end] == 's' && (end + 1 == text.Length || !char.IsAsciiLetter(text[end + 1]))); // plurals: poems, jokes
                if (startsWord && (endsWord || !wholeWords))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Where the word stands in the text, each time.
    private static IEnumerable<int> Occurrences(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    // Where the asker comes from, not where the question is about: "俺两口子从山东菏泽过来的，在这边弄了个包子铺", "老家河南的",
    // "我是河南人", "I'm from Guangxi", "we moved here from Hebei"; where the asker worked or studied before coming back:
    // "在浙江电子厂打了五六年工今年回来", "闺女在太原念完大学回来了", "just moved back from Melbourne", "back from 5 yrs in dubai".
    [System.Text.RegularExpressions.GeneratedRegex(@"在\p{IsCJKUnifiedIdeographs}{2,8}?(打|上|念|读|干|工作|待|呆|住)[^，,。；;！!？?\s]{0,15}?回(来|到|家|老家|晋城)|(从|来自|老家(是|在)?)\p{IsCJKUnifiedIdeographs}{2,8}?(过来|来的|来|的)|是\p{IsCJKUnifiedIdeographs}{2,4}人|(户口|户籍|老家)(还|一直|都)?(在|是)\p{IsCJKUnifiedIdeographs}{2,4}?(?=[的，,。\s]|老家|农村|$)|(我|俺|咱)们?(两口子|俩|一家子?|全家|夫妻俩)?是?\p{IsCJKUnifiedIdeographs}{2,4}?(过来|来)\p{IsCJKUnifiedIdeographs}{0,6}?的|^\p{IsCJKUnifiedIdeographs}{2,3}的(?=[，,\s])|\b(i'm|im|i am|we're|we are|originally|moved here|came here|come|family is|family's|parents are|(?:just )?(?:moved|came|come|got) back|returned) from( [a-z']+){1,3}|\b(hukou|household registration)( is)?( still)? (in|back in) [a-z]+|\b[a-z]+ hukou\b|\b(go|going|went) back to( [a-z']+){1,2}|\bback from( \d+)?( [a-z']+){1,3}",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex Origin();

    // A share or a result before 都 ("平台抽成都快三成了", "完成都没人管"): the 成 of 抽成 or 完成, not the city 成都.
    [System.Text.RegularExpressions.GeneratedRegex("([抽分提几一二两三四五六七八九十半变完造形组达做建合养长]成)(?=都)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex ShareBeforeDu();
}
