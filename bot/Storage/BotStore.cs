using Microsoft.Extensions.Logging;
using Policy.Bot.Sessions;
using Policy.Bot.Storage.InMemory;
using Policy.Bot.Storage.Redis;
using Policy.Bot.Storage.Sqlite;
using StackExchange.Redis;

namespace Policy.Bot.Storage;

/// <summary>
/// Where the bot keeps state: sessions and the reply cache of one backend, chosen together — embedded SQLite by default
/// (nothing to install), Redis when <c>Bot:Sessions:Redis</c> is set (several instances share sessions and
/// deduplication), or memory. Both go through one <see cref="StoreGuard"/>.
/// </summary>
public sealed class BotStore : IDisposable
{
    private readonly Func<CancellationToken, Task> probe;
    private readonly IDisposable[] owned;

    private BotStore(ISessionStore sessions, IReplyCache replies, StoreGuard guard, Func<CancellationToken, Task> probe, params IDisposable[] owned)
    {
        Sessions = new GuardedSessionStore(sessions, guard);
        Replies = new GuardedReplyCache(replies, guard);
        Guard = guard;
        this.probe = probe;
        this.owned = owned;
    }

    public ISessionStore Sessions { get; }

    public IReplyCache Replies { get; }

    public StoreGuard Guard { get; }

    /// <summary>
    /// Opens the store the options ask for. A SQLite file that cannot be created or written stops the start with
    /// <see cref="StoreUnavailableException"/> naming the file and the setting; Redis is connected in the background and
    /// the bot answers without it until it is reachable.
    /// </summary>
    public static BotStore Open(SessionOptions options, string repositoryRoot, TimeProvider clock, ILoggerFactory loggers)
    {
        var log = loggers.CreateLogger<BotStore>();
        var timeout = TimeSpan.FromMilliseconds(Math.Max(50, options.TimeoutMilliseconds));
        if (!string.IsNullOrWhiteSpace(options.Redis))
        {
            return OpenRedis(options, timeout, log);
        }

        if (options.InMemory)
        {
            var guard = new StoreGuard("the in-memory store (Bot:Sessions:Path=memory)", timeout, log);
            return new BotStore(new InMemorySessionStore(options.IdleTimeout, clock), new InMemoryReplyCache(clock), guard, _ => Task.CompletedTask);
        }

        var path = Path.GetFullPath(Path.IsPathRooted(options.Path) ? options.Path : Path.Combine(repositoryRoot, options.Path));
        var description = $"the SQLite file '{path}' (Bot:Sessions:Path)";
        try
        {
            var sessions = new SqliteSessionStore(path, options.IdleTimeout, clock);
            var replies = new SqliteReplyCache(Path.ChangeExtension(path, ".replies.db"), clock);
            var guard = new StoreGuard(description, timeout, log);
            // A write, so a full disk or a folder turned read-only shows in the health check, not only a missing file.
            return new BotStore(sessions, replies, guard, token => replies.SetAsync("health-probe", "", TimeSpan.FromMinutes(1), token), sessions, replies);
        }
        catch (Exception error) when (error is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new StoreUnavailableException($"{description} cannot be opened for writing: {error.Message}", error);
        }
    }

    private static BotStore OpenRedis(SessionOptions options, TimeSpan timeout, ILogger log)
    {
        ConfigurationOptions configuration;
        try
        {
            configuration = ConfigurationOptions.Parse(options.Redis!);
        }
        catch (ArgumentException error)
        {
            throw new StoreUnavailableException($"Bot:Sessions:Redis is not a Redis connection string: {error.Message}", error);
        }

        // Connect in the background and keep retrying: an outage at start is an outage like any other.
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = (int)timeout.TotalMilliseconds;
        configuration.AsyncTimeout = (int)timeout.TotalMilliseconds;
        configuration.SyncTimeout = (int)timeout.TotalMilliseconds;
        configuration.ConnectRetry = 1;
        var endpoints = string.Join(",", configuration.EndPoints.Select(e => e.ToString()));
        var connection = ConnectionMultiplexer.Connect(configuration);
        var guard = new StoreGuard($"Redis {endpoints} (Bot:Sessions:Redis)", timeout, log);
        var db = connection.GetDatabase();
        return new BotStore(new RedisSessionStore(connection, options.IdleTimeout), new RedisReplyCache(connection), guard, _ => db.PingAsync(), connection);
    }

    /// <summary>A store of another backend (or a test's), guarded like the built-in ones.</summary>
    public static BotStore Create(ISessionStore sessions, IReplyCache replies, string description, TimeSpan timeout, ILogger log, Func<CancellationToken, Task> probe) =>
        new(sessions, replies, new StoreGuard(description, timeout, log), probe);

    /// <summary>Asks the store whether it works now (ignoring the guard's pause); a success ends an outage.</summary>
    public Task<bool> ProbeAsync(CancellationToken cancellationToken) => Guard.ProbeAsync(probe, cancellationToken);

    public void Dispose()
    {
        foreach (var item in owned)
        {
            item.Dispose();
        }
    }
}

/// <summary>The configured store cannot be used at all: the message names the store and the setting.</summary>
public sealed class StoreUnavailableException(string message, Exception inner) : Exception(message, inner);
