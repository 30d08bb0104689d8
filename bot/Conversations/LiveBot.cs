using Policy.Bot.Answering;

namespace Policy.Bot.Conversations;

/// <summary>
/// The bot every request uses now. Publishing new knowledge replaces it in one reference swap: a request keeps the bot
/// it started with, the next request gets the new one, and none fails in between.
/// </summary>
public sealed class LiveBot(PolicyBot initial, Func<BotKnowledge, PolicyBot> create)
{
    private volatile PolicyBot current = initial;

    public PolicyBot Current => current;

    public BotKnowledge Knowledge => current.Knowledge;

    /// <summary>When the knowledge now in use was loaded.</summary>
    public DateTimeOffset LoadedAt { get; private set; } = DateTimeOffset.UtcNow;

    public void Replace(BotKnowledge knowledge)
    {
        current = create(knowledge);
        LoadedAt = DateTimeOffset.UtcNow;
    }
}
