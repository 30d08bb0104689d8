using System.CommandLine;
using Policy.Bot.Answering;

namespace Policy.Bot.Cli;

/// <summary><c>bot chat</c>: an interactive, multi-turn conversation in the terminal. "exit" or an empty input stream ends it.</summary>
internal static class ChatCommand
{
    public static Command Create()
    {
        var session = CliOptions.Session();
        var asOf = CliOptions.AsOf();
        var json = CliOptions.Json();
        var content = CliOptions.Content();
        var sessions = CliOptions.Sessions();
        var command = new Command("chat", "Talk with the bot, one message per line") { session, asOf, json, content, sessions };
        command.SetAction((parse, cancel) => RunAsync(
            parse.GetValue(session), parse.GetValue(asOf), parse.GetValue(json), parse.GetValue(content), parse.GetValue(sessions), cancel));
        return command;
    }

    private static async Task<int> RunAsync(string? session, string? asOfText, bool json, string? content, string? sessions, CancellationToken cancel)
    {
        if (!CliOptions.TryParseDate(asOfText, out var asOf))
        {
            return 2;
        }

        using var host = CliHost.Create(content, sessions);
        if (host is null)
        {
            return 2;
        }

        var bot = host.Bot;

        var key = session ?? "chat-" + Guid.NewGuid().ToString("N")[..12];
        var title = bot.Knowledge.Intro.Title;
        Console.WriteLine($"{title.Zh} / {title.En} — session {key}. 输入“重新开始”清除会话，exit 退出 / type reset to start over, exit to quit.");
        while (!cancel.IsCancellationRequested)
        {
            Console.Write("> ");
            var line = Console.ReadLine();
            if (line is null || line.Trim() is "exit" or "quit" or "退出")
            {
                return 0;
            }

            var result = await bot.AskAsync(new BotRequest(line, key, asOf), cancel);
            ResultPrinter.Print(result, json, Console.Out);
        }

        return 0;
    }
}
