using Microsoft.Data.Sqlite;

namespace Policy.Bot.Sessions;

/// <summary>
/// The default store: one embedded SQLite file, nothing to install. Each session is a JSON row with its expiry time,
/// so sessions survive a restart and an idle one is simply not returned.
/// </summary>
public sealed class SqliteSessionStore : ISessionStore
{
    private readonly string connectionString;
    private readonly TimeSpan idleTimeout;
    private readonly TimeProvider clock;

    public SqliteSessionStore(string path, TimeSpan idleTimeout, TimeProvider? clock = null)
    {
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        connectionString = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();
        this.idleTimeout = idleTimeout;
        this.clock = clock ?? TimeProvider.System;
        Path = full;

        using var connection = Open();
        // WAL lets readers go on while one writer saves; it is a property of the file and persists.
        Execute(connection, "PRAGMA journal_mode=WAL;");
        Execute(connection, "CREATE TABLE IF NOT EXISTS sessions (key TEXT PRIMARY KEY, state TEXT NOT NULL, expires_at INTEGER NOT NULL);");
        Execute(connection, "CREATE INDEX IF NOT EXISTS sessions_expiry ON sessions (expires_at);");
    }

    public string Path { get; }

    public async Task<SessionState?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT state FROM sessions WHERE key = $key AND expires_at > $now;";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$now", Now());
        var json = await command.ExecuteScalarAsync(cancellationToken) as string;
        return json is null ? null : SessionJson.Deserialize(json);
    }

    public async Task SaveAsync(string key, SessionState state, CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO sessions (key, state, expires_at) VALUES ($key, $state, $expires) "
            + "ON CONFLICT(key) DO UPDATE SET state = excluded.state, expires_at = excluded.expires_at;";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$state", SessionJson.Serialize(state));
        command.Parameters.AddWithValue("$expires", Now() + (long)idleTimeout.TotalMilliseconds);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM sessions WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM sessions WHERE expires_at <= $now;";
        command.Parameters.AddWithValue("$now", Now());
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        // Losing the last few saves in a power cut is acceptable for chat sessions; a full sync per message is not.
        Execute(connection, "PRAGMA synchronous=NORMAL;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
