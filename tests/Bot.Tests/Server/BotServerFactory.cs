using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Policy.Bot.Tests.Server;

/// <summary>The bot server in memory (WebApplicationFactory), configured as a WeChat account with safe mode available.</summary>
public sealed class BotServerFactory : WebApplicationFactory<Program>
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "bot-server-" + Guid.NewGuid().ToString("N"));

    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["WeChat:Token"] = WeChatClient.Token,
        ["WeChat:AppId"] = WeChatClient.AppId,
        ["WeChat:EncodingAesKey"] = WeChatClient.AesKey,
        ["Site:Origins"] = "https://site.example",
        ["RateLimit:PerUserPerMinute"] = "5",
        ["RateLimit:PerIpPerMinute"] = "1000",
    };

    /// <summary>Every log entry, through the server's own filters.</summary>
    internal LogCapture Logs { get; } = new();

    /// <summary>The server's clock, when the test moves time by hand.</summary>
    internal TimeProvider? Clock { get; init; }

    /// <summary>Replaces services after the composition root (e.g. a store that fails on demand).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    public string SessionsFile => Path.Combine(folder, "sessions.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Bot:Content", RepoPaths.Content);
        builder.UseSetting("Bot:Sessions:Path", SessionsFile);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            if (Clock is not null)
            {
                services.AddSingleton(Clock);
            }

            TestServices?.Invoke(services);
        });
    }

    public async Task<HttpClient> ReadyClientAsync()
    {
        var client = CreateClient();
        for (var i = 0; i < 100 && !(await client.GetAsync("/healthz")).IsSuccessStatusCode; i++)
        {
            await Task.Delay(50);
        }

        return client;
    }

    /// <summary>How many sessions the SQLite file holds, expired or not.</summary>
    public long SessionRows()
    {
        using var connection = new SqliteConnection($"Data Source={SessionsFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sessions";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The stored session's turn count, or null when there is none.</summary>
    public int? Turns(string sessionKey)
    {
        using var connection = new SqliteConnection($"Data Source={SessionsFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT state FROM sessions WHERE key = $key";
        command.Parameters.AddWithValue("$key", sessionKey);
        return command.ExecuteScalar() is string json ? System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("turns").GetInt32() : null;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
