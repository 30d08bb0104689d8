namespace Policy.Bot.Answering;

/// <summary>One question to the bot. <paramref name="Session"/> is the user's id (OpenID, chat id, CLI --session); null starts a new one.</summary>
public sealed record BotRequest(string? Question, string? Session = null, DateOnly? AsOf = null, string? Id = null);
