using System.Text;

namespace Policy.Bot.Understanding;

/// <summary>
/// Puts back the key words people mistype with a Chinese input method: 增直税 → 增值税, 小规摸 → 小规模, 个体护 → 个体户.
/// The words are the staff's own (the facts' words and the search synonyms); a run of the same length that differs from
/// one of them in exactly one character, not the first, is read as that word. Function characters (不, 没, 的 …) never
/// count as a typo, and text that already is a known word, or the policies' own words (一县一品 beside the staff word
/// 一业一证), is left alone.
/// </summary>
public sealed partial class TypoCorrector
{
    private const int MinLength = 3;

    // A difference in one of these is meaning, not a slip: 不是/还没/的 change or end the phrase; 每周 is not 每月; 少交点
    // is "pay a bit less", not 少交税.
    private const string FunctionCharacters = "不没未非无的了是有和或在也都就还吗呢吧啊么个一这那你我他她它们日天周月季年点些";

    private const string Negations = "不没未非无别";

    private static readonly char[] AskingCharacters = ['哪', '啥', '怎', '咋', '谁', '几', '吗', '么'];

    // Said between the two characters of a verb and its object: 贷点款, 刻个章, 借笔钱.
    private const string Inserted = "点个笔些次";

    private readonly Dictionary<char, List<string>> byFirst = [];
    private readonly HashSet<(char, char)> pairs = [];
    private readonly List<string> all;
    private readonly HashSet<string> allWords;
    private readonly Func<string, int, int, bool>? written;
    private readonly Lazy<Dictionary<string, List<string>>> bySpelling;
    private readonly HashSet<string> keptInEnglish;

    /// <param name="written">
    /// Whether a span of a text is the policies' own words (一县一品 is no typo of 一业一证); null when nothing is known to be.
    /// </param>
    /// <param name="spelledToo">
    /// Words only read back from pinyin, never a typo's correction: what out-of-scope questions say ("mingtian xia xue bu": 下雪).
    /// </param>
    /// <param name="englishWords">
    /// The content's English words and phrases: a pinyin word among them is read as it is in English ("youxian gongsi",
    /// "yingye zhizhao", "douyin"), never replaced by the Chinese it spells.
    /// </param>
    public TypoCorrector(IEnumerable<string> words, Func<string, int, int, bool>? written = null, IEnumerable<string>? spelledToo = null, IEnumerable<string>? englishWords = null)
    {
        this.written = written;
        keptInEnglish = (englishWords ?? []).SelectMany(w => LatinWord.Matches(w.ToLowerInvariant()).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
        keptInEnglish.UnionWith(EnglishWordsOfSyllables);
        var spelledOnly = (spelledToo ?? []).Select(TextNormalizer.Normalize).Where(w => w.Length >= 2 && w.All(LanguageDetector.IsHan)).ToList();
        bySpelling = new(() => SpelledWords(spelledOnly));
        all = words.Select(TextNormalizer.Normalize).Where(w => w.Length >= 2 && w.All(LanguageDetector.IsHan)).Distinct().OrderByDescending(w => w.Length).ToList();
        allWords = all.ToHashSet(StringComparer.Ordinal);
        pairs.UnionWith(all.Where(w => w.Length == 2).Select(w => (w[0], w[1])));
        // Key words, not ways of asking: 去哪办 is no typo of 去哪补; nor negations, whose next words vary (要不要出 is no
        // typo of 不要钱).
        // nor phrases of a completed action (已经转了, 转好了), whose verb is the very character a slip would replace: 已经干了
        // is no typo of 已经转了.
        foreach (var word in all.Where(w => w.Length >= MinLength && w.IndexOfAny(AskingCharacters) < 0 && !Negations.Contains(w[0]) && !w.Contains('了')))
        {
            if (!byFirst.TryGetValue(word[0], out var list))
            {
                byFirst[word[0]] = list = [];
            }

            list.Add(word);
        }
    }

    public string Correct(string text)
    {
        text = Rejoin(FromPinyin(text));
        if (text.Length < MinLength || byFirst.Count == 0)
        {
            return text;
        }

        // Characters already inside a known word are never rewritten: 个体工商户 is not a typo of 个体户.
        var known = new bool[text.Length];
        foreach (var word in all)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                Array.Fill(known, true, at, word.Length);
            }
        }

