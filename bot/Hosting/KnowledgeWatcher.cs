using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Policy.Bot.Conversations;

namespace Policy.Bot.Hosting;

/// <summary>
/// Publishing reaches the bot: <c>generator build</c> writes the search index to <c>_build/index/</c> only when the
/// content is valid, and swaps the folder in whole. This service notices a new index (checking once a second), waits
/// until it stops changing, loads the content with it, and swaps the bot in one reference: requests in flight finish
/// on the old knowledge, and nothing fails. A build whose content has errors, or an index older than the content, is
/// never loaded: the bot keeps answering from what it has and logs why.
/// </summary>
internal sealed class KnowledgeWatcher(LiveBot live, IOptions<BotOptions> options, ILogger<KnowledgeWatcher> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WatchKnowledge)
        {
            return;
        }

        var contentRoot = live.Knowledge.Content.Root;
        var loaded = KnowledgeLoader.IndexStamp(contentRoot);
        string? previous = loaded;
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var stamp = KnowledgeLoader.IndexStamp(contentRoot);
            var settled = stamp == previous;
            previous = stamp;
            if (stamp is null || stamp == loaded || !settled)
            {
                continue; // nothing new, or a build still writing: look again next time
            }

            loaded = stamp;
            await Task.Run(() => Reload(contentRoot), stoppingToken);
        }
    }

    private void Reload(string contentRoot)
    {
        var started = Stopwatch.StartNew();
        try
        {
            var knowledge = KnowledgeLoader.Load(contentRoot, options.Value.PublicBaseUrl, requirePublishedIndex: true);
            live.Replace(knowledge);
            log.LogInformation("Published knowledge loaded in {Milliseconds} ms: {Policies} policies", started.ElapsedMilliseconds, knowledge.Content.Policies.Count);
        }
        catch (Exception error) when (error is KnowledgeUnavailableException or IOException)
        {
            log.LogWarning("A new build was not loaded; the bot keeps its current knowledge: {Reason}", error.Message);
        }
    }
}
