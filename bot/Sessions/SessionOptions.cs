namespace Policy.Bot.Sessions;

/// <summary>Configuration <c>Bot:Sessions:*</c>: where sessions and the reply cache live, and how long a store call may take.</summary>
public sealed class SessionOptions
{
    public const string DefaultFile = "_build/bot-sessions.db";

    /// <summary>The SQLite file, or "memory"; relative paths are under the repository (the folder that holds content/).</summary>
    public string Path { get; set; } = DefaultFile;

    /// <summary>A StackExchange.Redis connection string; when set, sessions and the reply cache are shared in Redis.</summary>
    public string? Redis { get; set; }

    /// <summary>A session not used for this many minutes is forgotten.</summary>
    public double IdleMinutes { get; set; } = 30;

    /// <summary>How often the server deletes expired sessions for good.</summary>
    public double PurgeMinutes { get; set; } = 5;

    /// <summary>The longest one store call may take before the message is answered without it.</summary>
    public int TimeoutMilliseconds { get; set; } = 1000;

    public TimeSpan IdleTimeout => TimeSpan.FromMinutes(IdleMinutes);

    public bool InMemory => string.Equals(Path, "memory", StringComparison.OrdinalIgnoreCase);
}
