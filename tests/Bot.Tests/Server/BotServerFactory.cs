using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Bot:Content", RepoPaths.Content);
        builder.UseSetting("Bot:Sessions:Path", Path.Combine(folder, "sessions.db"));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
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

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
