using System.Text.RegularExpressions;

namespace Policy.Bot.Understanding;

/// <summary>
/// How long any of the bot's regular expressions may take on one message. The patterns are plain alternations, linear in
/// the text; the limit only stops a pathological input. It is generous because it is wall-clock time: on a busy machine
/// a thread can wait longer than a match takes, and a limit of 100 ms failed a question in a loaded CI run.
/// </summary>
internal static partial class TextPatterns
{
    public const int TimeoutMilliseconds = 2000;

    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(TimeoutMilliseconds);

    /// <summary>The English words of a normalised (lower-case) message.</summary>
    [GeneratedRegex("[a-z']+", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    public static partial Regex EnglishWord();

    /// <summary>Whether an English word is one of the search's stop words: a word of asking, carrying no subject.</summary>
    public static bool IsEnglishStopWord(string word) => EnglishStopWords.Contains(word);

    private static readonly HashSet<string> EnglishStopWords = new(Policy.Knowledge.Search.SearchAnalyzers.EnglishStopWords, StringComparer.Ordinal);
}
