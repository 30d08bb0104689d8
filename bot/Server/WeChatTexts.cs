using System.Text;
using System.Text.RegularExpressions;
using Policy.Bot.Answering;
using Policy.Bot.WeChat;
using Policy.Knowledge.Content;

namespace Policy.Bot.Server;

/// <summary>What the bot says on WeChat: answers as plain text with clause links, and the fixed replies.</summary>
public static partial class WeChatTexts
{
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

    public const string TooMany = "您发送得太快了，请稍等一分钟再问。\nYou are sending messages too quickly; please wait a minute.";

    public const string Busy = "系统正忙，请稍后再问一次。\nThe service is busy; please ask again shortly.";

    /// <summary>The answer as WeChat shows it: plain text, citations as links to the clauses, at most 2,048 bytes.</summary>
    public static string Format(BotResult result)
    {
        var text = new StringBuilder(PlainText(result.Answer).Trim());
        var english = result.Language == Languages.English;
        if (result.Citations.Count > 0 && !result.Citations.All(c => result.Answer.Contains(c.Url, StringComparison.Ordinal)))
        {
            text.Append(english ? "\n\nSources:" : "\n\n依据：");
            for (var i = 0; i < result.Citations.Count; i++)
            {
                var c = result.Citations[i];
                text.Append($"\n[{i + 1}] {(c.Document is null ? "" : c.Document + " ")}{c.Title} {c.Url}");
            }
        }

        var more = result.Citations.FirstOrDefault()?.Url ?? "";
        return ReplyFitter.Fit(text.ToString(), more, english ? "Full text: " : "全文：");
    }

    /// <summary>Markdown to what a WeChat bubble can show: no emphasis marks, links as "text (url)".</summary>
    public static string PlainText(string markdown)
    {
        var text = MarkdownLink().Replace(markdown, m => m.Groups[1].Value == m.Groups[2].Value ? m.Groups[2].Value : $"{m.Groups[1].Value} {m.Groups[2].Value}");
        text = Emphasis().Replace(text, m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
        text = HeadingMark().Replace(text, "");
        return text;
    }

    [GeneratedRegex(@"\[([^\]\n]+)\]\((https?://[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\*\*([^*]+)\*\*|__([^_]+)__")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"(?m)^#{1,6}\s+")]
    private static partial Regex HeadingMark();
}
