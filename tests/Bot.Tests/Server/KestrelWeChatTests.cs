using System.Globalization;

namespace Policy.Bot.Tests.Server;

/// <summary>The WeChat endpoint over a real socket: concurrency, retries, and several instances sharing Redis.</summary>
public sealed class KestrelWeChatTests
{
    private static string Id() => Random.Shared.NextInt64(1_000_000_000, long.MaxValue).ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_hundred_concurrent_messages_are_all_answered_in_plain_and_safe_mode()
    {
        await using var bot = await KestrelBot.StartAsync();
        var wechat = new WeChatClient(bot.Http);
        string[] questions = ["刻章要钱吗", "个体户怎么贷款？", "How can an individual business get a loan?", "第一次轻微违法会被罚款吗？"];

        var replies = await Task.WhenAll(Enumerable.Range(0, 100).Select(async i =>
        {
            var message = WeChatClient.TextMessage($"o_user{i}", questions[i % questions.Length], Id());
            var response = i % 2 == 0 ? await wechat.PostPlainAsync(message) : await wechat.PostSafeAsync(message);
            return await wechat.ReplyContentAsync(response);
        }));

        Assert.All(replies, reply => Assert.Contains("/policies/jincheng-2022-67/#measure-", reply, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Concurrent_retries_of_one_message_get_one_reply()
    {
        await using var bot = await KestrelBot.StartAsync();
        var wechat = new WeChatClient(bot.Http);
        var id = Id();
        string[] words = ["刻章要钱吗", "个体户怎么贷款？", "第一次轻微违法会被罚款吗？"];

        var replies = await Task.WhenAll(words.Select(w => wechat.PostPlainAsync(WeChatClient.TextMessage("o_same", w, id)).ContinueWith(t => wechat.ReplyContentAsync(t.Result)).Unwrap()));

        Assert.Single(replies.Distinct());
        Assert.NotNull(replies[0]);
    }

    [Fact]
    public async Task Two_instances_sharing_redis_share_sessions_and_answer_a_retry_from_the_cache()
    {
        using var redis = RedisServer.Start();
        await using var first = await KestrelBot.StartAsync($"--Bot:Sessions:Redis={redis.Connection}");
        await using var second = await KestrelBot.StartAsync($"--Bot:Sessions:Redis={redis.Connection}");
        // Each connects to Redis in the background and answers without it until then (a busy CI host took seconds).
        await first.WaitHealthyAsync();
        await second.WaitHealthyAsync();
        var a = new WeChatClient(first.Http);
        var b = new WeChatClient(second.Http);

        var id = Id();
        var original = await a.ReplyContentAsync(await a.PostPlainAsync(WeChatClient.TextMessage("o_lb", "第一次轻微违法会被罚款吗？", id)));
        var retry = await b.ReplyContentAsync(await b.PostPlainAsync(WeChatClient.TextMessage("o_lb", "个体户怎么贷款？", id)));
        Assert.Equal(original, retry);

        // A conversation continues across instances: the question asked by one is answered through the other.
        var asked = await a.ReplyContentAsync(await a.PostPlainAsync(WeChatClient.TextMessage("o_lb2", "我能免增值税吗？", Id())));
        var verdict = await b.ReplyContentAsync(await b.PostPlainAsync(WeChatClient.TextMessage("o_lb2", "是的，月销售额10万", Id())));
        Assert.Contains("小规模纳税人", asked, StringComparison.Ordinal);
        Assert.Contains("#measure-5", verdict, StringComparison.Ordinal);
        Assert.Contains("2022", verdict, StringComparison.Ordinal);
    }
}
