using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Policy.Bot.Answering;
using Policy.Bot.Sessions;

namespace Policy.Bot.Conversations;

/// <summary>One message from a user of a channel ("wx" for WeChat, "web" for the site's chat). The user id is never stored or logged as given.</summary>
public sealed record ConversationMessage(string Channel, string UserId, string? Text, DateOnly? AsOf = null);

/// <summary>The answer to a message: the bot's result, or a fixed text (too many messages) with no result.</summary>
public sealed record ConversationAnswer(BotResult? Result, string? FixedText);

/// <summary>
/// What every channel needs and none should write again: the hashed session key, per-user limits, the time budget,
/// answering each message once (retries get the stored reply), and the bot itself. Channels only translate their protocol.
/// </summary>
public sealed class ConversationService : IDisposable
{
    private static readonly TimeSpan RetryPoll = TimeSpan.FromMilliseconds(100);
    private readonly LiveBot bot;
    private readonly ISessionStore sessions;
    private readonly IReplyCache replies;
    private readonly ConversationOptions options;
    private readonly ILogger<ConversationService> log;
    private readonly PartitionedRateLimiter<string> perUser;

    public ConversationService(LiveBot bot, ISessionStore sessions, IReplyCache replies, IOptions<ConversationOptions> options, ILogger<ConversationService> log)
    {
        this.bot = bot;
        this.sessions = sessions;
        this.replies = replies;
        this.options = options.Value;
        this.log = log;
        var limit = Math.Max(1, this.options.PerUserPerMinute);
        perUser = PartitionedRateLimiter.Create<string, string>(user => RateLimitPartition.GetFixedWindowLimiter(user, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1) }));
    }

    public BotKnowledge Knowledge => bot.Knowledge;

    /// <summary>A claim lasts no longer than one attempt may take, so a retry after a crash answers instead of waiting.</summary>
    public TimeSpan ClaimLifetime => options.ReplyBudget + TimeSpan.FromSeconds(0.8);

    /// <summary>The session key of a channel's user: a keyed hash, so no store or log holds the raw id (an OpenID).</summary>
    public static string SessionKey(string channel, string userId) => channel + "-" + Hash(channel, userId);

    public static string Hash(string channel, string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(channel + ":" + value)))[..32];

    /// <summary>
    /// Runs <paramref name="work"/> within the reply budget; when the budget runs out the user gets <paramref name="onTimeout"/>.
    /// A client that hung up cancels the work with <paramref name="aborted"/> instead.
    /// </summary>
    public async Task<T> WithinBudgetAsync<T>(Func<CancellationToken, Task<T>> work, T onTimeout, CancellationToken aborted)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        budget.CancelAfter(options.ReplyBudget);
        try
        {
            return await work(budget.Token);
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            log.LogWarning("A reply missed its {Seconds} s budget; the user was asked to send it again", options.ReplyBudgetSeconds);
            return onTimeout;
        }
    }

    /// <summary>
    /// The reply for a message that may arrive more than once (<paramref name="key"/>: the channel's message id), computed
    /// once: a retry gets the stored reply for <paramref name="keep"/>. An attempt that fails gives its claim up, and a
    /// claim left by a crashed instance expires within one retry interval, so the next retry answers.
    /// </summary>
    public async Task<string?> ReplyOnceAsync(string key, Func<CancellationToken, Task<string?>> compute, TimeSpan keep, CancellationToken cancellationToken)
    {
        while (!await replies.TryClaimAsync(key, ClaimLifetime, cancellationToken))
        {
            if (await replies.GetAsync(key, cancellationToken) is { } stored)
            {
                log.LogInformation("A retry was answered from the reply cache");
                return stored.Length == 0 ? null : stored;
            }

            await Task.Delay(RetryPoll, cancellationToken); // another attempt is computing it; its claim expires if it died
        }

        string? reply;
        try
        {
            reply = await compute(cancellationToken);
        }
        catch
        {
            await replies.ReleaseAsync(key, CancellationToken.None);
            throw;
        }

        await replies.SetAsync(key, reply ?? "", keep, cancellationToken);
        return reply;
    }

    /// <summary>Asks the bot, within the user's per-minute limit.</summary>
    public async Task<ConversationAnswer> AskAsync(ConversationMessage message, CancellationToken cancellationToken)
    {
        var session = SessionKey(message.Channel, message.UserId);
        using var lease = perUser.AttemptAcquire(session);
        if (!lease.IsAcquired)
        {
            log.LogInformation("A {Channel} user sent too many messages", message.Channel);
            return new ConversationAnswer(null, ConversationTexts.TooMany);
        }

        var result = await bot.Current.AskAsync(new BotRequest(message.Text, session, message.AsOf), cancellationToken);
        log.LogDebug("Answered a {Channel} message: {Language}, in scope {InScope}, {Citations} citations, {Source}", message.Channel, result.Language, result.InScope, result.Citations.Count, result.Source);
        return new ConversationAnswer(result, null);
    }

    /// <summary>Forgets the user's session (they left the channel, e.g. unsubscribed).</summary>
    public Task ForgetAsync(string channel, string userId, CancellationToken cancellationToken) =>
        sessions.DeleteAsync(SessionKey(channel, userId), cancellationToken);

    public void Dispose() => perUser.Dispose();
}
