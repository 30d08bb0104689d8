using System.CommandLine;
using Microsoft.Extensions.Configuration;

namespace Policy.Bot.Cli;

/// <summary>Options shared by the commands; they override the <c>Bot:*</c> configuration.</summary>
internal static class CliOptions
{
    public static Option<string?> Session() => new("--session") { Description = "The session id: the same id continues a conversation" };

    public static Option<string?> AsOf() => new("--as-of") { Description = "Evaluate the rules as of this date, YYYY-MM-DD (default: today)" };

    public static Option<bool> Json() => new("--json") { Description = "Print the JSON result" };

    public static Option<string?> Content() => new("--content") { Description = "The content folder (default: content/ found from the current directory)" };

    public static Option<string?> Sessions() => new("--sessions") { Description = "The session store: a SQLite file path, or 'memory' (default: _build/bot-sessions.db)" };

    /// <summary>appsettings.json, then environment variables (Bot__Model__Endpoint …), then the command line.</summary>
    public static BotOptions Resolve(string? content, string? sessions)
    {
        var overrides = new Dictionary<string, string?>();
        if (content is not null)
        {
            overrides["Bot:Content"] = content;
        }

        if (sessions is not null)
        {
            overrides["Bot:Sessions:Path"] = sessions;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
        return BotOptions.From(configuration);
    }

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

    /// <summary>The ready bot; prints why and returns null when the content or settings stop it from starting.</summary>
    public static Answering.PolicyBot? CreateBot(BotOptions options)
    {
        try
        {
            return BotServices.Create(options);
        }
        catch (InvalidOperationException error)
        {
            Console.Error.WriteLine($"error: {error.Message}");
            return null;
        }
    }
}
