namespace Policy.Bot.Sessions;

/// <summary>
/// Where sessions live. Small on purpose so a shared store (Redis, for several bot instances) can stand in for the
/// embedded SQLite file. A session not saved for the store's idle time is gone: <see cref="GetAsync"/> no longer returns it.
/// </summary>
public interface ISessionStore
{
    /// <summary>The session, or null when there is none or it has expired.</summary>
    Task<SessionState?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Saves the session and restarts its idle time.</summary>
    Task SaveAsync(string key, SessionState state, CancellationToken cancellationToken = default);

    Task DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Removes expired sessions for good; returns how many. Stores with native expiry may return 0.</summary>
    Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default);
}
