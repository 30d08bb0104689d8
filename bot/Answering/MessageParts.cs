using System.Globalization;
using System.Text.RegularExpressions;
using Policy.Bot.Understanding;

namespace Policy.Bot.Answering;

/// <summary>
/// A message that asks about two matters ("听说今年房租能减？另外想贷个十来万，没房子抵押能贷不", "一是房租能不能减，二是想加盟个连锁
/// 的牌子", "Can I get the reward? Also, how do I register a trademark?"): its parts, each asking on its own. The answer to the
/// whole message speaks to one of them; each part it leaves unanswered is answered after it, under "您还问到".
/// </summary>
internal static partial class MessageParts
{
    // Shortest part that asks anything of its own ("房租能减不"): two Han characters are a reply, not a question.
    private const int MinPartLength = 4;

    /// <summary>
    /// The parts of a message that asks about more than one matter, in order (the first keeps what was told before it);
    /// empty when it asks about one. A part starts at a word that turns to another matter (另外, 还有, 二是, "also"), and each
    /// part must ask something: two questions in a row are more often one matter ("个转企有奖励吧？给多少钱").
    /// </summary>
    /// <param name="normalized">The message.</param>
    /// <param name="replying">Whether the message replies to the last answer ("oh wait its 1.7w a month not 17w. also…"): its
    /// first part is the reply, a part of its own whether or not it asks.</param>
    public static IReadOnlyList<string> Split(string normalized, bool replying = false)
    {
        // Where each part after the first starts, and where its own words start (after the word that turns to it).
        var starts = new SortedDictionary<int, int>();
        foreach (Match turn in TurnToAnother().Matches(normalized))
        {
            starts.TryAdd(turn.Index + turn.Groups["pre"].Length, turn.Index + turn.Length);
        }

        // "问两个事：増值税还用交不？房租能不能减点？": after saying there are several matters, each question is one.
        if (AnnouncesSeveral().Match(normalized) is { Success: true } announced)
        {
            for (var at = normalized.IndexOfAny(QuestionMarks, announced.Index + announced.Length); at >= 0 && at + 1 < normalized.Length; at = normalized.IndexOfAny(QuestionMarks, at + 1))
            {
                starts.TryAdd(at + 1, at + 1);
            }

            // "想问三个事 1能不能贷到款 2有没有不要钱的法律咨询 3办执照能在乡里办不": numbered, each number starts one.
            foreach (Match number in Numbered().Matches(normalized, announced.Index + announced.Length))
            {
                starts.TryAdd(number.Index + number.Groups["pre"].Length, number.Index + number.Length);
            }
        }

        var parts = new List<(string Text, string Own)>();
        var (from, own) = (0, 0);
        foreach (var (start, words) in starts.Where(s => s.Key > 0 && s.Key < normalized.Length))
        {
            parts.Add((normalized[from..start], normalized[own..start]));
            (from, own) = (start, words);
        }

        parts.Add((normalized[from..], normalized[own..]));
        // A part that asks nothing (told before the questions, or a trailing remark) stays with the part before it, or the one after.
        var asking = new List<string>();
        var told = "";
        foreach (var (part, words) in parts)
        {
            // "另外这个要交啥材料": a part turned to that points back at what was asked before it is about the same matter.
            if ((replying && asking.Count == 0 && told.Length == 0) || (Asks(part) && (words.Length == part.Length || !PointsBack().IsMatch(words))))
            {
                asking.Add(told + part);
                told = "";
            }
            else if (asking.Count > 0)
            {
                asking[^1] += part;
            }
            else
            {
                told += part;
            }
        }

        return asking.Count > 1 ? asking : [];
    }

    /// <summary>
    /// The answer to the whole message, followed by the answers to its parts that it does not speak to: a part is spoken to
    /// when the sentence its own answer quotes first is quoted, and marked, in the whole answer, or when the whole answer gives
    /// every verdict the part's does and marks the clause it cites first. Citations are merged and renumbered.
    /// </summary>
    public static BotResult WithParts(BotResult whole, IReadOnlyList<BotResult> parts)
    {
        // "这份政策没有规定这一点" said of the whole message is not said of a part that is answered: the parts stand alone.
        var result = whole.Citations.Count == 0 && whole.Eligibility.Count == 0 && parts.FirstOrDefault(p => p.InScope && p.Citations.Count > 0) is { } first
            ? first with { Id = whole.Id, Session = whole.Session }
            : whole;
        foreach (var part in parts)
        {
            // A clause the answer lists but never marks in its text (a further search hit) does not answer the part.
            var spoken = result.Citations.Where((c, i) => result.Answer.Contains($"[{(i + 1).ToString(CultureInfo.InvariantCulture)}]", StringComparison.Ordinal));
            // The part's clause quoted by another sentence of it ("再贷款…" for "没啥能抵押的 能贷到款不") does not answer it either;
            // a quote that joins the part's sentence with another ("…户籍限制……水、电价…") does.
            // A part whose every verdict the answer already gives, from the clause the part cites first, is spoken to ("Do I pay
            // VAT? And … is the income tax still halved?" answered both at once).
            if (!part.InScope || part.Citations.Count == 0 || spoken.Any(c => c.Id == part.Citations[0].Id && c.Quote.Contains(part.Citations[0].Quote, StringComparison.Ordinal))
                || (part.Eligibility.Count > 0 && part.Eligibility.All(e => result.Eligibility.Any(r => r.Rule == e.Rule && r.Verdict == e.Verdict))
                    && spoken.Any(c => c.Id == part.Citations[0].Id)))
            {
                continue;
            }

            var citations = result.Citations.ToList();
            var number = new Dictionary<int, int>();
            for (var i = 0; i < part.Citations.Count; i++)
            {
                var at = citations.FindIndex(c => c.Id == part.Citations[i].Id && c.Quote == part.Citations[i].Quote);
                // A clause the answer so far lists but never marks is the part's, with the part's quote: no number is left unmarked.
                if (at < 0 && citations.FindIndex(c => c.Id == part.Citations[i].Id) is var listed and >= 0 && listed < result.Citations.Count
                    && !result.Answer.Contains($"[{(listed + 1).ToString(CultureInfo.InvariantCulture)}]", StringComparison.Ordinal))
                {
                    citations[listed] = part.Citations[i];
                    at = listed;
                }

                if (at < 0)
                {
                    citations.Add(part.Citations[i]);
                    at = citations.Count - 1;
                }

                number[i + 1] = at + 1;
            }

            var text = Marker().Replace(part.Answer, m =>
                number.TryGetValue(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), out var n) ? $"[{n.ToString(CultureInfo.InvariantCulture)}]" : m.Value);
            result = result with
            {
                Answer = result.Answer + "\n" + BotTexts.AlsoAsked.In(result.Language) + "\n" + text,
                Citations = citations,
                Eligibility = [.. result.Eligibility, .. part.Eligibility.Where(e => !result.Eligibility.Any(r => r.Rule == e.Rule))],
                FollowUp = result.FollowUp ?? part.FollowUp,
            };
        }

