using Microsoft.Data.Sqlite;

namespace Policy.Bot.Storage;

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
        claim = Prepare("INSERT INTO replies (key, reply, expires) VALUES ($key, $reply, $expires) ON CONFLICT(key) DO UPDATE SET reply = excluded.reply, expires = excluded.expires WHERE replies.expires < $now", "$key", "$reply", "$expires", "$now");
        set = Prepare("INSERT OR REPLACE INTO replies (key, reply, expires) VALUES ($key, $reply, $expires)", "$key", "$reply", "$expires");
        get = Prepare("SELECT reply FROM replies WHERE key = $key AND expires >= $now", "$key", "$now");
        sweep = Prepare("DELETE FROM replies WHERE expires < $now", "$now");
    }

    public Task<bool> TryClaimAsync(string key, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        lock (gate)
        {
            if (++claims % 500 == 0)
            {
                Run(sweep, now);
            }

            return Task.FromResult(Run(claim, key, Claimed, now + (long)lifetime.TotalMilliseconds, now) == 1);
        }
    }

    public Task SetAsync(string key, string reply, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            Run(set, key, reply, clock.GetUtcNow().ToUnixTimeMilliseconds() + (long)lifetime.TotalMilliseconds);
        }

        return Task.CompletedTask;
    }

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            get.Parameters[0].Value = key;
            get.Parameters[1].Value = clock.GetUtcNow().ToUnixTimeMilliseconds();
            var reply = get.ExecuteScalar() as string;
            return Task.FromResult(reply is null or Claimed ? null : reply);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            claim.Dispose();
            set.Dispose();
            get.Dispose();
            sweep.Dispose();
            connection.Dispose();
        }
    }

    private SqliteCommand Prepare(string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static int Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        return command.ExecuteNonQuery();
    }
}
