using Policy.Bot.Sessions;
using StackExchange.Redis;

namespace Policy.Bot.Storage;

/// <summary>
/// Where the server keeps state: sessions and the WeChat reply cache, chosen together. Embedded SQLite by default
/// (nothing to install); Redis when <c>Sessions:Redis</c> is set, so several instances share sessions and deduplication.
/// </summary>
public sealed record BotStorage(ISessionStore Sessions, IReplyCache Replies, IConnectionMultiplexer? Redis)
{
    public static BotStorage Create(SessionOptions options, string? redis, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(redis))
        {
            var connection = ConnectionMultiplexer.Connect(redis);
            return new BotStorage(new RedisSessionStore(connection, options.IdleTimeout), new RedisReplyCache(connection), connection);
        }

        var sessions = BotServices.CreateSessionStore(options, contentRoot);
        var file = string.Equals(options.Path, "memory", StringComparison.OrdinalIgnoreCase)
            ? Path.Combine(Path.GetTempPath(), $"bot-replies-{Environment.ProcessId}.db")
            : Path.ChangeExtension(ResolvePath(options.Path, contentRoot), ".replies.db");
        return new BotStorage(sessions, new SqliteReplyCache(file), null);
    }

    private static string ResolvePath(string path, string contentRoot)
    {
        var repositoryRoot = Path.GetDirectoryName(Path.GetFullPath(contentRoot).TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        return Path.IsPathRooted(path) ? path : Path.Combine(repositoryRoot, path);
    }
}