        StringBuilder? corrected = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (!byFirst.TryGetValue(text[i], out var candidates))
            {
                continue;
            }

            foreach (var word in candidates)
            {
                if (i + word.Length > text.Length || OneSlip(text, i, word, known) is not { } slip || written?.Invoke(text, i, word.Length) == true
                    || StartsAWordBeyond(text, i + slip, i + word.Length))
                {
                    continue;
                }

                corrected ??= new StringBuilder(text);
                for (var k = 0; k < word.Length; k++)
                {
                    corrected[i + k] = word[k];
                    known[i + k] = true;
                }

                break;
            }
        }

        return corrected?.ToString() ?? text;
    }

    // A word of pinyin inside English: five letters or more, as a whole word.
    private static readonly System.Text.RegularExpressions.Regex PinyinInEnglish = new(@"\b[a-z]{5,}\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    private static readonly System.Text.RegularExpressions.Regex LatinWord = new("[a-z]+", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // English words that are also pinyin syllables run together.
    private static readonly HashSet<string> EnglishWordsOfSyllables =
        new(["women", "change", "changes", "dance", "china", "chinese", "shanghai", "banana", "canteen", "hangout", "nanny", "penguin", "longer", "linger", "singer", "hanger", "ganging", "bangle", "tango", "mango", "zen", "anyone", "beijing", "taiyuan", "jincheng", "zezhou", "gaoping", "yangcheng", "qinshui", "lingchuan", "chengqu"], StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs}) ?\ble\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex ParticleLe();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bguo ?qi(?= ?(le|mei|meiyou)\b)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex GoneByInPinyin();

    // A word typed in Latin letters inside Chinese: "算guoyou的吧", "个体户zhizhao丢了".
    private static readonly System.Text.RegularExpressions.Regex LatinRun = new("[a-z]{4,}", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>
    /// Reads a word spelt in pinyin as the known word it spells ("房东是街道办，算guoyou的吧": 国有; "need a daikuan": 贷款), when it
    /// spells exactly one, or one the policies write. Inside English only words that are no English word and none the content
    /// reads in English ("youxian gongsi") are read back.
    /// </summary>
    private string FromPinyin(string text)
    {
        if (!LatinRun.IsMatch(text))
        {
            return text;
        }

        if (LanguageDetector.Detect(text) != Policy.Knowledge.Content.Languages.Chinese)
        {
            // "where she go to shenqing it", "daikuan 🙏": a policy word in pinyin inside English, one long word of syllables
            // that spells exactly one known word (an English word that happens to be syllables stays: women, change).
            // "chuangye danbao daikuan", "xin yi dai": syllables typed apart too, where every word of the run is syllables and
            // no English word ("can he borrow" stays); the Chinese words read back then join ("创业担保贷款").
            text = PinyinInEnglish.Replace(text, word => IsPinyinInEnglish(word.Value) ? Spelt(word.Value) ?? word.Value : word.Value);
            text = SpacedRun.Replace(text, run => string.Join(' ', PinyinRuns(run.Value.Split(' '))));
            return SpacedHan.Replace(text, "");
        }

        // "wo gang ban le getihu yingye zhizhao": a message all in pinyin reads as Chinese, its words read back joined
        // (刚办了个体户营业执照), as the asker would have typed them in characters.
        var allPinyin = !text.Any(LanguageDetector.IsHan);
        // "zhege zhengce guoqi le ma": gone by (过期), not a state firm (国企), when the words after say it happened.
        text = GoneByInPinyin().Replace(text, "过期");
        // "ke zhang yao qian ma": syllables typed apart, joined into the known words they spell.
        text = SpacedRun.Replace(text, run => Joined(run.Value.Split(' ')));
        // "转成有限公司 le": the particle after a word read back is 了, which says it was done.
        text = ParticleLe().Replace(text, "了");
        text = LatinRun.Replace(text, run => Spelt(run.Value) ?? run.Value);
        return allPinyin ? SpacedHan.Replace(text, "") : text;
    }

    /// <summary>
    /// Syllables typed apart, joined into the known words they spell. Longer words win ("xiao gui mo na shui ren" is 小规模纳税人,
    /// not 失效 from "shi xiao"): the reading whose words' lengths squared sum highest.
    /// </summary>
    private string Joined(string[] words)
    {
        var best = new int[words.Length + 1];
        var choice = new (int Count, string? Word)[words.Length];
        for (var i = words.Length - 1; i >= 0; i--)
        {
            (best[i], choice[i]) = (best[i + 1], (1, null));
            for (var count = 2; count <= Math.Min(MaxJoinedSyllables, words.Length - i); count++)
            {
                if (count * count + best[i + count] > best[i] && Spelt(string.Concat(words.AsSpan(i, count))) is { } word)
                {
                    (best[i], choice[i]) = (count * count + best[i + count], (count, word));
                }
            }
        }

        var result = new StringBuilder();
        for (var i = 0; i < words.Length; i += choice[i].Count)
        {
            var piece = choice[i].Word ?? words[i];
            if (result.Length > 0 && (choice[i].Word is null || char.IsAsciiLetter(result[^1])))
            {
                result.Append(' ');
            }

            result.Append(piece);
        }

        return result.ToString();
    }

    /// <summary>The words of an English run, each stretch of two or more pinyin words in it joined where they spell known words.</summary>
    private IEnumerable<string> PinyinRuns(string[] words)
    {
        for (var i = 0; i < words.Length;)
        {
            var end = i;
            while (end < words.Length && IsPinyinInEnglish(words[end]))
            {
                end++;
            }

            if (end - i >= 2)
            {
                yield return Joined(words[i..end]);
                i = end;
            }
            else
            {
                yield return words[i];
                i = Math.Max(end, i + 1);
            }
        }
    }

    // A Latin word that is pinyin and no word the content or English itself uses.
    private bool IsPinyinInEnglish(string word) =>
        !keptInEnglish.Contains(word) && !TextPatterns.IsEnglishStopWord(word) && Pinyin.IsSyllables(word);

    // Chinese words read back beside each other, a space between: one word ("创业 担保 贷款").
    private static readonly System.Text.RegularExpressions.Regex SpacedHan = new(@"(?<=\p{IsCJKUnifiedIdeographs}) (?=\p{IsCJKUnifiedIdeographs})", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    // The most syllables typed apart that are joined into one known word (个体工商户 is five: ge ti gong shang hu).
    private const int MaxJoinedSyllables = 5;

    private static readonly System.Text.RegularExpressions.Regex SpacedRun = new("[a-z]+(?: [a-z]+)+", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TextPatterns.Timeout);

    /// <summary>The known word a pinyin spelling spells, when it spells exactly one, or one the policies write; otherwise null.</summary>
    private string? Spelt(string spelling)
    {
        var spelt = bySpelling.Value.GetValueOrDefault(spelling) ?? [];
        // zhizhao spells 执照 and 支招: the one the policies write is meant.
        if (spelt.Count > 1 && written is not null && spelt.Where(w => written(w, 0, w.Length)).ToList() is { Count: > 0 } writtenOnes)
        {
            spelt = writtenOnes;
        }

        // guoqi spells 国企 and 过期: a word of the facts and synonyms before one only read back from pinyin (过期 where the
        // words after say so: GoneByInPinyin).
        if (spelt.Count > 1 && spelt.Where(w => allWords.Contains(w)).ToList() is { Count: > 0 } factWords)
        {
            spelt = factWords;
        }

        return spelt.Count == 1 ? spelt[0] : null;
    }

    /// <summary>The known words of two to four characters by each way they are spelt in pinyin, made on first use.</summary>
    private Dictionary<string, List<string>> SpelledWords(IEnumerable<string> spelledOnly)
    {
        var words = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var word in all.Concat(spelledOnly.Except(all)).Where(w => w.Length is >= 2 and <= 4))
        {
            foreach (var spelling in Pinyin.Spellings(word).Distinct(StringComparer.Ordinal))
            {
                if (!words.TryGetValue(spelling, out var list))
                {
                    words[spelling] = list = [];
                }

                list.Add(word);
            }
        }

        return words;
    }

    /// <summary>
    /// Takes out a measure word said inside a two-character word: 贷点款 is 贷款, 刻个章 刻章, 办个照 办照. A measure word that
    /// begins a known word stays (免个税 is about 个税). Said this way, a verb that is no known word's with its object but
    /// sounds like exactly one that is was mistyped: 带点款 is 贷款 (voice input writes the commoner 带).
    /// </summary>
    private string Rejoin(string text)
    {
        StringBuilder? joined = null;
        for (var i = text.Length - 3; i >= 0; i--)
        {
            if (!Inserted.Contains(text[i + 1]) || pairs.Contains((text[i + 1], text[i + 2])) || all.Any(w => string.CompareOrdinal(text, i + 1, w, 0, w.Length) == 0))
            {
                continue;
            }

            var verb = pairs.Contains((text[i], text[i + 2])) ? text[i] : SoundAlikeVerb(text[i], text[i + 2]);
            if (verb is { } v)
            {
                joined ??= new StringBuilder(text);
                joined[i] = v;
                joined.Remove(i + 1, 1);
            }
        }

        return WithoutAspectInside(joined?.ToString() ?? text);
    }

    /// <summary>The one verb of a known pair with <paramref name="obj"/> that <paramref name="typed"/> sounds like; null when none or several.</summary>
    private char? SoundAlikeVerb(char typed, char obj)
    {
        // 剩不了几个钱 counts money: 几 asks how many (and 给 is also read ji).
        if (!LanguageDetector.IsHan(typed) || FunctionCharacters.Contains(typed) || ChineseNumerals.IsNumeralChar(typed) || AskingCharacters.Contains(typed))
        {
            return null;
        }

        char? found = null;
        foreach (var (verb, o) in pairs)
        {
            if (o == obj && verb != typed && Pinyin.SoundAlike(typed, verb))
            {
                if (found is not null && found != verb)
                {
                    return null;
                }

                found = verb;
            }
        }

        return found;
    }

    /// <summary>
    /// Takes out the 了 said after the verb of a known word: 转成了有限公司 is 转成有限公司, 办了执照 办执照. The words with 了
    /// of their own (已经转了) are left as they are.
    /// </summary>
    private string WithoutAspectInside(string text)
    {
        StringBuilder? joined = null;
        for (var at = text.LastIndexOf('了'); at > 0; at = at == 0 ? -1 : text.LastIndexOf('了', at - 1))
        {
            if (all.Any(w => SplitAt(text, at, w)))
            {
                (joined ??= new StringBuilder(text)).Remove(at, 1);
            }
        }

        return joined?.ToString() ?? text;
    }

    /// <summary>Whether the text holds <paramref name="word"/> with a 了 said at <paramref name="at"/>, inside it.</summary>
    private static bool SplitAt(string text, int at, string word)
    {
        for (var k = 1; k < word.Length; k++)
        {
            if (at - k >= 0 && at + 1 + word.Length - k <= text.Length
                && string.CompareOrdinal(text, at - k, word, 0, k) == 0 && string.CompareOrdinal(text, at + 1, word, k, word.Length - k) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // The shortest word a function character may be a slip inside of.
    private const int MinInsideSlipLength = 5;

    /// <summary>Where the run at <paramref name="at"/> differs from <paramref name="word"/> in exactly one character that may be a slip; null otherwise.</summary>
    private static int? OneSlip(string text, int at, string word, bool[] known)
    {
        int? slip = null;
        for (var k = 1; k < word.Length; k++)
        {
            var c = text[at + k];
            if (c == word[k])
            {
                continue;
            }

            // A function character may be a slip only inside a long word, the word's own characters going on after it: 小规么纳税人
            // is 小规模纳税人, where "是小规么" may ask.
            var inside = word.Length >= MinInsideSlipLength && k < word.Length - 1;
            if (slip is not null || known[at + k] || !LanguageDetector.IsHan(c) || (FunctionCharacters.Contains(c) && !inside) || FunctionCharacters.Contains(word[k])
                || ChineseNumerals.IsNumeralChar(c) || !Pinyin.SoundAlike(c, word[k]))
            {
                return null;
            }

            slip = k;
        }

        return slip;
    }

    /// <summary>
    /// Whether the character taken for a slip, the run's last, begins a word of the policies with the character after the
    /// run: 工作目标 says 目标 (a heading's word), not 工作组.
    /// </summary>
    private bool StartsAWordBeyond(string text, int slip, int end) =>
        slip == end - 1 && end < text.Length && written?.Invoke(text, slip, 2) == true;
}
