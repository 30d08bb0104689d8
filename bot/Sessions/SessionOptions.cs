namespace Policy.Bot.Sessions;

/// <summary>Configuration <c>Bot:Sessions:*</c>.</summary>
public sealed class SessionOptions
{
    public const string DefaultFile = "_build/bot-sessions.db";

    /// <summary>The SQLite file; relative paths are under the repository (the folder that holds content/).</summary>
    public string Path { get; set; } = DefaultFile;

    /// <summary>A session not used for this long is forgotten.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);
}
