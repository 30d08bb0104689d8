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

    /// <param name="singleCharacters">
    /// Chinese single characters too: "水电费" shares no pair with "水、电价", but 水 and 电 it does. Good for picking a
    /// sentence (rare characters weigh more there); too loose for picking a rule, where 税 alone would tie every tax benefit.
    /// </param>
    public static HashSet<string> Terms(string text, bool singleCharacters = false)
    {
        // One pass each, no LINQ: at a thousand policies this runs over tens of megabytes at start-up.
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var lower = text.ToLowerInvariant();
        for (var i = 0; i < lower.Length; i++)
        {
            if (!IsHan(lower[i]))
            {
                continue;
            }

            if (singleCharacters)
            {
                terms.Add(Single(lower[i]));
            }

            if (i + 1 < lower.Length && IsHan(lower[i + 1]))
            {
                terms.Add(lower.Substring(i, 2));
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
            if (word.Length >= 3 && IsEnglishWord(word))
            {
                var text3 = word.ToString();
                if (!EnglishStopWords.Contains(text3))
                {
                    terms.Add(Stem(text3));
                }
            }
        }

        // Amounts match across languages and forms: "1,200 yuan" and "1200元" share 1200.
        var digits = new System.Text.StringBuilder();
        for (var i = 0; i <= lower.Length; i++)
        {
            var c = i < lower.Length ? lower[i] : ' ';
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c != ',' || digits.Length == 0)
            {
                if (digits.Length >= 2)
                {
                    terms.Add(digits.ToString());
                }

                digits.Clear();
            }
        }

        return terms;
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

    private static string Single(char c) => Singles[c - '\u4e00'] ??= c.ToString();

    /// <summary>The share of <paramref name="query"/>'s terms found in <paramref name="text"/>'s terms.</summary>
    public static double Coverage(HashSet<string> query, HashSet<string> text) =>
        query.Count == 0 ? 0 : query.Count(text.Contains) / (double)query.Count;

    public static int Shared(HashSet<string> a, HashSet<string> b) => a.Count(b.Contains);

    private static string Stem(string word)
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

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static readonly char[] Separators = [' ', ',', '.', ';', ':', '?', '!', '"', '\'', '(', ')', '/', '，', '。', '；', '：', '？', '！', '（', '）', '“', '”'];

    // After Separators: static fields are initialised in the order they are written.
    private static readonly System.Buffers.SearchValues<char> SeparatorValues = System.Buffers.SearchValues.Create(Separators);
}
