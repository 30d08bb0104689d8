using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Policy.Bot.Answering;
using Policy.Bot.Conversations;
using Policy.Bot.Storage;
using Policy.Bot.Storage.InMemory;

namespace Policy.Bot.Hosting;

/// <summary>
/// Opens the store and loads the knowledge before the host serves anything, so a content error or a store that cannot
/// be written stops the start (and the process exits non-zero, for a supervisor to see) instead of leaving a dead server.
/// </summary>
internal sealed class BotStartup(IServiceProvider services, IHostEnvironment environment, IConfiguration configuration, ILogger<BotStartup> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var store = (BotStore)services.GetService(typeof(BotStore))!;
        var live = (LiveBot)services.GetService(typeof(LiveBot))!;
        log.LogInformation("Sessions in {Store}", store.Guard.Description);
        CheckPublicAddress(live.Knowledge.Content.Site.BaseUrl);
        WarmUp(live.Knowledge);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Answers two questions before the host serves, so that the first reader after a start does not wait while the
    /// runtime compiles the answering code: WeChat allows a reply 5 s, and a cold process on a busy machine took most of
    /// it (a CI run answered "busy" to its first WeChat message). The answers go to a throwaway in-memory session store
    /// and are discarded: nothing is stored, and the real stores are not touched.
    /// </summary>
    private void WarmUp(BotKnowledge knowledge)
    {
        try
        {
            var bot = new PolicyBot(knowledge, new InMemorySessionStore(TimeSpan.FromMinutes(1)));
            foreach (var question in WarmUpQuestions)
            {
                bot.AskAsync(new BotRequest(question), CancellationToken.None).GetAwaiter().GetResult();
            }
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            log.LogWarning(error, "The warm-up question failed; the first real question will compile the answering code");
        }
    }

    private static readonly string[] WarmUpQuestions = ["个体工商户有哪些扶持政策？", "What support is there for individual businesses?"];

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Citations link to the site's public address. A production server that others reach must not send them to
    /// localhost; a server that itself listens only on this machine (the one-command demo) may.
    /// </summary>
    private void CheckPublicAddress(string baseUrl)
    {
        if (!IsLoopback(baseUrl))
        {
            return;
        }

        var urls = configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? "";
        var public_ = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any(u => !IsLoopback(u.Replace("*", "0.0.0.0", StringComparison.Ordinal).Replace("+", "0.0.0.0", StringComparison.Ordinal)));
        const string Advice = "set Bot:PublicBaseUrl (or base_url in content/site.yml) to the site's public address";
        if (environment.IsProduction() && public_)
        {
            throw new InvalidOperationException($"citations would link to {baseUrl}, which readers cannot open: {Advice}");
        }

        log.LogWarning("Citations link to {BaseUrl}, which only this machine can open: {Advice}", baseUrl, Advice);
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));
}
