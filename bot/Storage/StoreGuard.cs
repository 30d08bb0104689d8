using Microsoft.Extensions.Logging;

namespace Policy.Bot.Storage;

/// <summary>
/// Keeps a failing store from failing messages: every call is bounded by the store timeout, and a failure is logged once
/// and answered with a fallback (no session, no deduplication). After a failure, calls skip the store for a short pause,
/// so an outage costs a message no time; the first call after the pause (or a health probe) tries again, and success
/// ends the outage.
/// </summary>
public sealed class StoreGuard(string description, TimeSpan timeout, ILogger log)
{
    /// <summary>How long calls skip the store after a failure.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);

    private readonly Lock gate = new();
    private DateTimeOffset? failingSince;
    private DateTimeOffset retryAt;
    private string? lastError;

    /// <summary>Which store, and the setting that chose it: "Redis 10.0.0.5:6379 (Bot:Sessions:Redis)".</summary>
    public string Description => description;

    public bool Failing
    {
        get
        {
            lock (gate)
            {
                return failingSince is not null;
            }
        }
    }

    /// <summary>Why the store is failing, and since when; null while it works.</summary>
    public string? Problem
    {
        get
        {
            lock (gate)
            {
                return failingSince is { } since ? $"{description} failing since {since:HH:mm:ss} UTC: {lastError}" : null;
            }
        }
    }

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, T fallback, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (failingSince is not null && DateTimeOffset.UtcNow < retryAt)
            {
                return fallback;
            }
        }

        return await TryAsync(call, fallback, cancellationToken);
    }

    public Task RunAsync(Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        RunAsync(async token => { await call(token); return true; }, false, cancellationToken);

    /// <summary>Calls the store even during a pause (the health check's probe); true when it answered.</summary>
    public Task<bool> ProbeAsync(Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        TryAsync(async token => { await call(token); return true; }, false, cancellationToken);

    private async Task<T> TryAsync<T>(Func<CancellationToken, Task<T>> call, T fallback, CancellationToken cancellationToken)
    {
        try
        {
            // Redis calls ignore cancellation: WaitAsync stops waiting for them at the timeout.
            var result = await call(cancellationToken).WaitAsync(timeout, cancellationToken);
            Recovered();
            return result;
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            Failed(error is TimeoutException ? $"no answer within {timeout.TotalMilliseconds:0} ms" : error.Message);
            return fallback;
        }
    }

    private void Recovered()
    {
        DateTimeOffset? since;
        lock (gate)
        {
            since = failingSince;
            failingSince = null;
            lastError = null;
        }

        if (since is not null)
        {
            log.LogWarning("{Store} works again after {Seconds:0} s", description, (DateTimeOffset.UtcNow - since.Value).TotalSeconds);
        }
    }

    private void Failed(string error)
    {
        bool first;
        lock (gate)
        {
            first = failingSince is null;
            failingSince ??= DateTimeOffset.UtcNow;
            retryAt = DateTimeOffset.UtcNow + Pause;
            lastError = error;
        }

        if (first)
        {
            log.LogError("{Store} failed ({Error}): answering without sessions and deduplication until it works again", description, error);
        }
    }
}
