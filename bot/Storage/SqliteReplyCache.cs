using Microsoft.Data.Sqlite;

namespace Policy.Bot.Storage;

/// <summary>The reply cache in the embedded SQLite file: nothing to install, right for one bot instance.</summary>
public sealed class SqliteReplyCache : IReplyCache
{
    private const string Claimed = "\u0000claimed";
    private readonly string connectionString;
    private readonly TimeProvider clock;
    private long claims;

    public SqliteReplyCache(string path, TimeProvider? clock = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        this.clock = clock ?? TimeProvider.System;
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS replies (key TEXT PRIMARY KEY, reply TEXT NOT NULL, expires INTEGER NOT NULL);");
    }

    public Task<bool> TryClaimAsync(string key, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        if (Interlocked.Increment(ref claims) % 500 == 0)
        {
            // Replies live two minutes; sweeping now and then keeps the table small without a write per message.
            Execute(connection, "DELETE FROM replies WHERE expires < $now", ("$now", now));
        }

        // One statement, so the claim is atomic: a new key is inserted, an expired one taken over, a live one left alone.
        var inserted = Execute(connection,
            "INSERT INTO replies (key, reply, expires) VALUES ($key, $reply, $expires) ON CONFLICT(key) DO UPDATE SET reply = excluded.reply, expires = excluded.expires WHERE replies.expires < $now",
            ("$key", key), ("$reply", Claimed), ("$expires", now + (long)lifetime.TotalMilliseconds), ("$now", now));
        return Task.FromResult(inserted == 1);
    }

    public Task SetAsync(string key, string reply, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        Execute(connection, "INSERT OR REPLACE INTO replies (key, reply, expires) VALUES ($key, $reply, $expires)",
            ("$key", key), ("$reply", reply), ("$expires", clock.GetUtcNow().ToUnixTimeMilliseconds() + (long)lifetime.TotalMilliseconds));
        return Task.CompletedTask;
    }

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT reply FROM replies WHERE key = $key AND expires >= $now";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        var reply = command.ExecuteScalar() as string;
        return Task.FromResult(reply is null or Claimed ? null : reply);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        // With WAL, NORMAL survives a crash of the process; a reply cache needs no more.
        Execute(connection, "PRAGMA synchronous=NORMAL;");
        return connection;
    }

    private static int Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command.ExecuteNonQuery();
    }
}
