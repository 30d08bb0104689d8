using Policy.Bot.Sessions;

namespace Policy.Bot.Storage.InMemory;

/// <summary>The reply cache in process memory, beside <see cref="InMemorySessionStore"/>: for one instance, tests and one-off runs.</summary>
public sealed class InMemoryReplyCache(TimeProvider? clock = null) : IReplyCache
{
    private const string Claimed = "\u0000claimed";
    private readonly Dictionary<string, (string Reply, DateTimeOffset Expires)> replies = new(StringComparer.Ordinal);
    private readonly TimeProvider time = clock ?? TimeProvider.System;
    private long claims;

    public Task<bool> TryClaimAsync(string key, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        lock (replies)
        {
            if (++claims % 500 == 0)
            {
                foreach (var expired in replies.Where(p => p.Value.Expires < now).Select(p => p.Key).ToList())
                {
                    replies.Remove(expired);
                }
            }

            if (replies.TryGetValue(key, out var row) && row.Expires >= now)
            {
                return Task.FromResult(false);
            }

            replies[key] = (Claimed, now + lifetime);
            return Task.FromResult(true);
        }
    }

    public Task SetAsync(string key, string reply, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        lock (replies)
        {
            replies[key] = (reply, time.GetUtcNow() + lifetime);
        }

        return Task.CompletedTask;
    }

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (replies)
        {
            return Task.FromResult(replies.TryGetValue(key, out var row) && row.Expires >= time.GetUtcNow() && row.Reply != Claimed ? row.Reply : null);
        }
    }

    public Task ReleaseAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (replies)
        {
            if (replies.TryGetValue(key, out var row) && row.Reply == Claimed)
            {
                replies.Remove(key);
            }
        }

        return Task.CompletedTask;
    }
}
