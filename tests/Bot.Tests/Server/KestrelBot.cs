using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Policy.Bot.Server;

namespace Policy.Bot.Tests.Server;

/// <summary>A bot server on a real Kestrel socket (loopback, free port), as WeChat would reach it.</summary>
internal sealed class KestrelBot : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string folder;

    private KestrelBot(WebApplication app, string url, string folder, LogCapture logs)
    {
        this.app = app;
        this.folder = folder;
        Url = url;
        Logs = logs;
        Http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
    }

    public string Url { get; }

    public HttpClient Http { get; }

    public LogCapture Logs { get; }

    public IServiceProvider Services => app.Services;

    public static Task<KestrelBot> StartAsync(params string[] extra) => StartAsync(extra, null);

    public static async Task<KestrelBot> StartAsync(string[] extra, Action<WebApplicationBuilder>? configure, string? content = null)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var folder = Path.Combine(Path.GetTempPath(), "bot-kestrel-" + Guid.NewGuid().ToString("N"));
        string[] args =
        [
            "--urls", url,
            $"--Bot:Content={content ?? RepoPaths.Content}",
            $"--Bot:Sessions:Path={Path.Combine(folder, "sessions.db")}",
            $"--WeChat:Token={WeChatClient.Token}",
            $"--WeChat:AppId={WeChatClient.AppId}",
            $"--WeChat:EncodingAesKey={WeChatClient.AesKey}",
            "--RateLimit:PerUserPerMinute=1000",
            "--Logging:LogLevel:Default=Warning",
            .. extra,
        ];
        var logs = new LogCapture();
        var app = BotServer.Create(args, builder =>
        {
            builder.Logging.AddProvider(logs);
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        var bot = new KestrelBot(app, url, folder, logs);
        for (var i = 0; i < 200 && !(await bot.Http.GetAsync("/healthz")).IsSuccessStatusCode; i++)
        {
            await Task.Delay(50);
        }

        return bot;
    }

    public async Task<string> HealthAsync() => await Http.GetStringAsync("/healthz");

    /// <summary>
    /// Waits until the bot reports its store healthy: Redis is connected in the background, and until then the bot
    /// answers without it (no shared sessions or deduplication).
    /// </summary>
    public async Task WaitHealthyAsync()
    {
        for (var i = 0; i < 60; i++)
        {
            if ((await HealthAsync()).Contains("\"status\":\"Healthy\"", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(500);
        }

        Assert.Fail("the bot did not report healthy within 30 s: " + await HealthAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
