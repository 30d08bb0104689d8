using System.Text.RegularExpressions;
using Policy.Knowledge.Content;

namespace Policy.Bot.Understanding;

/// <summary>Chinese or English, by weighing Chinese characters against Latin words (a Chinese word is about two characters).</summary>
public static partial class LanguageDetector
{
    /// <summary>The language of the text, or null when it has no letters at all (empty, emoji, digits only).</summary>
    public static string? Detect(string text)
    {
        var han = 0;
        var latinWords = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsHan(c))
            {
                han++;
            }

            // "12w", "15k": a unit's letter on a figure is no word of either language.
            var letter = char.IsAsciiLetter(c);
            if (letter && !inWord && !(i > 0 && char.IsAsciiDigit(text[i - 1]) && (c is 'w' or 'k' or 'W' or 'K') && (i + 1 == text.Length || !char.IsAsciiLetter(text[i + 1]))))
            {
                latinWords++;
            }

            inWord = letter;
        }

        if (han == 0 && latinWords == 0)
        {
            return null;
        }

        return (han / 2.0 >= latinWords && !(EnglishAroundOneTerm(text, latinWords) && !LatinWord().Matches(text).All(w => Pinyin.IsSyllables(w.Value))))
            || AllPinyin(text, latinWords, han) || ChineseWithPinyin(text, han) ? Languages.Chinese : Languages.English;
    }

    // The Chinese characters a message needs before its pinyin words count as Chinese ones.
    private const int MinHanBesidePinyin = 8;

    // "老板问下 我是geti hu 小规模na shui ren，monthly sales 大概12w左右，VAT 能mian不？": Chinese, with some words typed in pinyin
    // and a few English terms; only the English words weigh against the Chinese.
    private static bool ChineseWithPinyin(string text, int han) =>
        han >= MinHanBesidePinyin && han / 2.0 >= LatinWord().Matches(text).Count(w => w.Length > 1 && !Pinyin.IsSyllables(w.Value));

    // The fewest words a message typed in pinyin has to be told from English by ("mingtian jincheng xia xue bu").
    private const int MinPinyinWords = 3;

    /// <summary>
    /// Chinese typed in pinyin without characters ("xiang kai ge xiao dian, you mei you mian fei de chuangye peixun a"):
    /// every Latin word is pinyin syllables, and one of them starts as no English word does (x, q, zh). English sentences
    /// have words no syllables spell (the, is, my, shop, what); "a man can change" is spelt by syllables too.
    /// </summary>
    private static bool AllPinyin(string text, int latinWords, int han) =>
        latinWords >= MinPinyinWords && LatinWord().Matches(text) is var words
        && words.All(w => Pinyin.IsSyllables(w.Value) || UnitOfAFigure(text, w))
        // "jin cheng na jia guo lao zui hao chi a": a long run of syllables is no English sentence either; nor is one beside
        // Chinese characters ("个体户 geshui jianban hai you ma").
        && (words.Any(w => PinyinOnlyStart().IsMatch(w.Value) || CommonPinyinWords.Contains(w.Value)) || words.Count >= MinPinyinWordsAlone || han > 0);

    // Pinyin words of asking and of the policy that no English sentence has ("taiyuan getihu you shenme butie").
    private static readonly HashSet<string> CommonPinyinWords = new(
        ["shenme", "zenme", "zenmeyang", "meiyou", "keyi", "nali", "nage", "zhege", "weishenme", "duoshao", "haishi", "yinggai", "xuyao", "butie", "getihu", "zhengce", "jianmian", "mianfei", "shenqing", "daikuan", "kezhang", "fangzu", "nashui", "zengzhishui", "shihou", "peixun", "chuangye", "kaiban", "zhuce", "banli"],
        StringComparer.OrdinalIgnoreCase);

    // The words of syllables alone, none starting as only pinyin does, that make a message pinyin ("a man can change" is four).
    private const int MinPinyinWordsAlone = 6;

    // "zheng hao 15w", "12k": a unit's letter on a figure, no word of either language.
    private static bool UnitOfAFigure(string text, Match word) =>
        word.Index > 0 && char.IsAsciiDigit(text[word.Index - 1]) && word.Value.ToLowerInvariant() is "w" or "k";

    [GeneratedRegex("^(x|q|zh)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex PinyinOnlyStart();

    [GeneratedRegex("[A-Za-z]+", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex LatinWord();

    // The most Chinese characters a term quoted in an English question has ("what is 首次免罚", "What is 晋市市监〔2022〕67号 about?").
    private const int QuotedTermHan = 6;

    /// <summary>
    /// An English question around one Chinese term ("what is 首次免罚"): it starts with English words, and its Chinese is a
    /// single short run (spaces and Latin letters break a run; brackets and digits do not).
    /// </summary>
    private static bool EnglishAroundOneTerm(string text, int latinWords)
    {
        var start = text.AsSpan().TrimStart();
        if (latinWords < 2 || start.IsEmpty || !char.IsAsciiLetter(start[0]))
        {
            return false;
        }

        var runs = 0;
        var runHan = 0;
        var inRun = false;
        foreach (var c in text)
        {
            var breaks = char.IsWhiteSpace(c) || char.IsAsciiLetter(c);
            if (IsHan(c))
            {
                runs += inRun ? 0 : 1;
                runHan++;
                inRun = true;
                if (runs > 1 || runHan > QuotedTermHan)
                {
                    return false;
                }
            }
            else if (breaks)
            {
                (inRun, runHan) = (false, 0);
            }
        }

        return runs == 1;
    }

    // "用英文回答：…", "请用中文回复", "answer in English": the reply's language asked for in so many words.
    private static readonly (Regex Request, string Language)[] Requests =
    [
        (Request("(你)?(能不能|可不可以|能|可以)?请?用?(英文|英语)(来)?(回答|回复|答复|说|讲)(一下)?(吗|么|不|好吗|可以吗)?|请用(英文|英语)|^(请)?(说|讲)(英文|英语)(吧)?$|\\b((can|could|would|will) you )?(please )?(answer|reply|respond|talk|speak|write)( to me)? in english( please)?\\b|\\benglish,? please\\b"), Languages.English),
        (Request("(你)?(能不能|可不可以|能|可以)?请?用?(中文|汉语|普通话)(来)?(回答|回复|答复|说|讲)(一下)?(吗|么|不|好吗|可以吗)?|请用(中文|汉语)|^(请)?(说|讲)(中文|汉语|普通话)(吧)?$|\\b((can|could|would|will) you )?(please )?(answer|reply|respond|talk|speak|write)( to me)? in chinese( please)?\\b|\\bchinese,? please\\b"), Languages.Chinese),
    ];

    /// <summary>
    /// The reply language the normalised text asks for ("用英文回答：增值税免到什么时候"), with the request taken out of the
    /// text; the text as it is and null when it asks for none.
    /// </summary>
    public static (string Text, string? Language) Requested(string normalized)
    {
        foreach (var (request, language) in Requests)
        {
            if (request.Match(normalized) is { Success: true } match)
            {
                var rest = normalized.Remove(match.Index, match.Length).Trim(' ', ':', '：', ',', '，', '.', '。', '!', '！');
                // "Can you answer in English?": nothing is left to answer but the question mark.
                return (rest.All(c => c is '?' or '？' or ' ') ? "" : rest, language);
            }
        }

        return (normalized, null);
    }

    private static Regex Request(string pattern) =>
        new(pattern, RegexOptions.CultureInvariant, TextPatterns.Timeout);

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}
