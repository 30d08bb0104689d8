using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Policy.Bot.Conversations;
using Policy.Bot.Storage.InMemory;

namespace Policy.Bot.Tests.Server;

/// <summary>Answering each message once, without ever leaving a message unanswerable.</summary>
public sealed class ConversationCoreTests
{
    private static readonly TimeSpan Keep = TimeSpan.FromMinutes(11);

    private static (ConversationService Core, InMemoryReplyCache Replies, ManualClock Clock) Create()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        var sessions = new InMemorySessionStore(TimeSpan.FromMinutes(30), clock);
        var replies = new InMemoryReplyCache(clock);
        var bot = TestBots.Create(sessions);
        var core = new ConversationService(new LiveBot(bot, _ => bot), sessions, replies, Options.Create(new ConversationOptions()), NullLogger<ConversationService>.Instance);
        return (core, replies, clock);
    }

    [Fact]
    public async Task A_failed_attempt_releases_its_claim_so_the_next_retry_answers()
    {
        var (core, _, _) = Create();
        // Bounded: a claim left behind would make the retry wait until this runs out.
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(2));

        await Assert.ThrowsAsync<InvalidOperationException>(() => core.ReplyOnceAsync("msg:1", _ => throw new InvalidOperationException("the answer failed"), Keep, bound.Token));
        var retry = await core.ReplyOnceAsync("msg:1", _ => Task.FromResult<string?>("答复"), Keep, bound.Token);

        Assert.Equal("答复", retry);
    }

    [Fact]
    public async Task A_claim_left_by_a_crashed_instance_expires_within_one_wechat_retry_interval()
    {
        var (core, replies, clock) = Create();
        Assert.True(core.ClaimLifetime <= TimeSpan.FromSeconds(5), "WeChat retries about every 5 s");
        Assert.True(await replies.TryClaimAsync("msg:2", core.ClaimLifetime, TestContext.Current.CancellationToken)); // then the instance dies

        clock.Advance(core.ClaimLifetime + TimeSpan.FromMilliseconds(1));
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var retry = await core.ReplyOnceAsync("msg:2", _ => Task.FromResult<string?>("答复"), Keep, bound.Token);

        Assert.Equal("答复", retry);
    }

    [Fact]
    public async Task A_stored_reply_is_kept_for_retries_and_not_released_by_a_later_failure()
    {
        var (core, replies, _) = Create();
        var token = TestContext.Current.CancellationToken;
        Assert.Equal("第一次", await core.ReplyOnceAsync("msg:3", _ => Task.FromResult<string?>("第一次"), Keep, token));

        await replies.ReleaseAsync("msg:3", token);

        Assert.Equal("第一次", await core.ReplyOnceAsync("msg:3", _ => Task.FromResult<string?>("第二次"), Keep, token));
    }
}
