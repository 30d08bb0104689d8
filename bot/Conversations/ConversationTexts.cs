namespace Policy.Bot.Conversations;

/// <summary>The fixed replies every channel gives, in Chinese and English.</summary>
public static class ConversationTexts
{
    public const string TooMany = "您发送得太快了，请稍等一分钟再问。\nYou are sending messages too quickly; please wait a minute.";

    public const string Busy = "系统正忙，请稍后再问一次。\nThe service is busy; please ask again shortly.";
}
