using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Policy.Bot.Conversations;
using Policy.Bot.Sessions;
using Policy.Bot.Storage;
using Policy.Bot.Storage.InMemory;

namespace Policy.Bot.Tests.Server;

/// <summary>The server through WebApplicationFactory when storage, clocks, logs or hostile input go wrong.</summary>
public sealed class ServerFaultTests
{
    private static string Id() => Random.Shared.NextInt64(1_000_000_000, long.MaxValue).ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Logs_never_hold_the_openid_or_the_query_string_and_a_message_is_one_line()
    {
        await using var factory = new BotServerFactory();
        var http = await factory.ReadyClientAsync();
        var wechat = new WeChatClient(http);
        var before = factory.Logs.Entries.Count;

        var response = await wechat.PostPlainAsync(WeChatClient.TextMessage("o_SecretOpenId42", "刻章要钱吗", Id()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await WaitForAsync(() => factory.Logs.Entries.Skip(before).Any(e => e.Message.Contains("/wechat", StringComparison.Ordinal)));

        var all = factory.Logs.Entries.Select(e => e.ToString()).ToList();
        Assert.DoesNotContain(all, e => e.Contains("o_SecretOpenId42", StringComparison.Ordinal));
        Assert.DoesNotContain(all, e => e.Contains("o_test", StringComparison.Ordinal) || e.Contains("openid", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(all, e => e.Contains("signature", StringComparison.OrdinalIgnoreCase) || e.Contains("nonce=", StringComparison.Ordinal));
        // The host's own start-up lines can land after the client is ready on a loaded machine; they are not the request's.
        var lines = factory.Logs.Entries.Skip(before).Where(e => e.Level >= LogLevel.Information && e.Category != "Microsoft.Hosting.Lifetime").ToList();
        var line = Assert.Single(lines);
        Assert.StartsWith("POST /wechat 200 ", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_safe_mode_length_field_that_overflows_is_refused_with_401()
    {
        await using var factory = new BotServerFactory();
        var wechat = new WeChatClient(await factory.ReadyClientAsync());
        var key = Convert.FromBase64String(WeChatClient.AesKey + "=");
        var plain = new byte[64];
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16), int.MaxValue); // 20 + length overflows an int
        plain.AsSpan(60).Fill(4); // valid padding
        using var aes = Aes.Create();
        aes.Key = key;
        var encrypted = Convert.ToBase64String(aes.EncryptCbc(plain, key.AsSpan(0, 16), PaddingMode.None));

        var response = await wechat.PostEncryptedAsync(encrypted);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_signed_request_replayed_within_the_timestamp_window_is_answered_from_the_cache_not_recomputed()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var factory = new BotServerFactory { Clock = clock };
        var wechat = new WeChatClient(await factory.ReadyClientAsync());
        var message = WeChatClient.TextMessage("o_replay", "刻章要钱吗", Id());
        var timestamp = WeChatClient.Now;
        var session = ConversationService.SessionKey("wx", "o_replay");

        var first = await wechat.ReplyContentAsync(await wechat.PostPlainAsync(message, timestamp));
        Assert.Equal(1, factory.Turns(session));
        clock.Advance(TimeSpan.FromMinutes(4)); // still inside the 5-minute window, past the old 2-minute cache
        var replayed = await wechat.PostPlainAsync(message, timestamp);

        Assert.Equal(first, await wechat.ReplyContentAsync(replayed));
        Assert.Equal(1, factory.Turns(session));
    }

    [Fact]
    public async Task The_server_deletes_expired_sessions_on_a_timer()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var factory = new BotServerFactory { Clock = clock };
        factory.Settings["Bot:Sessions:PurgeMinutes"] = "0.005";
        var wechat = new WeChatClient(await factory.ReadyClientAsync());
        await wechat.PostPlainAsync(WeChatClient.TextMessage("o_purge", "刻章要钱吗", Id()));
        Assert.Equal(1, factory.SessionRows());

        clock.Advance(TimeSpan.FromMinutes(31));

        await WaitForAsync(() => factory.SessionRows() == 0);
    }

    [Fact]
    public async Task A_store_that_fails_while_running_still_gets_answers_reports_degraded_and_recovers()
    {
        var failing = new FailingStore();
        await using var factory = new BotServerFactory
        {
            TestServices = services => services.AddSingleton(sp => BotStore.Create(failing, failing, "the test store", TimeSpan.FromSeconds(1), sp.GetRequiredService<ILogger<BotStore>>(), _ => failing.ProbeAsync())),
        };
        var http = await factory.ReadyClientAsync();
        var wechat = new WeChatClient(http);
        Assert.Contains("#measure-6", await wechat.ReplyContentAsync(await wechat.PostPlainAsync(WeChatClient.TextMessage("o_disk", "刻章要钱吗", Id()))), StringComparison.Ordinal);

        failing.Full = true; // "database or disk is full" from every call
        var response = await wechat.PostPlainAsync(WeChatClient.TextMessage("o_disk", "个体户转成公司有什么奖励？", Id()));
        var chat = await http.PostAsJsonAsync("/api/chat", new { question = "刻章要钱吗", session = "disk1" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("#measure-9", await wechat.ReplyContentAsync(response), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, chat.StatusCode);
        Assert.Contains("\"status\":\"Degraded\"", await http.GetStringAsync("/healthz", TestContext.Current.CancellationToken), StringComparison.Ordinal);

        failing.Full = false;
        Assert.Contains("\"status\":\"Healthy\"", await http.GetStringAsync("/healthz", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), "the condition did not hold within 10 s");
    }

    /// <summary>In-memory stores that fail like a full disk while <see cref="Full"/> is set.</summary>
    private sealed class FailingStore : ISessionStore, IReplyCache
    {
        private readonly InMemorySessionStore sessions = new(TimeSpan.FromMinutes(30));
        private readonly InMemoryReplyCache replies = new();

        public volatile bool Full;

        public Task ProbeAsync() => Check(Task.CompletedTask);

        public Task<SessionState?> GetAsync(string key, CancellationToken cancellationToken = default) => Check(sessions.GetAsync(key, cancellationToken));

        public Task SaveAsync(string key, SessionState state, CancellationToken cancellationToken = default) => Check(sessions.SaveAsync(key, state, cancellationToken));

        public Task DeleteAsync(string key, CancellationToken cancellationToken = default) => Check(sessions.DeleteAsync(key, cancellationToken));

        public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default) => Check(sessions.PurgeExpiredAsync(cancellationToken));

        public Task<bool> TryClaimAsync(string key, TimeSpan lifetime, CancellationToken cancellationToken = default) => Check(replies.TryClaimAsync(key, lifetime, cancellationToken));

        public Task SetAsync(string key, string reply, TimeSpan lifetime, CancellationToken cancellationToken = default) => Check(replies.SetAsync(key, reply, lifetime, cancellationToken));

        Task<string?> IReplyCache.GetAsync(string key, CancellationToken cancellationToken) => Check(replies.GetAsync(key, cancellationToken));

        public Task ReleaseAsync(string key, CancellationToken cancellationToken = default) => Check(replies.ReleaseAsync(key, cancellationToken));

        private T Check<T>(T result) => Full ? throw new SqliteException("SQLite Error 13: 'database or disk is full'.", 13) : result;
    }
}
