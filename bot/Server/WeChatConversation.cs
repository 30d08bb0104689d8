using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Policy.Bot.Answering;
using Policy.Bot.WeChat;
using Policy.Knowledge.Content;

namespace Policy.Bot.Server;

/// <summary>
/// Turns one WeChat message or event into the reply text, exactly once per message: retries (same MsgId, or for
/// events the same sender and time) get the stored reply, whichever instance they reach.
/// </summary>
public sealed class WeChatConversation(BotHost host, ServerOptions options, ILogger<WeChatConversation> log)
{
    private static readonly TimeSpan ReplyLifetime = TimeSpan.FromMinutes(2);

    private readonly PartitionedRateLimiter<string> perUser = PartitionedRateLimiter.Create<string, string>(user =>
        RateLimitPartition.GetFixedWindowLimiter(user, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.PerUserPerMinute),
            Window = TimeSpan.FromMinutes(1),
        }));

    /// <summary>The reply text, or null for no reply (WeChat then shows nothing).</summary>
    public async Task<string?> ReplyAsync(WeChatMessage message, CancellationToken cancellationToken)
    {
        var bot = await host.Ready.WaitAsync(TimeSpan.FromSeconds(3), cancellationToken);
        var replies = host.Storage!.Replies;
        var key = message.MsgId is { Length: > 0 } id ? "msg:" + id : $"evt:{Hash(message.FromUserName)}:{message.CreateTime}:{message.Event}";
        if (!await replies.TryClaimAsync(key, ReplyLifetime, cancellationToken))
        {
            log.LogInformation("Retry of an already claimed message; answering from the cache");
            return await WaitForStoredAsync(replies, key, cancellationToken);
        }

        var reply = await ComputeAsync(bot, message, cancellationToken);
        await replies.SetAsync(key, reply ?? "", ReplyLifetime, cancellationToken);
        return reply;
    }

    private async Task<string?> ComputeAsync(PolicyBot bot, WeChatMessage message, CancellationToken cancellationToken)
    {
        var session = SessionKey(message.FromUserName);
        switch (message.MsgType)
        {
            case "event" when message.Event == "subscribe":
                return WeChatTexts.Welcome(bot.Knowledge.Content.Site);
            case "event" when message.Event == "unsubscribe":
                await host.Storage!.Sessions.DeleteAsync(session, cancellationToken);
                log.LogInformation("A user unsubscribed; their session was deleted");
                return null;
            case "event":
                return null;
            case "text":
            case "voice" when !string.IsNullOrWhiteSpace(message.Recognition):
                break;
            default:
                return WeChatTexts.SendText;
        }

        using var lease = perUser.AttemptAcquire(session);
        if (!lease.IsAcquired)
        {
            return WeChatTexts.TooMany;
        }

        var question = message.MsgType == "voice" ? message.Recognition : message.Content;
        var result = await bot.AskAsync(new BotRequest(question, session), cancellationToken);
        log.LogInformation("Answered a WeChat message: language {Language}, in scope {InScope}, {Citations} citations, source {Source}", result.Language, result.InScope, result.Citations.Count, result.Source);
        return WeChatTexts.Format(result);
    }

    /// <summary>A retry waits for the first request's reply, within WeChat's time limit.</summary>
    private static async Task<string?> WaitForStoredAsync(Storage.IReplyCache replies, string key, CancellationToken cancellationToken)
    {
        for (var i = 0; i < 40 && !cancellationToken.IsCancellationRequested; i++)
        {
            if (await replies.GetAsync(key, cancellationToken) is { } stored)
            {
                return stored.Length == 0 ? null : stored;
            }

            await Task.Delay(100, cancellationToken);
        }

        return null;
    }

    /// <summary>The OpenID is stored only hashed.</summary>
    public static string SessionKey(string openId) => "wx-" + Hash(openId);

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("wechat-openid:" + value)))[..32];
}
