using System.Collections.Concurrent;

using Policy.Bot.Sessions;

namespace Policy.Bot.Storage.InMemory;

/// <summary>A store in process memory, for tests and one-off runs (<c>--sessions memory</c>). Keeps JSON so it behaves like the others.</summary>
public sealed class InMemorySessionStore(TimeSpan idleTimeout, TimeProvider? clock = null) : ISessionStore
{
    private readonly ConcurrentDictionary<string, (string Json, DateTimeOffset Expires)> sessions = new(StringComparer.Ordinal);
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    public Task<SessionState?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(sessions.TryGetValue(key, out var row) && row.Expires > time.GetUtcNow() ? SessionJson.Deserialize(row.Json) : null);

    public Task SaveAsync(string key, SessionState state, CancellationToken cancellationToken = default)
    {
        sessions[key] = (SessionJson.Serialize(state), time.GetUtcNow() + idleTimeout);
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        sessions.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var removed = sessions.Where(p => p.Value.Expires <= now).Count(p => sessions.TryRemove(p.Key, out _));
        return Task.FromResult(removed);
    }
}
