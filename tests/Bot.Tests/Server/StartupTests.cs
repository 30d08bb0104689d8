using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Policy.Bot.Server;
using Policy.Bot.Storage;

namespace Policy.Bot.Tests.Server;

/// <summary>What stops the server at start, with a message naming the setting, and what does not.</summary>
public sealed class StartupTests : IDisposable
{
    // Each start's session store, in a folder of its own under this one (removed after the test).
    private readonly TempFolder stores = new();

    public void Dispose() => stores.Dispose();

    private List<string> Args(params string[] extra)
    {
        var folder = Path.Combine(stores.Path, Guid.NewGuid().ToString("N"));
        return
        [
            "--urls", $"http://127.0.0.1:{KestrelBot.FreePort()}",
            $"--Bot:Content={RepoPaths.Content}",
            $"--Bot:Sessions:Path={Path.Combine(folder, "sessions.db")}",
            "--Logging:LogLevel:Default=Warning",
            .. extra,
        ];
    }

    private static string[] WeChat(string token = WeChatClient.Token, string appId = WeChatClient.AppId, string key = WeChatClient.AesKey) =>
        [$"--WeChat:Token={token}", $"--WeChat:AppId={appId}", $"--WeChat:EncodingAesKey={key}"];

    public static TheoryData<string, string, string, string> BadWeChatSettings => new()
    {
        { "", WeChatClient.AppId, WeChatClient.AesKey, "WeChat:Token is not set" },
        { "tok-en!", WeChatClient.AppId, WeChatClient.AesKey, "WeChat:Token must be" },
        { WeChatClient.Token, "", WeChatClient.AesKey, "WeChat:AppId is not set" },
        { WeChatClient.Token, "not-an-appid", WeChatClient.AesKey, "WeChat:AppId must be" },
        { WeChatClient.Token, WeChatClient.AppId, "", "WeChat:EncodingAesKey is not set" },
        { WeChatClient.Token, WeChatClient.AppId, WeChatClient.AesKey + "H", "not 44 characters" },
        { WeChatClient.Token, WeChatClient.AppId, "abcdefghijklmnopqrstuvwxyz0123456789ABCDE-!", "letters, digits, + and / only" },
    };

    [Theory]
    [MemberData(nameof(BadWeChatSettings))]
    public async Task A_missing_or_malformed_wechat_setting_stops_the_start_naming_it(string token, string appId, string key, string expected)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var app = BotServer.Create([.. Args(WeChat(token, appId, key))]);
            await app.StartAsync(TestContext.Current.CancellationToken);
        });

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("WeChat:Enabled=false", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_files_are_read_once_so_the_folders_below_the_working_folder_are_not_watched()
    {
        await using var app = BotServer.Create([.. Args("--WeChat:Enabled=false")]);

        var files = ((IConfigurationBuilder)app.Configuration).Sources.OfType<FileConfigurationSource>().ToList();
        Assert.NotEmpty(files); // appsettings.json and its environment's
        Assert.All(files, f => Assert.False(f.ReloadOnChange, f.Path));
    }

    [Fact]
    public async Task The_warm_up_before_serving_stores_no_session_and_a_reader_s_question_does()
    {
        var args = Args("--WeChat:Enabled=false");
        var database = args.Single(a => a.StartsWith("--Bot:Sessions:Path=", StringComparison.Ordinal)).Split('=', 2)[1];
        await using var app = BotServer.Create([.. args]);
        await app.StartAsync(TestContext.Current.CancellationToken); // answers its warm-up questions first
        using var http = new HttpClient { BaseAddress = new Uri(args[1]) };

        Assert.Equal(0, Sessions(database));
        await http.PostAsJsonAsync("/api/chat", new { question = "刻章要钱吗" }, TestContext.Current.CancellationToken);
        Assert.Equal(1, Sessions(database));
        await app.StopAsync(TestContext.Current.CancellationToken);
    }

    private static long Sessions(string database)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM sessions";
        return (long)count.ExecuteScalar()!;
    }

    [Fact]
    public async Task The_wechat_channel_switched_off_needs_no_settings_and_serves_no_wechat_endpoint()
    {
        var args = Args("--WeChat:Enabled=false");
        await using var app = BotServer.Create([.. args]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = new Uri(args[1]) };

        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("/wechat", new StringContent("<xml/>"), TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsJsonAsync("/api/chat", new { question = "刻章要钱吗" }, TestContext.Current.CancellationToken)).StatusCode);
        await app.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_session_store_that_cannot_be_written_stops_the_start_naming_the_file_and_the_setting_and_exits_non_zero()
    {
        using var folder = new TempFolder();
        var notAFolder = Path.Combine(folder.Path, "a-file");
        await File.WriteAllTextAsync(notAFolder, "x", TestContext.Current.CancellationToken);
        var path = Path.Combine(notAFolder, "sessions.db");
        string[] args = [.. Args("--WeChat:Enabled=false", $"--Bot:Sessions:Path={path}")];

        await using (var app = BotServer.Create(args))
        {
            var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => app.StartAsync(TestContext.Current.CancellationToken));
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
            Assert.Contains("Bot:Sessions:Path", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(1, await BotServer.RunAsync(args));
    }

    [Fact]
    public async Task A_production_server_reachable_by_others_refuses_to_link_citations_to_localhost()
    {
        var port = KestrelBot.FreePort();
        string[] common = ["--environment", "Production", "--urls", $"http://0.0.0.0:{port}", "--WeChat:Enabled=false"];
        await using (var local = BotServer.Create([.. Args(common)]))
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => local.StartAsync(TestContext.Current.CancellationToken));
            Assert.Contains("Bot:PublicBaseUrl", error.Message, StringComparison.Ordinal);
        }

        await using var app = BotServer.Create([.. Args([.. common, "--Bot:PublicBaseUrl=https://policy.example.gov.cn/"])]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var json = JsonDocument.Parse(await (await http.PostAsJsonAsync("/api/chat", new { question = "刻章要钱吗" }, TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.All(json.RootElement.GetProperty("citations").EnumerateArray(), c => Assert.StartsWith("https://policy.example.gov.cn/", c.GetProperty("url").GetString(), StringComparison.Ordinal));
        await app.StopAsync(TestContext.Current.CancellationToken);
    }
}
