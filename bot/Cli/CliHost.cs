using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Policy.Bot.Answering;
using Policy.Bot.Hosting;
using Policy.Bot.Sessions;

namespace Policy.Bot.Cli;

/// <summary>
/// The commands' host: the same composition root as the server (<see cref="PolicyBotServices.AddPolicyBot"/>), with
/// appsettings.json, environment variables (Bot__Model__Endpoint …) and the command's options on top. Nothing is
/// started: a one-off command needs no background services.
/// </summary>
internal sealed class CliHost : IDisposable
{
    private readonly IHost host;

    private CliHost(IHost host, PolicyBot bot)
    {
        this.host = host;
        Bot = bot;
    }

    public PolicyBot Bot { get; }

    /// <summary>The host with a ready bot; prints why and returns null when the content or settings stop it from starting.</summary>
    public static CliHost? Create(string? content, string? sessions)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = Directory.GetCurrentDirectory(),
            Args = [HostSettings.NoReloadOnChange],
        });
        var overrides = new Dictionary<string, string?>();
        if (content is not null)
        {
            overrides["Bot:Content"] = content;
        }

        if (sessions is not null)
        {
            overrides["Bot:Sessions:Path"] = sessions;
        }

        builder.Configuration.AddInMemoryCollection(overrides);
        // Standard output is the answer (or JSON): logs go to standard error, warnings and worse only.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddPolicyBot(builder.Configuration);
        var host = builder.Build();
        try
        {
            _ = host.Services.GetRequiredService<IOptions<BotOptions>>().Value; // validates the settings
            var bot = host.Services.GetPolicyBot();
            // No purge service runs for a one-off command: expired sessions are removed for good here instead.
            host.Services.GetRequiredService<ISessionStore>().PurgeExpiredAsync().GetAwaiter().GetResult();
            return new CliHost(host, bot);
        }
        catch (Exception error) when (StartupError.Describe(error) is { } message)
        {
            Console.Error.WriteLine($"error: {message}");
            host.Dispose();
            return null;
        }
    }

    public void Dispose() => host.Dispose();
}
