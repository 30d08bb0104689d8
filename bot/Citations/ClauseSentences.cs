using Policy.Knowledge.Content;

namespace Policy.Bot.Citations;

/// <summary>
/// The sentences of a clause, as they stand in its text: what an answer may quote. The responsible-unit note is left out
/// (units are named from units.yml instead).
/// </summary>
public static class ClauseSentences
{
    private static readonly char[] ChineseEnds = ['。', '；', '！', '？'];

    public static IReadOnlyList<string> Of(Section section)
    {
        var sentences = new List<string>();
        foreach (var paragraph in section.Paragraphs)
        {
            foreach (var sentence in Split(paragraph, IsChinese(paragraph)))
            {
                var trimmed = sentence.Trim();
                if (trimmed.Length >= 6 && !IsUnitNote(trimmed))
                {
                    sentences.Add(trimmed);
                }
            }
        }

        return sentences;
    }

    private static IEnumerable<string> Split(string paragraph, bool chinese)
    {
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            var end = chinese
                ? ChineseEnds.Contains(c)
                : (c is '.' or ';' or '?' or '!') && (i + 1 == paragraph.Length || paragraph[i + 1] == ' ') && !EndsAbbreviation(paragraph, i);
            if (end)
            {
                // Keep a Chinese sentence's closing mark out of the quote but inside the text it came from.
                yield return paragraph[start..i];
                start = i + 1;
            }
        }

        if (start < paragraph.Length)
        {
            yield return paragraph[start..];
        }
    }

    private static bool IsChinese(string text) => text.Count(c => c is >= '\u4e00' and <= '\u9fff') * 2 > text.Length / 4;

    // "e.g." and "No." should not end an English sentence.
    private static bool EndsAbbreviation(string text, int dot) =>
        dot >= 2 && (text.AsSpan(Math.Max(0, dot - 3), Math.Min(3, dot)).EndsWith("e.g", StringComparison.Ordinal) || text.AsSpan(Math.Max(0, dot - 2), 2).SequenceEqual("No"));

    private static bool IsUnitNote(string sentence) =>
        sentence.StartsWith("（责任单位", StringComparison.Ordinal) || sentence.StartsWith("(责任单位", StringComparison.Ordinal)
        || sentence.StartsWith("(Responsible unit", StringComparison.Ordinal) || sentence.StartsWith("（此件", StringComparison.Ordinal);
}
