using Microsoft.Data.Sqlite;
using Policy.Bot.Sessions;

namespace Policy.Bot.Storage.Sqlite;

/// <summary>
/// The reply cache in an embedded SQLite file: nothing to install, right for one bot instance. One connection with
/// prepared statements, used under a lock: SQLite writes one at a time anyway, and this is the WeChat hot path.
/// </summary>
public sealed class SqliteReplyCache : IReplyCache, IDisposable
{
    private const string Claimed = "\u0000claimed";
    private readonly Lock gate = new();
    private readonly SqliteConnection connection;
    private readonly SqliteCommand claim;
    private readonly SqliteCommand set;
    private readonly SqliteCommand get;
    private readonly SqliteCommand sweep;
    private readonly SqliteCommand release;
    private readonly TimeProvider clock;
    private long claims;

    public SqliteReplyCache(string path, TimeProvider? clock = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        this.clock = clock ?? TimeProvider.System;
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            // With WAL, NORMAL survives a crash of the process; a two-minute reply cache needs no more.
            setup.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE IF NOT EXISTS replies (key TEXT PRIMARY KEY, reply TEXT NOT NULL, expires INTEGER NOT NULL);";
            setup.ExecuteNonQuery();
        }

        // One statement, so a claim is atomic: a new key is inserted, an expired one taken over, a live one left alone.
        claim = SqliteCommands.Prepare(connection, "INSERT INTO replies (key, reply, expires) VALUES ($key, $reply, $expires) ON CONFLICT(key) DO UPDATE SET reply = excluded.reply, expires = excluded.expires WHERE replies.expires < $now", "$key", "$reply", "$expires", "$now");
        set = SqliteCommands.Prepare(connection, "INSERT OR REPLACE INTO replies (key, reply, expires) VALUES ($key, $reply, $expires)", "$key", "$reply", "$expires");
        get = SqliteCommands.Prepare(connection, "SELECT reply FROM replies WHERE key = $key AND expires >= $now", "$key", "$now");
        sweep = SqliteCommands.Prepare(connection, "DELETE FROM replies WHERE expires < $now", "$now");
        release = SqliteCommands.Prepare(connection, "DELETE FROM replies WHERE key = $key AND reply = $claimed", "$key", "$claimed");
    }

    public Task<bool> TryClaimAsync(string key, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        lock (gate)
        {
            if (++claims % 500 == 0)
            {
                sweep.Bind(now).ExecuteNonQuery();
            }

            return Task.FromResult(claim.Bind(key, Claimed, now + (long)lifetime.TotalMilliseconds, now).ExecuteNonQuery() == 1);
        }
    }

    public Task SetAsync(string key, string reply, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            set.Bind(key, reply, clock.GetUtcNow().ToUnixTimeMilliseconds() + (long)lifetime.TotalMilliseconds).ExecuteNonQuery();
        }

        return Task.CompletedTask;
    }

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var reply = get.Bind(key, clock.GetUtcNow().ToUnixTimeMilliseconds()).ExecuteScalar() as string;
            return Task.FromResult(reply is null or Claimed ? null : reply);
        }
    }

    public Task ReleaseAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            release.Bind(key, Claimed).ExecuteNonQuery();
        }

        return Task.CompletedTask;
    }

    public void Dispose()
    {
        lock (gate)
        {
            release.Dispose();
            claim.Dispose();
            set.Dispose();
            get.Dispose();
            sweep.Dispose();
            connection.Dispose();
        }
    }
}
