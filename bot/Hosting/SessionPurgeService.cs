using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Policy.Bot.Sessions;

namespace Policy.Bot.Hosting;

/// <summary>
/// Deletes expired sessions for good, every <c>Bot:Sessions:PurgeMinutes</c>: facts do not outlive the idle time, and
/// the SQLite file does not grow without bound. (Redis expires sessions by itself.)
/// </summary>
internal sealed class SessionPurgeService(ISessionStore sessions, IOptions<BotOptions> options, ILogger<SessionPurgeService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.Sessions.PurgeMinutes));
        do
        {
            var removed = await sessions.PurgeExpiredAsync(stoppingToken);
            if (removed > 0)
            {
                log.LogInformation("Deleted {Count} expired sessions", removed);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
