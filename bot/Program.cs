using System.CommandLine;
using Policy.Bot.Cli;
using Policy.Bot.Server;

// Without a command, or with only host settings (--key=value, as hosting tools pass them), the bot runs its server.
if (args.Length == 0 || args.All(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)))
{
    return await BotServer.RunAsync(args);
}

var root = new RootCommand("The policy bot: answers eligibility and policy questions with verified citations, offline by default. Without a command it runs the server.");
root.Subcommands.Add(AskCommand.Create());
root.Subcommands.Add(ChatCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
return await root.Parse(args).InvokeAsync();

/// <summary>The entry point, named so that WebApplicationFactory&lt;Program&gt; can start the server in tests.</summary>
public partial class Program;
