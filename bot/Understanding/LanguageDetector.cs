using Policy.Knowledge.Content;

namespace Policy.Bot.Understanding;

/// <summary>Chinese or English, by weighing Chinese characters against Latin words (a Chinese word is about two characters).</summary>
public static class LanguageDetector
{
    /// <summary>The language of the text, or null when it has no letters at all (empty, emoji, digits only).</summary>
    public static string? Detect(string text)
    {
        var han = 0;
        var latinWords = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (IsHan(c))
            {
                han++;
            }

            var letter = char.IsAsciiLetter(c);
            if (letter && !inWord)
            {
                latinWords++;
            }

            inWord = letter;
        }

        if (han == 0 && latinWords == 0)
        {
            return null;
        }

        return han / 2.0 >= latinWords ? Languages.Chinese : Languages.English;
    }

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}
