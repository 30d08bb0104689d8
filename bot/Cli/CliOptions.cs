using System.CommandLine;

namespace Policy.Bot.Cli;

/// <summary>Options shared by the commands; they override the <c>Bot:*</c> configuration.</summary>
internal static class CliOptions
{
    public static Option<string?> Session() => new("--session") { Description = "The session id: the same id continues a conversation" };

    public static Option<string?> AsOf() => new("--as-of") { Description = "Evaluate the rules as of this date, YYYY-MM-DD (default: today)" };

    public static Option<bool> Json() => new("--json") { Description = "Print the JSON result" };

    public static Option<string?> Content() => new("--content") { Description = "The content folder (default: content/ found from the current directory)" };

    public static Option<string?> Sessions() => new("--sessions") { Description = "The session store: a SQLite file path, or 'memory' (default: _build/bot-sessions.db)" };

    /// <summary>Parses --as-of; prints why and returns false when it is not a date.</summary>
    public static bool TryParseDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        Console.Error.WriteLine($"error: --as-of '{text}' is not a date in the form YYYY-MM-DD");
        return false;
    }
}
