namespace Policy.Bot.Answering;

/// <summary>
/// Takes words out of a message (the asker's facts, the subject every clause shares) while keeping whole the staff words
/// that hold one of them: "怎么评上优秀个体户" is about 优秀个体户, not about 个体户 with 优秀 left over.
/// </summary>
internal static class WordRemoval
{
    /// <param name="words">The words to take out, longest first; each leaves a space.</param>
    /// <param name="keptWhole">The words that stay as they are even when they hold one of <paramref name="words"/>, longest first.</param>
    public static string Without(string text, IReadOnlyList<string> words, IReadOnlyList<string> keptWhole, StringComparison comparison = StringComparison.Ordinal)
    {
        // Each kept word as the text writes it, put back as it was.
        var kept = new List<string>();
        foreach (var word in keptWhole)
        {
            for (var at = text.IndexOf(word, comparison); at >= 0; at = text.IndexOf(word, at, comparison))
            {
                var placeholder = Placeholder(kept.Count);
                kept.Add(text.Substring(at, word.Length));
                text = string.Concat(text.AsSpan(0, at), placeholder, text.AsSpan(at + word.Length));
                at += placeholder.Length;
            }
        }

        foreach (var word in words)
        {
            text = text.Replace(word, " ", comparison);
        }

        for (var i = 0; i < kept.Count; i++)
        {
            text = text.Replace(Placeholder(i), kept[i], StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The words of <paramref name="candidates"/> that hold one of <paramref name="words"/> and are longer, longest first.</summary>
    public static string[] Holding(IEnumerable<string> candidates, IReadOnlyCollection<string> words, StringComparison comparison = StringComparison.Ordinal) =>
        [.. candidates.Where(c => words.Any(w => c.Length > w.Length && c.Contains(w, comparison))).Distinct(StringComparer.Ordinal).OrderByDescending(c => c.Length)];

    // Private-use characters, padded with spaces: no normalised message holds them, and no word is found across them.
    private static string Placeholder(int i) => $" \uE000{(char)(0xE100 + i)} ";
}
