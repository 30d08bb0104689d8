using System.CommandLine;
using Policy.Bot.Answering;

namespace Policy.Bot.Cli;

/// <summary><c>bot ask "问题" [--json] [--session ID] [--as-of DATE]</c>, or <c>bot ask --batch FILE.jsonl</c>.</summary>
internal static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string?>("question") { Description = "The question, in Chinese or English", Arity = ArgumentArity.ZeroOrOne };
        var json = CliOptions.Json();
        var session = CliOptions.Session();
        var asOf = CliOptions.AsOf();
        var batch = new Option<string?>("--batch") { Description = "A JSONL file of {\"id\",\"question\",\"session\"?,\"as_of\"?}; prints one JSON result per line, in order" };
        var stats = new Option<bool>("--stats") { Description = "With --batch: print start-up time and per-question latency to stderr" };
        var content = CliOptions.Content();
        var sessions = CliOptions.Sessions();
        var command = new Command("ask", "Answer one question, or a batch of them") { question, json, session, asOf, batch, stats, content, sessions };
        command.SetAction((parse, cancel) => RunAsync(
            parse.GetValue(question), parse.GetValue(json), parse.GetValue(session), parse.GetValue(asOf),
            parse.GetValue(batch), parse.GetValue(stats), parse.GetValue(content), parse.GetValue(sessions), cancel));
        return command;
    }

    private static async Task<int> RunAsync(string? question, bool json, string? session, string? asOfText, string? batch, bool stats, string? content, string? sessions, CancellationToken cancel)
    {
        if (!CliOptions.TryParseDate(asOfText, out var asOf))
        {
            return 2;
        }

        if (batch is not null && !File.Exists(batch))
        {
            Console.Error.WriteLine($"error: batch file '{batch}' not found");
            return 2;
        }

        using var host = CliHost.Create(content, sessions);
        if (host is null)
        {
            return 2;
        }

        var bot = host.Bot;

        if (batch is not null)
        {
            return await BatchRunner.RunAsync(bot, batch, Console.Out, stats ? Console.Error : null, cancel);
        }

        var result = await bot.AskAsync(new BotRequest(question, session, asOf), cancel);
        ResultPrinter.Print(result, json, Console.Out);
        return 0;
    }
}
