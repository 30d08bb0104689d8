using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Policy.Bot.Conversations;

namespace Policy.Bot.Channels.WeChat;

/// <summary>
/// Turns one WeChat message or event into the reply text, exactly once per message: retries (same MsgId, or for events
/// the same sender and time) get the stored reply, whichever instance they reach.
/// </summary>
public sealed class WeChatChannel(ConversationService conversations, IOptions<WeChatOptions> options, ILogger<WeChatChannel> log)
{
    public const string Name = "wx";

    /// <summary>The reply text, or null for no reply (WeChat then shows nothing). Never throws for the budget: that is the busy text.</summary>
    public Task<string?> ReplyAsync(WeChatMessage message, CancellationToken aborted)
    {
        var key = message.MsgId is { Length: > 0 } id ? "msg:" + id : $"evt:{ConversationService.Hash(Name, message.FromUserName)}:{message.CreateTime}:{message.Event}";
        return conversations.WithinBudgetAsync(
            token => conversations.ReplyOnceAsync(key, t => ComputeAsync(message, t), options.Value.ReplyLifetime, token),
            ConversationTexts.Busy,
            aborted);
    }

    private async Task<string?> ComputeAsync(WeChatMessage message, CancellationToken cancellationToken)
    {
        switch (message.MsgType)
        {
            case "event" when message.Event == "subscribe":
                return WeChatTexts.Welcome(conversations.Knowledge.Content.Site, conversations.Knowledge.Intro);
            case "event" when message.Event == "unsubscribe":
                await conversations.ForgetAsync(Name, message.FromUserName, cancellationToken);
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

        var question = message.MsgType == "voice" ? message.Recognition : message.Content;
        var answer = await conversations.AskAsync(new ConversationMessage(Name, message.FromUserName, question), cancellationToken);
        return answer.Result is { } result ? ReplyText.Format(result, WeChatTexts.MaxReplyBytes) : answer.FixedText;
    }
}
