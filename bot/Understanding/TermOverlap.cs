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
                terms.Add(lower.Substring(i, 1));
            }

            if (i + 1 < lower.Length && IsHan(lower[i + 1]))
            {
                terms.Add(lower.Substring(i, 2));
            }
        }

        foreach (var word in lower.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 3 && word.All(c => char.IsAsciiLetter(c) || c == '-') && !EnglishStopWords.Contains(word))
            {
                terms.Add(Stem(word));
            }
        }

        // Amounts match across languages and forms: "1,200 yuan" and "1200元" share 1200.
        var digits = new System.Text.StringBuilder();
        foreach (var c in lower.Append(' '))
        {
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

    /// <summary>The share of <paramref name="query"/>'s terms found in <paramref name="text"/>'s terms.</summary>
    public static double Coverage(HashSet<string> query, HashSet<string> text) =>
        query.Count == 0 ? 0 : query.Count(text.Contains) / (double)query.Count;

    public static int Shared(HashSet<string> a, HashSet<string> b) => a.Count(b.Contains);

    private static string Stem(string word)
    {
        foreach (var suffix in new[] { "ing", "ed", "es", "s" })
        {
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static readonly char[] Separators = [' ', ',', '.', ';', ':', '?', '!', '"', '\'', '(', ')', '/', '，', '。', '；', '：', '？', '！', '（', '）', '“', '”'];
}
