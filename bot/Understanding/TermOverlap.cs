namespace Policy.Bot.Understanding;

/// <summary>
/// How much two texts share, for choosing among a handful of sentences or rules (not for search, which is Lucene's):
/// Chinese by character pairs, English by words with a crude plural/verb ending folded.
/// </summary>
internal static class TermOverlap
{
    private static readonly HashSet<string> EnglishStopWords =
    [
        "the", "and", "for", "with", "that", "this", "are", "was", "can", "you", "your", "our", "their", "from", "what", "which", "who", "how", "get", "does",
        "have", "has", "will", "would", "could", "should", "may", "not", "any", "all", "into", "its", "they", "them", "there", "than", "then", "also", "such", "other",
        "individual", "businesses", "business", "municipal",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishStopWordsLookup = EnglishStopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <param name="singleCharacters">
    /// Chinese single characters too: "水电费" shares no pair with "水、电价", but 水 and 电 it does. Good for picking a
    /// sentence (rare characters weigh more there); too loose for picking a rule, where 税 alone would tie every tax benefit.
    /// </param>
    public static HashSet<string> Terms(string text, bool singleCharacters = false)
    {
        var sink = new SetSink(new HashSet<string>(StringComparer.Ordinal));
        Visit(text, singleCharacters, ref sink);
        return sink.Terms;
    }

    /// <summary>What receives a text's terms as <see cref="Visit"/> finds them (repeats included), without making strings.</summary>
    internal interface ITermSink
    {
        /// <summary>Two Han characters side by side.</summary>
        void Pair(char first, char second);

        /// <summary>One Han character (only when single characters are asked for).</summary>
        void Single(char c);

        /// <summary>An English word or number, stemmed and lower-case; valid only during the call.</summary>
        void Other(ReadOnlySpan<char> term);
    }

    /// <summary>The one tokenisation: every term of <paramref name="text"/> handed to <paramref name="sink"/>.</summary>
    public static void Visit<TSink>(string text, bool singleCharacters, ref TSink sink)
        where TSink : struct, ITermSink
    {
        // One pass each, no LINQ: at a thousand policies this runs over tens of megabytes at start-up.
        var lower = text.ToLowerInvariant();
        for (var i = 0; i < lower.Length; i++)
        {
            if (!IsHan(lower[i]))
            {
                continue;
            }

            if (singleCharacters)
            {
                sink.Single(lower[i]);
            }

            if (i + 1 < lower.Length && IsHan(lower[i + 1]))
            {
                sink.Pair(lower[i], lower[i + 1]);
            }
        }

        var span = lower.AsSpan();
        var start = 0;
        for (var i = 0; i <= span.Length; i++)
        {
            if (i < span.Length && !SeparatorValues.Contains(span[i]))
            {
                continue;
            }

            var word = span[start..i];
            start = i + 1;
            if (word.Length >= 3 && IsEnglishWord(word) && !EnglishStopWordsLookup.Contains(word))
            {
                sink.Other(Stem(word));
            }
        }

        // Amounts match across languages and forms: "1,200 yuan" and "1200元" share 1200.
        Span<char> digits = stackalloc char[64];
        var count = 0;
        var overflow = false;
        for (var i = 0; i <= lower.Length; i++)
        {
            var c = i < lower.Length ? lower[i] : ' ';
            if (char.IsAsciiDigit(c))
            {
                if (count < digits.Length)
                {
                    digits[count] = c;
                }
                else
                {
                    overflow = true;
                }

                count++;
            }
            else if (c != ',' || count == 0)
            {
                if (count >= 2)
                {
                    // A run of more than 64 digits is no amount anyone asks about; it still counts, as itself.
                    sink.Other(overflow ? DigitsAround(lower, i, count) : digits[..count]);
                }

                count = 0;
                overflow = false;
            }
        }
    }

    /// <summary>The <paramref name="count"/> digits of the run ending before <paramref name="end"/>, commas left out.</summary>
    private static string DigitsAround(string text, int end, int count)
    {
        var builder = new System.Text.StringBuilder(count);
        for (var i = end - 1; builder.Length < count; i--)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                builder.Insert(0, text[i]);
            }
        }

        return builder.ToString();
    }

    private readonly struct SetSink(HashSet<string> terms) : ITermSink
    {
        public HashSet<string> Terms => terms;

        public void Pair(char first, char second) => terms.Add(string.Create(2, (first, second), (span, pair) => (span[0], span[1]) = pair));

        public void Single(char c) => terms.Add(TermOverlap.Single(c));

        public void Other(ReadOnlySpan<char> term) => terms.Add(term.ToString());
    }

    private static bool IsEnglishWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetter(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    // Single Han characters as strings, made once each.
    private static readonly string[] Singles = new string['\u9fff' - '\u4e00' + 1];

    internal static string Single(char c) => Singles[c - '\u4e00'] ??= c.ToString();

    /// <summary>The share of <paramref name="query"/>'s terms found in <paramref name="text"/>'s terms.</summary>
    public static double Coverage(HashSet<string> query, HashSet<string> text) =>
        query.Count == 0 ? 0 : query.Count(text.Contains) / (double)query.Count;

    public static int Shared(HashSet<string> a, HashSet<string> b) => a.Count(b.Contains);

    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        foreach (var suffix in Suffixes)
        {
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    private static readonly string[] Suffixes = ["ing", "ed", "es", "s"];

    internal static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static readonly char[] Separators = [' ', ',', '.', ';', ':', '?', '!', '"', '\'', '(', ')', '/', '，', '。', '；', '：', '？', '！', '（', '）', '“', '”'];

    // After Separators: static fields are initialised in the order they are written.
    private static readonly System.Buffers.SearchValues<char> SeparatorValues = System.Buffers.SearchValues.Create(Separators);
}
