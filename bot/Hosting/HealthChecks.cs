using Microsoft.Extensions.Diagnostics.HealthChecks;
using Policy.Bot.Conversations;
using Policy.Bot.Storage;

namespace Policy.Bot.Hosting;

/// <summary>Healthy once the knowledge is loaded (it is before the server serves); says which build is in use.</summary>
internal sealed class KnowledgeHealthCheck(LiveBot live) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HealthCheckResult.Healthy($"{live.Knowledge.Content.Policies.Count} policies, loaded {live.LoadedAt:yyyy-MM-dd HH:mm:ss} UTC"));
}

/// <summary>
/// Degraded while the store fails: the bot still answers, without sessions or deduplication, so the instance stays in
/// service; a load balancer that reads the status can prefer healthy instances. The probe also ends an outage.
/// </summary>
internal sealed class StoreHealthCheck(BotStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await store.ProbeAsync(cancellationToken);
        return store.Guard.Problem is { } problem
            ? HealthCheckResult.Degraded(problem + "; answering without sessions")
            : HealthCheckResult.Healthy(store.Guard.Description);
    }
}
