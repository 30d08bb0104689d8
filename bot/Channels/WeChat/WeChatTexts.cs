using Policy.Bot.Answering;
using Policy.Knowledge.Content;

namespace Policy.Bot.Channels.WeChat;

/// <summary>What only the WeChat channel says: the welcome on subscribing and the reply to non-text messages.</summary>
public static class WeChatTexts
{
    /// <summary>WeChat shows at most 2,048 bytes of UTF-8 in a passive text reply.</summary>
    public const int MaxReplyBytes = 2048;

    /// <summary>The welcome on subscribing, from content: the site's title, the policies in force, their benefits and the staff's example questions.</summary>
    public static string Welcome(SiteSettings site, BotIntro intro)
    {
        var text = new System.Text.StringBuilder();
        text.Append("您好！这里是").Append(intro.Title.Zh).Append("问答（").Append(intro.Policies.Zh).Append("）。\n");
        text.Append("我可以回答：能不能享受某项政策").Append(intro.Topics.Zh.Length > 0 ? $"（如{intro.Topics.Zh}）" : "").Append("，政策具体怎么规定，找哪个部门办理。\n");
        if (intro.Examples.Count > 0)
        {
            text.Append("您可以这样问：\n");
            foreach (var example in intro.Examples)
            {
                text.Append("· ").Append(example.Zh).Append('\n');
            }
        }

        text.Append("政策原文和政策计算器：").Append(site.AbsoluteUrl("zh/")).Append('\n');
        text.Append("回答依据政策原文，仅供参考，不是法律决定。发送“重新开始”可清除对话。\n");
        text.Append("Hello! Ask me in Chinese or English whether ").Append(intro.Title.En).Append(" apply to you. Answers are guidance, not a legal decision.");
        return text.ToString();
    }

    public const string SendText = "目前只能回答文字问题，请用文字发送您的问题。\nPlease send your question as text.";
}
