namespace Policy.Bot.Sessions;

/// <summary>
/// Answers each message once. WeChat retries an unanswered message (same MsgId) about every 5 s; the first request
/// claims the key, computes the reply and stores it; a retry — on this or any other instance — gets the stored reply.
/// </summary>
public interface IReplyCache
{
    /// <summary>True for the one caller that may compute the reply (an atomic set-if-absent).</summary>
    Task<bool> TryClaimAsync(string key, TimeSpan lifetime, CancellationToken cancellationToken = default);

    Task SetAsync(string key, string reply, TimeSpan lifetime, CancellationToken cancellationToken = default);

    /// <summary>The stored reply, or null while it is still being computed (or never was).</summary>
    Task<string?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Gives up a claim whose reply could not be computed, so the next retry answers; a stored reply stays.</summary>
    Task ReleaseAsync(string key, CancellationToken cancellationToken = default);
}