        return result;
    }

    /// <summary>Whether the message says it asks about several matters ("问两个事", "想问两样", "two things I want to ask about").</summary>
    public static bool NamesSeveral(string normalized) => AnnouncesSeveral().IsMatch(normalized);

    // Whether a part asks something: a question word, a question particle or mark, 说没说 or 管不管, or a way of asking in English.
    private static bool Asks(string part) =>
        part.Count(c => TermOverlap.IsHan(c) || char.IsAsciiLetterOrDigit(c)) >= MinPartLength && Asking().IsMatch(part);

    [GeneratedRegex(@"[?？]|[吗么呢]|(\p{IsCJKUnifiedIdeographs})[没不]\1|[\p{IsCJKUnifiedIdeographs}](不|没)[\s，,。.；;！!]*$|[\p{IsCJKUnifiedIdeographs}]能[\p{IsCJKUnifiedIdeographs}]{0,6}?[\p{IsCJKUnifiedIdeographs}](不|没)(?=\s)|(能|算|可以)[\p{IsCJKUnifiedIdeographs}]{0,4}吧(?=[\s，,。.；;！!？?]*$)|能不能|可不可以|有没有|是不是|咋|怎么|怎样|如何|啥|什么|哪|多少|几|合规|合法|支持不|行不|中不|还是(还)?(得|要|需要)|(^|[.!,]\s*)(can|could|do|does|is|are|will|should|how|what|where|who|which|when|any)\b",
        RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex Asking();

    // A word that turns to another matter, after a break or at the start: 另外, 还有 (not 还有没有, 还有效, 还有啥), 二是, "also".
    [GeneratedRegex(@"(?<pre>[，,。.；;！!？?\s]+)(另外|还有个事儿?|还有一个事儿?|还有件事|还有(?!没|吗|么|啥|什么|效|用|别的|其他|其它|哪|多少|几|谁|的|点|些|呢|不|机会|希望|戏)|再问一下|再问个事儿?|(我|俺)?还想(问一?下|问问|问个事儿?|问)?|顺便问一?下|顺便问|顺带问一?下|顺带问|捎带问一?下|顺嘴问一?下|再一个|再就是|二是|第二(?=[，,、是个件]))|(?<pre>(?<=\p{IsCJKUnifiedIdeographs}))(还有(?=俺|我们|我)|再就是|顺便问一?下|顺带问一?下)|(?<pre>(^|[，,。.；;！!？?]\s*))(also|another question|one more thing|and one more thing|plus|secondly)\b|(?<pre>[?？]\s*)(and)\b(?= (once|if|after|also|can|could|is|are|will|would|should|my|our|i|we|(does|do|is|are|will) (the|this)( plan| policy)?)\b)|(?<pre>[?？]\s*)(那个)(?=\p{IsCJKUnifiedIdeographs}{2})",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex TurnToAnother();

    private static readonly char[] QuestionMarks = ['?', '？'];

    // Saying that several matters are asked: "问两个事", "有俩问题", "two questions".
    [GeneratedRegex(@"(两|俩|二|三|几)(个|件)?(事|事儿|问题|样)|\b(two|three|a couple of|couple of|a few) (quick )?(questions|things|qs)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex AnnouncesSeveral();

    // The number of a matter after the first, after a break: " 2有没有…", "，3、办执照…", " (2) …".
    [GeneratedRegex(@"(?<pre>[\s，,。；;？?！!]+)[（(]?([2-9]|二|三|四)\s*[、.．:：)）]?\s*(?=\p{IsCJKUnifiedIdeographs})", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex Numbered();

    // A part's own words that start by pointing at what was said before them: 这个, 那, "this", "that"; not 那个 before a
    // thing described at length ("顺便问问那个租国有房子减三个月房租的", which names its own matter).
    [GeneratedRegex(@"^[\s，,:：]*(那|这|它|\b(this|that|those|these)\b)(?!个?[^，,。？?！!\s]{5,20}的)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex PointsBack();

    [GeneratedRegex(@"\[(\d+)\]", RegexOptions.CultureInvariant, TextPatterns.TimeoutMilliseconds)]
    private static partial Regex Marker();
}
