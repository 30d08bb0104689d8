using Microsoft.Extensions.Options;
using Policy.Bot.Storage;

namespace Policy.Bot.Hosting;

/// <summary>What stops the bot from starting, said in one line that names the setting; null for anything else (a bug).</summary>
public static class StartupError
{
    public static string? Describe(Exception error) => error switch
    {
        OptionsValidationException invalid => string.Join("; ", invalid.Failures),
        StoreUnavailableException or KnowledgeUnavailableException => error.Message,
        InvalidOperationException when error.Message.StartsWith("citations would link", StringComparison.Ordinal) => error.Message,
        AggregateException { InnerExceptions.Count: 1 } aggregate => Describe(aggregate.InnerException!),
        _ => null,
    };
}
