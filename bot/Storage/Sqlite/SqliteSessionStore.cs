using Microsoft.Data.Sqlite;
using Policy.Bot.Sessions;

namespace Policy.Bot.Storage.Sqlite;

/// <summary>
/// The default store: one embedded SQLite file, nothing to install. Each session is a JSON row with its expiry time,
/// so sessions survive a restart and an idle one is simply not returned. One connection with prepared statements,
/// used under a lock: each message reads and writes its session, and SQLite writes one at a time anyway.
/// </summary>
public sealed class SqliteSessionStore : ISessionStore, IDisposable
{
    private readonly Lock gate = new();
    private readonly SqliteConnection connection;
    private readonly SqliteCommand get;
    private readonly SqliteCommand save;
    private readonly SqliteCommand delete;
    private readonly SqliteCommand purge;
    private readonly TimeSpan idleTimeout;
    private readonly TimeProvider clock;

    public SqliteSessionStore(string path, TimeSpan idleTimeout, TimeProvider? clock = null)
    {
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        this.idleTimeout = idleTimeout;
        this.clock = clock ?? TimeProvider.System;
        Path = full;
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            // WAL lets readers go on while one writer saves. Losing the last few saves in a power cut is acceptable
            // for chat sessions; a full sync per message is not.
            setup.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=1000;"
                + "CREATE TABLE IF NOT EXISTS sessions (key TEXT PRIMARY KEY, state TEXT NOT NULL, expires_at INTEGER NOT NULL);"
                + "CREATE INDEX IF NOT EXISTS sessions_expiry ON sessions (expires_at);";
            setup.ExecuteNonQuery();
        }

        get = SqliteCommands.Prepare(connection, "SELECT state FROM sessions WHERE key = $key AND expires_at > $now;", "$key", "$now");
        save = SqliteCommands.Prepare(connection, "INSERT INTO sessions (key, state, expires_at) VALUES ($key, $state, $expires) "
            + "ON CONFLICT(key) DO UPDATE SET state = excluded.state, expires_at = excluded.expires_at;", "$key", "$state", "$expires");
        delete = SqliteCommands.Prepare(connection, "DELETE FROM sessions WHERE key = $key;", "$key");
        purge = SqliteCommands.Prepare(connection, "DELETE FROM sessions WHERE expires_at <= $now;", "$now");
    }

    public string Path { get; }

    public Task<SessionState?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        string? json;
        lock (gate)
        {
            json = get.Bind(key, Now()).ExecuteScalar() as string;
        }

        return Task.FromResult(json is null ? null : SessionJson.Deserialize(json));
    }

    public Task SaveAsync(string key, SessionState state, CancellationToken cancellationToken = default)
    {
        var json = SessionJson.Serialize(state);
        lock (gate)
        {
            save.Bind(key, json, Now() + (long)idleTimeout.TotalMilliseconds).ExecuteNonQuery();
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            delete.Bind(key).ExecuteNonQuery();
        }

        return Task.CompletedTask;
    }

    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(purge.Bind(Now()).ExecuteNonQuery());
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            get.Dispose();
            save.Dispose();
            delete.Dispose();
            purge.Dispose();
            connection.Dispose();
        }
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}
