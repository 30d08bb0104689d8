using Policy.Knowledge.Content;

namespace Policy.Bot.Channels.WeChat;

/// <summary>What only the WeChat channel says: the welcome on subscribing and the reply to non-text messages.</summary>
public static class WeChatTexts
{
    /// <summary>WeChat shows at most 2,048 bytes of UTF-8 in a passive text reply.</summary>
    public const int MaxReplyBytes = 2048;

    public static string Welcome(SiteSettings site) =>
        $"""
        您好！这里是晋城市个体工商户扶持政策问答。
        我可以回答：能不能享受某项政策（如免征增值税、免费刻章、房租减免、个转企奖励、首次轻微违法免罚），政策具体怎么规定，找哪个部门办理。
        您可以这样问：
        · 我是小规模纳税人，月销售额12万，能免增值税吗？
        · 个体户转成公司有什么奖励？
        · 第一次轻微违法会被罚款吗？
        政策原文和政策计算器：{site.AbsoluteUrl("zh/")}
        回答依据政策原文，仅供参考，不是法律决定。发送“重新开始”可清除对话。
        Hello! Ask me in Chinese or English whether a support policy for individual businesses applies to you. Answers are guidance, not a legal decision.
        """;

    public const string SendText = "目前只能回答文字问题，请用文字发送您的问题。\nPlease send your question as text.";
}
