namespace Policy.Bot.Conversations;

/// <summary>What every channel shares: configuration <c>RateLimit:PerUserPerMinute</c> and <c>Bot:ReplyBudgetSeconds</c>.</summary>
public sealed class ConversationOptions
{
    /// <summary>Messages one user may send a minute; more get a polite reply.</summary>
    public int PerUserPerMinute { get; set; } = 20;

    /// <summary>
    /// The time one message may take, store calls included; then the user gets the "busy" text. WeChat gives up
    /// after 5 s, so the default leaves room for the network.
    /// </summary>
    public double ReplyBudgetSeconds { get; set; } = 4.2;

    public TimeSpan ReplyBudget => TimeSpan.FromSeconds(ReplyBudgetSeconds);
}
