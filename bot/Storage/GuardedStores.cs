using Policy.Bot.Sessions;

namespace Policy.Bot.Storage;

/// <summary>Sessions through a <see cref="StoreGuard"/>: a failing store reads as no session and forgets saves.</summary>
internal sealed class GuardedSessionStore(ISessionStore inner, StoreGuard guard) : ISessionStore
{
    public Task<SessionState?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        guard.RunAsync(token => inner.GetAsync(key, token), null, cancellationToken);

    public Task SaveAsync(string key, SessionState state, CancellationToken cancellationToken = default) =>
        guard.RunAsync(token => inner.SaveAsync(key, state, token), cancellationToken);

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        guard.RunAsync(token => inner.DeleteAsync(key, token), cancellationToken);

    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default) =>
        guard.RunAsync(token => inner.PurgeExpiredAsync(token), 0, cancellationToken);
}

/// <summary>
/// The reply cache through a <see cref="StoreGuard"/>: while the store fails every message may be answered (a claim is
/// granted), so a user gets an answer rather than nothing; a retry may then be answered twice.
/// </summary>
internal sealed class GuardedReplyCache(IReplyCache inner, StoreGuard guard) : IReplyCache
{
    public Task<bool> TryClaimAsync(string key, TimeSpan lifetime, CancellationToken cancellationToken = default) =>
        guard.RunAsync(token => inner.TryClaimAsync(key, lifetime, token), true, cancellationToken);

    public Task SetAsync(string key, string reply, TimeSpan lifetime, CancellationToken cancellationToken = default) =>
        guard.RunAsync(token => inner.SetAsync(key, reply, lifetime, token), cancellationToken);

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        guard.RunAsync(token => inner.GetAsync(key, token), null, cancellationToken);

    public Task ReleaseAsync(string key, CancellationToken cancellationToken = default) =>
        guard.RunAsync(token => inner.ReleaseAsync(key, token), cancellationToken);
}
