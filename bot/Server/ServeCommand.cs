using System.CommandLine;

namespace Policy.Bot.Server;

/// <summary><c>bot serve [--urls URL] [--site PATH]</c>: the WeChat endpoint, the web chat API and, with --site, the site itself.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://localhost:5080" };
        var site = new Option<string?>("--site") { Description = "A built site folder (e.g. _site) to serve at the root" };
        var command = new Command("serve", "Run the bot server: /wechat, /api/chat, /healthz") { urls, site };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, cancel) =>
        {
            var args = new List<string>(parse.UnmatchedTokens) { "--urls", parse.GetValue(urls)! };
            if (parse.GetValue(site) is { } path)
            {
                args.Add($"--Site:Path={Path.GetFullPath(path)}");
            }

            return BotServer.RunAsync([.. args]);
        });
        return command;
    }
}
