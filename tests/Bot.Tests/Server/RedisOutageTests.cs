using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Policy.Bot.Tests.Server;

/// <summary>A real redis-server that the test pauses, stops and starts: the bot answers within WeChat's time, reports degraded, and recovers by itself.</summary>
public sealed class RedisOutageTests
{
    private static readonly TimeSpan WeChatLimit = TimeSpan.FromSeconds(4.5);

    private static string Id() => Random.Shared.NextInt64(1_000_000_000, long.MaxValue).ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_paused_or_stopped_redis_still_gets_answers_within_the_budget_reports_degraded_and_recovers()
    {
        using var redis = RedisServer.Start();
        await using var bot = await KestrelBot.StartAsync($"--Bot:Sessions:Redis={redis.Connection}");
        var wechat = new WeChatClient(bot.Http);
        Assert.Contains("\"status\":\"Healthy\"", await bot.HealthAsync(), StringComparison.Ordinal);

        redis.Pause(); // connections stay open, nothing answers: the worst case
        await AnsweredInTimeAsync(wechat, "o_paused");
        Assert.Contains("\"status\":\"Degraded\"", await bot.HealthAsync(), StringComparison.Ordinal);

        redis.Resume();
        await bot.WaitHealthyAsync();
        // Deduplication is back: a retry with the same MsgId gets the first reply, not a new answer.
        var id = Id();
        var first = await wechat.ReplyContentAsync(await wechat.PostPlainAsync(WeChatClient.TextMessage("o_back", "第一次轻微违法会被罚款吗？", id)));
        var retry = await wechat.ReplyContentAsync(await wechat.PostPlainAsync(WeChatClient.TextMessage("o_back", "个体户怎么贷款？", id)));
        Assert.Equal(first, retry);

        redis.Stop();
        await AnsweredInTimeAsync(wechat, "o_stopped");
        Assert.Contains("\"status\":\"Degraded\"", await bot.HealthAsync(), StringComparison.Ordinal);

        redis.Restart();
        await bot.WaitHealthyAsync();
    }

    [Fact]
    public async Task Redis_down_at_start_leaves_the_server_answering_and_it_recovers_when_redis_comes()
    {
        using var redis = RedisServer.NotStarted();
        await using var bot = await KestrelBot.StartAsync($"--Bot:Sessions:Redis={redis.Connection}");
        var wechat = new WeChatClient(bot.Http);

        await AnsweredInTimeAsync(wechat, "o_early");
        Assert.Contains("\"status\":\"Degraded\"", await bot.HealthAsync(), StringComparison.Ordinal);

        redis.Restart();
        await bot.WaitHealthyAsync();
    }

    private static async Task AnsweredInTimeAsync(WeChatClient wechat, string user)
    {
        var watch = Stopwatch.StartNew();
        var response = await wechat.PostPlainAsync(WeChatClient.TextMessage(user, "刻章要钱吗", Id()));
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("#measure-6", await wechat.ReplyContentAsync(response), StringComparison.Ordinal);
        Assert.True(watch.Elapsed < WeChatLimit, $"answered after {watch.Elapsed.TotalSeconds:0.0} s");
    }
}
